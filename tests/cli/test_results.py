"""chat-trainer export from the command line."""

import csv
import json

from app.storage import open_store
from app.core.records import GrammarRecord, QuizRecord
from tests.cli.test_main import run


def make_data(tmp_path):
    data = tmp_path / "data"
    with open_store(data) as store:
        for name, score in (("Анна", 80.0), ("Борис", 55.0)):
            p = store.profiles.create(name)
            store.attempts.save_result(p.id, pack_id="q", exercise_id="q1", score=score, passed=score >= 70,
                                       record=QuizRecord(seed=1, order=("a",)), started_at="2026-12-01T10:00:00")
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


def test_report_merges_exports_escapes_html_and_names_the_bad_file(tmp_path):
    data = tmp_path / "data"
    with open_store(data) as store:
        p = store.profiles.create("<script>alert(1)</script>")
        store.attempts.save_result(p.id, pack_id="g", exercise_id="g1", score=90.0, passed=True,
                                   record=GrammarRecord(answer="в течение"), started_at="2026-12-01T10:00:00")
    data2 = make_data(tmp_path / "second")
    a, b = tmp_path / "a.json", tmp_path / "b.csv"
    assert run("--data-dir", str(data), "export", "--all", "-o", str(a)).returncode == 0
    assert run("--data-dir", str(data2), "export", "--all", "-o", str(b)).returncode == 0
    broken = tmp_path / "broken.json"
    broken.write_text("{не json")
    html_out = tmp_path / "summary.html"
    result = run("report", str(a), str(b), str(broken), "-o", str(html_out))
    assert result.returncode == 1 and "broken.json" in result.stderr
    page = html_out.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Анна" in page and "Борис" in page

    csv_out = tmp_path / "summary.csv"
    assert run("report", str(a), str(b), str(b), "-o", str(csv_out)).returncode == 0
    with csv_out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["Кандидат", "Лучший тест, зн/мин"]
    by_name = {r[0]: r for r in rows[1:]}
    assert set(by_name) == {"<script>alert(1)</script>", "Анна", "Борис"}  # b.csv twice: still one Анна
    assert by_name["Анна"][5] == "80.0" and by_name["<script>alert(1)</script>"][3] == "90.0"


def test_report_to_unknown_suffix_is_a_usage_error(tmp_path):
    out = tmp_path / "a.json"
    out.write_text('{"format": "chat-trainer-results", "profiles": []}')
    result = run("report", str(out), "-o", str(tmp_path / "s.pdf"))
    assert result.returncode == 2 and ".html" in result.stderr
