"""A main clause opening with a personal pronoun after a fronted clause or phrase is parted from it by a comma."""

import pytest

from app.core.grammar.rules import check_rules


def commas(text):
    return [(f.rule_id, f.replacements[0]) for f in check_rules(text, "ru") if f.category == "punctuation"]


@pytest.mark.parametrize("text, rule, fix", [
    ("Даже если курьер задержится в пробке вы получите заказ сегодня.", "OURS_CLAUSE_COMMA", "пробке, вы"),
    ("Если у вас остались вопросы по оплате мы ответим.", "OURS_CLAUSE_COMMA", "оплате, мы"),
    ("Наконец если вы хотите сменить тариф вы можете написать нам.", "OURS_CLAUSE_COMMA", "тариф, вы"),
    ("Получив ваше письмо и проверив данные по заказу я сразу ответил.", "OURS_PHRASE_COMMA", "заказу, я"),
    ("Встревоженные долгим молчанием они позвонили снова.", "OURS_PHRASE_COMMA", "молчанием, они"),
])
def test_the_main_clause_after_a_fronted_part_is_parted(text, rule, fix):
    assert (rule, fix) in commas(text)


@pytest.mark.parametrize("text, words", [
    ("Если завтра вы придёте, мы всё обсудим.", "завтра вы"),          # no predicate before the pronoun yet
    ("Оставленные у двери вещи мы заберём завтра.", "вещи мы"),       # the participle is the noun's attribute
    ("Раз в неделю по пятницам мы проверяем склад.", "пятницам мы"),  # «раз» here is «once», no clause
    ("Когда оператор начал отвечать, мы не поняли, какую ошибку он нашёл.", "ошибку он"),  # a clause of its own
    ("Данные других клиентов мы не сообщаем.", "клиентов мы"),  # the noun «данные» with its genitive, no participle
    ("Данные пассажиров мы передаём авиакомпании.", "пассажиров мы"),
])
def test_no_comma_before_a_pronoun_inside_the_fronted_part_or_without_one(text, words):
    left = words.split()[0]
    assert not [c for c in commas(text) if c[1].startswith(f"{left}, ")]
