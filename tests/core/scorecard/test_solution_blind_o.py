"""Readings met on blind set O's tune half (issue 15): a request's queue time taken for a step, «уже» by a work only
under way, the operator's own question taken for an answer, a closing taken for the detail after «да», the cause
alone to a hurried customer, and the customer's misspelt greeting taken for a request. Each with replies of our own
and the exact verdict; each beside a reply that must still pass."""

from __future__ import annotations

from reply_cases import card


def test_a_registered_request_with_a_queue_time_is_a_template():
    customer = ["Когда вернут деньги за куртку? Сдала её в пункт выдачи в понедельник."]
    got = card("Добрый день! Ваше обращение о возврате денег принято и будет обработано в течение двух рабочих дней. "
               "Всего доброго!", customer)
    assert (got["solution"].passed, got["solution"].reason) == (
        False, "Шаблон вместо ответа: «обращение о возврате денег принято и будет обработано».")
    told = card("Добрый день! Деньги за куртку вернутся на вашу карту до 15 мая. Всего доброго!", customer)
    assert told["solution"].passed is True, told["solution"].reason


def test_a_request_taken_in_beside_the_outcome_s_date_is_still_a_step():
    got = card("Здравствуйте! Заявка на перерасчёт принята, деньги вернутся на счёт до 20 апреля. Хорошего дня!",
               ["Мне насчитали лишние 600 рублей за воду, верните, пожалуйста."])
    assert got["solution"].passed is True, got["solution"].reason


def test_already_by_a_work_under_way_is_no_time():
    customer = ["Приложение вылетает при оплате, не могу ничего купить."]
    got = card("Здравствуйте! Простите за сбой. Мы сообщили о нём инженерам, они уже над ним работают. Хорошего дня!",
               customer)
    assert got["solution"].passed is False, got["solution"].reason
    timed = card("Здравствуйте! Простите за сбой. Инженеры уже над ним работают и выпустят исправление сегодня "
                 "до 16:00. Хорошего дня!", customer)
    assert timed["solution"].passed is True, timed["solution"].reason


def test_already_done_is_still_a_time():
    got = card("Здравствуйте! Простите за ошибку. Лишнее списание мы уже отменили, деньги вернулись на карту. "
               "Хорошего дня!", ["С меня дважды списали оплату за такси!"])
    assert got["solution"].passed is True, got["solution"].reason


def test_the_operator_s_own_question_is_no_answer():
    customer = ["Какой у вас ИНН?"]
    got = card("Здравствуйте! А зачем вам нужен наш ИНН? Напишите, пожалуйста.", customer)
    assert got["solution"].passed is False, got["solution"].reason
    told = card("Здравствуйте! ИНН компании — 7701234567, он же указан в договоре. Хорошего дня!", customer)
    assert told["solution"].passed is True, told["solution"].reason


def test_a_closing_after_yes_is_no_detail():
    customer = ["Можно ли поменять размер кольца после покупки?"]
    got = card("Здравствуйте! Да, конечно, поменять можно. Пишите, всегда рады помочь!", customer)
    assert got["solution"].passed is False, got["solution"].reason
    told = card("Здравствуйте! Да, в течение 14 дней кольцо обменяют на другой размер в любом салоне по чеку. "
                "Пишите, всегда рады помочь!", customer)
    assert told["solution"].passed is True, told["solution"].reason


def test_the_cause_alone_is_no_way_out_for_a_hurried_customer():
    customer = ["Самолёт улетел без нас, регистрация закрылась раньше! Мы в аэропорту!!"]
    got = card("Здравствуйте! Сочувствую, это очень неприятно. Регистрацию закрыли за 40 минут до вылета, потому что "
               "так требуют правила аэропорта. Хорошего дня!", customer)
    assert got["solution"].passed is False, got["solution"].reason
    helped = card("Здравствуйте! Сочувствую, это очень неприятно. Я пересадила вас на следующий рейс сегодня в 21:15 "
                  "без доплаты, посадочные уже на почте. Хорошего дня!", customer)
    assert helped["solution"].passed is True, helped["solution"].reason


def test_the_cause_still_answers_a_why():
    got = card("Здравствуйте! Регистрацию закрыли за 40 минут до вылета, потому что так требуют правила аэропорта. "
               "Хорошего дня!", ["Почему регистрацию закрыли так рано?"])
    assert got["solution"].passed is True, got["solution"].reason


def test_a_misspelt_greeting_of_the_customer_is_no_request():
    got = card("Добрый день! Да, багаж до 23 кг входит в ваш билет, доплачивать не нужно. Хорошего полёта!",
               ["Здраствйте, у меня в билет входит багаж?"])
    assert got["solution"].passed is True, got["solution"].reason


def test_a_dial_code_is_no_identifier():
    got = card("Здравствуйте! Номер лицевого счёта можно узнать, набрав *105#. Хорошего дня!",
               ["Какой у меня номер лицевого счёта?"])
    assert got["solution"].passed is False, got["solution"].reason


def test_a_fix_told_in_the_past_with_its_time_is_still_a_step():
    got = card("Здравствуйте! Простите за сбой. Сбой устранили в 11:05, сайт уже открывается. Хорошего дня!",
               ["Сайт не открывается с утра, не могу оформить заказ."])
    assert got["solution"].passed is True, got["solution"].reason


def test_a_discount_that_explains_the_bill_is_no_advert():
    customer = ["Почему за доставку взяли 299 рублей? Там же было написано, что бесплатно."]
    got = card("Здравствуйте! Простите за путаницу. Бесплатная доставка — от 2 000 рублей, считая после скидки, а с "
               "купоном на скидку ваш заказ вышел на 1 850 рублей, поэтому доставка стала платной. Хорошего дня!",
               customer)
    assert got["solution"].passed is True, got["solution"].reason
    sold = card("Здравствуйте! Простите за путаницу. Успейте до воскресенья: скидка 20 % на всю бытовую технику! "
                "Хорошего дня!", customer)
    assert sold["solution"].passed is False, sold["solution"].reason


def test_can_it_be_done_remotely_wants_its_own_answer():
    customer = ["Как продлить полис и можно ли дистанционно?"]
    got = card("Здравствуйте! Продлить полис можно в любом нашем офисе по паспорту. Хорошего дня!", customer)
    assert (got["solution"].passed, got["solution"].reason) == (
        False, "Клиент спросил «можно ли дистанционно», а в ответе этого нет: ответ на половину вопроса.")
    only = card("Здравствуйте! Продлить полис можно только в офисе, по паспорту. Хорошего дня!", customer)
    assert only["solution"].passed is True, only["solution"].reason
    yes = card("Здравствуйте! Да, дистанционно: в приложении «Полисы» → «Продлить», оплата картой. Хорошего дня!",
               customer)
    assert yes["solution"].passed is True, yes["solution"].reason


def test_the_same_day_is_a_time():
    got = card("Здравствуйте! Возврат оформлю сейчас, а деньги вернутся на карту в тот же день, когда банк "
               "подтвердит операцию. Хорошего дня!", ["Когда вернутся деньги за отменённую бронь?"])
    assert got["solution"].passed is True, got["solution"].reason
