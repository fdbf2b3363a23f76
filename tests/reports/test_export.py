"""Exporting a profile's results to JSON and CSV files."""

import csv
import errno
import json

import pytest

from app.core.drill import Drill
from app.core.metrics import summarise
from app.core.plausibility import assess
from app.core.records import GrammarRecord, TypingRecord
from app.core.results_export import CSV_COLUMNS
from app.reports.export import ExportError, export_results
from app.storage import open_store

TEXT = "добрый день"


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "data") as s:
        yield s


def add_typing(store, profile_id, gap):
    drill = Drill(TEXT, "ru")
    for i, ch in enumerate(TEXT):
        drill.type_char(ch, 1.0 + i * gap * (1 + (i % 3) * 0.4))
    return store.attempts.save_typing(
        profile_id, kind="timed", pack_id=None, exercise_id=None, layout="ru", mode="correct", text=TEXT,
        started_at="2026-12-01T10:00:00",
        record=TypingRecord(summary=summarise(drill.log, len(TEXT)).to_dict(), title="Тест",
                            plausibility=assess(drill.log, len(TEXT)).to_dict()),
        keystrokes=drill.log, passed=True)


def populated(store):
    anna = store.profiles.create("Анна <script>")
    add_typing(store, anna.id, 0.25)
    add_typing(store, anna.id, 0.0005)  # pasted
    store.attempts.save_result(anna.id, pack_id="g", exercise_id="g1", score=75.0, passed=True,
                               record=GrammarRecord(answer="в течение"), started_at="2026-12-01T11:00:00")
    return anna


def test_json_round_trip_with_keystrokes_and_flags(store, tmp_path):
    anna = populated(store)
    path = export_results(store, [anna.id], tmp_path / "anna.json", "json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format_version"] == 1
    (profile,) = doc["profiles"]
    assert profile["name"] == "Анна <script>"
    human, pasted, grammar = profile["attempts"]
    assert "".join(k[3] for k in human["keystrokes"]) == TEXT
    assert human["counts_for_certificate"] and pasted["flags"] == ["pasted"]
    assert "keystrokes" not in grammar and grammar["score"] == 75.0
    assert profile["summary"]["flagged"] == 1 and profile["summary"]["grammar_score"] == 75.0


def test_no_keystrokes_option(store, tmp_path):
    anna = populated(store)
    doc = json.loads(export_results(store, [anna.id], tmp_path / "a.json", "json", keystrokes=False).read_text())
    assert all("keystrokes" not in a for a in doc["profiles"][0]["attempts"])


def test_csv_has_bom_and_documented_columns(store, tmp_path):
    anna = populated(store)
    path = export_results(store, [anna.id], tmp_path / "anna.csv", "csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["kind"] for r in rows] == ["timed", "timed", "grammar"]
    assert [r["counts_for_certificate"] for r in rows] == ["да", "нет", "да"]


def test_full_disk_is_a_clear_error_and_old_file_stays(store, tmp_path, monkeypatch):
    anna = populated(store)
    old = tmp_path / "r.json"
    old.write_text("старое")

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr("app.reports.export.os.replace", full)
    with pytest.raises(ExportError, match="на диске нет места"):
        export_results(store, [anna.id], old, "json")
    assert old.read_text() == "старое"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")] == []


def test_missing_folder_is_named(store, tmp_path):
    anna = populated(store)
    with pytest.raises(ExportError, match="папка не существует"):
        export_results(store, [anna.id], tmp_path / "нет" / "r.csv", "csv")
