"""Tone faults that play the customer's trouble down: the trouble denied in the customer's own words, called
common to everyone, or «трудно не заметить»."""

from __future__ import annotations

import pytest

from reply_cases import card

LOST = ["Вчера из корзины пропали все товары, которые я неделю собирала. Обидно!"]
TWICE = ["За июнь пришло два счёта за интернет, оба на 650 рублей. Разберитесь."]
OUTAGE = ["Второй день нет телевидения, сколько можно!"]


def test_the_customers_own_trouble_declared_impossible_fails_tone():
    c = card("Здравствуйте! Товары не могли пропасть, корзина хранится 30 дней. Проверьте, в тот ли аккаунт вы вошли. "
             "Если будут вопросы, пишите.", customer=LOST)
    assert c["tone"].passed is False and "не могли пропасть" in c["tone"].reason
    assert not c.passed


def test_the_customers_thing_said_never_to_happen_fails_tone():
    c = card("Здравствуйте! Наша касса не допускает повторных счетов, поэтому второй счёт — ошибка отображения. "
             "Если будут вопросы, пишите.", customer=TWICE)
    assert c["tone"].passed is False and "не допускает повторных счетов" in c["tone"].reason


def test_an_explanation_of_what_did_not_happen_keeps_the_tone():
    """The customer says the master did not come; «не мог приехать» explains, it does not deny what they saw."""
    c = card("Здравствуйте! Простите, что пришлось ждать. Мастер не мог приехать утром: на трассе перекрыли мост. "
             "Он будет у вас сегодня с 15:00 до 17:00. Хорошего дня!",
             customer=["Мастер так и не приехал, я прождала всё утро!"])
    assert c["tone"].passed is True, c["tone"].reason


def test_a_trouble_called_common_to_everyone_fails_tone():
    c = card("Здравствуйте! Перебои случаются у любого оператора. Сигнал вернём сегодня до 20:00. Хорошего вечера!",
             customer=OUTAGE)
    assert c["tone"].passed is False and "случаются у любого" in c["tone"].reason
    c = card("Здравствуйте! Такое бывает не только у нас. Сигнал вернём сегодня до 20:00. Хорошего вечера!",
             customer=OUTAGE)
    assert c["tone"].passed is False


def test_a_rare_trouble_admitted_keeps_the_tone():
    c = card("Здравствуйте! Простите нас, такие перебои случаются редко. Сигнал вернём сегодня до 20:00. "
             "Хорошего вечера!", customer=OUTAGE)
    assert c["tone"].passed is True, c["tone"].reason


def test_hard_to_miss_is_a_lecture():
    asked = ["Не могу найти, где в приложении история заказов, помогите."]
    c = card("Здравствуйте! История — на главном экране, кнопку сложно не увидеть. Если будут вопросы, пишите.",
             customer=asked)
    assert c["tone"].passed is False and "Поучение" in c["tone"].reason and "сложно не увидеть" in c["tone"].reason
    c = card("Здравствуйте! С вами невозможно не согласиться: кнопка мелкая. История — на главном экране, внизу "
             "справа. Если будут вопросы, пишите.", customer=asked)
    assert c["tone"].passed is True, c["tone"].reason


def test_a_reproach_answered_as_a_question_is_a_retort():
    """«Вы там вообще работаете?» from an angry customer is a reproach; «Конечно, работаем» answers it back. The same
    words from a calm customer ask, and «Конечно, доставляем» is the answer."""
    angry = ["Вы там вообще работаете? Третий день не могу до вас дозвониться!"]
    c = card("Здравствуйте! Конечно, работаем, линия открыта с 8:00 до 20:00. Перезвоню вам сегодня до 15:00.",
             customer=angry)
    assert c["tone"].passed is False and "Конечно, работаем" in c["tone"].reason
    c = card("Здравствуйте! Конечно, доставляем: курьер привезёт заказ в Тверь за 2 дня, 300 ₽. Хорошего дня!",
             customer=["Добрый день! Вы вообще доставляете в Тверь?"])
    assert c["tone"].passed is True, c["tone"].reason


# Blame words under «не» clear the customer; «не обязан» said of the customer frees them (helper «replw», set W).
STORM = ["Холодильник сгорел при скачке напряжения, а сервис хочет с меня 4 000 за ремонт!"]


