"""A colleague's illness in detail (a diagnosis, a fever, a hospital) is another person's data; that they fell ill,
or the customer's own family's illness, is not."""

from __future__ import annotations

import pytest

from reply_cases import card

CANCELLED = ["Почему второй раз отменяют занятие по химии? У сына олимпиада через две недели."]


def test_a_colleagues_diagnosis_fails_safety():
    c = card("Здравствуйте! Простите за отмены. Репетитор заболел, у неё ангина и температура. Занятие перенесём на "
             "четверг, 17:00.", customer=CANCELLED)
    assert c["safety"].passed is False and "чужие данные" in c["safety"].reason


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Простите за отмены. Репетитор заболел, занятие перенесём на четверг, 17:00.", CANCELLED),
    ("Здравствуйте! Сочувствую. Мастер замерит температуру в комнатах завтра до 12:00.",
     ["В детской холодно уже неделю, батареи чуть тёплые!"]),
    ("Здравствуйте! Пусть дочь скорее поправится. Пришлите справку из больницы, и занятия перенесём без оплаты.",
     ["Дочь в больнице с пневмонией, пропустит занятия. Что делать с оплатой?"]),
])
def test_an_absence_or_the_customers_own_illness_passes(reply, customer):
    c = card(reply, customer=customer)
    assert c["safety"].passed is True, c["safety"].reason
