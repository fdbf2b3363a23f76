"""The evaluation set is well-formed, and pylat-ru with our rules still catches what it caught.

The thresholds are the figures measured with ``tests/bench/eval_grammar.py`` (pylat-ru at the
picky level without the rules of ``tuning.DISABLED_PYLAT_RULES``, plus our rules) minus a small
margin, so a regression in a rule or in the set fails here.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import eval_grammar  # noqa: E402

from app.core.grammar.rules import check_rules  # noqa: E402
from app.core.grammar.rules.tuning import DISABLED_PYLAT_RULES  # noqa: E402

MIN_RECALL = {"spelling": 0.93, "grammar": 0.92, "punctuation": 0.95, "typography": 0.95, "style": 0.95}
MIN_RECALL_OVERALL = 0.95
MAX_FALSE_ALARM_RATE = 0.02  # share of correct sentences with any finding
MAX_STRAY_PER_SENTENCE = 0.01


@pytest.fixture(scope="module")
def sentences():
    return eval_grammar.load_set()


@pytest.fixture(scope="module")
def tuned_score(sentences):
    from pylat_ru import LEVEL_PICKY, LanguageToolRU

    lt = LanguageToolRU(disabled_rules=list(DISABLED_PYLAT_RULES))

    def check(text):
        spans = [eval_grammar.Span(m.offset, m.length, m.rule_id) for m in lt.check(text, level=LEVEL_PICKY)]
        return spans + [eval_grammar.Span(f.offset, f.length, f.rule_id) for f in check_rules(text, "ru")]

    return eval_grammar.score(sentences, check)


def test_set_is_large_varied_and_well_formed(sentences):
    assert len(sentences) >= 150
    correct = sum(not s.errors for s in sentences)
    assert 0.2 <= correct / len(sentences) <= 0.3
    assert len({s.text for s in sentences}) == len(sentences)
    for s in sentences:
        for e in s.errors:
            assert s.text[e.start:e.end] == e.fragment
    categories = {e.category for s in sentences for e in s.errors}
    assert categories == set(eval_grammar.CATEGORIES)


def test_a_bad_fragment_is_refused(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[sentence]]\ntext = "Добрый день Иван!"\n'
                   'errors = [{category = "punctuation", fragment = "день, Иван"}]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="день, Иван"):
        eval_grammar.load_set(bad)


def test_our_rules_alone_never_flag_a_correct_sentence(sentences):
    flagged = [s.text for s in sentences if not s.errors and check_rules(s.text, "ru")]
    assert flagged == []


def test_recall_and_false_alarms_with_pylat(tuned_score):
    s = tuned_score
    for category, minimum in MIN_RECALL.items():
        assert s.recall(category) >= minimum, (category, s.misses)
    assert s.recall() >= MIN_RECALL_OVERALL
    assert s.false_alarm_rate <= MAX_FALSE_ALARM_RATE, s.strays
    assert s.stray_per_sentence <= MAX_STRAY_PER_SENTENCE, s.strays
