"""A past verb that is negated, or that retells the trouble inside «жаль, что…» / «простите, что…», is no deed done;
the operator's own past verb in a sentence of its own still is."""

from __future__ import annotations

import pytest

from app.core.scorecard.past_deeds import operator_did
from app.core.scorecard.reply import read_reply
from app.core.scorecard.undone_told import told_undone


def _at(r, word):
    return next(i for i, t in enumerate(r.tokens) if t.lower == word)


@pytest.mark.parametrize("reply, word, undone", [
    ("Жаль, что кнопка «Отписаться» не сработала.", "сработала", True),  # negated
    ("Простите, что мы списали плату дважды.", "списали", True),  # the trouble, retold in an apology
    ("Сожалею, что курс отменили за день до начала.", "отменили", True),
    ("Жаль, что так вышло. Я отменила списание.", "отменила", False),  # a sentence of its own
    ("Отключила уведомления, чтобы не мешали.", "отключила", False),
    ("Вижу, что вы писали вчера, и я вернула деньги.", "вернула", False),  # «что» after no regret
    ("Понимаю, что вы долго ждали, и я вернула деньги.", "вернула", False),  # a clause of its own after «, и»
])
def test_a_past_verb_told_as_undone_or_as_the_trouble(reply, word, undone):
    r = read_reply(reply, ["Отпишите меня от писем."])
    assert told_undone(r, _at(r, word)) is undone


def test_a_negated_past_verb_is_no_deed_of_the_operator():
    r = read_reply("Здравствуйте! Простите, отписка у вас не сработала.", ["Отпишите меня от писем!"])
    idx = _at(r, "сработала")
    assert operator_did(r, (r.tokens[idx].start, r.tokens[idx].end - r.tokens[idx].start)) is False
