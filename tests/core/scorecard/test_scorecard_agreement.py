"""The scorecard agrees with the hand-labelled replies: the first set (tests/core/data/replies_labelled.toml),
the tuning part of issue 15's set (tests/data/replies/tuning.toml) and the replies written later to try
the rules on unfamiliar wording (tests/data/replies/tuning_more.toml).

Measured with ``python tests/bench/eval_scorecard.py labelled tuning more``: first set pass/fail 97.0 %,
every element ≥ 89.4 %; tuning set pass/fail 96.2 %, every element ≥ 88.5 %; the 44 later replies
pass/fail 97.7 %, every element ≥ 90.9 % (language: the engine's findings; before the rules were adjusted
to them, the first 26 agreed on pass/fail 88.5 %). The thresholds below are those figures
minus a small margin, so a change to the word lists that makes the scorer worse fails here.
The fresh replies (tuning_fresh.toml, 187 replies to the built-in tasks and to messages outside them, labelled
before the scorecard saw them): pass/fail 82.2 % on the first 118 at first, 97.3 % on all after the rules
were generalised, every element ≥ 94.7 %.
The wild replies (tuning_wild.toml, 102 replies in voices and shapes unlike the other sets, labelled and committed
before the scorecard saw them): pass/fail 86.3 % at first (solution 89.2 %, empathy 93.1 %), 98.0 % after the
rules were generalised, every element ≥ 97.1 %.
The blind replies A (tuning_blind_a.toml, 137 replies written and labelled from the rubric alone, before their writer
read the scorecard or any other set): pass/fail 87.6 % at first (solution 87.6 %, name 88.3 %, empathy 91.2 %, safety
96.4 %), 94.9 % after the rules for safety, tone, solution and style were generalised.
The held-out part (heldout.toml) is deliberately not tested: it is only measured, never tuned on.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_scorecard", ROOT / "tests" / "bench" / "eval_scorecard.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_scorecard", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def agreement():
    ev = _eval_module()
    return ev.measure(grammar=ev.grammar_callable())


@pytest.fixture(scope="module")
def tuning_agreement():
    ev = _eval_module()
    return ev.measure(ev.load_cases(ev.SETS["tuning"]), grammar=ev.grammar_callable())


@pytest.fixture(scope="module")
def fresh_agreement():
    ev = _eval_module()
    return ev.measure(ev.load_cases(ev.SETS["fresh"]), grammar=ev.grammar_callable())


@pytest.fixture(scope="module")
def wild_agreement():
    ev = _eval_module()
    return ev.measure(ev.load_cases(ev.SETS["wild"]), grammar=ev.grammar_callable())


@pytest.fixture(scope="module")
def more_agreement():
    ev = _eval_module()
    return ev.measure(ev.load_cases(ev.SETS["more"]), grammar=ev.grammar_callable())


def test_labelled_set_is_big_enough():
    cases = _eval_module().load_cases()
    assert len(cases) >= 60
    assert len({c["id"] for c in cases}) == len(cases)


def test_pass_fail_agreement(agreement):
    assert agreement.pass_fail >= 94.0, agreement.disagreements


def test_per_element_agreement(agreement):
    low = {e: pct for e, pct in agreement.per_element.items() if pct < 87.0}
    assert not low, (low, agreement.disagreements)


def test_tuning_set_agreement(tuning_agreement):
    assert tuning_agreement.cases >= 130
    assert tuning_agreement.pass_fail >= 93.0, tuning_agreement.disagreements
    low = {e: pct for e, pct in tuning_agreement.per_element.items() if pct < 88.0}
    assert not low and "safety" in tuning_agreement.per_element, (low, tuning_agreement.disagreements)


def test_later_replies_agreement(more_agreement):
    assert more_agreement.cases >= 44
    assert more_agreement.pass_fail >= 95.0, more_agreement.disagreements
    low = {e: pct for e, pct in more_agreement.per_element.items() if pct < 88.0}
    assert not low, (low, more_agreement.disagreements)


def test_fresh_replies_agreement(fresh_agreement):
    """tuning_fresh.toml: 187 replies labelled before the scorecard was run on them (82.2 % on pass/fail then)."""
    assert fresh_agreement.cases >= 187
    assert fresh_agreement.pass_fail >= 94.0, fresh_agreement.disagreements
    low = {e: pct for e, pct in fresh_agreement.per_element.items() if pct < 90.0}
    assert not low, (low, fresh_agreement.disagreements)


def test_wild_replies_agreement(wild_agreement):
    """tuning_wild.toml: terse, chatty, non-native, bureaucratic, templated and split replies, half-answers and
    sympathy said indirectly — 86.3 % on pass/fail before the rules were generalised."""
    assert wild_agreement.cases >= 102
    assert wild_agreement.pass_fail >= 95.0, wild_agreement.disagreements
    low = {e: pct for e, pct in wild_agreement.per_element.items() if pct < 94.0}
    assert not low, (low, wild_agreement.disagreements)


@pytest.fixture(scope="module")
def blind_a_agreement():
    ev = _eval_module()
    return ev.measure(ev.load_cases(ev.SETS["blind_a"]), grammar=ev.grammar_callable())


def test_blind_a_replies_agreement(blind_a_agreement):
    """tuning_blind_a.toml: replies written blind to the scorecard — 87.6 % on pass/fail at first."""
    assert blind_a_agreement.cases >= 137
    assert blind_a_agreement.pass_fail >= 92.0, blind_a_agreement.disagreements
    low = {e: pct for e, pct in blind_a_agreement.per_element.items() if pct < 87.0}
    assert not low and blind_a_agreement.per_element["safety"] >= 98.0, (low, blind_a_agreement.disagreements)
