"""A store whose profiles send their results to an LRS, and attempts of every kind to save."""

from __future__ import annotations

from app.core.records import GrammarRecord, QuizRecord, ReplyRecord, ShiftRecord
from app.core.xapi import PackInfo
from app.storage.outbox import LrsSettings
from tests.services.lrs.ralph import KEY, SECRET
from tests.storage.storage_helpers import save_attempt


def sending_profile(store, name: str, endpoint: str, *, email: str = "", account: str = "",
                    key: str = KEY, secret: str = SECRET):
    profile = store.profiles.create(name)
    store.outbox.save_settings(profile.id, LrsSettings(
        enabled=True, endpoint=endpoint, email=email, account_name=account,
        home_page="https://lms.department.example" if account else ""))
    store.outbox.save_credentials(profile.id, key, secret)
    return profile


def describe_packs(store) -> None:
    store.outbox.describe_pack = lambda pack_id: PackInfo(pack_id, title=f"Пакет {pack_id}", version="1.2.0",
                                                          language="ru")


def save_every_kind(store, profile_id: int, seed: int = 0) -> list[int]:
    """One attempt of each kind (lesson, timed, grammar, reply, shift, quiz); their ids."""
    ids = [save_attempt(store, profile_id, seed=seed, exercise_id="home-row-1"),
           save_attempt(store, profile_id, seed=seed + 1, exercise_id="timed-1", kind="timed", passed=False)]
    graded = [
        ("grammar-tsya-3", 100.0, True, GrammarRecord(answer="Он учится.", topic="-тся / -ться", exercise_kind="correct")),
        ("reply-delivery-late", 82.0, True, ReplyRecord(
            reply="Здравствуйте!", seconds=95.5,
            scorecard={"elements": {"greeting": {"passed": True}, "empathy": {"passed": False}},
                       "total": 82, "pass": True})),
        ("shift-evening", 71.0, False, ShiftRecord(kpis={"frt_avg": 41.0, "score_avg": 71.0}, scores=(71.0,))),
        ("netiquette-basics", 90.0, True, QuizRecord(seed=7, order=("q1", "q2"), right=("q1",),
                                                     per_category={"этикет": 90.0})),
    ]
    for exercise_id, score, passed, record in graded:
        ids.append(store.attempts.save_result(
            profile_id, pack_id="dept-pack", exercise_id=exercise_id, score=score, passed=passed, record=record,
            started_at="2025-03-01T10:00:00+03:00", finished_at="2025-03-01T10:02:05+03:00"))
    return ids
