"""What a task sets: length, required facts, forbidden promises, reply time, overrides."""

from __future__ import annotations

from app.core.content import CorrespondenceTask, ScorecardElement

from reply_cases import GOOD, LATE, card


def test_length_bounds_default_and_task():
    assert card("Здравствуйте! Заказ будет завтра.")["length"].passed is False
    task = CorrespondenceTask(id="t", title="t", industry="ecommerce", messages=tuple(LATE), model_replies=(GOOD,),
                              length_max=100)
    c = card(GOOD, task=task)
    assert c["length"].passed is False and "100" in c["length"].reason


def test_task_facts_forbidden_time_and_overrides():
    task = CorrespondenceTask(
        id="t", title="t", industry="ecommerce", messages=tuple(LATE), model_replies=(GOOD,), customer="Марина",
        required_facts=("48213", "завтра"), forbidden=("гарантируем",), time_limit=60, pass_score=90,
        scorecard=(ScorecardElement("style", enabled=False), ScorecardElement("empathy", weight=20, critical=True)))
    c = card(GOOD, task=task, seconds=30)
    assert c["facts"].passed and c["forbidden"].passed and c["time"].passed
    assert c["style"].passed is None and c["empathy"].weight == 20
    assert c.passed and c.pass_score == 90
    slow = card(GOOD.replace("48213", "номер") + " Гарантируем доставку!", task=task, seconds=120)
    assert slow["facts"].passed is False and "48213" in slow["facts"].reason
    assert slow["forbidden"].passed is False and slow["forbidden"].critical_failure
    assert slow["time"].passed is False
    assert not slow.passed
    no_apology = card(GOOD.replace("Приносим извинения за задержку. ", ""), task=task, seconds=30)
    assert no_apology["empathy"].critical_failure and not no_apology.passed


def test_a_required_figure_said_in_words_is_found():
    task = CorrespondenceTask(
        id="t", title="t", industry="ecommerce", messages=tuple(LATE), model_replies=(GOOD,), customer="Марина",
        required_facts=("3 рабочих дней", "15:00"))
    said = ("Марина, здравствуйте! Простите за задержку. Деньги за доставку вернутся в течение трёх рабочих дней, "
            "а заказ курьер привезёт сегодня к пятнадцати часам. Если будут вопросы, пишите.")
    assert card(said, task=task)["facts"].passed is True
    wrong = said.replace("трёх", "десяти")
    assert card(wrong, task=task)["facts"].reason == "Не названы обязательные факты: «3 рабочих дней»."
