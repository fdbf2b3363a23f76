"""The core's texts (scorecard reasons, plausibility flags, pack problems …) in the interface language.

The core marks its Russian texts with :func:`app.core.phrase.phrase`; English comes from the catalogue
``assets/i18n/core_en.po``, compiled to ``core_en.mo`` (tools/update_translations.sh) and read with
the standard library's gettext. The language is the one install_translation made Qt's default.
"""

from __future__ import annotations

import gettext
import re
from functools import cache

from PySide6.QtCore import QLocale

from app.core.grammar.findings import engine_message
from app.core.paths import ASSETS
from app.core.phrase import Phrase
from app.packs.names import printable

CATALOGUE = ASSETS / "i18n" / "core_en.mo"
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_FIELD = re.compile(r"\{([A-Za-z_]\w*)(?:[:!][^{}]*)?\}")


@cache
def _english() -> dict[str, str]:
    with open(CATALOGUE, "rb") as f:
        return {k: v for k, v in gettext.GNUTranslations(f)._catalog.items() if isinstance(k, str) and k and v}


@cache
def _patterns() -> list[tuple[re.Pattern, str]]:
    """Each template with fields as a pattern, for texts that reached us as plain strings (read from storage)."""
    out = []
    for template, english in _english().items():
        if "{" not in template:
            continue
        parts, names, pos = [], [], 0
        for m in _FIELD.finditer(template):
            parts.append(re.escape(template[pos:m.start()].replace("{{", "{").replace("}}", "}")))
            parts.append(f"(?P<{m.group(1)}>.+?)" if m.group(1) not in names else f"(?P={m.group(1)})")
            names.append(m.group(1))
            pos = m.end()
        parts.append(re.escape(template[pos:]))
        words = _FIELD.sub("", template)
        if names and re.search(r"[А-Яа-яЁё]", words):  # «{error}.» would match any sentence
            plain = _FIELD.sub(lambda m: "{" + m.group(1) + "}", english)
            out.append((len(words), re.compile("".join(parts) + r"\Z", re.S), plain))
    # the most wording first: «Ответ за {seconds} с, а лимит — {limit} с.» before «Ответ за {seconds}…»
    return [(pattern, plain) for _n, pattern, plain in sorted(out, key=lambda t: -t[0])]


def english() -> bool:
    return QLocale().language() == QLocale.Language.English


def lookup(template: str) -> str | None:
    return _english().get(template)


def say(text: object) -> str:
    """``text`` as the interface says it: a phrase translated, a plain stored text if it is a known one."""
    if not english():
        return str(text)
    if isinstance(text, Phrase):
        return text.render(lookup)
    text = str(text)
    known = lookup(text)
    if known is not None:
        return known
    for pattern, plain in _patterns():
        m = pattern.match(text)
        if m:
            return plain.format(**m.groupdict())
    return text


def say_problem(problem) -> str:
    """A pack's problem, «file:line: field: what is wrong», with «what is wrong» in the interface language."""
    where = f"{problem.file}:{problem.line}" if problem.line else problem.file
    head = ": ".join(printable(part) for part in (where, problem.field) if part)
    text = say(problem.message)
    return f"{head}: {text}" if head else text


def say_error(exc: BaseException) -> str:
    """An exception's message in the interface language (``str(exc)`` drops a phrase's template)."""
    problems = getattr(exc, "problems", None)
    if problems and english():
        return "\n".join(say_problem(p) for p in problems)
    if len(exc.args) == 1 and isinstance(exc.args[0], Phrase):
        return say(exc.args[0])
    return say(str(exc) or type(exc).__name__)


def say_finding(message: str, rule_id: str = "") -> str:
    """A grammar finding's message in the interface language. Our rules' messages are phrases (or their
    stored Russian, found in the catalogue); an engine's Russian message (LanguageTool's) has no English
    and is shown quoted and labelled as the engine's note in Russian."""
    if isinstance(message, Phrase) or not english():
        return say(message)
    text = say(message)
    if text == message and not rule_id.startswith("OURS_") and _CYRILLIC.search(text):
        return say(engine_message(text))
    return text
