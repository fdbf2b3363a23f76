"""Slips of hurried texts that existing rule families now read: a phase verb in the past before its infinitive
(OURS_TSYA), a pronoun after «надеюсь» with its comma left out (no agreement finding on «надеюсь»), «что бы»
before a clause whose subject is «такое» or has an adjective (OURS_CHTOBY), «в» with a day in the accusative
(no OURS_WORD_GOVERNMENT), «очень не …» (OURS_NE_ADJECTIVE), «двое» with a thing (OURS_NUMERAL_NOUN)."""

import pytest


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Телефон стал разряжатся за полдня.", "OURS_TSYA", "разряжатся", "разряжаться"),
    ("Принтер перестал печататся после обновления.", "OURS_TSYA", "печататся", "печататься"),
    ("Дети не успели попрощатся с учительницей.", "OURS_TSYA", "попрощатся", "попрощаться"),
    ("Надеюсь она пригодиться вам в поездке.", "OURS_TSYA", "пригодиться", "пригодится"),
    ("Надеюсь она пригодиться вам в поездке.", "OURS_INTRO_COMMA", "Надеюсь она", "Надеюсь, она"),
    ("Я оставлю записку, что бы такое не случилось снова.", "OURS_CHTOBY", "что бы", "чтобы"),
    ("Желаю всем, что бы новый год был спокойнее.", "OURS_CHTOBY", "что бы", "чтобы"),
    ("Нам было крайне не удобно ждать.", "OURS_NE_ADJECTIVE", "не удобно", "неудобно"),
    ("Суп получился довольно не вкусный.", "OURS_NE_ADJECTIVE", "не вкусный", "невкусный"),
    ("На даче у нас трое велосипедов.", "OURS_NUMERAL_NOUN", "трое велосипедов", "три велосипеда"),
    ("В спальне двое окон.", "OURS_NUMERAL_NOUN", "двое окон", "два окна"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


@pytest.mark.parametrize("text, rule", [
    ("Надеюсь она придёт вовремя.", "OURS_SUBJECT_VERB_AGREEMENT"),
    ("Думаешь они согласятся?", "OURS_SUBJECT_VERB_AGREEMENT"),
    ("Он стал заниматься плаванием.", "OURS_TSYA"),
    ("Не знаю, что бы это значило.", "OURS_CHTOBY"),
    ("Интересно, что бы такое приготовить.", "OURS_CHTOBY"),
    ("Фотографии разместим в субботу.", "OURS_WORD_GOVERNMENT"),
    ("Отчёт опубликуют в тот же день.", "OURS_WORD_GOVERNMENT"),
    ("Это совсем не удобно.", "OURS_NE_ADJECTIVE"),
    ("Это очень не просто, а очень сложно.", "OURS_NE_ADJECTIVE"),
    ("Мы ехали двое суток.", "OURS_NUMERAL_NOUN"),
    ("У соседей трое внуков и двое котят.", "OURS_NUMERAL_NOUN"),
])
def test_silent(rule_hits, text, rule):
    assert rule_hits(text, rule) == []


def test_a_result_still_stays_in_the_prepositional(rule_hits):
    assert rule_hits("Все условия указаны в договор.", "OURS_WORD_GOVERNMENT") == [
        ("в договор", ("в договоре",))]
