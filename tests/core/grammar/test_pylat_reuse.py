"""Reusing pylat's repeated work changes speed only: the same findings with and without it."""

import tomllib
from contextlib import contextmanager
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


@contextmanager
def _without_reuse():
    installed = [(owner, name, getattr(owner, name)) for owner, name, _ in _originals()]
    try:
        for owner, name, original in _originals():
            setattr(owner, name, original)
        yield
    finally:
        for owner, name, patched in installed:
            setattr(owner, name, patched)


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
    with _without_reuse():
        without = run()
    assert with_reuse == without
    assert sum(map(len, with_reuse)) > 10  # the texts do hold errors the rules report


def test_pattern_matching_starts_only_where_the_first_pattern_token_accepts(monkeypatch):
    from pylat_ru.disambiguation.pattern_matcher import PatternRuleMatcher
    from pylat_ru.grammar.matcher import CompiledRuleVariant

    assert pylat_reuse.apply()
    tool = pylat_ru.LanguageToolRU()
    text = ("Здравствуйте, Ольга! Мы проверили ваш заказ: курьер привезёт его завтра до обеда, "
            "а чек пришлём на почту.")
    attempts = {"xml": 0, "disambiguation": 0}
    for owner, kind in ((CompiledRuleVariant, "xml"), (PatternRuleMatcher, "disambiguation")):
        def counted(self, *args, _original=owner._match_from, _kind=kind, **kwargs):
            attempts[_kind] += 1
            return _original(self, *args, **kwargs)
        monkeypatch.setattr(owner, "_match_from", counted)

    def run():
        attempts.update(xml=0, disambiguation=0)
        found = [(m.rule_id, m.offset, m.length) for m in tool.check(text, level=pylat_ru.LEVEL_PICKY)]
        return found, dict(attempts)

    found, reusing = run()
    with _without_reuse():
        found_without, plain = run()
    assert found == found_without
    assert reusing["xml"] * 3 < plain["xml"] and reusing["disambiguation"] * 3 < plain["disambiguation"]


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


def test_the_word_index_hands_on_the_variants_a_full_scan_keeps_in_the_same_order():
    from pylat_ru.grammar import engine

    assert pylat_reuse.apply()
    tool = pylat_ru.LanguageToolRU()
    eng = tool.grammar_engine
    tool.check("Добрый вечер.", level=pylat_ru.LEVEL_PICKY)  # the rule list is set up
    runnable = [(r, v) for r, v in ((rule, eng._compiled_variants.get(rule.full_id)) for rule in eng.get_runnable_rules()
                                    if eng.is_rule_enabled(rule.full_id)) if v]
    index = pylat_reuse._WordIndex(runnable)
    words = [({"в", "течение", "дня", "оплатите", "."}, {"в", "течение", "день", "оплатить", "."}),
             ({"по", "скольку", "мы", "не", "знаем"}, {"по", "сколько", "мы", "не", "знать"}), (set(), set())]
    for token_index, lemma_index in words:
        scanned = [(rule, [v for v in variants if not engine._variant_can_be_ignored(v, token_index, lemma_index)])
                   for rule, variants in runnable]
        assert index.live(token_index, lemma_index) == [(rule, live) for rule, live in scanned if live]
