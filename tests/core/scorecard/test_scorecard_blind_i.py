"""Readings met on blind set И (issue 15), each with a reply of our own and the exact verdict a user sees."""

from __future__ import annotations

from reply_cases import card

BROKEN = ["Сломался холодильник через месяц после покупки. Что делать?"]


def test_a_matter_passed_on_with_a_call_at_no_time_is_no_solution():
    got = card("Здравствуйте! Приносим извинения. Информация о поломке холодильника передана в сервисный центр, с вами "
               "свяжутся. Хорошего дня!", BROKEN)["solution"]
    assert (got.passed, got.reason) == (
        False, "Следующий шаг за компанией («свяжутся»), но не сказано, когда: без срока клиент не знает, чего ждать.")


def test_a_matter_passed_on_with_its_time_is_a_next_step():
    got = card("Здравствуйте! Приносим извинения. Информация о поломке холодильника передана в сервисный центр, мастер "
               "позвонит вам завтра до 12:00. Хорошего дня!", BROKEN)["solution"]
    assert (got.passed, got.reason) == (True, "Есть конкретный шаг и срок: «передана», «завтра».")


def test_goods_handed_to_the_courier_are_a_deed_done():
    got = card("Здравствуйте! Заказ передан курьеру. Хорошего дня!", ["Мой заказ уже отправили?"])["solution"]
    assert got.passed is True, got.reason


def test_there_is_everything_there_sends_the_customer_to_look():
    got = card("Здравствуйте! Зайдите в личный кабинет, там всё есть. Хорошего дня!",
               ["Где найти расписание занятий на март?"])["solution"]
    assert (got.passed, got.reason) == (False, "Нет ни ответа по существу, ни следующего шага со сроком.")


def test_a_video_that_does_not_play_is_a_complaint():
    got = card("Здравствуйте! Откройте урок в приложении, там видео работает. Хорошего дня!",
               ["Не воспроизводится видео урока."])["empathy"]
    assert (got.passed, got.reason) == (False, "Клиент жалуется («Не воспроизводится»): нужно извиниться или "
                                               "посочувствовать, а в ответе нет ни извинения, ни сочувствия.")


def test_half_an_order_come_is_a_complaint_though_the_last_line_asks():
    got = card("Здравствуйте! Вторую посылку привезут в пятницу до 18:00. Хорошего дня!",
               ["Добрый день", "пришла только половина заказа", "где остальное?"])["empathy"]
    assert (got.passed, got.reason) == (False, "Клиент жалуется («пришла только половина»): нужно извиниться или "
                                               "посочувствовать, а в ответе нет ни извинения, ни сочувствия.")


def test_a_service_too_slow_to_use_is_a_complaint():
    got = card("Здравствуйте! Вышку 4G включат до 1 июня. Хорошего дня!",
               ["На даче очень медленный интернет, страницы еле грузятся."])["empathy"]
    assert got.passed is False and "«медленный», «еле»" in got.reason


def test_a_lost_job_is_a_trouble_owed_sympathy():
    got = card("Здравствуйте! Оформите ипотечные каникулы в приложении: «Ипотека» → «Каникулы». Хорошего дня!",
               ["Меня сократили, платить ипотеку нечем. Можно отсрочку?"])["empathy"]
    assert got.passed is False and "«Меня сократили»" in got.reason


def test_staff_who_never_do_wrong_fail_tone():
    got = card("Здравствуйте. Курьеры не опаздывают без причины. Заказ привезут до 18:00. Хорошего дня!",
               ["Курьер опаздывает уже на час!"])["tone"]
    assert (got.passed, got.reason) == (False, "«у нас ошибки быть не может»: «Курьеры не опаздывают».")


def test_the_complaint_denied_for_the_teachers_fails_tone():
    got = card("Здравствуйте. Наши преподаватели не кричат на детей, возможно, ребёнок преувеличивает. Можем сменить "
               "преподавателя со следующего занятия. Хорошего дня!",
               ["Преподаватель кричит на сына на уроках."])["tone"]
    assert got.passed is False
    assert got.reason == "Клиента обвиняют: «преувеличивает»; «у нас ошибки быть не может»: «преподаватели не кричат»."


def test_what_staff_do_not_do_on_a_day_is_information():
    got = card("Здравствуйте! Простите за задержку. Курьеры не работают в воскресенье, поэтому заказ привезут в "
               "понедельник до 14:00. Хорошего дня!", ["Заказ так и не привезли, хотя обещали сегодня!"])["tone"]
    assert got.passed is True, got.reason


def test_a_relatives_balance_told_is_a_breach():
    got = card("Здравствуйте! Перевод дошёл: у вашей мамы на счёте сейчас 12 300 ₽. Хорошего дня!",
               ["Перевела маме деньги, дошли?"])["safety"]
    assert (got.passed, got.reason) == (
        False, "Нарушена безопасность данных — чужие данные: «мамы», «на счёте». Такой ответ не зачитывается.")


