"""Forms of an answer the solution judge reads besides steps and time frames: a request for what the customer already
gave, values named for «какие…?», a place told in words for «где?», and a deed of the operator's in any verb."""

from __future__ import annotations

import pytest

from reply_cases import card

GAVE_NUMBER = ["Посылка 730512 стоит в статусе «в пути» уже неделю. Где она?"]


def test_asking_again_for_what_the_customer_gave_is_no_step():
    c = card("Здравствуйте! Простите, что так долго. Напишите, пожалуйста, номер посылки, и я сразу всё выясню. "
             "Хорошего вечера!", GAVE_NUMBER)
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Клиент уже написал, о чём его просят («Напишите»): повторная просьба — не "
                                    "следующий шаг.")


def test_asking_for_what_the_customer_did_not_give_is_still_a_step():
    c = card("Здравствуйте! Простите, что так долго. Напишите, пожалуйста, номер посылки, и я сразу всё выясню. "
             "Хорошего вечера!", ["Посылка стоит в статусе «в пути» уже неделю. Где она?"])
    assert c["solution"].passed is True, c["solution"].reason


@pytest.mark.parametrize("customer", [
    # a figure of another word: the daughter's age, the fare, a sum — not the thing's own value
    ["Как записать на плавание дочку, ей 9? Какие нужны документы?"],
    ["Курьер не приехал, пришлось ехать на такси за 1 200 рублей. Вернёте?"],
])
def test_a_figure_of_another_word_gives_no_value_to_ask_again(customer):
    from app.core.scorecard.answer_forms import asked_again
    from app.core.scorecard.reply import read_reply
    r = read_reply("Здравствуйте! Пришлите фото чека за такси и укажите данные дочки, остальное сделаю я.", customer)
    assert asked_again(r) == []


def test_a_code_after_one_mark_is_still_given():
    from app.core.scorecard.answer_forms import asked_again
    from app.core.scorecard.reply import read_reply
    r = read_reply("Здравствуйте! Уточните номер дела, пожалуйста.", ["Где выплата по делу Б-30417? Жду месяц."])
    assert asked_again(r) != []


MARKS = ["Добрый день! Я бабушка Маши Ковалёвой. Какие у неё оценки за контрольные по физике?"]


def test_values_named_answer_which():
    c = card("Добрый день! У Маши за контрольные по физике пятёрка и тройка. Всего доброго!", MARKS)
    assert c["solution"].passed is True
    assert c["solution"].reason == ("Клиент спросил, какие они, и ответ называет: «У Маши за контрольные по физике "
                                    "пятёрка и тройка.».")


def test_a_sentence_that_tells_what_will_happen_names_no_values():
    c = card("Добрый день! Оценки за контрольные по физике выставят в конце четверти. Всего доброго!", MARKS)
    assert c["solution"].passed is False
    assert c["solution"].reason == "Нет ни ответа по существу, ни следующего шага со сроком."


FILTER = ["Где у вас теперь фильтр по датам? После обновления не вижу."]


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! Фильтр теперь слева вверху, над списком счетов. Хорошего дня!", True),
    ("Здравствуйте! Фильтр переехал, интерфейс мы обновляли для удобства. Хорошего дня!", False),
])
def test_a_place_told_in_words_answers_where(reply, ok):
    assert card(reply, FILTER)["solution"].passed is ok, card(reply, FILTER)["solution"].reason


def test_a_deed_in_a_verb_outside_the_word_list_is_done():
    c = card("Здравствуйте! Очень жаль, что так вышло. Я прикрепила ваш отчёт к заданию вручную, он уже у "
             "преподавателя. Хорошего вечера!",
             ["Загрузила отчёт по практике, а в системе пусто, срок сдачи сегодня. Что делать?"])
    assert c["solution"].passed is True
    assert c["solution"].reason == "Оператор сделал, что нужно: «прикрепила»."


def test_looking_is_no_deed():
    c = card("Здравствуйте! Очень жаль, что так вышло. Я посмотрела ваш отчёт. Хорошего вечера!",
             ["Загрузила отчёт по практике, а в системе пусто, срок сдачи сегодня. Что делать?"])
    assert c["solution"].passed is False
    assert c["solution"].reason == "Нет ни ответа по существу, ни следующего шага со сроком."


MISSING_PART = ["В коробке нет зарядки, а я платила за комплект! Что делать?"]


