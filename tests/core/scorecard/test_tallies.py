"""A sum worked out in words that does not come out (issue 15): a rate per person or per night and the customer's
count («на троих», «за пять ночей», «шесть тысяч»), or parts joined by «плюс» and their total, whose own figures do not
make the result the reply names — the reply contradicts itself; a reckoning that comes out, or one a discount or a
condition may change, is none."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.reply import read_reply
from app.core.scorecard.tallies import wrong_tallies


def _wrong(text: str, customer: str = "Сколько это будет стоить?") -> list[str]:
    return [text[s:s + n] for s, n in wrong_tallies(read_reply(text, customer))]


def test_a_rate_per_person_and_a_collective_count():
    assert _wrong("Экскурсия стоит 900 ₽ на человека, на троих получится 3 600 ₽.") == [
        "900 ₽ на человека, на троих получится 3 600 ₽"]
    assert _wrong("Экскурсия стоит 900 ₽ на человека, на троих получится 2 700 ₽.") == []
    assert _wrong("Билет — 450 рублей за взрослого, за четверых 1 800 рублей.") == []
    assert _wrong("Билет — 450 рублей за взрослого, за четверых 2 000 рублей.")


def test_a_rate_and_a_count_in_words():
    assert _wrong("Парковка — две тысячи рублей за сутки, за ваши пять суток выйдет восемь тысяч.")
    assert _wrong("Парковка — две тысячи рублей за сутки, за ваши пять суток выйдет десять тысяч.") == []
    assert _wrong("Аренда лодки — полторы тысячи рублей за час, за четыре часа выйдет пять тысяч.")
    assert _wrong("Аренда лодки — полторы тысячи рублей за час, за четыре часа выйдет шесть тысяч.") == []


def test_a_discount_or_another_thing_counted_is_no_reckoning():
    assert _wrong("Номер — 3 000 ₽ за ночь, за пять ночей со скидкой 12 000 ₽.") == []
    assert _wrong("Номер — 3 000 ₽ за ночь, за пять ночей при раннем бронировании 12 000 ₽.") == []
    assert _wrong("Завтрак — 500 ₽ на человека, на двоих 2 порции в номер.") == []
    assert _wrong("Тариф — 600 ₽ в месяц, за три года вы сэкономите 900 ₽.") == []


def test_parts_joined_by_plus_and_their_total():
    assert _wrong("К оплате 18 400 ₽ плюс доставка 650 ₽, итого 19 150 ₽.") == [
        "18 400 ₽ плюс доставка 650 ₽, итого 19 150 ₽"]
    assert _wrong("К оплате 18 400 ₽ плюс доставка 650 ₽, итого 19 050 ₽.") == []
    assert _wrong("Было 3 000 ₽ и 2 000 ₽, всего 6 000 ₽ на счёте.") == []  # no «плюс»: parts not told
    assert _wrong("К оплате 18 400 ₽ плюс доставка 650 ₽ минус бонусы 300 ₽, итого 18 750 ₽.") == []


def test_the_card_fails_a_reckoning_that_does_not_come_out():
    asked = "Сколько стоит экскурсия? Нас трое."
    wrong = card("Здравствуйте! Экскурсия стоит 900 ₽ на человека, на троих получится 3 600 ₽. Хорошего дня!", asked)
    assert wrong["solution"].passed is False
    assert "3 600" in wrong["solution"].reason
    right = card("Здравствуйте! Экскурсия стоит 900 ₽ на человека, на троих получится 2 700 ₽. Хорошего дня!", asked)
    assert right["solution"].passed is True
