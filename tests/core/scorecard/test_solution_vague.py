"""What only looks like a solution (issue 15, «vague»): a request for data with nothing promised after it but a look,
a ticket made or its number, a time of day when an office is open, «зависит от» with nothing decided — and the
replies beside them that do settle the customer's question."""

from __future__ import annotations

import pytest

from app.core.scorecard.in_time import opening_hours
from app.core.scorecard.reply import read_reply
from app.core.scorecard.steps import data_asked, told_of_others
from reply_cases import card

POINTS = ["Не начислились бонусы за заказ в прошлую пятницу."]
FINE = ["Почему мне выставили пени за газ? Я платила день в день."]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Сообщите, пожалуйста, номер бонусной карты, чтобы я проверила начисление.",
    "Добрый день! Пришлите скриншот заказа, чтобы я посмотрела, в чём дело.",
])
def test_data_asked_only_for_a_look_is_a_question_back(reply):
    assert card(reply, POINTS)["solution"].passed is False


def test_the_verdict_says_the_data_asked_is_a_question_back():
    got = card("Добрый день! Пришлите скриншот заказа из приложения. Хорошего дня!", POINTS)["solution"]
    assert (got.passed, got.reason) == (False, "Ответ только просит прислать данные («Пришлите»), а что с ними "
                                               "сделают и когда, не сказано: это вопрос вместо ответа.")


@pytest.mark.parametrize("reply, customer", [
    # the operator's deed follows what is sent
    ("Здравствуйте! Напишите номер чека — начислю бонусы вручную.", POINTS),
    ("Добрый день! Пришлите фото квитанции, и я сразу уберу пени, если оплата прошла вовремя.", FINE),
    # a look with its time is the company's next step
    ("Здравствуйте! Продиктуйте номер бонусной карты, я проверю начисление и отвечу в течение часа.", POINTS),
])
def test_data_asked_with_a_deed_or_a_timed_look_is_a_way_forward(reply, customer):
    assert card(reply, customer)["solution"].passed is True


def test_what_is_filed_or_sent_somewhere_named_is_a_step_not_a_question_back():
    for reply, word in [("Здравствуйте! Напишите заявление на перерасчёт в личном кабинете.", "Напишите"),
                        ("Здравствуйте! Укажите новый адрес в профиле, раздел «Доставка».", "Укажите")]:
        r = read_reply(reply, FINE)
        assert not data_asked(r, (reply.index(word), len(word)))


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Мы зарегистрировали ваше обращение по поводу двойного списания. Спасибо, что написали!",
     ["С карты дважды списали оплату заказа. Верните лишнее, пожалуйста."]),
    ("Здравствуйте! Создали обращение 4417 для технического отдела. Хорошего дня!",
     ["Не могу войти в личный кабинет, пишет «ошибка 403». Что это?"]),
    ("Здравствуйте! Сожалеем. Ваша заявка в работе, номер 5512. Хорошего дня!",
     ["Мой интернет не работает с утра, что случилось?"]),
    ("Добрый вечер! Это известная неполадка, номер инцидента 6021. Всего доброго!",
     ["Свет в квартире моргает весь вечер, что это?"]),
])
def test_a_ticket_made_or_its_number_is_no_answer(reply, customer):
    assert card(reply, customer)["solution"].passed is False


def test_a_ticket_the_customer_asked_for_is_a_deed():
    got = card("Здравствуйте! Создала заявку на вызов мастера, номер 4417. Хорошего дня!",
               ["Создайте, пожалуйста, заявку на вызов мастера — течёт кран."])
    assert got["solution"].passed is True


@pytest.mark.parametrize("reply, passed", [
    ("Здравствуйте! Заявка на вывоз оформлена. Пункт приёма работает по будням с 10:00 до 19:00. Хорошего дня!", False),
    ("Здравствуйте! Заявка на вывоз оформлена, грузчики приедут в четверг с 10:00 до 14:00. Хорошего дня!", True),
])
def test_office_hours_are_no_time_of_the_step(reply, passed):
    got = card(reply, ["Хочу сдать старую стиральную машину по акции обмена. Когда её заберут?"])
    assert got["solution"].passed is passed


def test_the_hours_answer_a_question_about_them():
    got = card("Здравствуйте! Пункт приёма открыт по будням с 10:00 до 19:00. Хорошего дня!",
               ["До скольки работает пункт приёма?"])
    assert got["solution"].passed is True


@pytest.mark.parametrize("reply, passed", [
    ("Здравствуйте! Срок зачисления зависит от банка получателя. Хорошего дня!", False),
    ("Здравствуйте! Скорость межбанковских переводов зависит от многих условий. Хорошего дня!", False),
    ("Здравствуйте! Срок зависит от банка получателя: в наш банк до часа, в остальные до 3 рабочих дней. "
     "Хорошего дня!", True),
])
def test_depends_on_with_nothing_decided_is_no_reason(reply, passed):
    got = card(reply, ["Почему перевод в другой банк идёт уже второй день?"])
    assert got["solution"].passed is passed


def test_a_step_phrase_in_the_third_person_is_what_others_do():
    reply = "Здравствуйте! Обычно переводы приходят в течение дня. Если нет, приходите в отделение с паспортом."
    r = read_reply(reply, ["Когда придёт перевод?"])
    assert told_of_others(r, (reply.index("приходят"), len("приходят в")))
    assert not told_of_others(r, (reply.index("приходите"), len("приходите в")))


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Чтобы проверить платёж, пришлите последние 4 цифры карты.",
    "Добрый день! Назовите, пожалуйста, первые 6 цифр договора, чтобы я нашла вашу покупку.",
])
def test_a_figure_in_the_data_asked_does_not_make_it_a_step(reply):
    assert card(reply, POINTS)["solution"].passed is False


