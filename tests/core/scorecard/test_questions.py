"""What the customer asked: how, why, yes or no, two questions in one — and whether the reply is about it."""

from __future__ import annotations

import pytest

from app.core.scorecard.questions import (
    asks_how, echoed_answer, marked, questions, said_words, topic_words, unanswered,
)
from app.core.scorecard.reasons import gives_reason, reason_given, why_questions
from app.core.scorecard.reply import read_reply
from reply_cases import card


def _reply(reply: str, customer: str):
    return read_reply(reply, [customer])


def test_a_how_question_is_told_from_a_yes_or_no_one():
    assert asks_how(_reply("Да.", "Подскажите, как поменять тариф на более дешёвый?"))
    assert asks_how(_reply("Да.", "Хочу сдать билет. Как это сделать?"))
    assert not asks_how(_reply("Да.", "Можно ли сдать билет за день до поезда?"))
    assert not asks_how(_reply("Да.", "Как так? Я же всё оплатила."))  # a reproach, no verb of doing


def test_why_questions_and_the_reasons_that_answer_them():
    customer = "Почему мне пришёл штраф за парковку у вашего офиса?"
    assert why_questions(_reply("", customer)) == [customer]
    given = _reply("Здравствуйте! Штраф выписали из-за того, что машина стояла на газоне.", customer)
    assert [given.text[s:s + n] for s, n in gives_reason(given, [])] == ["из-за"]
    off = _reply("Здравствуйте! Оплатить его можно на портале госуслуг за пять минут.", customer)
    assert not gives_reason(off, [])
    assert not reason_given(off, [], said_words(off))


def test_a_word_whose_likeliest_reading_is_no_noun_is_still_what_the_question_is_about():
    # «минус» is first read as a conjunction
    assert any("минус" in w for w in topic_words("Откуда на счёте минус?"))
    r = _reply("Здравствуйте! Минус на счёте — это абонентская плата за май.", "Откуда на счёте минус?")
    assert reason_given(r, [], said_words(r))


def test_a_yes_or_no_question_answered_by_taking_up_its_word():
    customer = "Пришёл счёт на 2 100 рублей вместо обычных 600. Это ошибка?"
    told = _reply("Здравствуйте! Это не ошибка: 1 500 рублей — звонки на Кипр по тарифу «Мир», остальное — "
                  "абонентская плата.", customer)
    (start, size), = echoed_answer(told, [])
    assert told.text[start:start + size] == "ошибка"
    bare = _reply("Здравствуйте! Ошибки нет. Хорошего дня!", customer)  # nothing the customer did not know
    assert echoed_answer(bare, []) == []


def test_how_many_days_asks_a_span_and_why_not_reports_a_failure():
    from app.core.scorecard.questions import asked_kinds
    assert asked_kinds(_reply("", "Сколько стоит замена замка и сколько дней её делают?")) == ["цена", "срок"]
    assert asked_kinds(_reply("", "Какой срок службы у фильтра?")) == ["срок"]
    assert why_questions(_reply("", "Почему не открывается личный кабинет?")) == []


def test_a_bare_why_asks_about_the_sentence_before_it():
    customer = "Мне отказали в возврате билета!!! Почему?!"
    on = _reply("Здравствуйте! По справке о болезни билет вернуть можно: пришлите её, и я оформлю возврат сегодня.",
                customer)
    assert reason_given(on, [], said_words(on))
    off = _reply("Здравствуйте! Хорошего вам дня и отличного настроения!", customer)
    assert not reason_given(off, [], said_words(off))


def test_a_why_question_that_negates_a_figure_still_asks_for_a_reason():
    assert why_questions(_reply("Да.", "Почему за воду в марте 2 400 рублей, а не 900?"))
    assert not why_questions(_reply("Да.", "Почему не приходит код подтверждения?"))  # a failure reported


WHY_CHARGED = ["Почему с карты ушло 199 рублей за какой-то абонемент? Я ничего не оформляла!"]


@pytest.mark.parametrize("reply, ok, reason", [
    # what happened to the thing asked about, told with a reproach, is still the reason
    ("Здравствуйте. Абонемент вы оформили сами 3 марта в приложении, там это видно любому. Отменить его можно в "
     "разделе «Подписки». Всего доброго.", True, "Клиенту дан понятный следующий шаг: «Отменить»."),
    # what to do about the thing is not why it happened
    ("Здравствуйте. Абонемент можно отменить в приложении. Всего доброго.", False,
     "Клиент спросил «Почему с карты ушло 199 рублей за какой-то абонемент?», а ответ не называет причину и не "
     "говорит о том, о чём вопрос."),
])
def test_a_fact_stated_about_the_thing_answers_why(reply, ok, reason):
    c = card(reply, WHY_CHARGED)
    assert (c["solution"].passed, c["solution"].reason) == (ok, reason)


