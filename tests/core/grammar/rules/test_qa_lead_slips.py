"""Slips a QA lead counts in an operator's reply, and correct wordings our rules must leave alone."""

import pytest

from app.core.grammar.rules import check_rules


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Заявка уже у инженера, Мы перезвоним вам сегодня.", "OURS_PRONOUN_CAPITAL", "Мы", "мы"),
    ("Карту перевыпустили, Её привезут в отделение.", "OURS_PRONOUN_CAPITAL", "Её", "её"),
    ("Да подписка не продлиться сама.", "OURS_TSYA", "продлиться", "продлится"),
    ("Запись открыта, консультация длиться полчаса.", "OURS_TSYA", "длиться", "длится"),
    ("Следующее списание будет 3 март.", "OURS_NUMERAL_NOUN", "3 март", "3 марта"),
    ("Заказ отменён, 1 250 ₽ вернуться на карту.", "OURS_TSYA", "вернуться", "вернутся"),
    ("Тариф меняется на разделе «Услуги».", "OURS_PLACE_IN_ON", "на разделе", "в разделе"),
    ("Расписание есть в сайте школы.", "OURS_PLACE_IN_ON", "в сайте", "на сайте"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


def test_a_numeral_in_the_nominative_after_v_techenie_is_found():
    found = [f for f in check_rules("Ответ придёт в течение три дня.", "ru") if f.rule_id == "OURS_NUMERAL_NOUN"]
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "Вы правы, Вам пришлют новый код.",  # «Вы» may be capitalised out of respect
    "Здравствуйте\nМы проверили ваш заказ.",
    "Проект «Мы рядом» запущен в мае.",
    "Это хороший повод задуматься.",
    "Нужно 500 ₽ оставить на счёте.",
    "Скидка на меню ресторана действует до пятницы.",
    "На экране появится код, а в разделе «Безопасность» — список устройств.",
    "Номер меняется на вкладке «Контакты».",
    "Скидка действует с 1 мая по 15 июня.",
    "Жаль, что так вышло, тем более что вы отпросились с работы.",
    "Наши юристы очень опытные и не берут лишнего.",
])
def test_silent(text):
    assert check_rules(text, "ru") == []


def test_po_with_a_pronoun_before_a_noun_in_the_wrong_case_is_one_slip_not_two():
    found = check_rules("По нашему договор вы платите раз в месяц.", "ru")
    assert "OURS_PO_HYPHEN" not in {f.rule_id for f in found}
    assert check_rules("Сделаем по новому, как вы просили.", "ru")[0].rule_id == "OURS_PO_HYPHEN"
