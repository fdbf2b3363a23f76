"""What a profile's attempts reach against a pack's certificate requirements, and what is unmet."""

import pytest

from app.core.cert_evidence import build_evidence, collect, describe_unmet
from app.core.thresholds import CertificateThresholds
from tests.core.cert_fixtures import human_log, pack, qualifying_rows


def _collect(rows, log, p=None):
    p = p or pack()
    return collect(rows, p, lambda attempt_id: log)


def test_a_good_profile_is_eligible_with_recomputed_figures():
    log = human_log()
    elig = _collect(qualifying_rows(log), log)
    assert elig.kinds == ("typing", "grammar", "correspondence", "quiz")
    figs = {f.key: f for f in elig.figures}
    assert figs["grammar_percent"].reached == 90.0
    assert figs["correspondence_score"].reached == 87.0 and figs["correspondence_tasks"].reached == 5
    assert figs["quiz_percent"].reached == 90.0
    assert figs["typing_minutes"].reached == 3.0
    assert 200 < figs["typing_cpm"].reached < 320
    assert elig.eligible, describe_unmet(elig)


def test_unmet_requirements_are_named_with_figures():
    log = human_log()
    rows = [r for r in qualifying_rows(log) if r.kind != "correspondence" or r.exercise_id != "c4"]
    elig = _collect(rows, log, pack(typing_cpm=900))
    lines = describe_unmet(elig)
    assert not elig.eligible
    assert any(line.startswith("Скорость:") and "нужно 900 зн/мин" in line for line in lines)
    assert any(line.startswith("Переписка, заданий: 4") and "нужно 5" in line for line in lines)
    with pytest.raises(ValueError, match="требования не выполнены"):
        build_evidence(elig, name="Иван", profile="ivan", pack=pack(typing_cpm=900),
                       th=CertificateThresholds(typing_cpm=900))


def test_flagged_typing_test_never_qualifies():
    log = human_log()
    rows = qualifying_rows(log)
    rows[0].details["plausibility"] = {"consistency": 99.0, "flags": [{"code": "uniform", "detail": "..."}]}
    elig = _collect(rows, log)
    assert elig.raw.get("typing") is None
    assert [f.reached for f in elig.figures if f.key == "typing_cpm"] == [None]
    assert not elig.eligible


def test_short_timed_test_does_not_qualify():
    log = human_log(seconds=59)
    rows = qualifying_rows(log)
    rows[0].details["time_limit"] = 60.0
    assert "typing" not in _collect(rows, log).raw


def test_pasted_text_in_evidence_is_reported_by_the_verifier():
    log = human_log()
    for r in log[100:110]:  # ten characters arriving at the same instant
        r[0] = log[100][0]
    elig = _collect(qualifying_rows(log), log)
    assert elig.flags and not elig.eligible
