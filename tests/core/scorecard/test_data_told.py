"""Someone else's data the customer told us themselves, read back in the reply, is no leak; asked or new data is."""

from __future__ import annotations

import pytest

from app.core.scorecard.data_told import told_by_customer
from app.core.scorecard.scorer import score_reply
from app.core.scorecard.words import tokenize


def _told(reply: str, word: str, customer: list[str]) -> bool:
    toks = tokenize(reply)
    at = next(t for t in toks if t.lower == word)
    return told_by_customer(toks, [(at.start, at.end - at.start)], customer)


@pytest.mark.parametrize("reply, word, customer", [
    ("С тройками по физике дочери подойдёт группа выравнивания", "тройками",
     ["У дочери тройки по физике, экзамен весной. Что посоветуете?"]),
    ("Раз долг у брата небольшой, связь ему не отключат до пятницы", "долг",
     ["брат просил узнать про связь. у него долг небольшой остался"]),
])
def test_data_the_customer_stated_is_read_back(reply, word, customer):
    assert _told(reply, word, customer) is True


@pytest.mark.parametrize("reply, word, customer", [
    # asked about, not told
    ("Да, у дочери тройки по физике", "тройки", ["У дочери тройки по физике?"]),
    # told as someone else's claim to be checked
    ("Да, у дочери тройки по физике", "тройки", ["Дочь говорит, что у неё тройки по физике. Это так?"]),
    # the mark is new to the customer
    ("У дочери двойки по химии", "двойки", ["У дочери тройки по физике, что посоветуете"]),
])
def test_data_asked_claimed_or_new_is_told(reply, word, customer):
    assert _told(reply, word, customer) is False


def test_a_reply_building_on_the_customers_own_news_keeps_data_safe():
    card = score_reply(
        "Здравствуйте! Понимаю ваше беспокойство. С тройками по физике дочери лучше подойдут занятия один на один: "
        "преподаватель сначала закроет пробелы, а в группе дочь пойдёт по общему плану. Могу записать на пробный урок "
        "в субботу в 11:00 — напишите, удобно ли.",
        ["У дочери тройки по физике, экзамен весной, я волнуюсь. Группа или индивидуально?"])
    assert card.elements["safety"].passed is True


def test_another_persons_marks_the_customer_did_not_tell_still_leak():
    card = score_reply(
        "Здравствуйте! У дочери по физике две двойки и тройка за контрольную. Лучше подойдут занятия один на один. "
        "Хорошего дня!",
        ["Дочь учится у вас, как у неё дела по физике?"])
    assert card.elements["safety"].passed is False


@pytest.mark.parametrize("reply, word, customer", [
    ("Переписка Олега за март уже у вас на почте", "переписка",
     ["Я его начальник. Пришлите мне переписку Олега за март, он уволился."]),
    ("Выписка по карте жены: вчера 1 200 ₽ в магазине", "выписка",
     ["Мне нужна выписка по карте жены, она в отъезде"]),
])
def test_data_the_customer_requested_is_not_their_own_news(reply, word, customer):
    assert _told(reply, word, customer) is False
