"""The typography policy: what the keyboard lacks is replaced, or kept when the policy says so."""

from app.core.layouts import load_layout
from app.core.text_check import check_text
from app.core.typography import NBSP, TypographyPolicy, accepts, prepare_text, substitutes

RU = load_layout("ru")


def test_ellipsis_and_nbsp():
    assert prepare_text("Минуту…", TypographyPolicy()) == "Минуту..."
    assert prepare_text("Минуту…", TypographyPolicy(ellipsis=False)) == "Минуту…"
    assert check_text(f"5{NBSP}мин", RU) == f"5{NBSP}мин"


def test_plain_keys_count_for_quotes_dashes_and_nbsp_by_default_but_not_for_yo():
    table = substitutes(TypographyPolicy())
    assert accepts("«", '"', table) and accepts("—", "-", table) and accepts(NBSP, " ", table)
    assert not accepts("ё", "е", table)  # ё has its own key on ЙЦУКЕН
    assert accepts("ё", "ё", table) and accepts("«", "«", table)  # the character itself always counts
    assert not accepts("«", "'", table)


def test_a_class_switched_off_must_be_typed_exactly():
    table = substitutes(TypographyPolicy(dashes=False, yo=True))
    assert not accepts("—", "-", table)
    assert accepts("Ё", "Е", table)


def test_the_stored_policy_keeps_known_switches_and_drops_the_rest():
    policy = TypographyPolicy.from_dict({"quotes": 0, "yo": 1, "smileys": True})
    assert policy == TypographyPolicy(quotes=False, yo=True)
    assert TypographyPolicy.from_dict(policy.to_dict()) == policy
