"""A deed done, told in a short passive participle (app/core/scorecard/passive_deeds.py, moved out of relevance.py)."""

from __future__ import annotations

import pytest

from app.core.scorecard.passive_deeds import done_as_asked
from app.core.scorecard.reply import read_reply


def _done(reply: str, customer: str, word: str) -> bool:
    r = read_reply(reply, [customer])
    idx = next(i for i, t in enumerate(r.tokens) if t.lower == word)
    return done_as_asked(r, idx)


@pytest.mark.parametrize("reply, word, ok", [
    ("Здравствуйте! Ваучер отправлен на вашу почту.", "отправлен", True),
    ("Здравствуйте! Договор отправлен на вашу почту.", "отправлен", False),  # another thing than the one asked about
    ("Здравствуйте! Ваучер будет отправлен на вашу почту.", "отправлен", False),  # a promise
    ("Здравствуйте! Ваучер пока не отправлен.", "отправлен", False),  # a negation is the fault
])
def test_a_participle_said_of_what_the_customer_wrote_about_is_a_deed_done(reply, word, ok):
    assert _done(reply, "Где мой ваучер на экскурсию?", word) is ok


def test_what_the_customer_reported_told_back_is_no_deed():
    assert _done("Здравствуйте! Карта заблокирована банком.", "У меня карту заблокировали!", "заблокирована") is False


def test_the_customers_matter_passed_on_is_still_to_be_dealt_with():
    customer = "Сломалась стиральная машина, что делать?"
    assert _done("Здравствуйте! Информация о машине передана мастеру.", customer, "передана") is False
    assert _done("Здравствуйте! Стиральная машина передана мастеру.", customer, "передана") is True


def test_the_customer_put_somewhere_by_the_company_is_done_for_them():
    customer = "Мой рейс отменили, что теперь с перелётом?"
    assert _done("Здравствуйте! Вы пересажены на рейс завтра в 10:00, перелёт сохранён.", customer, "пересажены") is True
    assert _done("Здравствуйте! Вы расстроены из-за отмены, понимаем.", customer, "расстроены") is False


def test_what_was_not_done_is_done_now():
    assert _done("Здравствуйте! Доступ к урокам открыт.", "Доступ к урокам так и не открыли.", "открыт") is True


def test_a_participle_said_of_its_own_pronoun_is_no_deed_on_the_customers_thing():
    customer = "Как подключить выгрузку отчётов в таблицу? Прошлая инструкция устарела."
    assert _done("Здравствуйте! Откройте справку, раздел «Отчёты», там всё описано подробно.", customer,
                 "описано") is False
    assert _done("Здравствуйте! Выгрузка отчётов подключена, таблица обновится ночью.", customer,
                 "подключена") is True


def test_what_a_why_question_asks_about_said_again_is_no_deed():
    """«Откуда плата?» — «Плата начислена по тарифу»: the thing the customer asks the cause of, said to be so."""
    asked = "Откуда в счёте плата 300 ₽ за модем? Я его не брал"
    assert _done("Здравствуйте! Плата начислена по условиям тарифа.", asked, "начислена") is False
    # the same participle of another thing is a deed when it is what the customer wrote about
    assert _done("Здравствуйте! Модем отключён от вашего счёта, плату вернём.", asked, "отключен") is True


def test_an_apology_for_the_customers_feeling_is_no_cause():
    from reply_cases import card
    got = card("Здравствуйте! Жаль, что плата вас огорчила. Плата начислена по условиям тарифа. Хорошего дня!",
               ["Откуда в счёте плата 300 ₽ за модем? Я его не брал"])["solution"]
    assert got.passed is False, got.reason


def test_a_participle_under_li_is_asked_of_not_done():
    customer = "Бонусы за май так и не начислены, где они?"
    assert _done("Добрый день! Посмотрите, начислены ли бонусы в разделе «История».", customer, "начислены") is False
    assert _done("Добрый день! Бонусы за май начислены сегодня утром.", customer, "начислены") is True
