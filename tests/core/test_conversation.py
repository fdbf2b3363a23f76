"""Scripted branches, canned-reply placeholders and shift KPIs."""

import pytest

from app.core.conversation import ChatTiming, fill_placeholders, next_turn, shift_kpis, shift_passed, unfilled
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
    k = shift_kpis(timings, [90, 70], first_target=60, handle_target=300)
    assert (k.chats, k.answered) == (3, 2)
    assert k.first_response_avg == pytest.approx(60.0)
    assert k.first_response_within_target == pytest.approx(0.5)
    assert k.handle_avg == pytest.approx(320.0)
    assert k.handle_within_target == pytest.approx(0.5)
    assert k.score_avg == pytest.approx(80.0)


def test_a_shift_passes_at_the_scorecards_pass_mark():
    timings = [ChatTiming(0.0, [10.0], 60.0)]
    assert shift_passed(shift_kpis(timings, [80.0, 80.0], 30, 120))
    assert not shift_passed(shift_kpis(timings, [79.0, 80.0], 30, 120))
    assert not shift_passed(shift_kpis(timings, [], 30, 120))  # no graded reply: nothing to pass
