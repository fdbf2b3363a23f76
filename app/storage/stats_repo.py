"""``store.stats.read_dashboard``: everything the progress screen shows, from the aggregates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.core.records import (
    CATEGORIES_PATH, ELEMENTS_PATH, FINDINGS_PATH, REPLY_SECONDS_PATH, TOPIC_PATH, GradedKind,
)
from app.core.stats import KeyRow, KeyScore, daily_minutes, heat_values, weakest_keys
from app.storage.attempts import TYPING_KINDS_SQL, UNFLAGGED_SQL

SERIES_LENGTH = 200  # typing attempts per layout on the speed chart
TOP = 8  # rows in each «most frequent» list
DAYS = 30  # days on the time-trained chart
# Seconds an attempt took: typing keeps its active time, a reply its time to answer; otherwise the
# wall-clock time, capped at an hour so an exercise left open overnight does not count as training.
_SECONDS_SQL = (f"coalesce(seconds, json_extract(details, '{REPLY_SECONDS_PATH}'), "
                "min(3600, max(0, (julianday(finished_at) - julianday(started_at)) * 86400)))")


@dataclass(frozen=True)
class LayoutStats:
    layout: str
    speed: list[tuple[int, float, float]]  # (attempt id, зн/мин, accuracy %), oldest first
    heat: dict[str, float]
    keys: dict[str, KeyRow]
    weakest: list[KeyScore]
    speed_first: int = 1  # number of the first attempt in ``speed`` among all of the layout's attempts


@dataclass(frozen=True)
class Dashboard:
    layouts: dict[str, LayoutStats] = field(default_factory=dict)
    grammar_rules: list[tuple[str, str, int]] = field(default_factory=list)  # (rule id, message, findings)
    grammar_topics: list[tuple[str, int, int]] = field(default_factory=list)  # (topic, wrong, answered)
    scorecard: list[tuple[str, int, int]] = field(default_factory=list)  # (element, passed, graded)
    quiz_categories: list[tuple[str, float, int]] = field(default_factory=list)  # (category, mean %, runs)
    daily: list[tuple[str, float]] = field(default_factory=list)  # (ISO date, minutes), last DAYS days
    # kind → the scores (0–100) of its last SERIES_LENGTH graded attempts, oldest first
    recent: dict[str, list[float]] = field(default_factory=dict)


class StatsRepo:
    def __init__(self, db):
        self.db = db

    def read_dashboard(self, profile_id: int) -> Dashboard:
        key_rows: dict[str, list[KeyRow]] = {}
        for layout, key, presses, errors, isum, icount in self.db.execute(
                "SELECT layout, key, presses, errors, interval_sum, interval_count FROM key_stats "
                "WHERE profile_id = ?", (profile_id,)):
            key_rows.setdefault(layout, []).append(KeyRow(key, presses, errors, isum, icount))
        layouts = {row[0] for row in self.db.execute(
            f"SELECT DISTINCT layout FROM attempts WHERE profile_id = ? AND kind IN {TYPING_KINDS_SQL} "
            "AND layout IS NOT NULL", (profile_id,))} | set(key_rows)
        out = {}
        for layout in sorted(layouts):
            speed = [(i, cpm or 0.0, acc or 0.0) for i, cpm, acc in self.db.execute(
                f"SELECT id, cpm, accuracy FROM attempts WHERE profile_id = ? AND layout = ? "
                f"AND kind IN {TYPING_KINDS_SQL} AND {UNFLAGGED_SQL} ORDER BY id DESC LIMIT ?", (profile_id, layout, SERIES_LENGTH))]
            total = self.db.execute(
                f"SELECT count(*) FROM attempts WHERE profile_id = ? AND layout = ? "
                f"AND kind IN {TYPING_KINDS_SQL} AND {UNFLAGGED_SQL}", (profile_id, layout)).fetchone()[0]
            rows = key_rows.get(layout, [])
            out[layout] = LayoutStats(layout, speed[::-1], heat_values(rows), {r.key: r for r in rows},
                                      weakest_keys(rows), speed_first=total - len(speed) + 1)
        return Dashboard(out, **self._graded(profile_id), daily=self._daily(profile_id), recent=self._recent(profile_id))

    def _recent(self, profile_id: int) -> dict[str, list[float]]:
        out = {}
        for kind in GradedKind:
            rows = self.db.execute("SELECT coalesce(score, 100.0 * passed) FROM attempts WHERE profile_id = ? "
                                   "AND kind = ? ORDER BY id DESC LIMIT ?", (profile_id, str(kind), SERIES_LENGTH))
            out[str(kind)] = [float(r[0]) for r in rows][::-1]
        return out

    def _graded(self, profile_id: int) -> dict:
        """Grammar, correspondence and quiz figures, straight from the attempts' details: graded
        attempts are a few per minute of training, so this stays fast without aggregates."""
        def q(sql: str) -> list[tuple]:
            return [tuple(r) for r in self.db.execute(sql, (profile_id,))]

        grammar, reply, quiz = GradedKind.GRAMMAR, GradedKind.CORRESPONDENCE, GradedKind.QUIZ
        return {
            "grammar_rules": q(
                "SELECT json_extract(f.value, '$.rule_id'), min(json_extract(f.value, '$.message')), count(*) "
                f"FROM attempts a, json_each(a.details, '{FINDINGS_PATH}') f WHERE a.profile_id = ? "
                f"AND a.kind = '{grammar}' GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT {TOP}"),
            "grammar_topics": q(
                f"SELECT json_extract(details, '{TOPIC_PATH}'), sum(NOT passed), count(*) FROM attempts "
                f"WHERE profile_id = ? AND kind = '{grammar}' AND json_extract(details, '{TOPIC_PATH}') IS NOT NULL "
                f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {TOP}"),
            "scorecard": q(
                "SELECT e.key, sum(json_extract(e.value, '$.passed')), count(*) "
                f"FROM attempts a, json_each(a.details, '{ELEMENTS_PATH}') e WHERE a.profile_id = ? "
                f"AND a.kind = '{reply}' GROUP BY 1 ORDER BY 2 * 1.0 / count(*), 1"),
            "quiz_categories": q(
                f"SELECT c.key, avg(c.value), count(*) FROM attempts a, json_each(a.details, '{CATEGORIES_PATH}') c "
                f"WHERE a.profile_id = ? AND a.kind = '{quiz}' GROUP BY 1 ORDER BY 2, 1"),
        }

    def _daily(self, profile_id: int) -> list[tuple[str, float]]:
        rows = self.db.execute(
            f"SELECT substr(finished_at, 1, 10), sum({_SECONDS_SQL}) FROM attempts "
            "WHERE profile_id = ? AND finished_at >= date('now', ?) GROUP BY 1",
            (profile_id, f"-{DAYS + 1} days"))
        return daily_minutes(dict(rows), date.today(), DAYS)
