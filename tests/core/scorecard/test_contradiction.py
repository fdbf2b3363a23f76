"""A reply that says one thing and its opposite about the same thing fails the solution; two cases told apart by a
condition, two objects, or two things to do are no contradiction."""

from __future__ import annotations

import pytest

from reply_cases import card

PRICE = ["Добрый день! Сколько стоит доставка до двери?"]


def test_free_and_a_price_for_the_same_thing_contradict():
    c = card("Здравствуйте! Доставка до двери бесплатная, стоимость доставки 290 ₽. Хорошего дня!", PRICE)
    assert c["solution"].passed is False
    assert c["solution"].reason == "Ответ противоречит сам себе: «бесплатная», «290» — клиент не поймёт, что верно."


def test_a_grouped_figure_is_quoted_whole():
    c = card("Здравствуйте! Перенос поездки бесплатный, стоимость переноса поездки 12 500 ₽. Хорошего дня!",
             ["Сколько стоит перенос поездки на другую дату?"])
    assert c["solution"].reason == "Ответ противоречит сам себе: «бесплатный», «12 500» — клиент не поймёт, что верно."


@pytest.mark.parametrize("reply", [
    # two cases told apart by a condition
    "Здравствуйте! Доставка до двери бесплатная при заказе от 3 000 ₽, иначе 290 ₽. Хорошего дня!",
    # free is one thing, the price another
    "Здравствуйте! Доставим до двери бесплатно, подъём на этаж стоит 290 ₽. Хорошего дня!",
])
def test_a_condition_or_another_object_is_no_contradiction(reply):
    assert card(reply, PRICE)["solution"].passed is True, card(reply, PRICE)["solution"].reason


POINTS = ["Здравствуйте! Бонусные баллы сохранятся, если я сменю тариф?"]


def test_kept_and_lost_for_the_same_thing_contradict():
    c = card("Здравствуйте! Баллы при смене тарифа сохраняются. Баллы при смене тарифа сгорают. Хорошего дня!", POINTS)
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Ответ противоречит сам себе: «сохраняются», «сгорают» — клиент не поймёт, "
                                    "что верно.")


def test_a_verb_and_the_same_verb_with_not_contradict():
    c = card("Здравствуйте! Баллы при смене тарифа не сохраняются. Переходите спокойно: баллы при смене тарифа "
             "сохраняются. Хорошего дня!", POINTS)
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Ответ противоречит сам себе: «не сохраняются», «сохраняются» — клиент не "
                                    "поймёт, что верно.")


def test_kept_now_and_lost_later_is_no_contradiction():
    c = card("Здравствуйте! Да, баллы сохраняются при смене тарифа, но после года без покупок баллы сгорают. "
             "Хорошего дня!", POINTS)
    assert c["solution"].passed is True, c["solution"].reason


def test_can_and_cannot_about_the_same_thing_contradict():
    c = card("Здравствуйте! Да, полис можно оплатить в рассрочку на три платежа. Однако рассрочка на полис не "
             "предоставляется. Хорошего дня!", ["Можно ли оплатить полис частями?"])
    assert c["solution"].passed is False
    assert c["solution"].reason.startswith("Ответ противоречит сам себе:")


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Скидку на текущий тариф сделать нельзя, но перейти на тариф «Свой» за 450 ₽ можно в "
     "приложении. Хорошего дня!", ["Можно мне скидку на тариф?"]),
    ("Здравствуйте! Поменять место в купленном билете нельзя, но можно вернуть этот билет и купить новый на нижнее "
     "место, сбор 250 ₽. Хорошего дня!", ["Купил билет на верхнюю полку. Можно поменять на нижнюю?"]),
])
def test_cannot_one_thing_and_can_another_is_no_contradiction(reply, customer):
    c = card(reply, customer)
    assert c["solution"].passed is True, c["solution"].reason


REFUND = ["Отменила бронь, когда вернут деньги?"]


def test_two_times_for_one_event_contradict():
    c = card("Здравствуйте! Бронь отменена, деньги вернём в течение 5 рабочих дней. Возврат на карту занимает до "
             "20 рабочих дней. Хорошего дня!", REFUND)
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Ответ противоречит сам себе: «5 рабочих дней», «20 рабочих дней» — клиент не "
                                    "поймёт, что верно.")


