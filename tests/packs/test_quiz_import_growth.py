"""Importing a question bank: the pack written is the pack checked, and time grows linearly with the bank."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.packs.loader import load_pack
from app.packs.problems import PackError
from app.packs.quiz_import import import_quiz
from app.services.packs import import_and_install_quiz_bank
from app.packs.registry import available_packs, installed_dir

DATA = Path(__file__).parent / "data" / "quiz"

GIFT_QUESTIONS = [
    "::Тон::Как ответить на жалобу? {=Сочувствием и решением#Да. ~Молчанием#Нет. ~%-50%Шуткой}",
    "::Сроки::Первый ответ — не позже {#3:1 ~#Намного дольше.} минут.",
    "::Капс::Можно писать капслоком? {F#Можно.#Нельзя.}",
    "::Город::Столица Франции? {=Париж* =%0%*#Подумайте ещё.}",
    "::Приветствие::Ответ начинают с {=приветствия ~жалобы} и имени.",
]
XML_QUESTION = """  <question type="multichoice">
    <name><text>Вопрос {n}</text></name>
    <questiontext format="html"><text><![CDATA[<p>Как начать ответ клиенту, случай {n}?</p>]]></text></questiontext>
    <answer fraction="100"><text>Здравствуйте!</text><feedback><text>Да.</text></feedback></answer>
    <answer fraction="0"><text>Чё надо?</text></answer>
  </question>
"""


def gift_bank(questions: int) -> str:
    return "$CATEGORY: $course$/top/Этикет\n\n" + "".join(
        GIFT_QUESTIONS[n % len(GIFT_QUESTIONS)] + "\n\n" for n in range(questions))


def xml_bank(questions: int) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n'
            + "".join(XML_QUESTION.replace("{n}", str(n)) for n in range(questions)) + "</quiz>\n")


@pytest.mark.parametrize("name", ["etiquette.gift", "etiquette.xml"])
def test_the_written_files_read_back_as_the_pack_the_import_checked(tmp_path, name):
    # the importer checks its tables without parsing its own TOML back: the text must say the same
    report = import_quiz(DATA / name, tmp_path / "pack")
    again = load_pack(tmp_path / "pack")
    assert again.quiz == report.pack.quiz and again.quizzes == report.pack.quizzes
    assert len(again.quiz) == report.imported > 5


def test_a_warning_points_at_the_bank_line_of_its_question(tmp_path):
    bank = tmp_path / "bank.gift"
    bank.write_text(gift_bank(12), encoding="utf-8")
    report = import_quiz(bank, tmp_path / "pack")
    no_reason = [w for w in report.warnings if "нет объяснения" in w.message]
    # questions start at line 3 and follow every 2 lines; each without an explanation is named at its own line
    assert [w.line for w in no_reason][:3] == [3, 5, 7] and {w.file for w in no_reason} == {"bank.gift"}


def test_an_imported_bank_is_installed_and_listed_without_reading_it_again(tmp_path):
    bank = tmp_path / "bank.gift"
    bank.write_text(gift_bank(40), encoding="utf-8")
    report = import_and_install_quiz_bank(bank, tmp_path / "data")
    folder = installed_dir(tmp_path / "data") / report.pack.id
    assert sorted(p.name for p in folder.iterdir()) == ["pack.toml", "quiz.toml"]
    listed = [p for p in available_packs(tmp_path / "data") if p.id == report.pack.id]
    assert listed and listed[0].quiz == load_pack(folder).quiz and len(listed[0].quiz) == 40


def _cpu(make, questions: int, tmp_path: Path, suffix: str) -> float:
    """The least CPU time of two imports (a shared machine slows one run, rarely both)."""
    best = float("inf")
    for run in range(2):
        bank = tmp_path / f"bank-{questions}-{run}{suffix}"
        bank.write_text(make(questions), encoding="utf-8")
        start = time.process_time()
        import_quiz(bank, tmp_path / f"pack-{questions}-{run}{suffix}")
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("make, suffix, questions", [(gift_bank, ".gift", 1500), (xml_bank, ".xml", 500)])
def test_import_time_grows_linearly_with_the_bank(tmp_path, make, suffix, questions):
    small = _cpu(make, questions, tmp_path, suffix)
    big = _cpu(make, 4 * questions, tmp_path, suffix)
    assert big < 8 * small, f"4× the bank took {big / small:.1f}× the time ({small:.3f} s → {big:.3f} s)"


def test_the_cycle_collector_runs_again_after_an_import_even_a_refused_one(tmp_path):
    import gc

    bad = tmp_path / "bad.gift"
    bad.write_text("Вопрос без ответов {}\n", encoding="utf-8")
    with pytest.raises(PackError):
        import_quiz(bad, tmp_path / "pack")
    import_quiz(DATA / "etiquette.gift", tmp_path / "pack2")
    assert gc.isenabled()
