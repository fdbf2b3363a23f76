"""xAPI 1.0.3 statements of finished attempts: the statement profile of docs/xapi.md, in one place.

Pure data shaping (no I/O): storage queues what :func:`attempt_statement` builds in the
transaction that saves the attempt, the sender only delivers it. Attempts are duck-typed (anything
with AttemptRow's fields), so the core does not depend on storage.

Identifiers are derived, never random, so that a re-send is recognised by the LRS as the same
statement (xAPI: same id and same content → no duplicate; 409 Conflict on PUT):
- statement id = UUIDv5(profile UUID, "attempt/<attempt id>"); its voiding statement uses "void/<id>";
- registration = UUIDv5(profile UUID, "pack/<pack id>"): one per profile and pack.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from app.core.content import PackManifest
from app.core.records import (GradedKind, GrammarRecord, QuizRecord, ReplyRecord, ShiftRecord, TypingKind,
                              TypingRecord)
from app.core.records import read as read_record
from app.core.phrase import phrase

XAPI_VERSION = "1.0.3"

# Our own IRIs: the statement profile, its extensions and the default activity ids. A URN, because
# the project owns no web domain; a department that has one declares its own activity base in the pack.
PROFILE_IRI = "urn:chat-trainer:xapi:profile:1"
EXTENSION_BASE = "urn:chat-trainer:xapi:ext:"
DEFAULT_ACTIVITY_BASE = "urn:chat-trainer:pack:"

ADL_VERB = "http://adlnet.gov/expapi/verbs/"
VERBS = {name: ADL_VERB + name for name in
         ("attempted", "completed", "passed", "failed", "answered", "scored", "voided")}
VERB_DISPLAY = {"attempted": ("попытка", "attempted"), "completed": ("выполнено", "completed"),
                "passed": ("пройдено", "passed"), "failed": ("не пройдено", "failed"),
                "answered": ("ответ", "answered"), "scored": ("оценено", "scored"),
                "voided": ("аннулировано", "voided")}

ADL_ACTIVITY = "http://adlnet.gov/expapi/activities/"
ACTIVITY_TYPES = {
    TypingKind.LESSON: ADL_ACTIVITY + "lesson",
    TypingKind.TIMED: ADL_ACTIVITY + "assessment",
    TypingKind.CUSTOM: ADL_ACTIVITY + "performance",
    TypingKind.ADAPTIVE: ADL_ACTIVITY + "performance",
    GradedKind.GRAMMAR: ADL_ACTIVITY + "question",
    GradedKind.CORRESPONDENCE: ADL_ACTIVITY + "performance",
    "shift": ADL_ACTIVITY + "simulation",
    GradedKind.QUIZ: ADL_ACTIVITY + "assessment",
}
COURSE_TYPE = ADL_ACTIVITY + "course"

# Extension keys (result unless noted); the values are documented in docs/xapi.md.
EXT = {name: EXTENSION_BASE + name for name in (
    "kind", "cpm", "wpm", "accuracy", "errors", "layout", "flags", "scorecard", "per-category", "kpis",
    "attempt-id", "pack-version")}

# An exercise id outside our own kinds (custom text, adaptive) is named after the kind.
_FREE_EXERCISE = {TypingKind.CUSTOM: "custom-text", TypingKind.ADAPTIVE: "adaptive"}
_MBOX_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class XapiError(ValueError):
    """Learner identity or pack settings that cannot make a valid statement; the message is for the user."""


@dataclass(frozen=True)
class Learner:
    """Who the statements are about: the actor as the department identifies its candidates."""
    profile_uuid: str  # stable per profile: the namespace of every id derived for it
    name: str = ""  # shown in the LRS (the profile's name)
    email: str = ""  # actor by mbox …
    account_name: str = ""  # … or by an account on the department's home page
    home_page: str = ""

    def actor(self) -> dict:
        agent: dict[str, Any] = {"objectType": "Agent"}
        if self.name:
            agent["name"] = self.name
        if self.account_name:
            if not self.home_page:
                raise XapiError(phrase('Для учётной записи нужен адрес сайта учебного отдела (home page).'))
            agent["account"] = {"homePage": self.home_page, "name": self.account_name}
        elif self.email:
            if not _MBOX_RE.match(self.email):
                raise XapiError(phrase('«{email}» не похож на адрес электронной почты.', email=self.email))
            agent["mbox"] = "mailto:" + self.email
        else:
            raise XapiError(phrase('Укажите имя учётной записи или адрес электронной почты для учебного отдела.'))
        return agent


@dataclass(frozen=True)
class PackInfo:
    """What a statement says about the pack an exercise belongs to."""
    id: str
    title: str = ""
    version: str = ""
    language: str = "ru"
    activity_base: str = ""  # the pack's own IRI base ([lrs] activity_base); "" → DEFAULT_ACTIVITY_BASE + id

    @property
    def iri(self) -> str:
        return self.activity_base.rstrip("/") if self.activity_base else DEFAULT_ACTIVITY_BASE + _segment(self.id)

    def exercise_iri(self, exercise_id: str) -> str:
        sep = "/" if self.activity_base else ":exercise:"
        return self.iri + sep + _segment(exercise_id)


def pack_info(manifest: PackManifest) -> PackInfo:
    """What statements say about a pack, from its manifest."""
    lrs = manifest.lrs
    return PackInfo(manifest.id, manifest.title, manifest.version, manifest.language or "ru",
                    lrs.activity_base if lrs is not None else "")


def _segment(text: str) -> str:
    return quote(str(text), safe="-._~")


def derived_id(profile_uuid: str, name: str) -> str:
    return str(uuid.uuid5(uuid.UUID(profile_uuid), name))


def statement_id(profile_uuid: str, attempt_id: int) -> str:
    return derived_id(profile_uuid, f"attempt/{attempt_id}")


def voiding_id(profile_uuid: str, attempt_id: int) -> str:
    return derived_id(profile_uuid, f"void/{attempt_id}")


def registration(profile_uuid: str, pack_id: str) -> str:
    return derived_id(profile_uuid, f"pack/{pack_id}")


def duration(seconds: float | None) -> str | None:
    """ISO 8601 duration with hundredths of a second (the precision xAPI 1.0.3 keeps)."""
    if seconds is None or seconds < 0:
        return None
    total = round(float(seconds), 2)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    out = "PT"
    if hours:
        out += f"{int(hours)}H"
    if minutes:
        out += f"{int(minutes)}M"
    return out + f"{secs:.2f}".rstrip("0").rstrip(".") + "S"


def _seconds_between(start: str, end: str) -> float | None:
    try:
        return max(0.0, (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds())
    except (TypeError, ValueError):
        return None


def _lang(language: str) -> str:
    return language or "ru"


def verb_for(kind: str, record: Any, passed: bool) -> str:
    """The ADL verb of an attempt (see docs/xapi.md, «Глаголы»)."""
    if kind in (TypingKind.CUSTOM, TypingKind.ADAPTIVE):
        return "completed" if record.completed else "attempted"
    if kind == TypingKind.LESSON and not record.completed:
        return "attempted"
    if kind == GradedKind.GRAMMAR:
        return "answered"
    if isinstance(record, ReplyRecord):
        return "scored"
    return "passed" if passed else "failed"


def _verb(name: str) -> dict:
    ru, en = VERB_DISPLAY[name]
    return {"id": VERBS[name], "display": {"ru-RU": ru, "en-US": en}}


def _exercise_name(record: Any, exercise_id: str) -> str:
    if isinstance(record, TypingRecord) and record.title:
        return record.title
    if isinstance(record, GrammarRecord) and record.topic:
        return record.topic
    return exercise_id


def _result(row: Any, record: Any, verb: str) -> dict:
    result: dict[str, Any] = {}
    ext: dict[str, Any] = {EXT["kind"]: row.kind}
    if isinstance(record, TypingRecord):
        seconds = row.seconds
        result["completion"] = bool(record.completed)
        for name in ("cpm", "wpm", "accuracy"):
            value = getattr(row, name)
            if value is not None:
                ext[EXT[name]] = round(float(value), 2)
        if row.errors is not None:
            ext[EXT["errors"]] = int(row.errors)
        if row.layout:
            ext[EXT["layout"]] = row.layout
        ext[EXT["flags"]] = record.flags
    else:
        seconds = record.seconds if isinstance(record, ReplyRecord) and record.seconds is not None \
            else _seconds_between(row.started_at, row.finished_at)
        result["completion"] = True
        if row.score is not None:
            score = min(100.0, max(0.0, float(row.score)))
            result["score"] = {"scaled": round(score / 100, 4), "raw": round(score, 2), "min": 0, "max": 100}
        if isinstance(record, ReplyRecord):
            elements = record.scorecard.get("elements", {})
            ext[EXT["scorecard"]] = {str(k): bool(v.get("passed")) for k, v in elements.items()
                                     if isinstance(v, Mapping)}
        elif isinstance(record, QuizRecord):
            ext[EXT["per-category"]] = {str(k): v for k, v in record.per_category.items()}
        elif isinstance(record, ShiftRecord):
            ext[EXT["kpis"]] = dict(record.kpis)
    if verb != "attempted" and (row.kind not in (TypingKind.CUSTOM, TypingKind.ADAPTIVE)):
        result["success"] = bool(row.passed)
    if (d := duration(seconds)) is not None:
        result["duration"] = d
    result["extensions"] = ext
    return result


def attempt_statement(row: Any, learner: Learner, pack: PackInfo | None, app_version: str) -> dict:
    """The statement of one finished attempt (an AttemptRow-like ``row``).

    ``pack`` is None for attempts outside any pack (custom text): the activity then lives under
    the application's own IRI and the statement has no registration.
    """
    record = read_record(row.kind, row.details)
    verb = verb_for(row.kind, record, row.passed)
    exercise_id = row.exercise_id or _FREE_EXERCISE.get(row.kind, row.kind)
    pack = pack if pack is not None else (PackInfo(row.pack_id) if row.pack_id else None)
    kind_key = "shift" if isinstance(record, ShiftRecord) else row.kind
    lang = _lang(pack.language if pack else "ru")
    if pack is not None:
        object_id = pack.exercise_iri(exercise_id)
    else:
        object_id = f"urn:chat-trainer:activity:{_segment(exercise_id)}"
    definition = {"type": ACTIVITY_TYPES.get(kind_key, ADL_ACTIVITY + "performance"),
                  "name": {lang: _exercise_name(record, exercise_id)}}
    context: dict[str, Any] = {"platform": f"chat-trainer {app_version}", "language": lang,
                               "contextActivities": {"category": [{"objectType": "Activity", "id": PROFILE_IRI}]},
                               "extensions": {EXT["attempt-id"]: row.id}}
    if pack is not None:
        course = {"objectType": "Activity", "id": pack.iri,
                  "definition": {"type": COURSE_TYPE, "name": {lang: pack.title or pack.id}}}
        context["registration"] = registration(learner.profile_uuid, pack.id)
        context["contextActivities"]["parent"] = [course]
        if pack.version:
            context["extensions"][EXT["pack-version"]] = pack.version
    return {
        "id": statement_id(learner.profile_uuid, row.id),
        "actor": learner.actor(),
        "verb": _verb(verb),
        "object": {"objectType": "Activity", "id": object_id, "definition": definition},
        "result": _result(row, record, verb),
        "context": context,
        "timestamp": _timestamp(row.finished_at),
        "version": XAPI_VERSION,
    }


def voiding_statement(profile_uuid: str, actor: Mapping[str, Any], attempt_id: int, when: str) -> dict:
    """The statement that voids the attempt's statement (xAPI 1.0.3 §2.3.2: verb «voided»), by the
    actor of the statement it voids."""
    return {
        "id": voiding_id(profile_uuid, attempt_id),
        "actor": dict(actor),
        "verb": _verb("voided"),
        "object": {"objectType": "StatementRef", "id": statement_id(profile_uuid, attempt_id)},
        "timestamp": _timestamp(when),
        "version": XAPI_VERSION,
    }


def _timestamp(value: str) -> str:
    """An ISO 8601 timestamp with its offset (a stored time without one is taken as UTC)."""
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise XapiError(phrase('неверное время попытки: {value!r}', value=value)) from None
    return moment.isoformat(timespec="milliseconds") if moment.tzinfo else moment.isoformat(
        timespec="milliseconds") + "Z"
