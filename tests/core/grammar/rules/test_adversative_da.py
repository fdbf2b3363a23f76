"""«да» meaning «но» takes a comma; «да» joining words as «и» does takes none."""

import pytest

from app.core.grammar.rules import check_rules


def commas(text):
    return [f.replacements[0] for f in check_rules(text, "ru") if f.category == "punctuation"]


@pytest.mark.parametrize("text, fix", [
    ("Заказ пришёл да и то не весь.", "пришёл, да"),
    ("Оператор ответил быстро да ещё скидку предложил.", "быстро, да"),
    ("Курьер звонил весь день да никто не ответил.", "день, да"),
    ("Мы искали посылку долго да не нашли.", "долго, да"),
])
def test_da_meaning_but_takes_a_comma(text, fix):
    assert fix in commas(text)


@pytest.mark.parametrize("text", [
    "В корзине хлеб да молоко.",
    "Он сидит да пишет отчёт.",                        # «да» as «и» between two predicates
    "Нужно проверить адрес да не перепутать подъезд.",  # two infinitives joined by «да»
    "Да вы правы.",
    "Заказ пришёл, да и то не весь.",
])
def test_da_meaning_and_takes_none(text):
    assert not [fix for fix in commas(text) if ", да" in fix and fix not in text]
