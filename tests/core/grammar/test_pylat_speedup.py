"""The memo inside pylat changes speed only: the same findings with and without it."""

import tomllib
from pathlib import Path

import pytest

pylat_ru = pytest.importorskip("pylat_ru")

from app.core.grammar import pylat_speedup  # noqa: E402
from app.core.grammar.spelling import suggest  # noqa: E402

DATA = Path(__file__).parent / "data" / "eval_ru.toml"


def test_findings_are_identical_with_and_without_the_memo(monkeypatch):
    from pylat_ru.grammar import engine

    assert pylat_speedup.apply()
    # the suggestion search is cut by wall-clock budgets; on a loaded machine two runs would then differ in their
    # suggestion lists for a reason that is not the memo under test
    monkeypatch.setattr(pylat_speedup, "SENTENCE_BUDGET_S", 60.0)
    monkeypatch.setattr(suggest, "BUDGET_S", 5.0)
    sentences = [s["text"] for s in tomllib.loads(DATA.read_text(encoding="utf-8"))["sentence"]][::6]
    text = " ".join(sentences)
    tool = pylat_ru.LanguageToolRU()

    def run():
        return [(m.rule_id, m.offset, m.length, tuple(m.replacements))
                for m in tool.check(text, level=pylat_ru.LEVEL_PICKY)]

    memoised = engine._sentence_token_index
    with_memo = run()
    try:
        engine._sentence_token_index = engine._chat_trainer_original
        without = run()
    finally:
        engine._sentence_token_index = memoised
    assert with_memo == without and len(with_memo) > 5


def test_a_sentence_shares_one_budget_for_the_wider_search(monkeypatch):
    """«жолтаго» needs two edits to become «желтого»: found while the sentence's budget lasts, and
    not once it is spent (the first-order candidates still come)."""

    assert pylat_speedup.apply()
    suggest._ranked.cache_clear()
    tool = pylat_ru.LanguageToolRU()

    def fixes(word):
        return [m.replacements for m in tool.check(f"Это {word} дом.", level=pylat_ru.LEVEL_PICKY)
                if m.offset == 4]

    pylat_speedup.sentence_budget()
    assert ["желтого"] in [list(r[:1]) for r in fixes("жолтаго")]
    monkeypatch.setattr(pylat_speedup, "SENTENCE_BUDGET_S", 0.0)  # spent before the first word
    pylat_speedup.sentence_budget()
    suggest._ranked.cache_clear()
    assert all("желтого" not in r for r in fixes("жолтаго"))