def test_data_told_on_a_phone_named_is_sent_somewhere():
    reply = "Здравствуйте! Продиктуйте кодовое слово оператору по номеру 8 800 100-20-30."
    assert not data_asked(read_reply(reply, POINTS), (reply.index("Продиктуйте"), len("Продиктуйте")))


DENTED = ["Привезли холодильник с вмятиной на дверце. Что делать?"]


@pytest.mark.parametrize("reply, passed", [
    ("Здравствуйте! Сожалеем. Оформите претензию в личном кабинете, её рассмотрят.", False),
    ("Здравствуйте! Сожалеем. Сфотографируйте вмятину и загрузите фото на сайте, его проверят. Хорошего дня!", False),
    ("Здравствуйте! Сожалеем. Оформите претензию в личном кабинете, её рассмотрят до пятницы и заменят дверцу.",
     True),
])
def test_an_unnamed_check_by_the_company_needs_a_time(reply, passed):
    assert card(reply, DENTED)["solution"].passed is passed


def test_a_verb_in_a_clause_of_time_is_no_promise():
    got = card("Здравствуйте! Деньги вернутся в течение пяти дней после того, как на складе проверят товар.",
               ["Через сколько дней вернутся деньги за возврат?"])
    assert got["solution"].passed is True


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Приносим извинения. Доступ откроется в течение 2 рабочих дней после оплаты. Хорошего дня!",
     ["Занятие начинается через час, а доступа к курсу так и нет! Оплатил вчера."]),
    ("Здравствуйте! Сочувствую. Закажите перевыпуск карты в приложении, новая будет готова через 5 дней.",
     ["Я на кассе, карта не проходит, пишет «заблокирована»! Что делать?"]),
])
def test_a_term_past_the_customers_near_deadline_does_not_settle_it(reply, customer):
    got = card(reply, customer)["solution"]
    assert got.passed is False and got.reason.startswith("Клиенту это нужно скоро")


@pytest.mark.parametrize("reply, customer", [
    # what can be done at once
    ("Здравствуйте! Приносим извинения. Открыла доступ вручную, обновите страницу. Хорошего дня!",
     ["Занятие начинается через час, а доступа к курсу так и нет! Оплатил вчера."]),
    ("Здравствуйте! Сочувствую. Оплатите покупку по QR-коду в приложении. Новую карту выпустим за 5 дней.",
     ["Я на кассе, карта не проходит, пишет «заблокирована»! Что делать?"]),
    # a delay that was, not a deadline to come
    ("Здравствуйте! Простите нас. Вернули 900 ₽ на карту, деньги придут в течение трёх дней.",
     ["Пиццу привезли через полтора часа, вся остыла!"]),
])
def test_a_way_at_once_or_a_delay_past_is_no_missed_deadline(reply, customer):
    assert card(reply, customer)["solution"].passed is True


CASHBACK = ["Мне не пришёл кешбэк за октябрь, хотя покупки были."]


@pytest.mark.parametrize("reply, passed", [
    ("Здравствуйте! Спасибо за обращение. Мы направили его в профильное подразделение, ответ поступит в течение "
     "72 часов.", False),
    ("Здравствуйте! Благодарим за обращение. Специалисты изучат ситуацию и дадут ответ в срок до 30 дней.", False),
    # the time is for what the customer asked, or a day is named
    ("Здравствуйте! Передала вопрос в отдел лояльности, кешбэк за октябрь начислят до 20 ноября.", True),
    ("Здравствуйте! Мы направили обращение в отдел лояльности, ответ пришлём завтра до обеда.", True),
])
def test_a_stock_window_for_an_answer_with_nothing_of_the_case_is_a_template(reply, passed):
    assert card(reply, CASHBACK)["solution"].passed is passed


INTERCOM = ["Третий день не работает домофон. Когда почините?"]


@pytest.mark.parametrize("reply, passed", [
    ("Здравствуйте! Заявка находится в работе с 12 марта. Спасибо за терпение!", False),
    ("Здравствуйте! Мы в курсе, работы ведутся с понедельника. Спасибо за терпение!", False),
    # a time to come, from «с» or with its end
    ("Здравствуйте! Мастер придёт завтра с 10:00 до 13:00 и заменит блок вызова. Спасибо за терпение!", True),
    ("Здравствуйте! Блок вызова заменят с утра в четверг, к обеду домофон заработает. Спасибо за терпение!", True),
])
def test_a_time_a_state_has_lasted_since_is_no_term(reply, passed):
    assert card(reply, INTERCOM)["solution"].passed is passed


@pytest.mark.parametrize("customer, hours", [
    (["Можно ли прийти сдать анализы без записи?"], False),  # when to come is what is asked
    (["Когда можно забрать результаты анализов?"], False),
    (["Сдала анализы во вторник. Когда будут готовы результаты?"], True),
])
def test_hours_answer_only_a_question_about_coming(customer, hours):
    reply = "Здравствуйте! Без записи принимаем по будням с 8:00 до 11:00. Ждём вас!"
    assert opening_hours(read_reply(reply, customer), (reply.index("8:00"), 4)) is hours


def test_a_number_glued_to_latin_letters_is_a_name_not_a_figure():
    asked = "Как подключить оплату через виджет? Старая инструкция не подходит."
    reply = ("Здравствуйте! Новая инструкция находится в справке, раздел «Виджет v2» → «Оплата», там всё описано по "
             "шагам. Хорошего дня!")
    from app.core.scorecard import score_reply
    assert score_reply(reply, asked, grammar=None)["solution"].passed is False

