"""Our rule on a needless comma after a short phrase with a preposition opening the sentence."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("После оплаты, чек придёт на почту.", "После оплаты, чек", "После оплаты чек"),
    ("Для смены тарифа, откройте раздел «Услуги» в приложении.", "Для смены тарифа, откройте",
     "Для смены тарифа откройте"),
    ("В прошлый раз, курьер оставил посылку у двери.", "В прошлый раз, курьер", "В прошлый раз курьер"),
    ("Заказ собран. До вечера, мы передадим его курьеру.", "До вечера, мы", "До вечера мы"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_COMMA_AFTER_OPENING_PHRASE") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "После оплаты чек придёт на почту.",
    "К счастью, посылка нашлась.",  # an introductory phrase
    "На мой взгляд, тариф слишком дорогой.",
    "В случае отмены, деньги вернутся в течение недели.",  # a derived preposition: the comma is the writer's choice
    "После обеда, если никто не против, начнём собрание.",  # something else set off
    "В Самаре, Омске и Перми открылись новые пункты выдачи.",  # a list
    "У нас ремонт, мы откроемся в понедельник.",  # a clause of its own
    "С уважением, служба поддержки.",
    "По словам курьера, посылку уже передали.",
    "С наилучшими пожеланиями, Ольга.",
    "К сажалению, заказ отменён.",  # the misspelt introductory phrase is the slip
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_COMMA_AFTER_OPENING_PHRASE") == []
