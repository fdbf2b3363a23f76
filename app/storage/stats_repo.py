"""``store.stats.read_dashboard``: everything the progress screen shows, from the aggregates."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.stats import KeyRow, KeyScore, heat_values, weakest_keys

SERIES_LENGTH = 200  # typing attempts per layout on the speed chart
TYPING_KINDS_SQL = "('lesson', 'timed', 'custom', 'adaptive')"


@dataclass(frozen=True)
class LayoutStats:
    layout: str
    speed: list[tuple[int, float, float]]  # (attempt id, зн/мин, accuracy %), oldest first
    heat: dict[str, float]
    keys: dict[str, KeyRow]
    weakest: list[KeyScore]


@dataclass(frozen=True)
class Dashboard:
    layouts: dict[str, LayoutStats] = field(default_factory=dict)


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
                f"AND kind IN {TYPING_KINDS_SQL} ORDER BY id DESC LIMIT ?", (profile_id, layout, SERIES_LENGTH))]
            rows = key_rows.get(layout, [])
            out[layout] = LayoutStats(layout, speed[::-1], heat_values(rows), {r.key: r for r in rows},
                                      weakest_keys(rows))
        return Dashboard(out)
