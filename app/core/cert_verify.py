"""Verifying a certificate's evidence: recompute, compare, list every mismatch in Russian.

The figures are recomputed from the embedded raw data with
:func:`app.core.certificate.figures_from_raw` (the exporter's own function:
metrics.summarise and plausibility.assess for the typing test), then compared
with the figures the evidence states (the page itself is compared with the
page rebuilt from the evidence, in app.certs.page_compare); the verification code is recomputed over the
evidence. Given the pack the evidence names (same content hash), the answers
themselves are graded again (:mod:`app.core.cert_regrade`); without it the
report says, as a note, that they were not. Honest limit: this proves the figures match the embedded data and
that nothing was edited after export, not that the data was not fabricated by
someone running this code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.cert_regrade import REGRADED_NAMES, Check, regrade
from app.core.certificate import LABELS, figures_from_raw, verification_code
from app.core.phrase import joined, phrase
from app.core.records import GradedKind
from app.core.thresholds import CertificateThresholds

GRADED_KINDS = tuple(GradedKind)  # kinds whose raw data holds answers to re-grade
# What malformed evidence makes the recomputation raise (a key time of 1e308: OverflowError).
MALFORMED = (KeyError, TypeError, ValueError, AttributeError, IndexError, ArithmeticError)


@dataclass
class Report:
    mismatches: list[str] = field(default_factory=list)
    figures: list = field(default_factory=list)  # recomputed Figure objects
    notes: list[str] = field(default_factory=list)  # what was not checked; not a failure
    regraded: list[str] = field(default_factory=list)  # the kinds whose answers were graded again

    def regraded_sentence(self) -> str:
        """«Ответы заново проверены по пакету: тест, грамматика.», or "" when none were."""
        if not self.regraded:
            return ""
        return phrase("Ответы заново проверены по пакету: {kinds}.",
                      kinds=joined(", ", [REGRADED_NAMES[k] for k in self.regraded]))

    @property
    def valid(self) -> bool:
        return not self.mismatches


def _num(value: Any) -> str:
    if value is None:
        return "—"
    return f"{value:g}" if isinstance(value, (int, float)) else f"«{value}»"  # an edit may put text there


def _unit(key: str) -> str:
    unit = LABELS[key][1] if key in LABELS else ""
    return joined(" ", ["", unit]) if unit else ""


def not_found_note(pack_info: Mapping[str, Any]) -> str:
    return phrase("Ответы не перепроверены: пакет «{pack}» версии {version} (хеш {hash}) не найден",
                  pack=str(pack_info.get("id")), version=str(pack_info.get("version")),
                  hash=str(pack_info.get("content_hash")))


def _damaged(exc: Exception) -> ValueError:
    return ValueError(phrase("данные сертификата повреждены или неполны ({error})",
                             error=f"{type(exc).__name__}: {exc}"))


def verify_evidence(evidence: Mapping[str, Any], *, pack: Any = None, check: Check | None = None) -> Report:
    """Every way ``evidence`` fails to hold (the printed page is compared by app.certs.page_compare).

    ``pack`` is the exercise pack the evidence names, when one was found, and ``check`` the grammar
    engine; the answers are re-graded only if the pack's content hash is the one in the evidence.
    Raises ValueError with a Russian message when the document is not certificate evidence at all.
    """
    try:
        th = CertificateThresholds(**evidence["thresholds"])
        kinds = list(evidence["kinds"])
        stated = {f["key"]: f for f in evidence["figures"]}
        raw = evidence["raw"]
        recomputed, flags = figures_from_raw(kinds, raw, th)
        pack_info = dict(evidence["pack"])
    except MALFORMED as exc:
        raise _damaged(exc) from exc
    report = Report(figures=recomputed)
    out = report.mismatches
    if any(raw.get(k) for k in GRADED_KINDS):
        if pack is not None and check is not None and (pack.id, pack.content_hash) == (
                pack_info.get("id"), pack_info.get("content_hash")):
            try:
                regraded = regrade(raw, pack, check)
            except MALFORMED as exc:
                raise _damaged(exc) from exc
            out += regraded.mismatches
            report.notes += regraded.notes
            report.regraded = regraded.kinds
        else:
            report.notes.append(not_found_note(pack_info))
    code = verification_code(evidence)
    if evidence.get("code") != code:
        out.append(phrase("Код проверки: в сертификате {stated}, по вложенным данным {code}",
                          stated=str(evidence.get("code")), code=code))
    seen = set()
    for fig in recomputed:
        seen.add(fig.key)
        claim = stated.get(fig.key)
        if claim is None:
            out.append(phrase("{label}: в сертификате не указано, по данным {value}{unit}",
                              label=fig.label, value=_num(fig.reached), unit=_unit(fig.key)))
            continue
        if claim.get("reached") != fig.reached:
            out.append(phrase("{label}: в сертификате {stated}{unit}, по вложенным данным {value}{unit}",
                              label=fig.label, stated=_num(claim.get("reached")), value=_num(fig.reached),
                              unit=_unit(fig.key)))
        if claim.get("required") != fig.required:
            out.append(phrase("{label}: требование в сертификате {stated}{unit}, по порогам пакета {value}{unit}",
                              label=fig.label, stated=_num(claim.get("required")), value=_num(fig.required),
                              unit=_unit(fig.key)))
        if not fig.met:
            out.append(phrase("{label}: {value}{unit} не достигает требуемых {required}{unit}",
                              label=fig.label, value=_num(fig.reached), required=_num(fig.required),
                              unit=_unit(fig.key)))
    for key in stated.keys() - seen:
        out.append(phrase("Лишний показатель в сертификате: {key}", key=str(key)))
    out += [phrase("Правдоподобие теста на время: {flag}", flag=flag) for flag in flags]
    return report
