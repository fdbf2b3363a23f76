"""Slips of hurried texts that existing rule families now read: a phase verb in the past before its infinitive
(OURS_TSYA), a pronoun after «надеюсь» with its comma left out (no agreement finding on «надеюсь»), «что бы»
before a clause whose subject is «такое» or has an adjective (OURS_CHTOBY), «в» with a day in the accusative
(no OURS_WORD_GOVERNMENT), «очень не …» and «не понятно» closing a clause (OURS_NE_ADJECTIVE),
«говорят», «надеюсь» opening a part after «но» or a comma (OURS_INTRO_COMMA), «прийдётся» (OURS_FALSE_PREFIX)
and the request «Ложи …» (OURS_KLAST, not the noun «ложа» with a genitive), «двое» with a thing (OURS_NUMERAL_NOUN)."""

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
    ("Задание сформулировано не понятно.", "OURS_NE_ADJECTIVE", "не понятно", "непонятно"),
    ("Отвечать клиенту так не вежливо.", "OURS_NE_ADJECTIVE", "не вежливо", "невежливо"),
    ("Не удобно, что кнопка спрятана в меню.", "OURS_NE_ADJECTIVE", "Не удобно", "Неудобно"),
    ("Хотели сходить, но говорят там ремонт до весны.", "OURS_INTRO_COMMA", "говорят там", "говорят, там"),
    ("Кухню не доделали, говорят мастер сам заболел.", "OURS_INTRO_COMMA", "говорят мастер", "говорят, мастер"),
    ("Я ухожу в отпуск, надеюсь вы справитесь без меня.", "OURS_INTRO_COMMA", "надеюсь вы", "надеюсь, вы"),
    ("Нам прийдётся перенести встречу.", "OURS_FALSE_PREFIX", "прийдётся", "придётся"),
    ("Ложи ключи в верхний ящик.", "OURS_KLAST", "Ложи", "Клади"),
    ("Не ложи мокрый зонт на диван.", "OURS_KLAST", "ложи", "клади"),
    ("На даче у нас трое велосипедов.", "OURS_NUMERAL_NOUN", "трое велосипедов", "три велосипеда"),
    ("В спальне двое окон.", "OURS_NUMERAL_NOUN", "двое окон", "два окна"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


@pytest.mark.parametrize("text, rule", [
    ("Надеюсь она придёт вовремя.", "OURS_SUBJECT_VERB_AGREEMENT"),
    ("Думаешь они согласятся?", "OURS_SUBJECT_VERB_AGREEMENT"),
    ("Он стал заниматься плаванием.", "OURS_TSYA"),
    ("До начала остаётся пять минут.", "OURS_TSYA"),
    ("Из этой стали делается посуда.", "OURS_TSYA"),
    ("Не знаю, что бы это значило.", "OURS_CHTOBY"),
    ("Интересно, что бы такое приготовить.", "OURS_CHTOBY"),
    ("Фотографии разместим в субботу.", "OURS_WORD_GOVERNMENT"),
    ("Отчёт опубликуют в тот же день.", "OURS_WORD_GOVERNMENT"),
    ("Это совсем не удобно.", "OURS_NE_ADJECTIVE"),
    ("Это очень не просто, а очень сложно.", "OURS_NE_ADJECTIVE"),
    ("Мне ничего не понятно.", "OURS_NE_ADJECTIVE"),
    ("Вышло не хорошо, а просто отлично.", "OURS_NE_ADJECTIVE"),
    ("Он написал не правильно ответ, а черновик.", "OURS_NE_ADJECTIVE"),
    ("Здесь вовсе не удобно.", "OURS_NE_ADJECTIVE"),
    ("Мы ехали двое суток.", "OURS_NUMERAL_NOUN"),
    ("Ложи ключи в верхний ящик.", "OURS_NOUN_GENITIVE"),
    ("Ложи театра были заполнены.", "OURS_KLAST"),
    ("Нам придётся подождать.", "OURS_FALSE_PREFIX"),
    ("Люди говорят разное.", "OURS_INTRO_COMMA"),
    ("Это неправда, говорят они.", "OURS_INTRO_COMMA"),
    ("Он опоздал, надеюсь на автобус.", "OURS_INTRO_COMMA"),
    ("У соседей трое внуков и двое котят.", "OURS_NUMERAL_NOUN"),
])
def test_silent(rule_hits, text, rule):
    assert rule_hits(text, rule) == []


def test_a_result_still_stays_in_the_prepositional(rule_hits):
    assert rule_hits("Все условия указаны в договор.", "OURS_WORD_GOVERNMENT") == [
        ("в договор", ("в договоре",))]
