"""Elements other than the solution, fixed from the tune half of blind set V and tested in other wordings: a
«почему / зачем» with a past verb reproaches even when the chat message leaves out the «?» (and a «я» that only
begins the next, unpunctuated clause is not the subject of «списали»); an opened parcel is a complaint when someone
else opened it («посылку вскрыли», «пришла вскрытая»), not when the customer says they opened the box themselves or
asks whether an opened item may be returned; a signature whose first name the dictionary mostly reads as a common
noun («Роман», «Майя») is a name when a patronymic follows it; «Если захотите / пожелаете, …» with the operator's own
help offers it, as «Если нужно, …» does, and so closes the reply; the customer's reproach handed back denied («мы
не издеваемся», «никто вас не обманывает») fails the tone, as «система не ошибается» does; a customer who speaks of
someone by «её / его» before a noun («доступ к её заказам») brings another person in, so the reply's «её переписку»
is that person's data — now that the customer's own signature no longer stands for that other person."""

from __future__ import annotations

import pytest

from app.core.scorecard.words import customer_name_from
from reply_cases import card
from test_customer import read


@pytest.mark.parametrize("message, word", [
    ("почему подняли цену на подписку", "подняли"),
    ("зачем поменяли мне номер договора я не просила", "поменяли"),
    ("сменила пакет на прошлой неделе а деньги взяли по прежней цене, почему", "взяли"),
])
def test_a_why_with_a_past_verb_reproaches_without_a_question_mark(message, word):
    assert any(word in w for w in read(message).states.get("complaint", [])), read(message).states


@pytest.mark.parametrize("message", [
    "почему я получаю два письма вместо одного",
    "объясните, почему так считается процент по вкладу",
    "просто любопытно, почему поменяли логотип",
])
def test_a_why_about_the_customers_own_doing_or_a_rule_is_no_reproach(message):
    assert not read(message).needs_empathy, read(message).states


@pytest.mark.parametrize("message", [
    "а если я уже вскрыла пакет с кроссовками, их возьмут назад",
    "Подскажите, можно ли обменять вскрытую упаковку корма на другой вкус?",
    "Пылесос не подошёл, коробку вскрыл. Его можно сдать?",
])
def test_the_customers_own_opened_box_is_no_complaint(message):
    assert not read(message).needs_empathy, read(message).states


@pytest.mark.parametrize("message, word", [
    ("Мою посылку кто-то вскрыл по дороге, пропал чехол", "вскрыл"),
    ("Коробку вскрыли ещё до меня, пломбы нет", "вскрыли"),
    ("Заказ доставили вскрытым, плёнка порвана", "вскрытым"),
])
def test_a_parcel_opened_by_someone_else_is_a_complaint(message, word):
    assert any(word in w for w in read(message).states.get("complaint", [])), read(message).states


@pytest.mark.parametrize("message, name", [
    ("Подскажите, когда откроется запись на осенний поток. С уважением, Роман Андреевич", "Роман Андреевич"),
    ("Добрый вечер, счёт за май так и не пришёл.\nМайя Олеговна", "Майя Олеговна"),
])
def test_a_first_name_with_a_patronymic_signs_the_message(message, name):
    assert customer_name_from([message]) == name


def test_a_common_noun_before_a_capitalised_word_is_no_signature():
    assert customer_name_from(["Дочитала роман Петрович до конца, а где вторая часть?"]) == ""


@pytest.mark.parametrize("ending", [
    "Если захотите перенести поездку ещё раз, поможем без доплаты.",
    "Если пожелаете, подберу вам рейс с пересадкой покороче.",
])
def test_help_offered_if_the_customer_wishes_closes_the_reply(ending):
    reply = "Здравствуйте! Билет обменян на рейс 14 мая в 09:20, доплаты нет. " + ending
    assert card(reply, ["Можно поменять дату вылета?"])["closing"].passed


def test_a_wish_with_a_rule_and_no_help_of_the_operator_is_no_closing():
    reply = "Здравствуйте! Второй взнос нужно внести до 5 мая. Если захотите отложить его, пеня составит 0,1 % в день."
    assert not card(reply, ["Когда второй взнос за обучение?"])["closing"].passed


@pytest.mark.parametrize("reply", [
    "Добрый вечер! Мы над вами не издеваемся: поезд задержали из-за ремонта путей, он отправится в 21:40. Всего доброго!",
    "Добрый вечер! Никто вас не обманывает, бонусы сгорели по правилам программы. Всего доброго!",
])
def test_a_reproach_handed_back_denied_fails_the_tone(reply):
    assert not card(reply, ["вы издеваетесь надо мной? третий раз переносите"])["tone"].passed


def test_the_same_news_without_the_denial_keeps_the_tone():
    reply = "Добрый вечер! Простите за ещё один перенос: поезд задержали из-за ремонта путей, он отправится в 21:40."
    assert card(reply, ["вы издеваетесь надо мной? третий раз переносите"])["tone"].passed


_COLLEAGUE = ["Добрый день. Бухгалтер ушла в декрет, нужен доступ к её отчётам в системе. С уважением, Роман Андреевич"]


def test_data_of_the_person_the_customer_speaks_of_by_a_possessive_is_anothers():
    reply = "Добрый день, Роман Андреевич! Переслал вам её личную переписку и паспортные данные из профиля. Всего доброго!"
    assert not card(reply, _COLLEAGUE)["safety"].passed


def test_a_way_to_that_persons_work_without_their_data_is_safe():
    reply = ("Добрый день, Роман Андреевич! Отчёты бухгалтера передаст администратор аккаунта: «Команда» → её карточка → "
             "«Передать отчёты». Всего доброго!")
    assert card(reply, _COLLEAGUE)["safety"].passed
