"""The kinds of reply whose solution label was settled on 2026-12-06 (docs/label_settlement_2026-12-06.md): an outcome
told only as a promise answers nothing, a fault met with a bare first try is a guess. Replies of our own, exact verdicts.
"""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.reply import read_reply
from app.core.scorecard.promises import promised_outcomes


def _solution(reply, customer, **kw):
    return card(reply, customer, **kw)["solution"]


def test_a_date_told_only_as_a_promise_is_no_answer():
    got = _solution("Здравствуйте! Понимаю, как важно успеть. Обещаю: разрешение на работу вам точно выдадут до "
                    "15 апреля. Всего доброго!", ["Подал документы на разрешение на работу. Когда его выдадут?"])
    assert (got.passed, got.reason) == (False, "Клиент спросил «когда», а ответа на это нет.")


def test_a_real_step_beside_the_promise_still_answers():
    got = _solution("Здравствуйте! Сочувствую. Не волнуйтесь, страховая точно оплатит ремонт. Эксперт осмотрит машину "
                    "в четверг до 12:00. Хорошего дня!", ["Мне разбили фару на стоянке, полис у вас. Ремонт оплатят?"])
    assert (got.passed, got.reason) == (True, "Есть конкретный шаг и срок: «осмотрит», «четверг».")


def test_a_yes_vouched_for_by_a_promise_answers_nothing():
    got = _solution("Здравствуйте! Да, она точно появится снова, гарантирую. Хорошего дня!",
                    ["Кофемолка со скидкой закончилась. Она ещё появится?"])
    assert (got.passed, got.reason) == (False, "Нет ни ответа по существу, ни следующего шага со сроком.")


def test_a_deed_before_the_promise_stays_a_deed():
    got = _solution("Здравствуйте! Заказ отменён, гарантирую, что деньги будут на карте к вечеру. Хорошего дня!",
                    ["Отмените заказ 4410, пожалуйста, и верните деньги."])
    assert (got.passed, got.reason) == (True, "Оператор сделал, что нужно: «отменён».")


def test_what_a_promise_covers():
    r = read_reply("Здравствуйте! Посылку вернём сегодня, обещаю! Гарантирую, что курьер приедет до 18:00.",
                   ["Где посылка?"])
    assert [r.text[s:e].strip(" ,.!") for s, e in promised_outcomes(r)] == [
        "Посылку вернём сегодня, обещаю", "Гарантирую, что курьер приедет до 18:00"]
