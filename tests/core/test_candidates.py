"""Rows of the department summary: one per person, best figures kept, the same file counted once."""

from app.core.candidates import HEADINGS, CandidateRow, merge


def test_cells_show_one_decimal_and_leave_missing_figures_empty():
    row = CandidateRow("Анна", {"best_timed_cpm": 200.04, "typing_accuracy": None}, attempts=4, flagged=0,
                       sources=("a.json", "b.csv"))
    assert row.cells() == ["Анна", "200.0", "", "", "", "", "4", "0", "a.json, b.csv"]
    assert len(row.cells()) == len(HEADINGS)


def test_the_same_person_in_two_files_is_one_row_with_the_best_of_each_figure():
    first = CandidateRow("Анна  Петрова", {"best_timed_cpm": 180.0, "quiz_score": 95.0}, attempts=10, flagged=2,
                         sources=("anna.json",))
    second = CandidateRow("анна петрова", {"best_timed_cpm": 230.0, "grammar_score": 70.0}, attempts=7, flagged=0,
                          sources=("anna.pdf",))
    [row] = merge([first, second])
    assert row.name == "Анна  Петрова"
    assert row.figures == {"best_timed_cpm": 230.0, "typing_accuracy": None, "grammar_score": 70.0,
                           "correspondence_score": None, "quiz_score": 95.0}
    assert (row.attempts, row.flagged) == (10, 2)  # largest, not summed: an export sent twice counts once
    assert row.sources == ("anna.json", "anna.pdf")


def test_a_file_sent_twice_is_listed_once_and_rows_are_sorted_by_name():
    anna = CandidateRow("Анна", {"quiz_score": 80.0}, attempts=3, sources=("all.csv",))
    boris = CandidateRow("борис", {}, attempts=1, sources=("all.csv",))
    rows = merge([boris, anna, anna])
    assert [r.name for r in rows] == ["Анна", "борис"]
    assert rows[0].sources == ("all.csv",) and rows[0].attempts == 3
