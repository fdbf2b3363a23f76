"""The department summary file: CSV that Excel opens, HTML with names escaped, written atomically."""

import csv

import pytest

from app.core.candidates import HEADINGS, CandidateRow
from app.reports.summary import write_summary

ROWS = [CandidateRow("Анна Петрова", {"best_timed_cpm": 231.46, "quiz_score": 90.0}, attempts=12, flagged=1,
                     sources=("anna.json", "anna.pdf (сертификат)")),
        CandidateRow("<b>Борис</b> & Co", {"grammar_score": 75.0}, attempts=3)]


def test_csv_has_a_bom_the_russian_headings_and_one_row_per_candidate(tmp_path):
    out = tmp_path / "summary.csv"
    write_summary(ROWS, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    with out.open(encoding="utf-8-sig", newline="") as f:
        head, anna, boris = list(csv.reader(f))
    assert tuple(head) == HEADINGS
    assert anna == ["Анна Петрова", "231.5", "", "", "", "90.0", "12", "1", "anna.json, anna.pdf (сертификат)"]
    assert boris[0] == "<b>Борис</b> & Co" and boris[3] == "75.0"


def test_html_escapes_names_and_is_one_self_contained_page(tmp_path):
    out = tmp_path / "summary.HTML"
    write_summary(ROWS, out)
    page = out.read_text(encoding="utf-8")
    assert "<b>Борис</b>" not in page
    assert "&lt;b&gt;Борис&lt;/b&gt; &amp; Co" in page
    assert page.count("<tr>") == 3 and "<th>Кандидат</th>" in page
    assert "<link" not in page and "<script" not in page


def test_unknown_suffix_is_refused_and_writes_nothing(tmp_path):
    with pytest.raises(ValueError, match="только в .csv или .html, а не «s.pdf»"):
        write_summary(ROWS, tmp_path / "s.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_old_summary_and_leaves_no_temporary_file(tmp_path):
    out = tmp_path / "summary.csv"
    out.write_text("старая сводка", encoding="utf-8")

    class Unprintable(CandidateRow):
        def cells(self):
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_summary([Unprintable("Анна")], out)
    assert out.read_text(encoding="utf-8") == "старая сводка"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.csv"]
