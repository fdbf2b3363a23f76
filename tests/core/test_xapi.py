"""Statements of attempts: the statement profile of docs/xapi.md."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import pytest

from app.core import xapi
from app.core.records import GrammarRecord, QuizRecord, ReplyRecord, TypingRecord

PROFILE = "5b7f6a52-3c1e-4b1a-9a53-2f0c4d4e8a10"
ANNA = xapi.Learner(PROFILE, name="Анна", email="anna@example.org")


@dataclass
class Row:
    """The fields of a stored attempt a statement is built from."""
    id: int = 7
    profile_id: int = 1
    kind: str = "lesson"
    pack_id: str | None = "ru-basic"
    exercise_id: str | None = "home-row-1"
    started_at: str = "2025-03-01T10:00:00+03:00"
    finished_at: str = "2025-03-01T10:01:30+03:00"
    layout: str | None = "ru"
    seconds: float | None = 83.456
    cpm: float | None = 212.5
    wpm: float | None = 42.5
    accuracy: float | None = 97.31
    errors: int | None = 4
    score: float | None = None
    passed: bool = True
    details: dict = field(default_factory=lambda: TypingRecord(
        summary={}, completed=True, title="Основной ряд").to_json())


def test_typing_lesson_statement():
    s = xapi.attempt_statement(Row(), ANNA, xapi.PackInfo("ru-basic", "Русская раскладка", "2.0", "ru"), "1.4.0")
    assert s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed"
    assert s["object"]["id"] == "urn:chat-trainer:pack:ru-basic:exercise:home-row-1"
    assert s["object"]["definition"]["name"] == {"ru": "Основной ряд"}
    assert s["result"]["success"] is True and s["result"]["completion"] is True
    assert s["result"]["duration"] == "PT1M23.46S"
    ext = s["result"]["extensions"]
    assert (ext[xapi.EXT["cpm"]], ext[xapi.EXT["accuracy"]], ext[xapi.EXT["errors"]]) == (212.5, 97.31, 4)
    assert "score" not in s["result"]  # typing has no score: speed and accuracy are its figures
    assert s["context"]["platform"] == "chat-trainer 1.4.0"
    assert s["context"]["contextActivities"]["parent"][0]["id"] == "urn:chat-trainer:pack:ru-basic"
    assert s["context"]["extensions"][xapi.EXT["pack-version"]] == "2.0"
    assert s["timestamp"] == "2025-03-01T10:01:30.000+03:00" and s["version"] == "1.0.3"


def test_ids_are_derived_so_a_resend_is_the_same_statement():
    first = xapi.attempt_statement(Row(), ANNA, None, "1")
    again = xapi.attempt_statement(Row(), ANNA, None, "1")
    assert first == again and uuid.UUID(first["id"]).version == 5
    other_attempt = xapi.attempt_statement(Row(id=8), ANNA, None, "1")
    other_profile = xapi.attempt_statement(Row(), xapi.Learner(str(uuid.uuid4()), email="b@example.org"), None, "1")
    assert len({first["id"], other_attempt["id"], other_profile["id"]}) == 3
    assert first["context"]["registration"] == other_attempt["context"]["registration"]  # one per pack
    other_pack = xapi.attempt_statement(Row(pack_id="en-basic"), ANNA, None, "1")
    assert other_pack["context"]["registration"] != first["context"]["registration"]


def test_pack_declares_its_own_iri_base():
    pack = xapi.PackInfo("dept", activity_base="https://lms.department.example/xapi/dept/")
    s = xapi.attempt_statement(Row(exercise_id="урок 1"), ANNA, pack, "1")
    assert s["object"]["id"] == "https://lms.department.example/xapi/dept/%D1%83%D1%80%D0%BE%D0%BA%201"
    assert s["context"]["contextActivities"]["parent"][0]["id"] == "https://lms.department.example/xapi/dept"


@pytest.mark.parametrize("kind, record, passed, verb", [
    ("lesson", TypingRecord(summary={}, completed=False), True, "attempted"),
    ("timed", TypingRecord(summary={}, completed=True), False, "failed"),
    ("adaptive", TypingRecord(summary={}, completed=True), False, "completed"),
    ("grammar", GrammarRecord(answer="x"), False, "answered"),
    ("correspondence", ReplyRecord(reply="x", scorecard={}), True, "scored"),
    ("quiz", QuizRecord(seed=1, order=()), True, "passed"),
])
def test_verbs(kind, record, passed, verb):
    s = xapi.attempt_statement(Row(kind=kind, details=record.to_json(), passed=passed, score=50.0), ANNA, None, "1")
    assert s["verb"]["id"] == xapi.VERBS[verb]
    if verb in ("attempted", "completed"):
        assert "success" not in s["result"]  # no threshold was tried
    else:
        assert s["result"]["success"] is passed


def test_graded_score_is_scaled_and_duration_from_the_times():
    row = Row(kind="quiz", details=QuizRecord(seed=1, order=("a",), per_category={"этикет": 75.0}).to_json(),
              score=75.0, seconds=None, cpm=None, accuracy=None, errors=None)
    s = xapi.attempt_statement(row, ANNA, None, "1")
    assert s["result"]["score"] == {"scaled": 0.75, "raw": 75.0, "min": 0, "max": 100}
    assert s["result"]["duration"] == "PT1M30S"
    assert s["result"]["extensions"][xapi.EXT["per-category"]] == {"этикет": 75.0}


@pytest.mark.parametrize("learner, message", [
    (xapi.Learner(PROFILE), "учётной записи или адрес"),
    (xapi.Learner(PROFILE, email="не почта"), "не похож"),
    (xapi.Learner(PROFILE, account_name="anna"), "адрес сайта"),
])
def test_unusable_identity_is_named(learner, message):
    with pytest.raises(xapi.XapiError, match=message):
        learner.actor()


def test_account_actor():
    actor = xapi.Learner(PROFILE, account_name="a.petrova", home_page="https://lms.example").actor()
    assert actor == {"objectType": "Agent", "account": {"homePage": "https://lms.example", "name": "a.petrova"}}


@pytest.mark.parametrize("seconds, text", [(0, "PT0S"), (59.999, "PT1M0S"), (3725.5, "PT1H2M5.5S"), (None, None)])
def test_duration(seconds, text):
    assert xapi.duration(seconds) == text
