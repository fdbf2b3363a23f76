"""The department report's inputs: a certificate is read only when it verifies."""

import pytest

from app.certs.pdf_writer import write_pdf
from tests.certs import forge


def test_department_report_takes_a_valid_certificate_and_refuses_an_edited_one(qapp, tmp_path):
    from app.reports.inputs import InputError, read_candidates

    good = tmp_path / "petrova.pdf"
    write_pdf(forge.evidence(), good)
    [row] = read_candidates(good)
    assert row.name == "Анна Петрова"
    assert row.figures["quiz_score"] == 90.0
    assert row.figures["best_timed_cpm"] >= 200
    assert row.sources == ("petrova.pdf (сертификат)",)

    ev = forge.evidence(name="Иван Сидоров")
    next(f for f in ev["figures"] if f["key"] == "quiz_percent")["reached"] = 100.0
    bad = tmp_path / "sidorov.pdf"
    write_pdf(ev, bad)
    with pytest.raises(InputError) as err:
        read_candidates(bad)
    assert "sidorov.pdf" in str(err.value) and "Тест по этикету" in str(err.value)
