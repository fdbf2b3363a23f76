"""Greeting, the customer's name, empathy where due, closing."""

from __future__ import annotations

import pytest

from reply_cases import GOOD, QUESTION, card


@pytest.mark.parametrize("opening, ok", [
    ("Здравствуйте!", True), ("Добрый вечер, Марина!", True), ("Доброе утро.", True),
    ("Приветствую вас!", True), ("Заказ задержался.", False), ("Привет!", True),
    ("Здраствуйте!", True), ("Добрй вечер!", True), ("Добрый днь!", True),
])
def test_greeting(opening, ok):
    c = card(opening + " Курьер привезёт заказ завтра до 14:00. Если будут вопросы, пишите.")
    assert c["greeting"].passed is ok
    assert c["greeting"].reason


def test_greeting_must_open_the_reply():
    c = card("Курьер привезёт заказ завтра до 14:00. Здравствуйте. Если будут вопросы, пишите.")
    assert c["greeting"].passed is False
    assert "не в начале" in c["greeting"].reason


def test_name_in_other_case_counts_and_missing_name_fails():
    assert card("Здравствуйте! Марине мы уже отправили ответ: курьер будет завтра. Хорошего дня!",
                customer_name="Марина")["name"].passed is True
    c = card("Здравствуйте! Курьер привезёт заказ завтра. Хорошего дня!", customer_name="Марина")
    assert c["name"].passed is False and "Марина" in c["name"].reason


def test_name_not_applicable_without_a_name():
    c = card(GOOD)
    assert c["name"].passed is None
    assert c.to_json()["elements"]["name"]["passed"] is None


def test_name_taken_from_the_message():
    c = card("Здравствуйте, Олег! Курьер привезёт заказ завтра. Хорошего дня!",
             customer=["Меня зовут Олег, заказ не пришёл."])
    assert c["name"].passed is True


@pytest.mark.parametrize("apology", [
    "Приносим извинения за задержку.", "Извините, пожалуйста, за задержку.", "Приносим свои извинения.",
    "Нам очень жаль, что так вышло.", "Понимаю ваше недовольство.", "Простите за неудобство.",
    "Сожалеем о задержке.",
])
def test_empathy_word_forms(apology):
    c = card(f"Здравствуйте! {apology} Курьер привезёт заказ завтра до 14:00. Если будут вопросы, пишите.")
    assert c["empathy"].passed is True, c["empathy"].reason


def test_empathy_missing_in_a_complaint():
    c = card("Здравствуйте! Курьер привезёт заказ завтра до 14:00. Если будут вопросы, пишите.")
    assert c["empathy"].passed is False
    assert "жалуется" in c["empathy"].reason


def test_empathy_not_applicable_to_a_question():
    c = card("Здравствуйте! Доставка в Казань стоит 350 рублей, курьер привезёт заказ за 3 дня. Хорошего дня!",
             customer=QUESTION)
    assert c["empathy"].passed is None
    assert c["solution"].passed is True


@pytest.mark.parametrize("ending, ok", [
    ("Если будут вопросы, пишите.", True), ("Всего доброго!", True), ("Хорошего дня!", True),
    ("Спасибо за обращение!", True), ("Остались вопросы? Я на связи.", True), ("Номер заказа 48213.", False),
])
def test_closing(ending, ok):
    c = card(f"Здравствуйте! Извините за задержку. Курьер привезёт заказ завтра до 14:00. {ending}")
    assert c["closing"].passed is ok


@pytest.mark.parametrize("last, ok", [
    ("Обращайтесь к своему программисту.", False),  # sent elsewhere, not invited back
    ("Обращайтесь, если будут вопросы.", True),
    ("До встречи на занятиях!", True),
    ("Напишите, пожалуйста, верный адрес.", False),  # a request for data, not an invitation back
    ("Чтобы включить блокировку, напишите «да».", False),
    ("Напишите, какой день вам удобнее.", True),
])
def test_an_invitation_addressed_elsewhere_is_no_closing(last, ok):
    c = card(f"Здравствуйте! Интеграция восстановлена в 11:40, заказы снова выгружаются. {last}", QUESTION)
    assert c["closing"].passed is ok, c["closing"].reason
