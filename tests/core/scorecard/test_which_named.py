"""which_named: «какие документы нужны?» answered by naming them — the predicate said back, filled by nouns the
customer never wrote. Replies of our own."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.reply import read_reply
from app.core.scorecard.which_named import needs_named

CUSTOMER = "Как оформить пропуск для мамы? Какие документы нужны?"


def test_things_named_as_what_is_needed_answer_which():
    r = read_reply("Здравствуйте! Для пропуска нужно принести на проходную паспорт мамы и заявление от вас.", CUSTOMER)
    assert needs_named(r, "Какие документы нужны") is True
    r = read_reply("Добрый день! Понадобятся паспорт и СНИЛС.", CUSTOMER)
    assert needs_named(r, "Какие документы нужны") is True
    r = read_reply("Добрый день! От вас нужны договор и выписка из банка.", "А какие бумаги нужны от меня?")
    assert needs_named(r, "А какие бумаги нужны от меня") is False  # «а» opens it: no «какой…?» question
    assert needs_named(r, "какие бумаги нужны от меня") is True


def test_a_place_or_the_customers_own_words_name_nothing():
    r = read_reply("Здравствуйте! Для пропуска нужно прийти на проходную.", CUSTOMER)
    assert needs_named(r, "Какие документы нужны") is False  # «на проходную» is where, not what
    r = read_reply("Здравствуйте! Для пропуска нужна мама.", CUSTOMER)
    assert needs_named(r, "Какие документы нужны") is False  # the customer wrote «мама»
    r = read_reply("Здравствуйте! Паспорт лежит у охраны.", CUSTOMER)
    assert needs_named(r, "Какие документы нужны") is False  # no need said


def test_a_question_without_which_is_not_read():
    r = read_reply("Добрый день! Понадобятся паспорт и СНИЛС.", "Нужны ли документы?")
    assert needs_named(r, "Нужны ли документы") is False


def test_the_second_question_answered_by_naming_passes_the_card():
    got = card("Здравствуйте! Для пропуска нужно принести на проходную паспорт мамы и заявление от вас. Оформление "
               "занимает 10 минут.", [CUSTOMER])["solution"]
    assert got.passed is True, got.reason
    got = card("Здравствуйте! Для пропуска нужно прийти на проходную. Оформление занимает 10 минут.",
               [CUSTOMER])["solution"]
    assert (got.passed, got.reason) == (
        False, "Клиент спросил «Какие документы нужны», а в ответе этого нет: ответ на половину вопроса.")
