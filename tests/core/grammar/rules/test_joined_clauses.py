"""«и» between two parts of a sentence, each with its own subject and predicate, takes a comma before it."""

import pytest

from app.core.grammar.rules import check_rules


def commas(text):
    return [(f.rule_id, f.replacements[0]) for f in check_rules(text, "ru") if f.category == "punctuation"]


@pytest.mark.parametrize("text, fix", [
    ("Мастер приехал рано утром и к обеду холодильник уже работал.", "утром, и"),
    ("Заказ передан в доставку и его номер придёт в письме.", "доставку, и"),
    ("Заявка уже принята и наш мастер скоро позвонит вам.", "принята, и"),
    ("Прошла целая неделя и посылка вернулась на склад.", "неделя, и"),
    ("Курьер опоздал на час и вместе с ним опоздала вся смена.", "час, и"),
    ("Это наш новый тариф и клиенты его уже оценили.", "тариф, и"),
])
def test_and_between_two_clauses_takes_a_comma(text, fix):
    assert ("OURS_LIST_COMMA", fix) in commas(text)


@pytest.mark.parametrize("text", [
    "Вчера шёл дождь и дул холодный ветер.",                 # «вчера» belongs to both parts
    "Снова пошёл дождь и дорога раскисла.",                  # … and «снова»
    "Курьер приехал к дому и сразу позвонил клиенту.",       # two predicates of one subject
    "Оператор закрыл заявку и отправил клиенту письмо.",
    "Клиент оплатил заказ и доставку.",                       # two objects
    "Мы знаем, что заказ задержан и курьер уже в пути.",     # both parts after one «что»
    "Скидка действует до пятницы и распространяется на все товары.",
    "Мы закрыли старую заявку и новую оформим завтра.",
    "Это наш новый тариф и наша гордость.",                  # «это» and two nouns: one clause
    # a noun after a preposition and its attributes, or after an attribute in another case, is no second subject
    "Мастер заберёт старый холодильник и в тот же вечер установит новый.",
    "Мастер заберёт телефон на диагностику и на следующий день вернёт его.",
    "Заявки принимаются до пятницы и без подписанного письма не рассматриваются.",
    "Старые тарифы уже закрыты и условиям нового договора не соответствуют.",
])
def test_no_comma_before_и_inside_one_clause_or_a_shared_one(text):
    assert not [c for c in commas(text) if c[1].endswith(", и")]
