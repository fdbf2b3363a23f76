"""The built-in grammar packs: they validate cleanly, have enough items of each kind,
and every key answer passes the embedded grammar engine (pylat-ru, picky level).

A literacy trainer must not teach a mistake: if the engine finds anything in a key
answer, rewrite the answer. Only where the engine is clearly wrong may an item be
listed in ALLOWED below, with the rule id and the reason.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from app.core.vocabulary import GRAMMAR_KINDS
from app.packs.kinds.grammar import GAP
from app.packs.loader import load_pack

ROOT = Path(__file__).resolve().parents[2]
RU = ROOT / "app" / "exercises" / "ru-grammar"
EN = ROOT / "app" / "exercises" / "en-grammar"

# Minimum number of items per kind (issue 4, item 10).
RU_MIN = {"correct": 20, "punctuation": 20, "choose": 20, "gap": 20, "free": 10}
RU_MIN_TOTAL = 200
EN_MIN_TOTAL = 30
MAX_TOPICS = 14  # a short fixed list, so that progress per topic means something

# (item id, rule id) → why the engine is wrong there. Keep this list empty if you can.
ALLOWED: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def ru():
    return load_pack(RU)


@pytest.fixture(scope="module")
def en():
    return load_pack(EN)


@pytest.fixture(scope="module")
def engine():
    """The project's own checker, as the exercises use it: the embedded engine plus our rules."""
    from app.core.grammar.checker import GrammarChecker
    from app.core.grammar.rules import check_rules
    return GrammarChecker(engine="embedded", extra_rules=check_rules)


def normalise(text: str) -> str:
    """Roughly what the exercise checker forgives: spaces, the first letter's case,
    the kind of quotation marks and dashes."""
    text = re.sub(r"\s+", " ", text.strip())
    text = re.sub(r"[\"„“”]", "«", text).replace("»", "«")
    text = text.replace("–", "—").replace(" - ", " — ")
    return text[:1].lower() + text[1:]


def filled(item) -> list[str]:
    """The complete sentences the key produces, to check with the engine."""
    if item.kind == "free":
        return list(item.answers)
    if item.kind in ("gap", "choose") and GAP in item.text:
        return [item.text.replace(GAP, item.answers[0])]
    return [item.answers[0]]


@pytest.mark.parametrize("which", ["ru", "en"])
def test_pack_loads_without_errors_or_warnings(which, request):
    pack = request.getfixturevalue(which)
    assert pack.grammar, "no grammar items"
    assert [str(w) for w in pack.warnings] == []
    assert pack.manifest.language == which
    for item in pack.grammar:
        assert item.language in ("", which), item.id


def test_russian_counts(ru):
    kinds = Counter(item.kind for item in ru.grammar)
    assert sum(kinds.values()) >= RU_MIN_TOTAL, kinds
    for kind, least in RU_MIN.items():
        assert kinds[kind] >= least, (kind, kinds)


def test_english_counts(en):
    kinds = Counter(item.kind for item in en.grammar)
    assert sum(kinds.values()) >= EN_MIN_TOTAL, kinds
    assert all(kinds[k] >= 3 for k in GRAMMAR_KINDS), kinds


@pytest.mark.parametrize("which", ["ru", "en"])
def test_items_are_well_formed(which, request):
    pack = request.getfixturevalue(which)
    prefix = f"{which}-gr-"
    topics = Counter()
    for item in pack.grammar:
        assert item.id.startswith(prefix), item.id
        assert item.topic, f"{item.id}: no topic"
        assert item.explanation.strip(), f"{item.id}: no explanation"
        topics[item.topic] += 1
        if item.kind == "gap":
            assert item.text.count(GAP) == 1, item.id
        else:
            assert item.text.count(GAP) <= 1, item.id
        if item.kind == "choose":
            assert len(item.options) >= 2, item.id
            assert len(set(item.options)) == len(item.options), f"{item.id}: repeated option"
            for answer in item.answers:
                assert answer in item.options, (item.id, answer)
            assert set(item.answers) != set(item.options), f"{item.id}: every option is right"
        if item.kind in ("correct", "punctuation"):
            for answer in item.answers:
                assert item.text != answer, item.id
                assert normalise(item.text) != normalise(answer), f"{item.id}: the text already passes"
        if item.kind == "free":
            assert item.answers, f"{item.id}: no model answer"
            assert item.min_words is not None and item.max_words is not None, item.id
            for answer in item.answers:
                assert item.min_words <= len(answer.split()) <= item.max_words, item.id
        if which == "ru" and item.kind in ("correct", "punctuation", "gap", "free"):
            # A learner typing «е» for «ё» is right too.
            for answer in item.answers:
                if "ё" in answer:
                    assert answer.replace("ё", "е") in item.answers, f"{item.id}: no variant with «е»"
    assert len(topics) <= MAX_TOPICS, sorted(topics)
    assert min(topics.values()) >= (5 if which == "ru" else 3), topics


def keys_findings(pack, checker, language):
    found, used = [], set()
    for item in pack.grammar:
        for sentence in filled(item):
            for match in checker.check(sentence, language).findings:
                if (item.id, match.rule_id) in ALLOWED:
                    used.add((item.id, match.rule_id))
                    continue
                bad = sentence[match.offset:match.offset + match.length]
                found.append(f"{item.id}: {match.rule_id} «{bad}» in «{sentence}»: {match.message}")
    return found, used


def test_russian_keys_pass_the_checker(ru, engine):
    found, used = keys_findings(ru, engine, "ru")
    assert found == []
    assert used == set(ALLOWED), f"stale allow-list entries: {set(ALLOWED) - used}"


def test_english_keys_pass_the_checker(en, engine):
    found, _ = keys_findings(en, engine, "en")
    assert found == []
