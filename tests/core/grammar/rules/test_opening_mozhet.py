"""«Может» opening a sentence in the sense of «может быть» takes a comma; the modal verb with an infinitive does not."""

import pytest

from app.core.grammar.rules import check_rules


def commas(text):
    return [(f.rule_id, f.replacements[0]) for f in check_rules(text, "ru") if f.category == "punctuation"]


@pytest.mark.parametrize("text, fix", [
    ("Может вы ошиблись номером?", "Может, вы"),
    ("Может стоит перезагрузить роутер?", "Может, стоит"),
    ("Может не стоит ждать так долго?", "Может, не"),
    ("Может курьер уже звонил вам?", "Может, курьер"),
])
def test_introductory_может_takes_a_comma(text, fix):
    assert ("OURS_INTRO_COMMA", fix) in commas(text)


@pytest.mark.parametrize("text", [
    "Может он прийти завтра?",              # the modal verb and its infinitive
    "Может кто-нибудь помочь?",
    "Может ли оператор отменить заказ?",
    "Может случиться что угодно.",
    "Курьер может приехать завтра.",
])
def test_no_comma_after_the_modal_может(text):
    assert not [c for c in commas(text) if c[1].startswith("Может,")]
