"""Condescension by a comparison of ease: «даже <someone less able> справится» tells the customer they should have
managed; the words vary, the construction does not."""

from __future__ import annotations

from reply_cases import card

STUCK = ["Не могу найти, где в приложении поменять адрес доставки. Уже полчаса ищу."]


def test_a_less_able_person_said_to_manage_fails_tone():
    c = card("Здравствуйте! Жаль, что поиски затянулись. Адрес меняется в «Профиль» → «Адреса», с этим даже "
             "пятиклассник разберётся. Если будут вопросы, пишите.", customer=STUCK)
    assert c["tone"].passed is False and "даже пятиклассник" in c["tone"].reason


def test_a_modifier_between_and_the_verb_before_still_fail():
    c = card("Здравствуйте! Простите за неудобство. Нажмите «Профиль» → «Адреса» — найдёт даже моя бабушка. "
             "Хорошего дня!", customer=STUCK)
    assert c["tone"].passed is False and "даже моя бабушка" in c["tone"].reason


def test_done_that_way_by_a_less_able_person_fails_tone():
    c = card("Здравствуйте! Простите за неудобство. Откройте «Профиль» → «Адреса» и нажмите «Изменить», так делают "
             "даже подростки. Хорошего дня!", customer=STUCK)
    assert c["tone"].passed is False


def test_what_even_staff_cannot_do_keeps_the_tone():
    """Negated: a limit of the system, not a comparison of ease."""
    c = card("Здравствуйте! Жаль, что так вышло. Отправленный заказ не может перенаправить даже курьер, поэтому "
             "адрес я поменяла в следующем заказе. Если будут вопросы, пишите.", customer=STUCK)
    assert c["tone"].passed is True


def test_help_promised_to_a_beginner_keeps_the_tone():
    """The person is not the subject: help offered, nobody compared."""
    c = card("Здравствуйте! Жаль, что поиски затянулись. Мы поможем разобраться даже пенсионеру: адрес меняется в "
             "«Профиль» → «Адреса». Если будут вопросы, пишите.", customer=STUCK)
    assert c["tone"].passed is True