@pytest.mark.parametrize("reply", [
    # two events, each with its time
    "Здравствуйте! Бронь отменена, деньги вернём в течение 5 рабочих дней, чек придёт на почту через 2 дня. "
    "Хорошего дня!",
    # the customer's window and the company's time
    "Здравствуйте! Отменить бронь без штрафа можно в течение 14 дней, деньги вернутся в течение 5 дней. "
    "Хорошего дня!",
])
def test_two_events_or_a_window_are_no_contradiction(reply):
    assert card(reply, REFUND)["solution"].passed is True, card(reply, REFUND)["solution"].reason


def test_a_time_after_a_dash_is_the_time_of_what_stands_before_it():
    c = card("Здравствуйте! Деньги вернём в течение 5 рабочих дней. Срок возврата — до 20 рабочих дней. Хорошего дня!",
             REFUND)
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Ответ противоречит сам себе: «5 рабочих дней», «20 рабочих дней» — клиент не "
                                    "поймёт, что верно.")


def test_words_that_share_only_a_short_stem_are_two_things():
    c = card("Здравствуйте! Подъём на этаж стоит 200 рублей, доставка до подъезда бесплатная. Хорошего дня!",
             ["Сколько стоит доставка шкафа на 4 этаж?"])
    assert c["solution"].passed is True, c["solution"].reason


def test_the_same_noun_with_another_adjective_is_another_thing():
    c = card("Здравствуйте! Разовое занятие стоит 900 ₽, а пробное занятие бесплатное. Хорошего дня!",
             ["Сколько стоит одно занятие йогой?"])
    assert c["solution"].passed is True, c["solution"].reason


def test_one_thing_not_in_time_and_another_in_time_is_a_choice_not_a_contradiction():
    c = card("Здравствуйте! Обычная посылка идёт неделю, к понедельнику она не успеет. Успеет курьерская доставка "
             "за 450 ₽: она привезёт заказ в субботу. Хорошего дня!",
             ["Здравствуйте! Успеете привезти заказ к понедельнику?"])
    assert (c["solution"].passed, c["solution"].reason) == (True, "Есть конкретный шаг и срок: «понедельнику», «привезёт».")


CERTIFICATE = ["Добрый день! Когда пришлёте сертификат о прохождении курса?"]


def test_a_day_and_a_longer_usual_term_for_the_same_thing_contradict():
    c = card("Здравствуйте! Сертификат пришлём сегодня, как правило, его оформление занимает от двух до четырёх "
             "рабочих дней. Хорошего вечера!", CERTIFICATE)
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Ответ противоречит сам себе: «сегодня», «от двух до четырёх рабочих дней» — "
                                    "клиент не поймёт, что верно.")


@pytest.mark.parametrize("reply", [
    # the reply itself says this time is quicker than usual
    "Здравствуйте! Сертификат пришлём завтра, хотя обычно оформление занимает три–пять рабочих дней. Хорошего вечера!",
    # «до 10 дней» may end tomorrow
    "Здравствуйте! Сертификат пришлём завтра, а оформление бумажной копии занимает до 10 дней. Хорошего вечера!",
])
def test_a_day_within_the_span_or_set_apart_is_no_contradiction(reply):
    assert card(reply, CERTIFICATE)["solution"].passed is True, card(reply, CERTIFICATE)["solution"].reason


def test_a_price_after_a_dash_is_said_of_the_noun_before_it():
    customer = ["Здравствуйте! Сколько стоит подключить антивирус к тарифу?"]
    c = card("Здравствуйте! Подключение антивируса бесплатное. Стоимость подключения — 150 ₽ единоразово. "
             "Хорошего дня!", customer)
    assert c["solution"].passed is False
    assert c["solution"].reason == "Ответ противоречит сам себе: «бесплатное», «150» — клиент не поймёт, что верно."


def test_another_time_for_the_price_is_a_case_of_its_own():
    customer = ["Добрый день! Сколько стоит выбрать место у окна?"]
    c = card("Добрый день! При регистрации на сайте место у окна выбирается бесплатно, а раньше выбор места стоит "
             "450 ₽. Хорошего полёта!", customer)
    assert c["solution"].passed is True, c["solution"].reason


