import csv
import io
from types import SimpleNamespace

from app.core.results_export import CSV_COLUMNS, attempt_record, csv_row, profile_summary


def row(id, kind, cpm=None, accuracy=None, score=None, passed=True, flags=()):
    details = {"title": "Урок «дом»"}
    if kind in ("timed", "lesson"):
        details["plausibility"] = {"consistency": 71.5, "flags": [{"code": c, "detail": ""} for c in flags]}
    return SimpleNamespace(id=id, kind=kind, pack_id="p", exercise_id="e", started_at="2026-12-01T10:00:00",
                           finished_at="2026-12-01T10:01:00", layout="ru", mode="correct", text="дом",
                           seconds=60.0, cpm=cpm, wpm=None if cpm is None else cpm / 5, accuracy=accuracy,
                           errors=0, score=score, passed=passed, details=details)


def test_flagged_attempt_does_not_count_and_is_left_out_of_the_summary():
    records = [attempt_record(row(1, "timed", 250.0, 97.0)),
               attempt_record(row(2, "timed", 900.0, 100.0, flags=("pasted",))),
               attempt_record(row(3, "grammar", score=80.0)), attempt_record(row(4, "grammar", score=60.0)),
               attempt_record(row(5, "quiz", score=90.0))]
    assert records[0]["counts_for_certificate"] and not records[1]["counts_for_certificate"]
    s = profile_summary(records)
    assert s["best_timed_cpm"] == 250.0 and s["typing_accuracy"] == 97.0
    assert s["flagged"] == 1 and s["attempts"] == 5
    assert s["grammar_score"] == 70.0 and s["quiz_score"] == 90.0 and s["correspondence_score"] is None


def test_csv_row_matches_columns_and_survives_the_csv_module():
    record = attempt_record(row(7, "timed", 212.346, 98.0, flags=("uniform", "burst")))
    buf = io.StringIO()
    csv.writer(buf).writerows([CSV_COLUMNS, csv_row("Иванова; Анна", record)])
    header, data = list(csv.reader(io.StringIO(buf.getvalue())))
    got = dict(zip(header, data))
    assert got["profile"] == "Иванова; Анна" and got["cpm"] == "212.35"
    assert got["flags"] == "uniform,burst" and got["counts_for_certificate"] == "нет"
    assert got["title"] == "Урок «дом»" and got["consistency"] == "71.50"
