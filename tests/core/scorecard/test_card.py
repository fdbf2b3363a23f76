"""A scorecard's total and verdict: weights from the core table or the task, critical items, the QA lead's
objections (no solution, no empathy where due, two slips), and the shapes stored and exported."""

from __future__ import annotations

import json

from app.core.content import CorrespondenceTask, ScorecardElement
from app.core.scorecard.card import ELEMENT_TITLES, ElementResult, total_up
from app.core.vocabulary import REPLY_ELEMENTS

from reply_cases import GOOD, card


def results(failed=(), unjudged=(), **reasons) -> dict[str, ElementResult]:
    """Every reply item passed, except those ``failed`` (and those not judged at all)."""
    return {name: ElementResult(name, None if name in unjudged else name not in failed,
                                reasons.get(name, "причина"), [(0, 5)] if name in failed else [])
            for name in REPLY_ELEMENTS}


def task(*elements: ScorecardElement, pass_score: float | None = None) -> CorrespondenceTask:
    return CorrespondenceTask("t", "Задача", "Доставка", ("Где заказ?",), ("Ответ.",), pass_score=pass_score,
                              scorecard=elements)


def test_all_passed_is_100_and_the_weights_are_the_core_tables():
    c = total_up(results(), None, 12.5, [])
    assert (c.total, c.passed, c.pass_score, c.seconds) == (100, True, 80.0, 12.5)
    assert (c["solution"].weight, c["greeting"].weight, c["tone"].critical) == (25.0, 5.0, True)


def test_the_total_is_the_share_of_the_weight_passed_and_unjudged_items_do_not_count():
    c = total_up(results(failed=("solution",), unjudged=("empathy",)), None, None, [])
    assert c.total == round(100 * (85 - 25) / 85)  # 100 without empathy's 15, solution's 25 lost
    assert not c.passed and c.why_failed == ["Решение или следующий шаг: причина", f"Балл {c.total} ниже порога 80."]


def test_a_critical_failure_fails_the_reply_whatever_its_total():
    c = total_up(results(failed=("tone",), tone="Грубость: «ваши проблемы»."), None, None, [])
    assert c.total == 85 and not c.passed
    assert c.critical_failures == ["tone"] and c.why_failed == ["Тон: Грубость: «ваши проблемы»."]


def test_a_task_may_reweigh_make_critical_or_switch_off_an_item():
    settings = task(ScorecardElement("greeting", weight=30, critical=True), ScorecardElement("tone", critical=False),
                    ScorecardElement("empathy", enabled=False), pass_score=90)
    c = total_up(results(failed=("greeting", "tone", "empathy")), settings, None, [])
    assert c["empathy"].passed is None and c["empathy"].reason == "Не оценивается в этом задании." and c["empathy"].spans == []
    assert c["greeting"].weight == 30 and c.critical_failures == ["greeting"]
    assert not c["tone"].critical_failure  # not critical in this task: only its weight is lost
    assert c.pass_score == 90 and c.why_failed[0] == "Приветствие: причина"


def test_a_forced_failure_stays_critical_whatever_the_task_says():
    res = results(failed=("length",))
    res["length"].forced_critical = True
    c = total_up(res, task(ScorecardElement("length", critical=False)), None, [])
    assert c["length"].critical and c.critical_failures == ["length"] and not c.passed


def test_more_than_one_language_error_is_one_slip_too_many():
    res = results(failed=("language",))
    res["language"].spans = [(0, 3), (10, 4)]
    assert total_up(res, None, None, []).why_failed == ["Ошибок в тексте больше одной (2)."]
    assert total_up(results(failed=("language",)), None, None, []).passed  # one typo is let slip


def test_the_stored_form_keeps_spans_weights_and_notes():
    c = total_up(results(failed=("greeting",)), None, 30.0, ["Ответ пустой."])
    data = c.to_dict()
    assert data["elements"]["greeting"] == {"passed": False, "reason": "причина", "spans": [[0, 5]], "weight": 5.0,
                                            "critical": False}
    assert (data["seconds"], data["notes"], data["pass_score"]) == (30.0, ["Ответ пустой."], 80.0)
    json.dumps(data, ensure_ascii=False)
    assert ELEMENT_TITLES["safety"] == "Безопасность данных"


def test_json_shape():
    data = card(GOOD, customer_name="Марина").to_json()
    assert set(data) == {"elements", "total", "pass", "why_failed"}
    assert data["pass"] and data["why_failed"] == []
    assert data["elements"]["greeting"] == {"passed": True, "reason": data["elements"]["greeting"]["reason"]}
    json.dumps(data, ensure_ascii=False)


def test_one_slip_passes_two_do_not():
    one = card("Курьер привезёт заказ завтра до 14:00, простите за задержку. Если будут вопросы, пишите.")
    assert one["greeting"].passed is False and one.passed
    two = card("Курьер привезёт заказ завтра до 14:00, простите за задержку.")
    assert not two.passed
    assert two.why_failed == ["Две недоработки и больше: «Приветствие», «Завершение»."]