OPTION = ["Сколько стоит подключить опцию «Безлимитные мессенджеры»?"]


@pytest.mark.parametrize("reply, clash", [
    # «неё» stands for the option called free a sentence before
    ("Здравствуйте! Опция бесплатная. Подключить её можно в приложении, абонентская плата за неё — 150 ₽ в месяц.",
     "«бесплатная», «150»"),
    # a price alone after a comma is the price of what stands before it
    ("Здравствуйте! Нет, опция бесплатная. Оплатить её можно в приложении, 150 ₽.", "«бесплатная», «150»"),
])
def test_free_and_a_price_of_it_said_through_a_pronoun_contradict(reply, clash):
    c = card(reply, OPTION)
    assert c["solution"].passed is False
    assert c["solution"].reason == f"Ответ противоречит сам себе: {clash} — клиент не поймёт, что верно."


def test_a_free_connection_and_a_monthly_fee_are_two_things():
    c = card("Здравствуйте! Подключение опции бесплатное, пользоваться ею можно сразу, абонентская плата — 150 ₽ "
             "в месяц.", OPTION)
    assert c["solution"].passed is True, c["solution"].reason


REISSUE = ["Сколько ждать перевыпуска карты?"]


def test_a_time_for_the_whole_procedure_against_a_time_for_it_contradicts():
    c = card("Здравствуйте! Перевыпуск карты займёт 3 дня. Весь процесс занимает около 10 дней.", REISSUE)
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Ответ противоречит сам себе: «3 дня», «10 дней» — клиент не поймёт, что "
                                    "верно.")


def test_two_stages_each_with_its_time_are_no_contradiction():
    c = card("Здравствуйте! Перевыпуск карты займёт 3 дня, доставка курьером займёт ещё 2 дня.", REISSUE)
    assert c["solution"].passed is True, c["solution"].reason


VISIT = ["Нужно ли приезжать в отделение, чтобы сменить тариф?"]


@pytest.mark.parametrize("reply, ok", [
    # no need to come, and a need to sign there
    ("Здравствуйте! Приезжать в отделение не нужно, но заявление нужно подписать в отделении.", False),
    ("Здравствуйте! Ехать в отделение не нужно. Нужно только подписать заявление в отделении, это пять минут.",
     False),
    # no need to come, and what to do elsewhere
    ("Здравствуйте! Приезжать в отделение не нужно, заявление нужно отправить из приложения.", True),
])
def test_no_need_to_come_and_a_need_to_be_there_contradict(reply, ok):
    assert card(reply, VISIT)["solution"].passed is ok, card(reply, VISIT)["solution"].reason


SHIPPING = ["Сколько будет стоить доставка холодильника в Коломну?"]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Доставка холодильника в Коломну стоит 900 ₽. Доставка холодильника в Коломну обойдётся в 1 200 ₽.",
    "Здравствуйте! Доставка холодильника в Коломну стоит 900 ₽. Она обойдётся вам в 1 200 ₽.",
])
def test_two_prices_for_the_same_thing_contradict(reply):
    c = card(reply, SHIPPING)
    assert c["solution"].passed is False
    assert c["solution"].reason == "Ответ противоречит сам себе: «900», «1 200» — клиент не поймёт, что верно."


@pytest.mark.parametrize("reply", [
    # another place, another kind of delivery, a total beside its parts
    "Здравствуйте! Доставка холодильника в Коломну стоит 900 ₽, а доставка в Серпухов — 1 200 ₽.",
    "Здравствуйте! Доставка холодильника в Коломну стоит 900 ₽. Срочная доставка — 1 200 ₽.",
    "Здравствуйте! Доставка в Коломну стоит 900 ₽, подъём на этаж — 300 ₽, итого 1 200 ₽.",
])
def test_prices_of_other_things_or_a_total_are_no_contradiction(reply):
    assert card(reply, SHIPPING)["solution"].passed is True, card(reply, SHIPPING)["solution"].reason


COURIER = ["Мастер по ремонту стиральной машины придёт сегодня?"]


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! Мастер придёт сегодня с 15:00 до 17:00. Мастер будет у вас завтра утром.", False),
    # the order of two steps: each has a day of its own
    ("Здравствуйте! Сегодня мастер заберёт машину в сервис, завтра вечером её вернут.", True),
])
def test_two_days_for_the_same_happening_contradict(reply, ok):
    assert card(reply, COURIER)["solution"].passed is ok, card(reply, COURIER)["solution"].reason