def test_a_reason_inside_a_lecture_is_still_the_reason():
    c = card("Добрый день. Читать правила надо было раньше: сдать работу нужно было до 10 апреля, а вы загрузили её "
             "12-го. Оценка снижена по правилам. Всего доброго.",
             ["Почему мне снизили оценку за курсовую? Я же всё сдала!"])
    assert c["solution"].passed is True
    assert c["solution"].reason == ("Клиент спросил «почему», и ответ называет причину: «Читать правила надо было "
                                    "раньше: сдать работу нужно было до 10 апреля, а вы загрузили её 12-го».")


CASHBACK = ["Когда придут баллы за покупку 3 мая?"]


@pytest.mark.parametrize("reply, ok", [
    # a deadline for what the customer may do is not when the points come
    ("Здравствуйте! Баллы можно потратить до 31 мая на любые товары. Хорошего дня!", False),
    ("Здравствуйте! Баллы за покупку 3 мая придут 10 мая. Хорошего дня!", True),
])
def test_a_customers_deadline_is_no_answer_to_when(reply, ok):
    assert card(reply, CASHBACK)["solution"].passed is ok, card(reply, CASHBACK)["solution"].reason


WHY_CANCELLED = ["Почему отменили мою экскурсию на завтра?"]


@pytest.mark.parametrize("reply, ok", [
    # what the customer wrote, said again with its date, is no reason
    ("Здравствуйте! Экскурсию на 14 июня отменили 10 июня. Хорошего дня!", False),
    ("Здравствуйте! Простите. Экскурсию отменили из-за штормового предупреждения, деньги вернём сегодня. Хорошего "
     "дня!", True),
])
def test_the_question_said_back_with_a_date_is_no_reason(reply, ok):
    assert card(reply, WHY_CANCELLED)["solution"].passed is ok, card(reply, WHY_CANCELLED)["solution"].reason


def test_a_price_is_a_statement_and_can_be_the_reason():
    c = card("Здравствуйте! С 1 июля абонемент стоит 2 400 ₽, об этом было письмо 1 июня. Хорошего дня!",
             ["Почему за абонемент списали 2 400 рублей, а не 1 900?"])
    assert c["solution"].passed is True, c["solution"].reason


@pytest.mark.parametrize("customer, reply, reason", [
    ("Когда придут деньги за возврат и из чего сложилась сумма 1 850 ₽?",
     "Здравствуйте! Деньги за возврат придут 12 мая. Хорошего дня!",
     "Клиент спросил «из чего сложилась сумма 1 850 ₽», а в ответе этого нет: ответ на половину вопроса."),
    ("Если расторгнуть договор до конца года, что будет со скидкой? И можно ли это сделать онлайн?",
     "Здравствуйте! Да, расторгнуть договор можно онлайн в разделе «Договоры». Хорошего дня!",
     "Клиент спросил «что будет со скидкой», а в ответе этого нет: ответ на половину вопроса."),
])
def test_a_second_question_of_what_or_what_becomes_wants_its_answer(customer, reply, reason):
    c = card(reply, [customer])
    assert (c["solution"].passed, c["solution"].reason) == (False, reason)


@pytest.mark.parametrize("message, asks", [
    ("а бонусы ещё действуют до какого числа", True),
    ("во сколько открывается ваш пункт выдачи", True),
    ("как сменить номер телефона в профиле", True),
    ("Когда приеду в офис, позвоню вам", False),
    ("Хочу сменить тариф, этот дорогой", False),
])
def test_a_stretch_that_asks_without_a_question_mark_is_a_question(message, asks):
    assert marked(message).endswith("?") is asks


def test_a_question_without_its_mark_still_wants_its_answer():
    customer = ["Добрый день", "мне выпустили новую карту", "а бонусы на старой действуют до какого числа"]
    c = card("Добрый день! Новую карту можно забрать в любом отделении по паспорту. Хорошего дня!", customer)
    assert c["solution"].passed is False
    assert c["solution"].reason == "Клиент спросил «когда», а в ответе этого нет: ответ на половину вопроса."


# «когда?» wants this thing's time: after a way offered for some case, a present-tense time of a thing the customer
# never named belongs to that way
_REPAIR = "Сдал ноутбук в ремонт в понедельник. Когда его можно будет забрать?"
_PARCEL = "Магазин пишет, что отправил посылку ещё 3 мая. Когда она будет у меня?"


@pytest.mark.parametrize("customer, reply", [
    (_REPAIR, "Здравствуйте! Если мастерская не приняла ноутбук, оформите заявку на сайте. Диагностика длится до "
              "5 дней."),
    (_PARCEL, "Здравствуйте! Если магазин не передал отправление, откройте спор. Проверка претензий идёт до 30 дней."),
])
def test_a_time_of_another_process_is_no_when(customer, reply):
    assert "когда" in unanswered(_reply(reply, customer), [(reply.index("до "), 9)], [])
    assert card(reply, [customer]).elements["solution"].passed is False