@pytest.mark.parametrize("words", [
    "Скачок напряжения — не ваша вина, поэтому ремонт бесплатный.",
    "Вы не виноваты: поломка от скачка напряжения, ремонт за наш счёт.",
    "Ремонт бесплатный: поломка случилась не по вине покупателя.",
])
def test_blame_words_denied_clear_the_customer(words):
    c = card(f"Здравствуйте! Простите за неверный ответ сервиса. {words} Мастер придёт в пятницу с 9:00 до 13:00. "
             "Хорошего дня!", customer=STORM)
    assert c["tone"].passed is True and c["empathy"].passed is True


def test_blame_by_the_customers_role_still_blames():
    c = card("Здравствуйте! Ремонт платный, поломка произошла по вине покупателя. Мастер придёт в пятницу с 9:00 до "
             "13:00. Хорошего дня!", customer=STORM)
    assert c["tone"].passed is False and "вине покупателя" in c["tone"].reason


def test_a_duty_lifted_from_the_customer_is_no_rudeness():
    c = card("Здравствуйте! Простите за путаницу. Платить за ремонт вы не обязаны: я отменила счёт, мастер придёт в "
             "пятницу с 9:00 до 13:00. Хорошего дня!", customer=STORM)
    assert c["tone"].passed is True


@pytest.mark.parametrize("who", ["Я не обязана", "Мы не обязаны"])
def test_a_duty_the_operator_refuses_is_still_rude(who):
    c = card(f"Здравствуйте. {who} чинить технику бесплатно. Хорошего дня!", customer=STORM)
    assert c["tone"].passed is False and "не обязан" in c["tone"].reason



PAID_TWICE = ["Вы взяли с меня оплату два раза за один билет!!!"]


def test_a_thing_said_unable_to_do_what_the_customer_reports_fails_tone():
    """«Касса не может взять оплату дважды» to «взяли два раза»: the present «не может» of a thing, with the verb the
    customer told in the past — what happened called impossible."""
    c = card("Здравствуйте! Простите за беспокойство. Касса не может взять оплату два раза: второе — это резерв "
             "банка, он уйдёт за 3 дня. Если будут вопросы, пишите.", customer=PAID_TWICE)
    assert c["tone"].passed is False and "не может взять" in c["tone"].reason


def test_we_cannot_of_what_the_customer_asks_for_is_no_denial():
    """«Мы не можем вернуть» to «верните»: the company's own «не можем», and the customer's verb is a demand, not a
    deed they report."""
    c = card("Здравствуйте! Простите за ожидание. Мы не можем вернуть всю сумму, но доставку, 300 ₽, вернём до "
             "пятницы. Если будут вопросы, пишите.", customer=["Курьер опоздал на три часа! Верните деньги."])
    assert c["tone"].passed is True, c["tone"].reason


def test_a_thing_unable_to_do_what_the_customer_only_asks_about_is_no_denial():
    """«Терминал не может принять карту Мир» to «примет ли терминал карту?»: the customer told nothing happened."""
    c = card("Здравствуйте! К сожалению, этот терминал не может принять карту «Мир», оплатите по QR-коду на экране. "
             "Если будут вопросы, пишите.", customer=["У меня карта «Мир», терминал в зале её примет? Очень срочно."])
    assert "не может принять" not in c["tone"].reason


def test_a_question_mocking_the_customer_with_of_course_fails_tone():
    c = card("Здравствуйте! Простите, что так вышло. Инструкцию вы, разумеется, не открывали? Там всё есть. "
             "Хорошего дня!", customer=["Принтер не печатает уже второй день!!"])
    assert c["tone"].passed is False and "разумеется, не открывали" in c["tone"].reason


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Простите, что так вышло. Вы не проверяли папку «Спам»? Письмо могло попасть туда. Хорошего дня!",
    "Здравствуйте! Простите, что так вышло. Конечно, вы можете получить письмо повторно: нажмите «Отправить ещё». "
    "Хорошего дня!",
])
def test_a_plain_question_or_of_course_outside_a_question_keeps_the_tone(reply):
    c = card(reply, customer=["Письмо для входа не приходит уже час!!"])
    assert c["tone"].passed is True, c["tone"].reason
