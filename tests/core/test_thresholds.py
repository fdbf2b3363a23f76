"""Thresholds: a profile, the settings and a pack accept the same ranges; the defaults are one each."""

from types import SimpleNamespace

from app.core.preferences import Preferences, from_stored
from app.core.thresholds import (
    CPM_RANGE,
    LESSON_ACCURACY,
    LESSON_CPM,
    PERCENT_RANGE,
    CertificateThresholds,
    LessonThresholds,
)
from tests.core.cert_fixtures import pack


def test_a_profile_accepts_the_declared_ranges_and_no_more():
    lo, hi = CPM_RANGE
    prefs, ignored = from_stored({"min_cpm": hi, "min_accuracy": PERCENT_RANGE[1]})
    assert (prefs.min_cpm, prefs.min_accuracy, ignored) == (hi, 100.0, [])
    prefs, ignored = from_stored({"min_cpm": lo - 1, "min_accuracy": 100.5})
    assert (prefs.min_cpm, prefs.min_accuracy) == (LESSON_CPM, LESSON_ACCURACY)
    assert sorted(ignored) == ["min_accuracy", "min_cpm"]


def test_a_new_profile_uses_the_lesson_defaults():
    assert Preferences().thresholds == LessonThresholds() == LessonThresholds(LESSON_CPM, LESSON_ACCURACY)


def test_certificate_thresholds_take_what_a_pack_sets():
    rules = SimpleNamespace(typing_cpm=250, typing_accuracy=None, quiz_percent=90)
    th = CertificateThresholds.from_rules(rules)
    assert (th.typing_cpm, th.typing_accuracy, th.quiz_percent) == (250, 96.0, 90)
    assert th.to_dict()["typing_minutes"] == 3


def test_defaults_and_pack_overrides():
    th = CertificateThresholds.from_rules(pack().manifest.certificate)
    assert (th.typing_cpm, th.typing_accuracy, th.typing_minutes) == (200.0, 96.0, 3)
    assert (th.grammar_percent, th.correspondence_score, th.quiz_percent) == (80.0, 80.0, 80.0)
    th = CertificateThresholds.from_rules(pack(typing_cpm=300, quiz_percent=90).manifest.certificate)
    assert th.typing_cpm == 300 and th.quiz_percent == 90 and th.grammar_percent == 80.0
