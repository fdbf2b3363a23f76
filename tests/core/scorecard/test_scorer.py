"""The whole scorecard: a good reply, a cold one to an upset customer, bad input (empty, emoji, a huge paste, another language)."""

from __future__ import annotations

import time

from app.core.scorecard import ELEMENTS, score_reply

from reply_cases import GOOD, LATE, card


def test_good_reply_scores_100_and_passes():
    c = card(GOOD, customer_name="Марина")
    assert c.total == 100 and c.passed
    assert set(ELEMENTS) <= set(c.elements)
    assert all(c[n].passed for n in ELEMENTS)
    off, ln = c["empathy"].spans[0]
    assert "извинения" in GOOD[off:off + ln]


def test_missing_empathy_fails_above_the_threshold():
    """A QA lead never sends a cold reply to an upset customer, however high its total (rubric, «Итог»)."""
    c = card("Здравствуйте! Курьер привезёт заказ завтра до 14:00. Если будут вопросы, пишите.")
    assert c.total >= 80 and not c.passed
    assert c.why_failed == [f"Сочувствие, извинение: {c['empathy'].reason}"]


def test_empty_reply():
    c = card("")
    assert c.total == 0 and not c.passed
    assert c["length"].passed is False and "пуст" in c["length"].reason
    assert c.notes


def test_only_emoji():
    c = card("😀😀😀")
    assert not c.passed and c.total <= 10
    assert c["length"].passed is False
    assert "эмодзи" in c["tone"].reason.lower()


def test_huge_paste_is_capped_and_quick():
    reply = (GOOD + " ") * 600
    assert len(reply) > 100_000
    t = time.perf_counter()
    c = card(reply, customer_name="Марина")
    assert time.perf_counter() - t < 5
    assert c["length"].passed is False and "Слишком длинно" in c["length"].reason
    assert c["length"].critical_failure and not c.passed
    assert c["greeting"].passed is True  # the start is still judged
    assert any("только начало" in n for n in c.notes)


def test_reply_in_english_to_a_russian_customer():
    c = card("Hello Marina! Sorry for the delay, the courier will bring your order tomorrow. Have a nice day!",
             customer_name="Марина")
    assert c["language"].passed is False and "не на языке" in c["language"].reason
    assert not c.passed


def test_customer_message_as_a_string_and_to_dict():
    c = score_reply(GOOD, LATE[0], customer_name="Марина", seconds=42.0)
    d = c.to_dict()
    assert d["seconds"] == 42.0 and d["elements"]["greeting"]["weight"] == 5