def test_the_rubrics_own_officialese_counts_twice():
    got = card("Уважаемый клиент! Ваше обращение очень важно для нас. Заказ привезут завтра до 18:00. Хорошего дня!",
               ["Когда привезут заказ?"])["style"]
    assert (got.passed, got.reason) == (False, "Много слов-паразитов и штампов (2): канцелярит: «Уважаемый клиент»; "
                                               "пустые шаблонные фразы: «обращение очень важно для нас».")


def test_a_refusal_with_a_procedure_to_follow_is_a_way_forward():
    """«…отправьте номер в ответном СМС» is a step of the procedure, not the operator asking again for the number."""
    got = card("Здравствуйте! Понимаю, как это раздражает. Сообщить, чей это номер, я не могу. Но его можно "
               "заблокировать: подключите услугу «Чёрный список» командой *111*5# и отправьте номер в ответном СМС. "
               "Если звонки продолжатся, напишите мне.",
               ["Мне звонят с номера 8 912 000-11-22 и молчат. Чей это номер?"])["solution"]
    assert (got.passed, got.reason) == (
        True, "Клиенту дан понятный следующий шаг: «заблокировать», «подключите», «отправьте».")


def test_the_step_the_customer_has_already_taken_is_none():
    got = card("Здравствуйте! Извините за неудобство. Перезагрузите роутер. Хорошего дня!",
               ["Интернета нет с утра, роутер уже три раза перезагружал. Что происходит?"])["solution"]
    assert (got.passed, got.reason) == (False, "Нет ни ответа по существу, ни следующего шага со сроком.")


def test_a_restart_first_is_a_step_when_nothing_was_tried_and_the_company_steps_in_if_it_fails():
    # a bare restart with «если не поможет, напишите» is a guess (settled 2026-12-06)
    customer = ["Интернет пропал час назад. Что делать?"]
    bare = card("Здравствуйте! Понимаю, как это неприятно. Перезагрузите роутер: выключите его на 30 секунд. Если не "
                "поможет, напишите мне.", customer)["solution"]
    timed = card("Здравствуйте! Понимаю, как это неприятно. Перезагрузите роутер: выключите его на 30 секунд. Если не "
                 "поможет, мастер приедет сегодня до 20:00.", customer)["solution"]
    assert (bare.passed, timed.passed) == (False, True), timed.reason


def test_a_time_worked_out_wrong_contradicts_the_reply():
    got = card("Здравствуйте! Ваш рейс вылетает 12 мая в 07:15, регистрация закрывается за 40 минут до вылета, то есть "
               "в 07:55. Хорошего полёта!", ["Во сколько закрывается регистрация на мой рейс?"])["solution"]
    assert (got.passed, got.reason) == (
        False, "Ответ противоречит сам себе: «07:15», «07:55» — клиент не поймёт, что верно.")


def test_a_time_worked_out_right_answers():
    got = card("Здравствуйте! Ваш рейс вылетает 12 мая в 07:15, регистрация закрывается за 40 минут до вылета, то есть "
               "в 06:35. Хорошего полёта!", ["Во сколько закрывается регистрация на мой рейс?"])["solution"]
    assert got.passed is True, got.reason


def test_money_held_told_without_anyone_else_is_the_customers_own():
    got = card("Здравствуйте! Понимаю, как это сбивает с толку. Сын пополнил ваш баланс на 500 ₽, а потом списалась "
               "абонентская плата 450 ₽, поэтому на счёте сейчас 50 ₽. Если будут вопросы, пишите.",
               ["Сын положил мне деньги на телефон, а их нет. Куда они делись?"])["safety"]
    assert got.passed is True, got.reason


def test_an_idea_offered_asks_for_nothing():
    got = card("Здравствуйте! Спасибо за идею, передала её команде продукта. Хорошего дня!",
               ["Было бы здорово, если бы в календаре можно было ставить повторяющиеся задачи."])["solution"]
    assert (got.passed, got.reason) == (None, "Клиент ни о чём не спрашивает и ничего не просит: решение не требуется.")


def test_an_idea_asked_of_the_operator_is_a_request():
    got = card("Здравствуйте! Хорошего дня!", ["Было бы хорошо, если бы вы мне перезвонили."])["solution"]
    assert got.passed is False, got.reason


def test_a_rule_our_staff_keep_is_information():
    got = card("Здравствуйте! Простите за ожидание. Наши курьеры не берут денег за подъём на этаж, поэтому 200 ₽ "
               "вернём на карту сегодня до 18:00. Хорошего дня!",
               ["Курьер взял с меня 200 рублей за подъём на этаж! Это нормально?"])["tone"]
    assert got.passed is True, got.reason
