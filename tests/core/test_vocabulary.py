"""The one table of scorecard items drives the scorer's defaults and its reports."""

from app.core.scorecard import ELEMENT_TITLES, ELEMENTS, score_reply
from app.core.vocabulary import SCORECARD_BY_ID, SCORECARD_IDS, SCORECARD_ITEMS

REPLY = ("Здравствуйте, Марина! Приносим извинения за задержку. Курьер привезёт заказ завтра с 10:00 до 14:00. "
         "Если будут вопросы, пишите.")


def test_the_scorer_weighs_each_item_as_the_table_says():
    card = score_reply(REPLY, ["Где мой заказ? Жду неделю!"], customer_name="Марина")
    assert [n for n in card.elements] == list(ELEMENTS)
    assert {n: (e.weight, e.critical) for n, e in card.elements.items()} == \
        {n: (SCORECARD_BY_ID[n].weight, SCORECARD_BY_ID[n].critical) for n in ELEMENTS}
    assert sum(item.weight for item in SCORECARD_ITEMS if item.id in ELEMENTS) == 100


def test_every_item_has_both_titles():
    assert ELEMENT_TITLES["time"] == "Время ответа" and set(ELEMENT_TITLES) == set(SCORECARD_IDS)
    assert SCORECARD_BY_ID["forbidden"].title("en") == "Forbidden promises"
    assert all(item.title_ru and item.title_en and item.title_ru != item.title_en for item in SCORECARD_ITEMS)
