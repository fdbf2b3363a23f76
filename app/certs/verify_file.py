"""A certificate PDF → verification report (evidence recomputed, printed figures compared)."""

from __future__ import annotations

from pathlib import Path

from app.certs.pdf_reader import NotACertificate, printed_figures, read
from app.core.cert_verify import Report, verify_evidence


def verify_pdf(path: Path) -> tuple[dict, Report]:
    """(evidence, report); raises NotACertificate when the file is not a readable certificate."""
    evidence, text = read(path)
    printed = printed_figures(text, evidence.get("lang", "ru"))
    try:
        report = verify_evidence(evidence, printed)
    except ValueError as exc:
        raise NotACertificate(f"{path}: {exc}") from exc
    for key, what in (("code", "код проверки"), ("name", "имя")):
        if key not in printed:
            report.mismatches.append(f"На странице не найден(о) {what}: текст сертификата изменён")
    return evidence, report
