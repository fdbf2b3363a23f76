"""What blind set X's tune half showed beyond the solution (quick peak-hour chat messages), in our own wordings:
a count of contacts made with a cardinal («по два раза звонить»), an absence that has lasted («воды нет сутки»), a
count that belongs to another noun («третьего платежа на месяц»), a surname-first signature with a patronymic, an
ask that brings the customer back with the team's promise («пришлите фото, посмотрим»), chat thanks («спс») and a
message that only acknowledges («ок, жду звонка»)."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_syntax import read_syntax
from app.core.scorecard.words import customer_name_from
from reply_cases import card
from test_customer import read


@pytest.mark.parametrize("message, words", [
    ("Я уже три раза вам писала про этот заказ, где он?", ["три раза"]),
    ("Сколько можно, мне что, по пять раз одно и то же объяснять", ["пять раз"]),
    ("Раза четыре звонил на горячую линию, толку ноль.", ["Раза четыре"]),
])
def test_a_count_of_contacts_made_is_a_repeat(message, words):
    states = read(message).states
    assert all(w in states.get("repeat", []) for w in words), states


@pytest.mark.parametrize("message", [
    "Почему тариф подорожал в два раза?",  # how much, not how often they wrote
    "Можно звонить вам два раза в день?",  # a rule asked about
    "Хочу напомнить о себе пару раз до конца недели.",  # no count past one in figures or words
])
def test_a_count_that_is_no_contact_made_is_no_repeat(message):
    assert "repeat" not in read(message).states


@pytest.mark.parametrize("message, words", [
    ("горячей воды нет неделю", ["воды нет"]),
    ("У нас света нет уже три часа", ["света нет"]),
    ("телевидения нет вторую неделю, это как вообще", ["телевидения нет"]),
])
def test_an_absence_that_has_lasted_is_a_complaint(message, words):
    states = read_syntax(message).states
    assert all(w in states.get("complaint", []) for w in words), states


@pytest.mark.parametrize("message", [
    "У меня нет карты на неделю поездки, можно оплатить наличными?",  # a plan with «на»
    "В этом месяце платежа нет, верно?",  # a question about a fact
    "Можно перенести оплату третьего платежа на месяц?",  # the ordinal counts the payment, not the months
])
def test_a_span_that_plans_or_counts_something_else_is_no_complaint(message):
    assert "complaint" not in read(message).states


@pytest.mark.parametrize("message, name", [
    ("Прошу пояснить, когда вернут деньги за путёвку. Петров Илья Андреевич", "Илья Андреевич"),
    ("Добрый день, нужна справка об оплате.\nСоколова Мария Павловна", "Мария Павловна"),
    ("Спасибо. Кузнецов Олег", "Олег"),
])
def test_a_surname_first_signature_gives_the_first_name_and_patronymic(message, name):
    assert customer_name_from([message]) == name


def test_the_reply_may_call_a_surname_first_signer_by_the_first_name_alone():
    customer = ["Когда придёт возврат? Петров Илья Андреевич"]
    assert card("Илья, здравствуйте! Деньги поступят на карту до 9 апреля. Хорошего дня!", customer)["name"].passed
    assert not card("Господин Петров, здравствуйте! Деньги поступят на карту до 9 апреля. Хорошего дня!",
                    customer)["name"].passed


@pytest.mark.parametrize("last, ok", [
    ("Если не сработает, пришлите фото экрана, посмотрим вместе.", True),
    ("Если кнопки нет, напишите, какой у вас телефон, подскажем другой путь.", True),
    ("Обратитесь в банк, мы подтвердим платёж по его запросу.", False),  # sends elsewhere
])
def test_an_ask_back_to_us_with_the_teams_promise_closes_the_reply(last, ok):
    reply = "Здравствуйте! Откройте настройки и включите синхронизацию. " + last
    closing = card(reply, ["Не понимаю, почему не синхронизируется календарь"])["closing"]
    assert closing.passed is ok, closing.reason


@pytest.mark.parametrize("message", ["спс", "Спасибки, всё получилось", "ок жду звонка", "Понятно, буду ждать"])
def test_chat_thanks_and_a_bare_acknowledgement_ask_for_nothing(message):
    assert not read(message).asks


@pytest.mark.parametrize("message", ["ок, тогда оформляйте", "Хорошо, а когда приедет курьер", "понятно но деньги так и "
                                     "не пришли"])
def test_an_acknowledgement_with_a_request_a_question_or_a_trouble_still_asks(message):
    assert read(message).asks


def test_slang_forms_the_dictionary_does_not_know_still_show_anger():
    assert "anger" in read("Вы там офигели совсем, где деньги").states


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! Сведения о рассрочке есть на странице курса. Хорошего дня!", False),
    ("Здравствуйте! Условия акции доступны в приложении. Хорошего дня!", False),
    ("Здравствуйте! Да, рассрочка на 6 месяцев без переплаты, её оформляют на странице оплаты. Хорошего дня!", True),
])
def test_saying_only_that_the_writings_are_somewhere_is_no_answer(reply, ok):
    solution = card(reply, ["а рассрочка на курс бывает?"])["solution"]
    assert solution.passed is ok, solution.reason


def test_writings_named_where_the_customer_asked_where_answer_it():
    reply = "Здравствуйте! Инструкция есть в разделе «Помощь» → «Роутер». Хорошего дня!"
    assert card(reply, ["где найти инструкцию к роутеру"])["solution"].passed
