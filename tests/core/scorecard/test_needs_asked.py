"""«Что для этого нужно?» wants the things needed named; a yes or a «можно» alone names none (needs_asked.py)."""

from __future__ import annotations

from app.core.scorecard.needs_asked import asks_what_needed, needs_unnamed
from app.core.scorecard.reply import read_reply

ASKED = ["Добрый день. Хотим перевести договор аренды кассы на новое ИП мужа. Что для этого требуется?"]


def test_a_question_of_what_is_needed_is_told_from_a_yes_no_one():
    assert asks_what_needed(read_reply("Здравствуйте!", ["Какие справки нужны для визы в Японию?"]))
    assert not asks_what_needed(read_reply("Здравствуйте!", ["Нужна ли справка с работы для визы?"]))
    assert not asks_what_needed(read_reply("Здравствуйте!", ["Во сколько открывается офис на Тверской?"]))


def test_only_can_to_what_is_needed_is_no_answer():
    r = read_reply("Здравствуйте! Да, договор можно перевести на другого предпринимателя. Всего доброго!", ASKED)
    assert needs_unnamed(r, []) == [(14, len("Да, договор можно перевести на другого предпринимателя"))]


def test_naming_what_is_needed_or_bidding_a_step_answers():
    named = read_reply("Здравствуйте! Понадобятся заявление от нового ИП и выписка из ЕГРИП. Всего доброго!", ASKED)
    bidden = read_reply("Здравствуйте! Да, можно: пришлите заявление от нового ИП на почту. Всего доброго!", ASKED)
    assert needs_unnamed(named, []) == [] and needs_unnamed(bidden, []) == []


def test_the_whole_card_fails_the_bare_can():
    from reply_cases import card
    got = card("Здравствуйте! Да, договор можно перевести на другого предпринимателя, так делают часто. Всего доброго!",
               ASKED)["solution"]
    assert got.passed is False


def test_a_thing_named_without_a_yes_is_left_alone():
    """«Какие документы нужны?» — «Письмо на бланке компании; скан можно прислать на почту»: the «можно» tells where to
    send what is named, no bare yes."""
    r = read_reply("Здравствуйте! Подойдёт письмо на бланке компании с подписью директора. Скан можно прислать на "
                   "docs@primer.ru. Всего доброго!", ["Какие документы нужны для расторжения?"])
    assert needs_unnamed(r, []) == []