@pytest.mark.parametrize("reply, ok, reason", [
    # writing back if the problem stays is an invitation, no step
    ("Здравствуйте! Простите. Проверьте коробку ещё раз внимательно. Если не найдёте, напишите. Хорошего дня!", False,
     "Шаг назван («Проверьте»), но не сказано, когда: добавьте срок."),
    # with what the operator will do then, it is one
    ("Здравствуйте! Простите. Проверьте коробку ещё раз внимательно. Если не найдёте, напишите — я сразу отправлю "
     "зарядку курьером. Хорошего дня!", True, "Есть конкретный шаг и срок: «Проверьте», «сразу»."),
])
def test_a_bare_write_back_is_no_step(reply, ok, reason):
    c = card(reply, MISSING_PART)
    assert (c["solution"].passed, c["solution"].reason) == (ok, reason)


WRONG_COLOUR = ["Заказывала синюю куртку, а пришла зелёная. Как так?"]


@pytest.mark.parametrize("reply, ok", [
    # sent to look up what the operator can see; the order number answers nothing
    ("Здравствуйте! Извините. Проверьте, пожалуйста, заказ 55310 в личном кабинете. Хорошего дня!", False),
    ("Здравствуйте! Извините. Обменяем куртку бесплатно: курьер заберёт её завтра до 18:00. Хорошего дня!", True),
])
def test_sending_the_customer_to_look_up_the_order_is_no_step(reply, ok):
    assert card(reply, WRONG_COLOUR)["solution"].passed is ok, card(reply, WRONG_COLOUR)["solution"].reason


def test_a_place_to_look_answers_where_to_look():
    c = card("Здравствуйте! Посмотрите в приложении: «Профиль» → «Мои заказы», там статус каждого заказа. "
             "Хорошего дня!", ["Где посмотреть статус моих заказов?"])
    assert c["solution"].passed is True, c["solution"].reason


def test_a_deed_inside_a_question_back_is_no_deed():
    c = card("Здравствуйте! Простите. Подскажите, на какой адрес оформлена посылка? Хорошего дня!",
             ["Посылка 55012 до сих пор не доставлена. Где она?"])
    assert c["solution"].passed is False
    assert c["solution"].reason == "Нет ни ответа по существу, ни следующего шага со сроком."


def test_a_short_participle_of_what_was_asked_about_is_a_deed():
    c = card("Здравствуйте. Лимит на переводы поднят до 500 000 на сутки. Можно переводить.",
             ["Не проходит перевод 400 000 за квартиру, пишет превышен лимит. Срочно!"])
    assert c["solution"].passed is True
    assert c["solution"].reason == "Оператор сделал, что нужно: «поднят»."


def test_a_request_sent_on_is_passed_on_not_done_and_needs_a_time():
    customer = ["Добрый день! Мне нужен акт сверки за третий квартал."]
    vague = card("Здравствуйте! Я отправила запрос в бухгалтерию, там всё подготовят. Хорошего дня!", customer)
    assert (vague["solution"].passed, vague["solution"].reason) == (
        False, "Шаг назван («отправила»), но не сказано, когда: добавьте срок.")
    timed = card("Здравствуйте! Я отправила запрос в бухгалтерию, акт пришлю вам сюда завтра до 15:00. "
                 "Хорошего дня!", customer)
    assert timed["solution"].passed is True


def test_a_thing_asked_for_by_name_is_answered_by_its_code():
    # «Подскажите ИНН и КПП» asks for the values as surely as «какой у вас ИНН?»
    customer = ["Добрый день. Подскажите ОКПО и ИНН вашей организации для договора"]
    told = card("Добрый день! ОКПО — 12345678, ИНН — 7712345678.", customer)
    assert told["solution"].passed is True, told["solution"].reason
    again = card("Добрый день! Реквизиты есть в договоре. Хорошего дня!", customer)
    assert again["solution"].passed is False


def test_an_address_asked_for_is_answered_by_the_address():
    # an e-mail address is a value as a number is: «на какой адрес приходят чеки?» — «на check@…»
    customer = ["Подскажите, на какой адрес приходят электронные чеки?"]
    told = card("Здравствуйте! Электронные чеки приходят с адреса receipts@shop.example.", customer)
    assert (told["solution"].passed, told["solution"].reason) == (
        True, "Клиент спросил, какие они, и ответ называет: «receipts@shop.example».")
    none = card("Здравствуйте! Электронные чеки приходят автоматически.", customer)
    assert none["solution"].passed is False
