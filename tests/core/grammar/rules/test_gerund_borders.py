"""Where a verbal-adverb phrase begins and ends when the tree, lost without commas, says otherwise."""

import pytest

from app.core.grammar.language import analyse
from app.core.grammar.rules.gerund_borders import gerund_close, gerund_opening


def _gaps(text):
    return [f"{left.text} ‸ {right.text}" for left, right in gerund_opening(analyse(text).sentences[0])]


@pytest.mark.parametrize("text, gap", [
    ("Курьер уехал не дождавшись клиента.", "уехал ‸ не"),
    ("Менеджер закрыл заявку ничего не объяснив клиенту.", "заявку ‸ ничего"),
])
def test_a_word_that_can_only_be_a_gerund_opens_its_phrase(text, gap):
    assert gap in _gaps(text)


@pytest.mark.parametrize("text", [
    "Он работал спустя рукава.",                 # an idiom
    "Она подписала договор не глядя.",           # a lone gerund tells how
    "Мы ждали молча стоя у двери.",              # gerunds that work as adverbs
])
def test_idioms_and_lone_gerunds_take_no_comma(text):
    assert _gaps(text) == []


def test_the_phrase_ends_before_the_main_clause_subject():
    sent = analyse("Собрав вещи мы поехали на вокзал.").sentences[0]
    toks = sent.tokens
    gerund = toks[0]
    assert gerund_close(sent, gerund, toks[1]).text == "мы"
