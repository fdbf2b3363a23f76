"""promises: what an operator promises and cannot vouch for, and the part of the reply told only as such a promise.
Replies of our own."""

from __future__ import annotations

from app.core.scorecard.promises import promised_outcomes, promises
from app.core.scorecard.reply import read_reply
from reply_cases import card

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


def test_the_operator_vouching_in_person_for_someone_elses_decision_is_a_promise():
    ask = "Перевозчик сдвинул наш поезд на ночь, вернут ли прежнее время?"
    r = read_reply("Добрый вечер! Перевозчик вернёт прежнее расписание, я уверен. Если будут вопросы, пишите.", ask)
    assert any("я уверен" in s for s in _said(r, promises(r)))
    r = read_reply("Добрый вечер! Уверяю вас, страховая компания возместит билеты. Хорошего вечера.", ask)
    assert any("Уверяю" in s for s in _said(r, promises(r)))
    r = read_reply("Добрый вечер! Даю вам слово, перевозчик вернёт дневной поезд. Хорошего вечера.", ask)
    assert any("слово" in s for s in _said(r, promises(r)))
    r = read_reply("Добрый вечер! Даю слово, вас посадят на дневной поезд. Хорошего вечера.", ask)
    assert any("слово" in s for s in _said(r, promises(r)))
    r = read_reply("Добрый вечер! Даю слово: напишу вам, как только перевозчик ответит.", ask)
    assert promises(r) == []


def test_being_unsure_cheering_the_customer_or_the_operators_own_move_is_no_vouching():
    ask = "Перевозчик сдвинул наш поезд на ночь, вернут ли прежнее время?"
    for reply in ("Добрый вечер! Я не уверен, что перевозчик вернёт прежнее время, уточню и отвечу до 18:00.",
                  "Добрый вечер! Я уверена, вы со всем справитесь, а билеты мы обменяем сегодня.",
                  "Добрый вечер! Я уверена: напишу вам, как только перевозчик ответит."):
        r = read_reply(reply, ask)
        assert promises(r) == [], reply


def test_the_operator_s_own_telling_before_a_colon_promises_nothing():
    c = card("Здравствуйте! Проверила посылку и скажу точно: она приедет в пункт выдачи в четверг. Всего доброго!",
             ["Когда приедет посылка?"])
    assert c["safety"].passed is True, c["safety"].reason
