"""A misspelling LanguageTool prohibits is prohibited with a capital too, where it opens a sentence."""

import pytest

pylat_ru = pytest.importorskip("pylat_ru")

from app.core.grammar import pylat_fixes  # noqa: E402
from app.core.grammar.embedded import EmbeddedEngine  # noqa: E402


def test_a_capitalised_prohibited_word_is_prohibited_and_others_are_not():
    from pylat_ru.spelling import RussianSpeller

    assert pylat_fixes.apply()
    speller = RussianSpeller()
    assert speller.is_prohibited("Учавствовать") and speller.is_prohibited("учавствовать")
    assert not speller.is_prohibited("Участвовать") and not speller.is_prohibited("УЧАВСТВОВАТЬ")


def test_the_engine_reports_it_at_a_sentence_start():
    text = "Учавствовать в опросе может любой жилец дома."
    found = [(text[f.offset:f.offset + f.length], f.replacements[:1]) for f in EmbeddedEngine().check(text, "ru")]
    assert ("Учавствовать", ("Участвовать",)) in found
