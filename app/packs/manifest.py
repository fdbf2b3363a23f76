"""The manifest ``pack.toml``: format version, identity, the files of each kind, certificate thresholds,
the department's LRS.

Format version history (keep in step with FORMAT.md):

* **1** (app 0.1.0) — the first format: manifest ``pack.toml`` with
  ``[files]`` and ``[certificate]``; kinds ``typing`` (courses of lessons and
  timed texts), ``grammar`` (items: correct, punctuation, choose, gap, free),
  ``correspondence`` (tasks with turns, shift sets), ``quiz`` (questions of
  seven types, quizzes). Unknown fields are errors; fields named ``x-…`` are
  ignored. The optional ``[lrs]`` table was added to format 1 later.
* **2** — ``[files] layouts``: a pack's own keyboard layouts, named by its
  courses; ``*`` wildcards and «any other answer» in short and numerical
  questions; ``cloze`` questions (``[[question.gap]]``), ``text_html`` (sanitised
  formatted text), combined feedback and hints. Format 1 packs read as before.

``glossary`` (optional in every format): words the grammar check never reports as misspelt while
the pack is practised.

A pack whose ``format`` is newer than :data:`FORMAT_VERSION` is refused with a
message asking to update the program.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app import __version__
from app.core.content import LRS_IDENTITIES, CertificateRules, LrsManifest, PackManifest
from app.core.grammar.known_words import MAX_WORD_CHARS, normalise_word
from app.core.thresholds import TYPING_MINUTES_RANGE
from app.core.vocabulary import CONTENT_KINDS, CONTENT_LANGUAGES
from app.packs.files import MANIFEST
from app.packs.limits import MAX_GLOSSARY_WORDS, MAX_TITLE_CHARS
from app.packs.schema import CPM, ID, PERCENT, TITLE, F, PackFile, short
from app.packs.toml_guard import read_toml_quietly
from app.packs.versions import compare_versions, is_version
from app.core.phrase import phrase

FORMAT_VERSION = 2

MANIFEST_SPEC = {
    "format": F("int", required=True),
    "id": ID,
    "title": TITLE,
    "version": F("str", required=True, nonempty=True, max_len=64),
    "language": F("str", required=True, choices=CONTENT_LANGUAGES),
    "authors": F("strs", required=True, nonempty=True, default=[], max_len=MAX_TITLE_CHARS),
    "description": F("str", default=""),
    "licence": F("str", default="", max_len=MAX_TITLE_CHARS),
    "min_app_version": F("str", default="0.0.0", max_len=64),
    "files": F("table", default={}),
    "certificate": F("table", default={}),
    "glossary": F("strs", default=[], max_len=MAX_WORD_CHARS),
    "lrs": F("table", default={}),
}
CERTIFICATE_SPEC = {
    "typing_cpm": CPM,
    "typing_accuracy": PERCENT,
    "typing_minutes": F("int", lo=TYPING_MINUTES_RANGE[0], hi=TYPING_MINUTES_RANGE[1]),
    "grammar_percent": PERCENT,
    "correspondence_score": PERCENT,
    "quiz_percent": PERCENT,
}
# The department's Learning Record Store (docs/xapi.md): where results go and who the candidate is there.
LRS_SPEC = {
    "endpoint": F("str", required=True, nonempty=True, max_len=2000),
    "identity": F("str", default="email", choices=LRS_IDENTITIES),
    "home_page": F("str", default="", max_len=2000),
    "activity_base": F("str", default="", max_len=2000),
}
_HTTP_RE = re.compile(r"^https?://[^\s/?#]+[^\s]*$")
_IRI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
FILES_SPEC = {kind: F("str|strs", default=[]) for kind in CONTENT_KINDS} | {"layouts": F("str|strs", default=[])}


def read_manifest(doc: dict, mf: PackFile) -> dict[str, Any] | None:
    """The manifest's fields, with ``certificate`` and ``files`` checked too; None for a format this
    program cannot read (the error says so)."""
    fmt = doc.get("format")
    if isinstance(fmt, int) and not isinstance(fmt, bool):
        if fmt > FORMAT_VERSION:
            mf.error(("format",), phrase('пакет записан в формате {fmt}, а эта версия программы ({app_version}) понимает форматы до {newest}; обновите программу', fmt=fmt, app_version=__version__, newest=FORMAT_VERSION))
            return None
        if fmt < 1:
            mf.error(("format",), phrase('неизвестная версия формата {fmt}; первая версия — 1', fmt=fmt))
            return None
    m = mf.take(doc, (), MANIFEST_SPEC)
    if m["version"] and not is_version(m["version"]):
        mf.error(("version",), phrase('«{version}» — не версия вида 1.2.3 (semver)', version=short(m['version'])))
    if not is_version(m["min_app_version"] or ""):
        mf.error(("min_app_version",), phrase('«{min_app_version}» — не версия вида 1.2.3', min_app_version=short(str(m['min_app_version']))))
    elif compare_versions(m["min_app_version"], __version__) > 0:
        mf.error(("min_app_version",), phrase('пакету нужна программа версии {min_app_version} или новее, а у вас {app_version}; обновите программу', min_app_version=m['min_app_version'], app_version=__version__))
    if not m["description"]:
        mf.warn(("description",), phrase('нет описания пакета'))
    if not m["licence"]:
        mf.warn(("licence",), phrase('не указана лицензия'))
    m["glossary"] = _glossary(m["glossary"], mf)
    m["certificate"] = mf.take(m["certificate"], ("certificate",), CERTIFICATE_SPEC)
    m["files"] = mf.take(m["files"], ("files",), FILES_SPEC)
    m["lrs"] = _read_lrs(m["lrs"], mf) if m["lrs"] else None
    return m


def _glossary(words: list[str], mf: PackFile) -> tuple[str, ...]:
    """The glossary's words as the checker compares them (lower case, ё kept, no repeats); each bad
    word is an error naming its place in the list."""
    if len(words) > MAX_GLOSSARY_WORDS:
        mf.error(("glossary",), phrase('слишком много слов: {count}, допустимо не больше {most}', count=len(words), most=MAX_GLOSSARY_WORDS))
        return ()
    kept: dict[str, None] = {}
    for i, word in enumerate(words):
        try:
            kept[normalise_word(word)] = None
        except ValueError as exc:
            mf.error(("glossary", i), str(exc).rstrip(".").replace("в словарь", "в глоссарий"))
    return tuple(kept)


def _read_lrs(table: dict, mf: PackFile) -> dict[str, Any]:
    lrs = mf.take(table, ("lrs",), LRS_SPEC)
    if lrs["endpoint"] and not _HTTP_RE.match(lrs["endpoint"]):
        mf.error(("lrs", "endpoint"), phrase('«{endpoint}» — не адрес вида https://lrs.example.org/xAPI/', endpoint=short(lrs['endpoint'])))
    if lrs["identity"] == "account" and not lrs["home_page"]:
        mf.error(("lrs", "home_page"), phrase('для identity = "account" нужен адрес сайта, на котором заведены учётные записи кандидатов'))
    if lrs["home_page"] and not _HTTP_RE.match(lrs["home_page"]):
        mf.error(("lrs", "home_page"), phrase('«{home_page}» — не адрес вида https://lms.example.org', home_page=short(lrs['home_page'])))
    if lrs["activity_base"] and not _IRI_RE.match(lrs["activity_base"]):
        mf.error(("lrs", "activity_base"), phrase('«{activity_base}» — не IRI (например, https://lms.example.org/xapi/pack/ или urn:…)', activity_base=short(lrs['activity_base'])))
    return lrs


def manifest_model(m: dict[str, Any]) -> PackManifest:
    return PackManifest(
        id=m["id"], title=m["title"], version=m["version"], language=m["language"],
        authors=tuple(m["authors"]), description=m["description"], licence=m["licence"],
        format=m["format"], min_app_version=m["min_app_version"],
        certificate=CertificateRules(**m["certificate"]), glossary=tuple(m["glossary"]),
        lrs=LrsManifest(**m["lrs"]) if m.get("lrs") else None,
    )


def read_manifest_version(folder: Path) -> str | None:
    """The ``version`` of the pack in ``folder``, or None if it cannot be read."""
    doc = read_toml_quietly(Path(folder) / MANIFEST)
    if doc is None:
        return None
    version = doc.get("version")
    return version if isinstance(version, str) and is_version(version) else None
