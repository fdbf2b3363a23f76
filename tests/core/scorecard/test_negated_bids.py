"""negated_bids: an imperative after «не» tells the customer what not to do — no step forward — unless the negation
bids the deed itself («не забудьте …»). Replies of our own, exact verdicts."""

from __future__ import annotations

from reply_cases import card


def _solution(reply, customer, **kw):
    return card(reply, customer, **kw)["solution"]


def test_a_bid_to_shrug_it_off_is_no_step():
    got = _solution("Здравствуйте! Не принимайте это близко к сердцу. Хорошего дня!",
                    ["Ваш охранник на входе накричал на меня при всех. Что вы с этим сделаете?"])
    assert got.passed is False, got.reason


def test_a_bid_to_do_it_after_all_is_still_a_step():
    got = _solution("Здравствуйте! Не забудьте взять на приём паспорт и полис — без них карту не заведут. Хорошего "
                    "дня!", ["Что взять с собой на первый приём в клинику?"])
    assert got.passed is True, got.reason


def test_a_real_step_beside_the_shrug_still_counts():
    got = _solution("Здравствуйте! Простите за эту сцену, не принимайте её на свой счёт. С охранником сегодня "
                    "поговорит начальник смены, а завтра до 12:00 я напишу вам, какие меры приняты. Хорошего дня!",
                    ["Ваш охранник на входе накричал на меня при всех. Что вы с этим сделаете?"])
    assert got.passed is True, got.reason
