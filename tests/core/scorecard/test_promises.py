"""promises: what an operator promises and cannot vouch for, and the part of the reply told only as such a promise.
Replies of our own."""

from __future__ import annotations

from app.core.scorecard.promises import promised_outcomes, promises
from app.core.scorecard.reply import read_reply

ASK = "Одобрят ли мне ипотеку, если первый взнос 15 %?"


def _said(r, spans):
    return [r.text[s:s + n] for s, n in spans]


def test_a_promise_word_and_a_sure_outcome_are_promises():
    r = read_reply("Здравствуйте! Гарантирую, что заявку рассмотрят за день. Вам точно одобрят кредит.", ASK)
    said = _said(r, promises(r))
    assert "Гарантирую" in said
    assert "точно одобрят" in said


def test_a_denied_promise_and_the_operators_own_move_are_not():
    r = read_reply("Здравствуйте! Гарантировать решение банка не могу, а не могу гарантировать и срок. "
                   "Я точно напишу вам завтра, как только узнаю.", ASK)
    assert promises(r) == []


def test_the_outcome_told_only_as_a_promise_is_its_clause_or_the_rest_of_the_sentence():
    r = read_reply("Здравствуйте! Гарантирую, что банк одобрит заявку. Решение придёт по СМС.", ASK)
    assert [r.text[s:e].strip(" .") for s, e in promised_outcomes(r)] == ["Гарантирую, что банк одобрит заявку"]
