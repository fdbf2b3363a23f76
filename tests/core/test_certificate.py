"""Certificate figures recomputed from the embedded data alone, and the verification code over that data."""

from app.core.cert_verify import verify_evidence
from app.core.certificate import figures_from_raw, keystrokes_from_rows, typing_figures, verification_code
from app.core.thresholds import CertificateThresholds
from tests.core.cert_fixtures import evidence, human_log


def test_code_format_and_clean_evidence_verifies():
    ev = evidence()
    assert ev["pack"] == {"id": "support-basics", "title": "Основы поддержки", "version": "1.2.0",
                          "content_hash": "ab12" * 16}
    code = ev["code"]
    assert len(code) == 24 and code.count("-") == 4 and code == verification_code(ev)
    report = verify_evidence(ev)
    assert report.valid, report.mismatches


def test_the_code_ignores_key_order_and_itself_but_not_a_changed_value():
    ev = evidence()
    code = verification_code(ev)
    assert verification_code(dict(reversed(list(ev.items())))) == code
    assert verification_code({**ev, "code": "AAAA-BBBB-CCCC-DDDD-EEEE"}) == code
    assert verification_code({**ev, "name": "Анна Петрова "}) != code
    assert set(code) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567-")


def test_figures_come_from_the_answers_and_a_kind_without_data_reaches_nothing():
    th = CertificateThresholds()
    raw = {"grammar": {"exercises": 4, "answers": [{"accepted": True}, {"accepted": True}, {"accepted": False}]},
           "quiz": {"order": ["q1", "q2", "q3"], "right": ["q1", "q3"]}}
    figures, flags = figures_from_raw(("grammar", "correspondence", "quiz"), raw, th)
    by_key = {f.key: f.reached for f in figures}
    assert by_key == {"grammar_percent": 50.0, "correspondence_score": None, "correspondence_tasks": 0,
                      "quiz_percent": 66.7}
    assert flags == []


def test_keys_pressed_after_the_time_limit_are_flagged():
    log = human_log(seconds=65)
    raw = {"keystrokes": log, "text_length": 900, "time_limit": 60.0}
    figures, flags = typing_figures(raw, CertificateThresholds())
    assert [f.reached for f in figures if f.key == "typing_minutes"] == [1.0]
    assert any(flag.startswith("нажатия продолжаются после конца теста") and "лимите 60 с" in flag for flag in flags)


def test_embedded_rows_become_keystrokes():
    [k] = keystrokes_from_rows([[1.5, 3, "а", "f", 0, 1]])
    assert (k.t, k.position, k.expected, k.typed, k.correct, k.wrong_layout) == (1.5, 3, "а", "f", False, True)
