"""Verifying a certificate's evidence: figures recomputed from the raw data, every difference said in words."""

import pytest

from app.core.cert_verify import verify_evidence
from app.core.certificate import verification_code
from tests.core.cert_fixtures import evidence


def test_changed_figure_is_reported_in_words():
    ev = evidence()
    cpm = next(f for f in ev["figures"] if f["key"] == "typing_cpm")
    real = cpm["reached"]
    cpm["reached"] = real + 40
    report = verify_evidence(ev)
    assert f"Скорость: в сертификате {real + 40:g} зн/мин, по вложенным данным {real:g} зн/мин" in report.mismatches
    assert any(m.startswith("Код проверки:") for m in report.mismatches)


def test_doctored_keystrokes_with_a_recomputed_code_still_fail_on_speed():
    ev = evidence()
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
    ev = evidence()
    next(f for f in ev["figures"] if f["key"] == "grammar_percent")["reached"] = "девяносто"
    assert "Грамматика: в сертификате «девяносто» %, по вложенным данным 90 %" in verify_evidence(ev).mismatches
