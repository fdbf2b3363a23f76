"""The scorecard agrees with the hand-labelled replies (tests/core/data/replies_labelled.toml).

Measured with ``python tests/bench/eval_scorecard.py``: pass/fail 95.5 %, every element ≥ 90.9 %.
The thresholds below are those figures minus a small margin, so a change to the word lists that
makes the scorer worse fails here.
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


def test_labelled_set_is_big_enough():
    cases = _eval_module().load_cases()
    assert len(cases) >= 60
    assert len({c["id"] for c in cases}) == len(cases)


def test_pass_fail_agreement(agreement):
    assert agreement.pass_fail >= 92.0, agreement.disagreements


def test_per_element_agreement(agreement):
    low = {e: pct for e, pct in agreement.per_element.items() if pct < 87.0}
    assert not low, (low, agreement.disagreements)
