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


LOST = ["Пропали все фото из облака за август!!! Верните их срочно"]


def test_the_companys_things_said_never_to_fail_fail_tone():
    c = card("Здравствуйте! Наши хранилища файлы не теряют, поищите в корзине. Хорошего дня!", customer=LOST)
    assert c["tone"].passed is False and "не теряют" in c["tone"].reason
    c = card("Здравствуйте! Простите. Приложение не ошибается, фото где-то у вас в телефоне. Хорошего дня!",
             customer=LOST)
    assert c["tone"].passed is False


def test_a_rule_of_thumb_or_a_promise_after_a_fix_is_no_denial():
    c = card("Здравствуйте! Простите за это. Обычно облако фото не теряет, я восстановлю их из копии до 18:00 и "
             "напишу вам. Хорошего дня!", customer=LOST)
    assert c["tone"].passed is True
    c = card("Здравствуйте! Простите за это. Фото я восстановила из копии, больше приложение их не потеряет. "
             "Хорошего дня!", customer=LOST)
    assert c["tone"].passed is True
