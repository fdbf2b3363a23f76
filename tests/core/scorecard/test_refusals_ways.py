"""A no beside the operator's own deed said without «я», a return refused in bureaucratic words, and «ни при чём»
said of a thing or of the customer (issue 15)."""

from __future__ import annotations

from reply_cases import card

MOULD = ["В номере плесень, ребёнок кашляет. Переселите нас!"]
REFUND = ["Хотим вернуть деньги за годовую подписку: обещанной функции так и нет."]
PROMO = ["Промокод не срабатывает, вводила и заглавными, и строчными буквами."]
FEE = ["Почему с меня взяли комиссию? Я ничего лишнего не нажимала!"]


def test_a_deed_without_i_is_a_way():
    c = card("Здравствуйте! Простите, с ребёнком в таком номере жить нельзя. Переселила вас в номер 512, ключи на "
             "стойке. Хорошего вечера!", customer=MOULD)
    assert c["tone"].passed is True and c["solution"].passed is True, (c["tone"].reason, c["solution"].reason)


def test_a_return_not_done_is_a_refusal():
    c = card("Здравствуйте. Согласно условиям, возврат средств за годовой тариф не производится. Благодарим за "
             "понимание.", customer=REFUND)
    assert c["tone"].passed is False and "выхода" in c["tone"].reason


def test_ni_pri_chem_of_a_thing_or_of_the_customer_clears():
    c = card("Здравствуйте! Жаль. Код действует только на заказы от 3000 ₽, регистр букв тут ни при чём. Добавьте "
             "товар ещё на 400 ₽, и скидка применится. Хорошего дня!", customer=PROMO)
    assert c["tone"].passed is True, c["tone"].reason
    c = card("Здравствуйте! Простите. Вы здесь ни при чём, сбой был у нас: комиссию 99 ₽ я вернула, она придёт "
             "сегодня.", customer=FEE)
    assert c["tone"].passed is True, c["tone"].reason
    c = card("Здравствуйте. Мы здесь ни при чём, комиссию взял магазин.", customer=FEE)
    assert c["tone"].passed is False
