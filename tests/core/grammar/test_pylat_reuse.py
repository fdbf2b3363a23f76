"""Reusing pylat's repeated work changes speed only: the same findings with and without it."""

import tomllib
from pathlib import Path

import pytest

pylat_ru = pytest.importorskip("pylat_ru")

from app.core.grammar import pylat_reuse  # noqa: E402

DATA = Path(__file__).parent / "data" / "eval_ru.toml"
REPLIES = Path(__file__).parents[2] / "data" / "replies" / "tuning.toml"


def _originals():
    from pylat_ru.disambiguation import pattern_matcher
    from pylat_ru.grammar import engine, matcher
    from pylat_ru.morfologik import dictionary

    variant, eng, dic = matcher.CompiledRuleVariant, engine.RussianGrammarEngine, dictionary.MorfologikDictionary
    disambiguator = pattern_matcher.PatternRuleMatcher
    return [(variant, "match_sentence", variant._chat_trainer_original_match),
            (variant, "_test_all_readings", variant._chat_trainer_original_test),
            (eng, "_execute_rule", eng._chat_trainer_original_execute),
            (eng, "check_sentence", eng._chat_trainer_original_check),
            (dic, "lookup", dic._chat_trainer_original_lookup),
            (disambiguator, "find_matches", disambiguator._chat_trainer_original_find)]


def test_findings_are_identical_with_and_without_the_reuse():
    assert pylat_reuse.apply()
    sentences = [s["text"] for s in tomllib.loads(DATA.read_text(encoding="utf-8"))["sentence"]][::4]
    replies = [c["reply"] for c in tomllib.loads(REPLIES.read_text(encoding="utf-8"))["case"]][::5]
    texts = [" ".join(sentences), *replies]
    tool = pylat_ru.LanguageToolRU()

    def run():  # not the replacements: the speller's suggestions have a time budget (pylat_speedup)
        return [[(m.rule_id, m.offset, m.length, m.message)
                 for m in tool.check(text, level=pylat_ru.LEVEL_PICKY)] for text in texts]

    with_reuse = run()
    installed = [(owner, name, getattr(owner, name)) for owner, name, _ in _originals()]
    try:
        for owner, name, original in _originals():
            setattr(owner, name, original)
        without = run()
    finally:
        for owner, name, patched in installed:
            setattr(owner, name, patched)
    assert with_reuse == without
    assert sum(map(len, with_reuse)) > 10  # the texts do hold errors the rules report


def test_switching_a_rule_off_is_seen_by_the_remembered_rule_list():
    assert pylat_reuse.apply()
    tool = pylat_ru.LanguageToolRU()
    text = "Оплатите заказ не позднее пятницы пожалуйста."
    assert any(m.rule_id == "POZHALUJSTA" for m in tool.check(text, level=pylat_ru.LEVEL_PICKY))
    tool.grammar_engine.disable_rule("POZHALUJSTA")
    try:
        assert not any(m.rule_id == "POZHALUJSTA" for m in tool.check(text, level=pylat_ru.LEVEL_PICKY))
    finally:
        tool.grammar_engine.enable_rule("POZHALUJSTA")
