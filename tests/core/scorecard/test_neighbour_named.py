"""neighbour_named: the customer names one thing of a kind, and a sentence of the reply speaks of others of that kind
by their names, never of the customer's. Replies of our own."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.neighbour_named import neighbour_named
from app.core.scorecard.reply import read_reply


def _aside(reply: str, customer: str) -> list[str]:
    r = read_reply(reply, customer)
    return [r.text[s:e].strip() for s, e in neighbour_named(r)]


def test_others_of_the_kind_named_instead_of_the_customers():
    customer = "Еду в Армению, у меня карта Мир. Ею там можно платить?"
    reply = "Здравствуйте! Карты Visa и Mastercard в Армении принимают везде."
    assert _aside(reply, customer) == ["Карты Visa и Mastercard в Армении принимают везде."]
    assert card(reply, [customer])["solution"].passed is False
    assert _aside("Добрый день! Тариф «Семейный» стоит 700 ₽.", "Сколько стоит тариф «Дачный»?") != []


def test_the_customers_own_named_or_an_alternative_offered_is_no_neighbour():
    customer = "Еду в Армению, у меня карта Мир. Ею там можно платить?"
    assert _aside("Здравствуйте! Карта Мир в Армении работает, а карты Visa — тоже.", customer) == []
    assert _aside("Здравствуйте! Могу предложить карту Visa, её выпустят за день.", customer) == []
    assert _aside("Здравствуйте! Я переоформила вас на рейс SU 1240.", "Рейс SU 1238 отменили, что делать?") == []
    # a name the customer wrote without its kind is theirs too: «с тарифа «Оптимум» на «Лайт»»
    assert _aside("Здравствуйте! На тарифе «Лайт» 5 ГБ.", "Если перейду с тарифа «Оптимум» на «Лайт», что изменится?") == []
    # a path in quotes names no kind
    assert _aside("Здравствуйте! Откройте раздел: «Мои поездки».", "Где мой билет «Эконом»?") == []
