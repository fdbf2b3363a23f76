"""A certificate PDF → verification report (evidence recomputed, the page compared, answers re-graded).

The answers are re-graded only against the pack the certificate names, found
by its content hash: the pack given explicitly, a built-in one, or one
installed in the data directory.
"""

from __future__ import annotations

from pathlib import Path

from app.certs.page_compare import page_differences
from app.certs.pdf_reader import NotACertificate, open_pdf, read_bytes, read_evidence
from app.core.cert_regrade import Check
from app.core.cert_verify import GRADED_KINDS, Report, verify_evidence
from app.core.grammar.offline import embedded_check
from app.core.content import Pack


def evidence_pack(evidence: dict, data_dir: Path | None, pack_path: Path | None) -> tuple[Pack | None, list[str]]:
    """(the pack with the id and content hash the evidence names, or None; notes on a pack that could not be read)."""
    from app.packs.loader import read_pack
    from app.packs.problems import PackError
    from app.packs.registry import builtin_dir, installed_dir, scan_dir

    raw, info = evidence.get("raw"), evidence.get("pack")
    if not isinstance(raw, dict) or not isinstance(info, dict) or not any(raw.get(k) for k in GRADED_KINDS):
        return None, []  # no answers to re-grade: no pack needed
    notes: list[str] = []
    candidates: list[Pack] = []
    if pack_path is not None:
        try:
            candidates.append(read_pack(pack_path))
        except PackError as exc:
            notes.append(f"Пакет {pack_path} не прочитан: {exc}")
    candidates += scan_dir(builtin_dir(), True).packs
    if data_dir is not None:
        candidates += scan_dir(installed_dir(data_dir), False).packs
    wanted = (info.get("id"), info.get("content_hash"))
    return next((p for p in candidates if (p.id, p.content_hash) == wanted), None), notes


def verify_pdf(path: Path, *, data_dir: Path | None = None, pack_path: Path | None = None,
               check: Check = embedded_check) -> tuple[dict, Report]:
    """(evidence, report); raises NotACertificate when the file is not a readable certificate.

    ``check`` re-grades grammar answers with the embedded engine; the window passes one that asks
    the engine process, so the window's own process never loads the morphology."""
    data = read_bytes(path)
    evidence = read_evidence(open_pdf(data, path), path)
    pack, notes = evidence_pack(evidence, data_dir, pack_path)
    try:
        report = verify_evidence(evidence, pack=pack, check=check)
    except ValueError as exc:
        raise NotACertificate(f"{path}: {exc}") from exc
    report.notes[:0] = notes
    report.mismatches += page_differences(data, evidence, path)
    return evidence, report
