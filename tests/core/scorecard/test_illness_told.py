"""An illness of the customer or of someone close, told by its event or by the state it left («после инсульта»,
«лежачий», «слегла»), is the rubric's «заболел»: a complaint that asks for sympathy, even in a calm request. A lasting
condition told as a fact («брат — инвалид») is a circumstance, not a trouble."""

from __future__ import annotations

from reply_cases import card

ANSWER = ("Здравствуйте! Доставку можно перенести в разделе «Заказы» → «Изменить дату», выберите любой день до 20-го. "
          "Если будут вопросы, пишите.")


def test_a_parent_after_a_stroke_asks_for_sympathy():
    c = card(ANSWER, customer=["Отец после инфаркта, я пока не могу принять доставку. Как её перенести?"])
    assert c["empathy"].passed is False


def test_a_bedridden_relative_asks_for_sympathy():
    c = card(ANSWER, customer=["Бабушка у нас лежачая, дома никого днём нет. Как перенести доставку на вечер?"])
    assert c["empathy"].passed is False


def test_sympathy_to_a_fallen_ill_mother_passes():
    c = card("Здравствуйте! Сочувствую, пусть мама скорее поправится. " + ANSWER[len("Здравствуйте! "):],
             customer=["Мама слегла с давлением, я не успею забрать заказ. Как перенести доставку?"])
    assert c["empathy"].passed is True


def test_a_lasting_condition_told_as_a_fact_is_no_complaint():
    c = card(ANSWER, customer=["Я оформляю заказы за брата, он инвалид. Как перенести доставку на другой день?"])
    assert c["empathy"].passed is None
