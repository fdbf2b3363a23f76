"""pylat-ru rules switched off for chat replies stay off in the embedded check."""

from pylat_ru import LEVEL_PICKY, LanguageToolRU

from app.core.grammar.offline import embedded_check
from app.core.grammar.rules.tuning import DISABLED_PYLAT_RULES

REPLY = "Выберите нужный."  # an adjective ending a reply: pylat-ru's picky rule flags it


def test_the_rule_would_fire_on_the_reply_without_the_tuning():
    assert "missing_noun_at_end" in DISABLED_PYLAT_RULES
    assert [m.rule_id for m in LanguageToolRU().check(REPLY, level=LEVEL_PICKY)] == ["missing_noun_at_end"]


def test_the_embedded_check_leaves_the_reply_alone():
    assert not [f for f in embedded_check(REPLY, "ru") if "missing_noun_at_end" in f.rule_id]


def test_a_negated_short_adjective_written_apart_is_no_mistake():
    """pylat-ru's picky Ne_pril_prich1 asks to merge «не» into a negated predicate («не виноват»): off."""
    text = "Доплата не обязательна, но ускорит доставку. Курьер тут не виноват."
    assert "Ne_pril_prich1" in DISABLED_PYLAT_RULES
    assert "Ne_pril_prich1" in [m.rule_id for m in LanguageToolRU().check(text, level=LEVEL_PICKY)]
    assert not [f for f in embedded_check(text, "ru") if "Ne_pril" in f.rule_id]


def test_a_comma_after_tem_ne_menee_opening_a_sentence_is_left_to_the_writer():
    """pylat-ru's tem_ne_menee asks to drop the comma; edited prose mostly keeps it: off."""
    text = "Тем не менее, курьер приедет сегодня."
    assert "tem_ne_menee" in DISABLED_PYLAT_RULES
    assert "tem_ne_menee" in [m.rule_id for m in LanguageToolRU().check(text, level=LEVEL_PICKY)]
    assert embedded_check(text, "ru") == []


def test_warning_in_advance_is_no_tautology():
    """pylat-ru's Tavtology_zaranee_predupredit calls «предупредить заранее» a tautology; the phrase is usual: off."""
    text = "Предупредите заранее, если не сможете принять заказ."
    assert "Tavtology_zaranee_predupredit" in DISABLED_PYLAT_RULES
    assert "Tavtology_zaranee_predupredit" in [m.rule_id for m in LanguageToolRU().check(text, level=LEVEL_PICKY)]
    assert embedded_check(text, "ru") == []
