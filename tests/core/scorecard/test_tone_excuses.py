"""Lecturing read from the sentence: the customer asked to excuse the staff, a threat to complain granted with a
shrug, a customer with a trouble told to learn — and the polite replies of the same words that are none of these."""

from __future__ import annotations

import pytest

from reply_cases import card

HURT = ["Мастер нахамил мне по телефону и так и не приехал, это возмутительно!"]
SUE = ["Если не вернёте деньги за сломанный чайник, я подам на вас в суд!"]
GRADE = ["Почему мне поставили тройку за диктант?! Я всё написала правильно!"]
CALM = ["Как подготовиться к устному экзамену по немецкому?"]


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Извините. Мастер работал с утра без перерыва, постарайтесь его понять. Хорошего дня!", HURT),
    ("Здравствуйте! Извините. Войдите, пожалуйста, в положение мастера: у него было 12 вызовов. Хорошего дня!", HURT),
    ("Здравствуйте. В суд, конечно, можете, но гарантия на чайник уже закончилась. Всего доброго.", SUE),
    ("Здравствуйте. Жаловаться можете сколько угодно, возврат по этому случаю не положен. Всего доброго.", SUE),
    ("Здравствуйте. Сожалею. Вам нужно подтянуть орфографию, тогда и оценки будут выше. Всего доброго.", GRADE),
])
def test_a_lecture_in_other_words_fails_tone(reply, customer):
    c = card(reply, customer=customer)
    assert c["tone"].passed is False and "оучение" in c["tone"].reason, c["tone"].reason


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Простите, пожалуйста. Я поговорю с мастером сегодня и напишу вам до 18:00, новый мастер приедет "
     "завтра с 10 до 12. Хорошего дня!", HURT),
    ("Здравствуйте! Мне очень жаль. Вы вправе обратиться в суд, но давайте сначала я оформлю возврат: 2 490 ₽ придут "
     "на карту за 3 рабочих дня. Всего доброго.", SUE),
    ("Здравствуйте! К экзамену вам нужно выучить 40 тем из списка и пройти два пробных экзамена, список пришлю сегодня. "
     "Удачи!", CALM),
])
def test_the_same_words_politely_pass_tone(reply, customer):
    c = card(reply, customer=customer)
    assert c["tone"].passed is True, c["tone"].reason


CLAIM = ["Вы подняли цену перед скидкой, это обман. Буду жаловаться в антимонопольную службу!"]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Простите нас. Жалобу в антимонопольную службу вы можете подать через её сайт, раздел «Обращения», "
    "а разницу в 1 200 ₽ я вам уже вернула. Хорошего дня!",
    "Здравствуйте! Сожалею. Претензию можете направить нашему юристу на claims@example.ru, ответ придёт за 10 дней. "
    "Хорошего дня!",
])
def test_where_to_complain_told_is_a_way_not_a_shrug(reply):
    c = card(reply, customer=CLAIM)
    assert c["tone"].passed is True, c["tone"].reason


@pytest.mark.parametrize("reply", [
    "Здравствуйте. Жаловаться вы, разумеется, можете. Цена указана верно. Всего доброго.",
    "Здравствуйте. Жалобу писать можете. Цена указана верно. Всего доброго.",
])
def test_a_complaint_granted_with_a_shrug_still_fails_tone(reply):
    c = card(reply, customer=CLAIM)
    assert c["tone"].passed is False and "оучение" in c["tone"].reason, c["tone"].reason


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Статус жалобы вы можете посмотреть в личном кабинете в разделе «Обращения». Всего доброго!",
    "Здравствуйте! Претензию можете отправить на claims@tour.ru, ответ придёт за 10 дней. Всего доброго!",
])
def test_a_claim_as_the_object_of_another_doing_is_no_shrug(reply):
    c = card(reply, ["Подала претензию две недели назад, ответа нет. Где её посмотреть?"])
    assert c["tone"].passed is True, c["tone"].reason