LUGGAGE = ["Нужно ли доплачивать за второй чемодан?"]


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! Нет, доплачивать не нужно. Доплата за второй чемодан составит 2 000 ₽.", False),
    ("Здравствуйте! Нет, доплачивать не нужно: второй чемодан до 23 кг входит в ваш тариф.", True),
])
def test_no_need_to_pay_against_a_price_contradicts(reply, ok):
    assert card(reply, LUGGAGE)["solution"].passed is ok, card(reply, LUGGAGE)["solution"].reason


MOVE = ["Сколько стоит перейти на тариф «Домашний»?"]


@pytest.mark.parametrize("reply", [
    # the figure is the fee's, the move is only its day
    "Здравствуйте! Переход на «Домашний» бесплатный, ежемесячная плата 450 ₽ спишется в день перехода.",
])
def test_a_figure_of_another_thing_beside_free_is_no_contradiction(reply):
    assert card(reply, MOVE)["solution"].passed is True, card(reply, MOVE)["solution"].reason


def test_a_balance_is_no_price_of_taking_it_out():
    customer = ["Как закрыть счёт и забрать остаток?"]
    c = card("Здравствуйте! Остаток на счёте — 1 250 ₽. Снять его можно в кассе без комиссии, потом закройте счёт "
             "в приложении: «Счета» → «Закрыть счёт».", customer)
    assert c["solution"].passed is True, c["solution"].reason


def test_a_price_of_nought_is_free():
    customer = ["Почему в детализации звонок на горячую линию, она же бесплатная?"]
    c = card("Здравствуйте! Звонки на горячую линию бесплатны: в детализации они показаны с ценой 0 ₽, списаний "
             "не было, я проверила.", customer)
    assert "противоречит" not in c["solution"].reason, c["solution"].reason


def test_a_figure_of_what_was_blocked_is_no_price_of_the_free_card():
    customer = ["С моей карты пытались снять деньги, что делать?"]
    c = card("Здравствуйте! Я заблокировала карту и остановила перевод на 40 000 ₽. Новую карту закажите в "
             "приложении, она бесплатна.", customer)
    assert c["solution"].passed is True, c["solution"].reason


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Переход на «Домашний» бесплатный. Стоимость перехода — 100 ₽.",
    "Здравствуйте! Переход на «Домашний» бесплатный, но за переход спишем 100 ₽.",
])
def test_the_price_of_the_free_thing_still_contradicts(reply):
    assert card(reply, MOVE)["solution"].passed is False


def test_a_clock_time_does_not_cut_off_its_if():
    customer = ["Где моя посылка? Трек не обновляется"]
    c = card("Здравствуйте! Посылка в пути, она придёт в пункт выдачи в среду. Если в среду до 21:00 уведомление не "
             "придёт, напишите мне, я начну розыск.", customer)
    assert "противоречит" not in c["solution"].reason, c["solution"].reason


def test_a_time_under_a_when_is_a_case_of_its_own():
    customer = ["Счёт арестовали, а долг я уже закрыла. Когда снимут арест?"]
    c = card("Здравствуйте! Я отправила запрос приставу, обычно ответ приходит за 2–3 рабочих дня. Когда придёт "
             "постановление об отмене, арест снимем в течение 1 рабочего дня и пришлём вам СМС.", customer)
    assert "противоречит" not in c["solution"].reason, c["solution"].reason


FARE = ["Какой тариф взять: «Старт» или «Комфорт»? Даты поездки могут поменяться."]


def test_two_options_compared_by_price_are_no_contradiction():
    c = card("Здравствуйте! Советую «Комфорт»: в нём обмен билета бесплатный, а в «Старте» обмен стоит 2 500 ₽.", FARE)
    assert c["solution"].passed is True, c["solution"].reason


def test_one_option_said_free_and_priced_still_contradicts():
    c = card("Здравствуйте! Советую «Комфорт»: в нём обмен билета бесплатный. В «Комфорте» обмен стоит 2 500 ₽.",
             FARE)
    assert c["solution"].passed is False
