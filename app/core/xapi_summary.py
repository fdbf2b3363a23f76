"""A department's summary from xAPI statements read back from the LRS: one row per candidate.

The same figures as from exported files (app/core/results_export.profile_summary), computed from
what docs/xapi.md puts in a statement. Statements of other programs (another platform, another
statement profile) in the same LRS are left out. Voided statements are left out here too: xAPI
1.0.3 says the LRS must not return them, but not every LRS keeps to it (Ralph 5.1 returns them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.core import xapi
from app.core.candidates import FIGURES, CandidateRow, merge
from app.core.results_export import profile_summary


def is_ours(statement: Mapping[str, Any]) -> bool:
    """A statement of this statement profile (it names the profile as a category)."""
    context = statement.get("context") or {}
    categories = (context.get("contextActivities") or {}).get("category") or []
    return any(isinstance(c, Mapping) and c.get("id") == xapi.PROFILE_IRI for c in categories)


def actor_key(actor: Mapping[str, Any]) -> str:
    """The inverse functional identifier of an agent (account or mbox), as one string."""
    account = actor.get("account")
    if isinstance(account, Mapping):
        return f"{account.get('homePage', '')}|{account.get('name', '')}"
    return str(actor.get("mbox") or actor.get("mbox_sha1sum") or actor.get("openid") or "")


def actor_name(actor: Mapping[str, Any]) -> str:
    account = actor.get("account")
    if actor.get("name"):
        return str(actor["name"])
    if isinstance(account, Mapping) and account.get("name"):
        return str(account["name"])
    return str(actor.get("mbox") or "").removeprefix("mailto:") or "без имени"


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def attempt_of(statement: Mapping[str, Any]) -> dict | None:
    """The fields profile_summary reads, from one of our attempt statements; None for any other."""
    if not is_ours(statement) or (statement.get("verb") or {}).get("id") == xapi.VERBS["voided"]:
        return None
    result = statement.get("result") or {}
    ext = result.get("extensions") or {}
    kind = ext.get(xapi.EXT["kind"])
    if not isinstance(kind, str):
        return None
    flags = ext.get(xapi.EXT["flags"])
    score = (result.get("score") or {}).get("raw")
    return {"kind": kind, "cpm": _number(ext.get(xapi.EXT["cpm"])),
            "accuracy": _number(ext.get(xapi.EXT["accuracy"])), "score": _number(score),
            "flags": [str(f) for f in flags] if isinstance(flags, list) else []}


def candidates(statements: Iterable[Mapping[str, Any]], source: str) -> list[CandidateRow]:
    """One row per actor: the figures of all their attempts, as a department report shows them."""
    statements = list(statements)
    voided = {str((s.get("object") or {}).get("id")) for s in statements
              if (s.get("verb") or {}).get("id") == xapi.VERBS["voided"]}
    attempts: dict[str, list[dict]] = {}
    names: dict[str, str] = {}
    for statement in statements:
        if statement.get("id") in voided:
            continue
        attempt = attempt_of(statement)
        actor = statement.get("actor")
        if attempt is None or not isinstance(actor, Mapping):
            continue
        key = actor_key(actor)
        attempts.setdefault(key, []).append(attempt)
        names.setdefault(key, actor_name(actor))
    rows = []
    for key, records in attempts.items():
        summary = profile_summary(records)
        rows.append(CandidateRow(names[key], {f: summary.get(f) for f in FIGURES}, summary["attempts"],
                                 summary["flagged"], (source,)))
    return merge(rows)
