"""Scripted branches, canned-reply placeholders and shift KPIs."""

import pytest

from app.core.conversation import (ChatTiming, fill_placeholders, next_turn, shift_kpis, shift_passed,
                                   stored_shift_score, unfilled)
from app.core.content import CorrespondenceTask, CustomerTurn

TASK = CorrespondenceTask(
    "t", "Задержка", "ecommerce", ("Где заказ?",), ("…",), customer="Марина",
    turns=(CustomerTurn("angry", ("Мне не нужна компенсация!",), when=("компенсац",)),
           CustomerTurn("calm", ("Хорошо, спасибо.",)),
           CustomerTurn("bye", ("До свидания.",), after="calm", final=True)))


def test_branch_by_words_in_the_reply_else_default():
    assert next_turn(TASK, "", "Вернём стоимость доставки как Компенсацию.").id == "angry"
    assert next_turn(TASK, "", "Курьер привезёт заказ завтра.").id == "calm"
    assert next_turn(TASK, "calm", "Всего доброго!").id == "bye"
    assert next_turn(TASK, "bye", "…") is None
    assert next_turn(TASK, "", "…", done=True) is None


def test_placeholders_are_filled_from_the_name_and_context():
    context = (("Номер заказа", "48213"), ("Тариф", "Базовый"))
    text = fill_placeholders("Здравствуйте, {имя}! Заказ {номер заказа}, тариф {Тариф}, {срок}.", "Марина", context)
    assert text == "Здравствуйте, Марина! Заказ 48213, тариф Базовый, {срок}."
    assert unfilled(text) == ["срок"]


def test_shift_kpis_against_targets():
    timings = [ChatTiming(0, [30, 100], 200), ChatTiming(60, [150], 500), ChatTiming(120)]
    k = shift_kpis(timings, [[90, 70], [70], []], first_target=60, handle_target=300)
    assert (k.chats, k.answered, k.customers, k.missed) == (3, 2, 3, 1)
    assert k.first_response_avg == pytest.approx(60.0)  # averaged over the answered chats
    assert k.first_response_within_target == pytest.approx(1 / 3)  # of all customers: the unanswered one missed
    assert k.handle_avg == pytest.approx(320.0)
    assert k.handle_within_target == pytest.approx(1 / 3)
    assert k.score_avg == pytest.approx((80 + 70 + 0) / 3)  # per customer: a chat's replies averaged, missed 0


def test_ending_a_shift_early_never_improves_it():
    """Issue 16, item 3: one customer answered well, one never answered, two never arrived."""
    timings = [ChatTiming(0, [20], 90), ChatTiming(10)]
    early = shift_kpis(timings, [[100], []], first_target=60, handle_target=300, customers=4)
    assert (early.answered, early.customers, early.missed) == (1, 4, 3)
    assert early.first_response_within_target == pytest.approx(0.25)
    assert early.handle_within_target == pytest.approx(0.25)
    assert early.score_avg == pytest.approx(25.0) and not shift_passed(early)
    answered_all = [ChatTiming(0, [20], 90), ChatTiming(10, [80], 200), ChatTiming(600, [630], 700),
                    ChatTiming(900, [950], 1000)]
    whole = shift_kpis(answered_all,
                       [[100], [85], [90], [95]], first_target=60, handle_target=300, customers=4)
    assert whole.missed == 0 and whole.score_avg == pytest.approx(92.5) and shift_passed(whole)
    assert whole.first_response_within_target == pytest.approx(0.75)  # the second waited 70 s > 60


def test_a_shift_passes_at_the_scorecards_pass_mark():
    timings = [ChatTiming(0.0, [10.0], 60.0)]
    assert shift_passed(shift_kpis(timings, [[80.0, 80.0]], 30, 120))
    assert not shift_passed(shift_kpis(timings, [[79.0, 80.0]], 30, 120))
    assert not shift_passed(shift_kpis(timings, [[]], 30, 120))  # no graded reply: nothing to pass
    assert not shift_passed(shift_kpis([], [], 30, 120))


def test_scores_must_match_the_chats():
    with pytest.raises(ValueError, match="оценки даны для 1 чатов, а пришло 2"):
        shift_kpis([ChatTiming(0), ChatTiming(5)], [[90]], 30, 120)


def test_an_old_stored_shift_is_re_scored_with_its_missed_customers():
    old = {"chats": 2, "answered": 1, "score_avg": 100.0}  # before every customer counted
    assert stored_shift_score(old, 100.0, customers=4) == pytest.approx(25.0)
    assert stored_shift_score({**old, "customers": 4, "score_avg": 25.0}, 25.0, customers=4) == 25.0
    assert stored_shift_score({}, 60.0, customers=4) == 60.0  # nothing to go by: as stored
