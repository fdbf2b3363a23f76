"""The core's texts in the interface language: a phrase, a stored plain text, a pack problem, an error."""

import pytest
from PySide6.QtCore import QLocale

from app.core.phrase import phrase
from app.packs.problems import PackError, Problem
from app.ui.core_texts import say, say_error, say_problem


@pytest.fixture
def english():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English))
    yield
    QLocale.setDefault(before)


def test_russian_interface_shows_the_russian_text_as_it_is():
    reason = phrase("Балл {total} ниже порога {threshold:g}.", total=41, threshold=70.0)
    assert say(reason) == "Балл 41 ниже порога 70."


def test_english_interface_renders_a_phrase_from_the_catalogue(english):
    reason = phrase("Балл {total} ниже порога {threshold:g}.", total=41, threshold=70.0)
    assert say(reason) == "Score 41 is below the pass mark 70."
    assert say(phrase("разговорные слова: {quoted}", quoted="«короче»")) == "colloquial words: «короче»"


def test_a_text_read_back_from_storage_is_matched_to_its_template(english):
    # a scorecard stored as JSON keeps only the Russian wording
    assert say("Ответ за 95 с, а лимит — 60 с.") == "Replied in 95 s, but the limit is 60 s."
    assert say("Ответ пустой.") == "The reply is empty."
    assert say("Клиент написал что-то своё") == "Клиент написал что-то своё"  # not ours: left as it is


def test_pack_problems_and_errors_keep_the_place_and_translate_the_reason(english):
    problem = Problem("pack.toml", 3, "version", phrase("«{version}» — не версия вида 1.2.3 (semver)", version="x"))
    assert say_problem(problem) == "pack.toml:3: version: “x” is not a version like 1.2.3 (semver)"
    assert say_error(PackError([problem])) == say_problem(problem)
    assert say_error(ValueError(phrase("Текст пуст: в нём нет ни одного знака для печати."))) == (
        "The text is empty: it has no characters to type.")
