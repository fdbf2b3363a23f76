"""«Можно» said of another doing than the one the customer asked about answers nothing; said of the same doing, of
its noun, or of the thing asked about, it does."""

from __future__ import annotations

import pytest

from app.core.scorecard.other_doing import can_another
from app.core.scorecard.words import tokenize


def _asked(question: str, verb: str, thing: str):
    """The question's verb and what it is said of (the scorecard reads them off the question's main clause)."""
    words = tokenize(question)
    return [t for t in words if t.lower == verb], [t for t in words if t.lower == thing]


@pytest.mark.parametrize("sentence, other", [
    ("Да, подписку можно приостановить в разделе «Профиль».", True),  # another doing, the playlists not named
    ("Да, плейлисты сохранятся, и слушать их можно офлайн.", False),  # the asked verb itself
    ("Заранее сказать нельзя, всё решает правообладатель.", False),  # «сказать» speaks of the answer
])
def test_can_of_another_doing_to_a_question_about_what_will_happen(sentence, other):
    verbs, things = _asked("Если поставлю подписку на паузу, плейлисты сохранятся?", "сохранятся", "плейлисты")
    assert can_another(tokenize(sentence), verbs, things) is other


def test_a_question_about_whether_one_may_is_not_compared():
    # to «можно ли оплатить частями?» another verb is often the way itself
    verbs, things = _asked("Можно ли оплатить курс частями?", "оплатить", "курс")
    assert can_another(tokenize("Да, можно оформить рассрочку на 12 месяцев."), verbs, things) is False


def test_a_verb_navec_lacks_leaves_another_doing_untold_but_a_general_verb_or_a_bid_does_not_count():
    from app.core.scorecard.other_doing import unknown_to_navec
    words = {t.lower: t for t in tokenize("Подскажите, могу ли я узнать, джинсы маломерят?")}
    assert unknown_to_navec([words["маломерят"]]) is True
    assert unknown_to_navec([words["маломерят"], words["подскажите"]]) is True  # a bid to be told is not asked
    assert unknown_to_navec([words["могу"]]) is False  # navec lacks «мочь», which names no doing anyway
    assert unknown_to_navec([words["маломерят"], words["узнать"]]) is False
