"""chat-trainer export from the command line."""

import csv
import json

from app.storage import open_store
from tests.test_cli import run


def make_data(tmp_path):
    data = tmp_path / "data"
    with open_store(data) as store:
        for name, score in (("Анна", 80.0), ("Борис", 55.0)):
            p = store.profiles.create(name)
            store.attempts.save_result(p.id, kind="quiz", pack_id="q", exercise_id="q1", score=score,
                                       passed=score >= 70, details={}, started_at="2026-12-01T10:00:00")
    return data


def test_export_one_profile_to_json(tmp_path):
    data = make_data(tmp_path)
    out = tmp_path / "борис.json"
    result = run("--data-dir", str(data), "export", "--profile", "Борис", "-o", str(out))
    assert result.returncode == 0, result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [p["name"] for p in doc["profiles"]] == ["Борис"]
    assert doc["profiles"][0]["summary"]["quiz_score"] == 55.0


def test_export_all_to_csv(tmp_path):
    data = make_data(tmp_path)
    out = tmp_path / "all.csv"
    assert run("--data-dir", str(data), "export", "--all", "-o", str(out)).returncode == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted((r["profile"], r["score"]) for r in rows) == [("Анна", "80.00"), ("Борис", "55.00")]


def test_unknown_profile_and_unknown_suffix_are_usage_errors(tmp_path):
    data = make_data(tmp_path)
    missing = run("--data-dir", str(data), "export", "--profile", "Вера", "-o", str(tmp_path / "v.json"))
    assert missing.returncode == 2 and "«Вера» не найден" in missing.stderr and "Анна" in missing.stderr
    odd = run("--data-dir", str(data), "export", "--all", "-o", str(tmp_path / "v.txt"))
    assert odd.returncode == 2 and "--format" in odd.stderr
