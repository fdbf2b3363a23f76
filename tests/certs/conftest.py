"""A genuine certificate, written by the program's own writer, for the certificate tests."""

from __future__ import annotations

import pytest

from app.certs.pdf_writer import write_pdf
from tests.certs import forge


@pytest.fixture(scope="module")
def genuine():
    return forge.evidence()


@pytest.fixture
def cert(qapp, tmp_path, genuine):
    out = tmp_path / "genuine.pdf"
    write_pdf(genuine, out)
    return out
