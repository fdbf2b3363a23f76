"""Certificates: what a profile has reached on a pack, the evidence of an eligible one, and
verifying a certificate file. Writing the PDF needs Qt (app/certs/pdf_writer.py): the caller
passes the writer, so this module stays without Qt."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.core.cert_evidence import Eligibility, build_evidence, certificate_name, collect
from app.core.thresholds import CertificateThresholds
from app.core.content import Pack
from app.core.cert_regrade import Check
from app.core.cert_verify import Report
from app.core.grammar.offline import embedded_check
from app.services.errors import ServiceError
from app.storage import Profile
from app.storage.attempts import AttemptRepo
from app.storage.store import Store
from app.core.phrase import phrase

WritePdf = Callable[[dict, Path], object]


def eligibility(attempts: AttemptRepo, pack: Pack, profile_id: int) -> Eligibility:
    """What the profile's attempts on ``pack`` reach against the pack's certificate requirements."""
    rows = attempts.list(profile_id, pack_id=pack.id)
    return collect(rows, pack, lambda aid: [list(r) for b in attempts.keystroke_batches(aid) for r in b],
                   CertificateThresholds.from_rules(pack.manifest.certificate))


def evidence(elig: Eligibility, pack: Pack, profile: Profile, name: str, lang: str,
             issued: date | None = None) -> dict:
    """The evidence document of an eligible profile (raises ValueError naming what is unmet)."""
    return build_evidence(elig, name=name, profile=profile.name, pack=pack,
                          th=CertificateThresholds.from_rules(pack.manifest.certificate), lang=lang, issued=issued)


def export_certificate(store: Store, pack: Pack, profile_name: str, name: str, lang: str, path: Path,
                       write_pdf: WritePdf) -> Eligibility:
    """Issue the certificate of the profile called ``profile_name`` to ``path`` if it is eligible;
    return the eligibility either way (the file is written only when eligible).

    Raises ServiceError for an unknown profile or a name that cannot be printed, OSError when the
    file cannot be written."""
    profile = next((p for p in store.profiles.list() if p.name == profile_name), None)
    if profile is None:
        raise ServiceError(phrase("профиль «{profile_name}» не найден.", profile_name=profile_name))
    try:
        name = certificate_name(name)
    except ValueError as exc:
        raise ServiceError(phrase("{error}.", error=exc.args[0] if exc.args else str(exc))) from None
    elig = eligibility(store.attempts, pack, profile.id)
    if elig.eligible:
        write_pdf(evidence(elig, pack, profile, name, lang), Path(path))
    return elig


def verify_certificate(path: Path, data_dir: Path | None, pack_path: Path | None = None,
                       check: Check = embedded_check) -> tuple[dict, Report]:
    """Recompute a certificate file's figures from its embedded data and re-grade its answers against
    the pack it names (given, built in or installed). Raises NotACertificate for an unreadable file."""
    from app.certs.verify_file import verify_pdf  # Qt on use: the page is rebuilt and rendered to compare
    return verify_pdf(Path(path), data_dir=data_dir, pack_path=pack_path, check=check)
