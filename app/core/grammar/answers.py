"""Judging a learner's answer to a grammar exercise.

An answer is accepted when it matches one of the item's accepted answers
after normalisation (:func:`normalise`) *and* the grammar engine finds in it
no problem that the key itself does not have — so a text that matches the
key but adds a new error (a normalisation blind spot, say a lower-case
first letter) is not accepted. A free answer has no key: it is accepted
when the engine finds nothing and its length is within the item's bounds.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.core.grammar.findings import Finding
from app.core.content import GrammarItem
from app.core.phrase import phrase

GAP = "___"
Check = Callable[[str, str], list[Finding]]

_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.!?:;…»)])")
_SPACE_AFTER_OPEN = re.compile(r"([«(])\s+")
_QUOTES = str.maketrans({"«": '"', "»": '"', "„": '"', "“": '"', "”": '"'})
_DASHES = str.maketrans({"—": "-", "–": "-"})
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")  # a number counts as a word


def normalise(text: str) -> str:
    """The form answers are compared in: one space between words, no space before a mark,
    the first letter's case ignored, one kind of quotes and dashes, ё as е."""
    text = _SPACES.sub(" ", text).strip()
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _SPACE_AFTER_OPEN.sub(r"\1", text)
    text = text.translate(_QUOTES).translate(_DASHES).replace("ё", "е").replace("Ё", "Е")
    return text[:1].lower() + text[1:]


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class Verdict:
    accepted: bool
    matched_key: bool  # matches an accepted answer (always False for free answers)
    key: str  # the answer shown as the model (the closest accepted one)
    full_text: str  # what was checked by the engine (a gap item's sentence with the gap filled)
    findings: tuple[Finding, ...]  # problems in the learner's text the key does not have
    reason: str  # why not accepted, a phrase in Russian ("" when accepted)


def full_text_of(item: GrammarItem, answer: str) -> str:
    """The learner's whole sentence: a gap filled, a choice put in place, else the answer itself."""
    if item.kind in ("gap", "choose") and GAP in item.text:
        return item.text.replace(GAP, answer.strip(), 1)
    return answer


def _closest(answer: str, keys: Sequence[str]) -> str:
    if not keys:
        return ""
    return max(keys, key=lambda k: difflib.SequenceMatcher(None, normalise(answer), normalise(k)).ratio())


def _new_findings(text: str, key_text: str, language: str, check: Check) -> tuple[Finding, ...]:
    """Findings in ``text`` whose rule does not also fire on the key's text."""
    found = check(text, language) if text.strip() else []
    if not found:
        return ()
    on_key = {f.rule_id for f in check(key_text, language)} if key_text else set()
    return tuple(f for f in found if f.rule_id not in on_key)


def judge_answer(item: GrammarItem, answer: str, language: str, check: Check) -> Verdict:
    """Decide whether ``answer`` solves ``item``; the engine is passed in as ``check``."""
    if not answer.strip():
        return Verdict(False, False, item.answers[0] if item.answers else "", "", (), phrase("Ответ пустой."))
    if item.kind == "free":
        text = answer
        findings = _new_findings(text, "", language, check)
        words = word_count(text)
        if item.min_words is not None and words < item.min_words:
            reason = phrase("Слишком коротко: {words} сл., нужно не меньше {least}.", words=words, least=item.min_words)
        elif item.max_words is not None and words > item.max_words:
            reason = phrase("Слишком длинно: {words} сл., нужно не больше {most}.", words=words, most=item.max_words)
        elif findings:
            reason = phrase("В тексте есть ошибки — они подчёркнуты.")
        else:
            reason = ""
        return Verdict(not reason, False, item.answers[0] if item.answers else "", text, findings, reason)

    key = _closest(answer, item.answers)
    matched = any(normalise(answer) == normalise(k) for k in item.answers)
    if matched:
        key = next(k for k in item.answers if normalise(answer) == normalise(k))
    text = full_text_of(item, answer)
    findings = _new_findings(text, full_text_of(item, key), language, check)
    if not matched:
        reason = phrase("Ответ не совпадает с верным — сравните с образцом.")
    elif findings:
        reason = phrase("Ответ совпадает с верным, но в нём есть новая ошибка.")
    else:
        reason = ""
    return Verdict(not reason, matched, key, text, findings, reason)


@dataclass(frozen=True)
class DiffPart:
    kind: str  # "equal", "missing" (in the key, not in the answer), "extra" (in the answer only)
    text: str


def diff(answer: str, key: str) -> list[DiffPart]:
    """Character diff of the learner's answer against the key, for showing what differs."""
    parts: list[DiffPart] = []
    matcher = difflib.SequenceMatcher(None, answer, key, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            parts.append(DiffPart("equal", answer[a0:a1]))
            continue
        if a1 > a0:
            parts.append(DiffPart("extra", answer[a0:a1]))
        if b1 > b0:
            parts.append(DiffPart("missing", key[b0:b1]))
    return parts


def apply_replacement(text: str, finding: Finding, replacement: str) -> str:
    """The text with one finding's span replaced (a one-click fix)."""
    return text[:finding.offset] + replacement + text[finding.offset + finding.length:]
