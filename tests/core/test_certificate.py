from datetime import date

import pytest

from app.core.cert_evidence import build_evidence, collect, describe_unmet
from app.core.cert_verify import verify_evidence
from app.core.certificate import verification_code
from app.core.thresholds import CertificateThresholds
from tests.core.cert_fixtures import human_log, pack, qualifying_rows


def _collect(rows, log, p=None):
    p = p or pack()
    return collect(rows, p, lambda attempt_id: log)


def test_defaults_and_pack_overrides():
    th = CertificateThresholds.from_rules(pack().manifest.certificate)
    assert (th.typing_cpm, th.typing_accuracy, th.typing_minutes) == (200.0, 96.0, 3)
    assert (th.grammar_percent, th.correspondence_score, th.quiz_percent) == (80.0, 80.0, 80.0)
    th = CertificateThresholds.from_rules(pack(typing_cpm=300, quiz_percent=90).manifest.certificate)
    assert th.typing_cpm == 300 and th.quiz_percent == 90 and th.grammar_percent == 80.0


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


def _evidence():
    log = human_log()
    p = pack()
    th = CertificateThresholds.from_rules(p.manifest.certificate)
    elig = collect(qualifying_rows(log), p, lambda _: log, th)
    return build_evidence(elig, name="Анна Петрова", profile="anna", pack=p, th=th, issued=date(2026, 12, 4))


def test_code_format_and_clean_evidence_verifies():
    ev = _evidence()
    assert ev["pack"] == {"id": "support-basics", "title": "Основы поддержки", "version": "1.2.0",
                          "content_hash": "ab12" * 16}
    code = ev["code"]
    assert len(code) == 24 and code.count("-") == 4 and code == verification_code(ev)
    report = verify_evidence(ev)
    assert report.valid, report.mismatches


def test_changed_figure_is_reported_in_words():
    ev = _evidence()
    cpm = next(f for f in ev["figures"] if f["key"] == "typing_cpm")
    real = cpm["reached"]
    cpm["reached"] = real + 40
    report = verify_evidence(ev)
    assert f"Скорость: в сертификате {real + 40:g} зн/мин, по вложенным данным {real:g} зн/мин" in report.mismatches
    assert any(m.startswith("Код проверки:") for m in report.mismatches)


def test_doctored_keystrokes_with_a_recomputed_code_still_fail_on_speed():
    ev = _evidence()
    for k in ev["raw"]["typing"]["keystrokes"]:
        k[0] *= 1.6  # slower typing, code recomputed by a forger who kept the stated figures
    ev["code"] = verification_code(ev)
    report = verify_evidence(ev)
    assert [m for m in report.mismatches if m.startswith("Скорость: в сертификате")]
    assert not any(m.startswith("Код проверки") for m in report.mismatches)


def test_not_evidence_at_all_is_a_clear_error():
    with pytest.raises(ValueError, match="данные сертификата повреждены"):
        verify_evidence({"name": "x"})


def test_text_put_in_place_of_a_figure_is_reported_not_crashed():
    ev = _evidence()
    next(f for f in ev["figures"] if f["key"] == "grammar_percent")["reached"] = "девяносто"
    assert "Грамматика: в сертификате «девяносто» %, по вложенным данным 90 %" in verify_evidence(ev).mismatches
