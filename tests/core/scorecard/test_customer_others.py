"""A trouble told of «он / она / они» is the customer's own only when the pronoun stands for the company's people
or a thing, not for a person the customer writes for (issue 15)."""

from __future__ import annotations

from app.core.scorecard.customer_others import others_trouble
from app.core.scorecard.words import tokenize


def _at(text: str, trouble: str) -> bool:
    return others_trouble(text, tokenize(text), text.index(trouble))


def test_a_trouble_of_the_person_the_customer_writes_for_is_not_theirs():
    assert _at("Пишу за дочь: расписание Маши пропало, она не может записаться на урок.", "не может") is True


def test_a_trouble_with_the_companys_people_or_a_thing_stays_a_complaint():
    assert _at("Вчера ждала монтажника весь день, он так и не пришёл.", "не пришёл") is False
    assert _at("Отправила вам посылку неделю назад, она до сих пор не дошла.", "не дошла") is False


def test_a_trouble_without_such_a_pronoun_is_left_to_the_other_rules():
    assert _at("Расписание пропало, не могу записаться на урок.", "не могу") is False


def test_a_near_persons_death_or_illness_grieves_the_customer_too():
    assert _at("Договор был на бабушку, она скончалась в марте.", "скончалась") is False
    assert _at("Карта оформлена на мужа, он в больнице с понедельника.", "больнице") is False
    # the same shape with a mishap that is only the other person's stays theirs
    assert _at("Договор был на бабушку, она не может найти квитанцию.", "не может") is True


def test_a_noun_inside_a_prepositional_phrase_is_no_antecedent():
    assert _at("Записались с сестрой на курс, её перенесли на вечернюю группу, она сама не может прийти.",
               "не может") is True