@pytest.mark.parametrize("customer, reply", [
    (_REPAIR, "Здравствуйте! Ремонт ноутбука занимает до 5 дней, забрать его можно будет до пятницы."),
    (_REPAIR, "Здравствуйте! Мастер закончит в четверг, забрать ноутбук можно с 12:00."),
    (_PARCEL, "Здравствуйте! Обычно это занимает до 7 дней: посылка будет у вас не позже 10 мая."),
    ("Когда поступят деньги от продажи квартиры?", "Здравствуйте! Средства зачисляются в течение 2 рабочих дней."),
])
def test_this_things_time_is_a_when(customer, reply):
    assert card(reply, [customer]).elements["solution"].passed is True


def test_a_short_adjective_is_what_a_question_turns_on():
    from app.core.scorecard.questions import content, predicate_word
    from app.core.scorecard.words import tokenize
    assert "доступны" in content(tokenize("Записи вебинаров доступны всем ученикам?"))
    # an adverb that is a short adjective in another parse: a predicate after «это» or «быть», a manner after a verb
    asked = tokenize("Будет ли родителям заметно, что я пропустил урок?")
    assert predicate_word(asked, 3)
    assert "платно" in content(tokenize("Это платно?"))
    assert "бесплатно" not in content(tokenize("Можно ли провезти велосипед в поезде бесплатно?"))
    told = tokenize("Доступ к урокам продлён до мая")
    assert "продлен" in content(told) and "продлен" not in content(told, predicates=False)


@pytest.mark.parametrize("customer, kinds", [
    ("Сколько ехать от вокзала до гостиницы?", ["срок"]),
    ("Сколько лететь до Калининграда и сколько стоит багаж?", ["срок", "цена"]),
    ("Сколько стоит доехать до аэропорта на вашем трансфере?", ["цена"]),  # a price, whatever the verb after it
])
def test_how_much_with_a_verb_of_motion_asks_how_long_the_way_takes(customer, kinds):
    from app.core.scorecard.questions import asked_kinds
    assert asked_kinds(_reply("", customer)) == kinds


@pytest.mark.parametrize("asked", ["А до скольки работает бассейн?", "Со скольки можно забрать ключи?",
                                   "К скольки подъехать к офису?"])
def test_until_from_or_by_how_much_asks_an_hour(asked):
    assert "когда" in unanswered(_reply("Здравствуйте! Бассейн у нас есть, он на первом этаже.", asked), [], [])


def test_a_message_that_is_only_a_condition_asks_the_question_of_the_message_before():
    from app.core.scorecard.questions import questions
    r = read_reply("Здравствуйте!", ["Можно забрать все фото из облака", "если я перестану платить?"])
    assert questions(r) == ["Можно забрать все фото из облака если я перестану платить?"]
    stop = read_reply("Здравствуйте!", ["Фото у вас хранятся.", "если я перестану платить?"])
    assert questions(stop) == ["если я перестану платить?"]


@pytest.mark.parametrize("asked, how", [("how to поменять тариф?", True), ("How do I удалить аккаунт?", True),
                                        ("how can I оплатить отель?", True), ("how much это стоит?", False)])
def test_an_english_how_to_asks_the_way(asked, how):
    assert asks_how(_reply("Здравствуйте!", asked)) is how


def test_a_size_named_by_its_letters_answers_which_size():
    asked = "Какой размер платья брать? Обычно ношу S, но грудь широкая"
    assert unanswered(_reply("Здравствуйте! Берите M, он свободнее в груди.", asked), [], []) == ""
    assert "какой" in unanswered(_reply("Здравствуйте! Берите свой обычный, он свободнее.", asked), [], [])
    assert "какой" in unanswered(_reply("Здравствуйте! Берите S, как обычно.", asked), [], [])


POOL_FROM_20TH = ["Мы записались в бассейн с 20 марта. Сколько платить за март, если абонемент на месяц стоит 4 500?"]


@pytest.mark.parametrize("reply, ok", [
    # the customer's own figure said back is not the sum they asked
    ("Здравствуйте! Абонемент на месяц стоит 4 500 ₽, оплатить можно на кассе. Хорошего дня!", False),
    # the sum for their days is
    ("Здравствуйте! За март заплатите 1 800 ₽ — за 12 дней с 20 марта. Хорошего дня!", True),
    # and so is a price in words
    ("Здравствуйте! Март для вас бесплатный, платить начнёте с апреля — 4 500 ₽ в месяц. Хорошего дня!", True),
])
def test_a_price_asked_is_not_the_customers_own_figure_said_back(reply, ok):
    assert card(reply, POOL_FROM_20TH)["solution"].passed is ok, card(reply, POOL_FROM_20TH)["solution"].reason


def test_a_numbered_item_inside_a_stretch_starts_the_question():
    r = read_reply("Добрый день!", ["Два пункта: 1) пришлите счёт 2) можно оплатить картой?"])
    assert questions(r) == ["2) можно оплатить картой?"]
    r = read_reply("Добрый день!", ["По брони 771: 1) можно заехать раньше?"])
    assert questions(r) == ["По брони 771: 1) можно заехать раньше?"]
