"""«Ложу», «поклади», «самый наилучший»."""

import pytest

from app.core.grammar.rules import check_rules

IDS = ("OURS_KLAST", "OURS_DOUBLE_SUPERLATIVE", "OURS_EZZHAI", "OURS_FALSE_PREFIX")


def slips(text):
    return [(f.rule_id, text[f.offset:f.offset + f.length], f.replacements)
            for f in check_rules(text, "ru") if f.rule_id in IDS]


@pytest.mark.parametrize("text, rule, span, fixes", [
    ("Я всегда ложу зонт в рюкзак.", "OURS_KLAST", "ложу", ("кладу",)),
    ("Он ложит квитанции в папку.", "OURS_KLAST", "ложит", ("кладёт",)),
    ("Покладите документы на стол.", "OURS_KLAST", "Покладите", ("Положите",)),
    ("Это самый наилучший вариант для нас.", "OURS_DOUBLE_SUPERLATIVE", "самый наилучший",
     ("наилучший", "самый лучший")),
    ("Ложите документы в синюю папку.", "OURS_KLAST", "Ложите", ("Кладите",)),
    ("Мама всегда ложила мне с собой яблоко.", "OURS_KLAST", "ложила", ("клала",)),
    ("Подъедь к третьему подъезду.", "OURS_EZZHAI", "Подъедь", ("Подъезжай",)),
    ("Приедьте к девяти, пожалуйста.", "OURS_EZZHAI", "Приедьте", ("Приезжайте",)),
    ("Осторожно, не подскользнись на льду.", "OURS_FALSE_PREFIX", "подскользнись", ("поскользнись",)),
    ("Хватит надсмехаться над младшим братом.", "OURS_FALSE_PREFIX", "надсмехаться", ("насмехаться",)),
    ("Врятли он успеет к обеду.", "OURS_FALSE_PREFIX", "Врятли", ("Вряд ли",)),
    # a root's letter lost inside a compound or another form: the speller's dictionary has these
    ("Курьер прийдёт после обеда.", "OURS_FALSE_PREFIX", "прийдёт", ("придёт",)),  # the «ё» is kept
    ("Турагенство вернуло нам деньги за путёвку.", "OURS_FALSE_PREFIX", "Турагенство", ("Турагентство",)),
    ("Я отправила резюме в три кадровых агенства.", "OURS_FALSE_PREFIX", "агенства", ("агентства",)),
])
def test_the_literary_form_is_suggested(text, rule, span, fixes):
    assert slips(text) == [(rule, span, fixes)]


@pytest.mark.parametrize("text", [
    "Я всегда кладу зонт в рюкзак.",
    "Мы взяли билеты в ложу бенуара.",
    "Они заняли ложу у сцены.",
    "Это наилучший вариант для нас.",
    "Это самый лучший вариант для нас.",
    "Ложитесь спать пораньше.",
    "Подъезжай к третьему подъезду.",
    "Медведь вышел из леса.",
    "Осторожно, не поскользнись на льду.",
    "Диван обит дерматином.",
])
def test_right_sentences_are_left_alone(text):
    assert slips(text) == []


@pytest.mark.parametrize("text, span, fix", [
    ("Соседка всегда махает мне из окна.", "махает", "машет"),
    ("Слазьте со стола, там стекло!", "Слазьте", "Слезьте"),
])
def test_colloquial_verb(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_COLLOQUIAL_VERB") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Махай флажком, когда увидишь поезд.",  # «махай» is as good as «маши»
    "Слазь в подвал за банкой огурцов.",  # «слазить» — to climb there and back
    "Дети машут нам с балкона.",
])
def test_literary_verb(rule_hits, text):
    assert rule_hits(text, "OURS_COLLOQUIAL_VERB") == []
