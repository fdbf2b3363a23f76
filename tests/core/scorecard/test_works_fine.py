"""«Работает штатно» said back to a customer who reports a fault fails tone; a check's result or a question does not
(issue 15)."""

from __future__ import annotations

from reply_cases import card

FAULT = ["С утра не открывается личный кабинет, выдаёт ошибку 502. Обновляла страницу много раз."]
CALM = ["Подскажите, личный кабинет сегодня доступен? Хочу выгрузить акт."]


def test_the_reported_fault_denied_as_a_fact_fails_tone():
    c = card("Здравствуйте! Личный кабинет работает в штатном режиме. Попробуйте зайти через час. Хорошего дня!",
             customer=FAULT)
    assert c["tone"].passed is False and "работает в штатном" in c["tone"].reason
    c = card("Здравствуйте! Сожалею. Портал у нас работает исправно, ошибка 502 — это ваш провайдер. Хорошего дня!",
             customer=FAULT)
    assert c["tone"].passed is False


def test_a_check_of_the_operators_own_or_a_question_is_no_denial():
    c = card("Здравствуйте! Простите за ошибку. Я проверила ваш кабинет из нашей сети: он работает нормально, значит, "
             "сбой на пути к вам — инженер проверит маршрут до 15:00 и напишет вам. Хорошего дня!", customer=FAULT)
    assert c["tone"].passed is True
    c = card("Здравствуйте! Да, кабинет сегодня работает штатно, акт можно выгрузить в разделе «Документы». "
             "Хорошего дня!", customer=CALM)
    assert c["tone"].passed is True
