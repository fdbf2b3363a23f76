"""Moodle GIFT → quiz questions.

Questions are separated by blank lines; lines starting with ``//`` are
comments. A question is ``[::title::][[format]]text {answers} [text]``; text on
both sides of the braces makes a missing-word question (the gap is shown as
``_____``). ``$CATEGORY: path`` sets the category of the questions after it.

Answer blocks: ``{=right ~wrong}`` (single choice; without any ``=`` and with
``~%n%`` weights — multiple choice), ``{T}``/``{TRUE}``/``{F}``/``{FALSE}``
(``#feedback if wrong#feedback if right``), ``{=a =b}`` (short answer),
``{=x -> y}`` (matching), ``{#3.14:0.01}``, ``{#1..5}``, ``{#=3:1 =%50%5}``
(numerical). ``#text`` after an answer is its feedback, ``####text`` the
general feedback. ``\\~ \\= \\# \\{ \\} \\: \\\\`` escape, ``\\n`` is a line break.
``{}`` (essay) and a question without braces (description) are not supported
and are reported, never dropped silently.
"""

from __future__ import annotations

import math
import re

from app.core.content import QuizOption, QuizPair, QuizQuestion
from app.packs.problems import Problem
from app.packs.quiz_common import (
    IdMaker, ParseResult, Skipped, check_question, clean_category, clean_plain, html_to_text, short_title,
)

# Escaped characters are swapped for private-use ones while parsing.
_ESCAPES = {"\\\\": "\ue000", "\\~": "\ue001", "\\=": "\ue002", "\\#": "\ue003", "\\{": "\ue004",
            "\\}": "\ue005", "\\:": "\ue006", "\\n": "\ue007"}
_RESTORE = {"\ue000": "\\", "\ue001": "~", "\ue002": "=", "\ue003": "#", "\ue004": "{", "\ue005": "}",
            "\ue006": ":", "\ue007": "\n"}
_ESCAPE_RE = re.compile(r"\\[\\~=#{}:n]")
_GAP = "_____"


class _Bad(Exception):
    def __init__(self, offset: int, message: str):
        super().__init__(message)
        self.offset = offset
        self.message = message


def _protect(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: _ESCAPES[m[0]], text)


def _restore(text: str) -> str:
    return "".join(_RESTORE.get(ch, ch) for ch in text)


def _number(raw: str, offset: int) -> float:
    s = _restore(raw).strip()
    try:
        x = float(s)
    except ValueError:
        raise _Bad(offset, f"неверное число «{s}» в числовом ответе") from None
    if not math.isfinite(x):
        raise _Bad(offset, f"неверное число «{s}» в числовом ответе")
    return x


def _blocks(lines: list[str]) -> list[list[tuple[int, str]]]:
    """Questions as lists of (line number, line); comment lines dropped, blank lines separate."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if not stripped:
            if current:
                blocks.append(current)
                current = []
            continue
        if stripped.startswith("$CATEGORY:"):
            if current:
                blocks.append(current)
            blocks.append([(number, stripped)])
            current = []
            continue
        current.append((number, line.rstrip()))
    if current:
        blocks.append(current)
    return blocks


def parse_gift(source: str, name: str = "quiz.gift") -> ParseResult:
    """Parse GIFT text; errors (with lines) mean the file is broken, skipped lists unsupported questions."""
    result = ParseResult()
    ids = IdMaker()
    category = ""
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for block in _blocks(lines):
        first_line = block[0][0]
        if block[0][1].startswith("$CATEGORY:"):
            category = clean_category(block[0][1][len("$CATEGORY:"):])
            continue
        text = _protect("\n".join(line for _, line in block))
        # escapes shorten the text but never remove line breaks, so offsets map to lines by counting "\n"

        def line_at(offset: int) -> int:
            return block[min(text.count("\n", 0, max(offset, 0)), len(block) - 1)][0]

        try:
            item = _question(text, category)
        except _Bad as exc:
            result.errors.append(Problem(name, line_at(exc.offset), "", exc.message))
            continue
        if isinstance(item, Skipped):
            result.skipped.append(Skipped(item.title, first_line, item.kind, item.reason))
            continue
        title, q = item
        why = check_question(q)
        if why:
            result.skipped.append(Skipped(title or short_title(q.text), first_line, q.type, why))
            continue
        qid = ids.make(title, category)
        result.questions.append(_with_id(q, qid))
        result.lines[qid] = first_line
    return result


def _with_id(q: QuizQuestion, qid: str) -> QuizQuestion:
    from dataclasses import replace
    return replace(q, id=qid)


def _question(text: str, category: str) -> tuple[str, QuizQuestion] | Skipped:
    pos = 0
    title = ""
    m = re.match(r"\s*::(.*?)::", text, re.S)
    if m:
        title = _restore(m[1]).strip()
        pos = m.end()
    m = re.compile(r"\s*\[(html|markdown|plain|moodle)\]", re.I).match(text, pos)
    fmt = "moodle"
    if m:
        fmt = m[1].lower()
        pos = m.end()
    close_early = text.find("}", pos)
    open_at = text.find("{", pos)
    if close_early != -1 and (open_at == -1 or close_early < open_at):
        raise _Bad(close_early, "лишняя закрывающая скобка «}» (если это текст, пишите \\})")
    before_raw = text[pos:open_at] if open_at != -1 else text[pos:]
    if open_at == -1:
        body = _render(before_raw, fmt)
        return Skipped(title or short_title(body), None, "description",
                       "вопрос без блока ответов {…} (описание) не поддерживается")
    close_at = text.find("}", open_at + 1)
    if close_at == -1:
        raise _Bad(open_at, "не закрыта фигурная скобка «{» блока ответов")
    inner_open = text.find("{", open_at + 1)
    if inner_open != -1 and inner_open < close_at:
        raise _Bad(inner_open, "«{» внутри блока ответов: не закрыта предыдущая скобка (если это текст, пишите \\{)")
    after_raw = text[close_at + 1:]
    extra = re.search(r"[{}]", after_raw)
    if extra:
        raise _Bad(close_at + 1 + extra.start(), "второй блок ответов в одном вопросе не поддерживается; "
                                                 "вопросы разделяются пустой строкой")
    before, after = _render(before_raw, fmt), _render(after_raw, fmt)
    body = f"{before} {_GAP} {after}".strip() if after else before
    answers = text[open_at + 1:close_at]
    shown = title or short_title(body)
    general = ""
    if "####" in answers:
        answers, general = answers.split("####", 1)
        general = _render(general, fmt)
    stripped = answers.strip()
    base = dict(id="x", text=body, category=category, explanation=general)
    offset = open_at + 1
    if not stripped:
        return Skipped(shown, None, "essay", "эссе (развёрнутый ответ) не поддерживается")
    if stripped.startswith("#"):
        return title, _numerical(stripped[1:], offset, base)
    tf = re.fullmatch(r"(TRUE|FALSE|T|F)\s*(#.*)?", stripped, re.S | re.I)
    if tf:
        value = tf[1].upper().startswith("T")
        fb = (tf[2] or "")[1:].split("#") if tf[2] else []
        wrong = _render(fb[0], fmt) if len(fb) > 0 else ""
        right = _render(fb[1], fmt) if len(fb) > 1 else ""
        # the first feedback is shown for the wrong choice, the second for the right one
        return title, QuizQuestion(type="truefalse", answer=value,
                                   feedback_true=right if value else wrong,
                                   feedback_false=wrong if value else right, **base)
    tokens = _tokens(answers, offset)
    if not tokens:
        raise _Bad(offset, "в блоке ответов нет ни одного ответа, начинающегося с «=» или «~»")
    marks = {t[0] for t in tokens}
    if marks == {"="} and any("->" in t[2] for t in tokens):
        return title, _matching(tokens, fmt, base)
    if "~" in marks:
        return title, _choice(tokens, fmt, base)
    return title, _short(tokens, fmt, base)


def _render(raw: str, fmt: str) -> str:
    text = _restore(raw)
    if fmt == "html":
        return html_to_text(text)
    if fmt == "markdown":
        return "\n".join(line.rstrip() for line in text.strip().split("\n"))
    return clean_plain(" ".join(text.split("\n")))


def _tokens(answers: str, offset: int) -> list[tuple[str, int, str]]:
    """(mark, offset, rest) for each answer starting with = or ~."""
    out = []
    lead = re.match(r"\s*", answers).end()
    if lead < len(answers) and answers[lead] not in "=~":
        raise _Bad(offset + lead, f"ответ должен начинаться с «=» или «~»: «{short_title(_restore(answers[lead:]), 30)}»")
    for m in re.finditer(r"([=~])([^=~]*)", answers):
        out.append((m[1], offset + m.start(), m[2]))
    return out


def _weight(rest: str, at: int) -> tuple[float | None, str]:
    m = re.match(r"\s*%(-?[\d.]+)%", rest)
    if not m:
        if re.match(r"\s*%", rest):
            raise _Bad(at, "неверный вес ответа: нужно %число%, например %50% или %-100%")
        return None, rest
    try:
        w = float(m[1])
    except ValueError:
        raise _Bad(at, f"неверный вес ответа «%{m[1]}%»") from None
    if not -100 <= w <= 100:
        raise _Bad(at, f"вес ответа {m[1]}% вне пределов −100…100")
    return w, rest[m.end():]


def _split_feedback(rest: str, fmt: str) -> tuple[str, str]:
    if "#" in rest:
        text, fb = rest.split("#", 1)
        return _render(text, fmt), _render(fb, fmt)
    return _render(rest, fmt), ""


def _choice(tokens, fmt: str, base: dict) -> QuizQuestion:
    single = any(mark == "=" for mark, _, _ in tokens)
    options = []
    for mark, at, rest in tokens:
        w, rest = _weight(rest, at)
        text, fb = _split_feedback(rest, fmt)
        if mark == "=" and w is None:
            w = 100.0
        if single:
            options.append(QuizOption(text=text, correct=w == 100, weight=None if w in (100, None) else w,
                                      feedback=fb))
        else:
            w = w or 0.0
            options.append(QuizOption(text=text, correct=w > 0, weight=w, feedback=fb))
    return QuizQuestion(type="single" if single else "multiple", options=tuple(options), **base)


def _short(tokens, fmt: str, base: dict) -> QuizQuestion:
    options = []
    for _, at, rest in tokens:
        w, rest = _weight(rest, at)
        text, fb = _split_feedback(rest, fmt)
        options.append(QuizOption(text=text, weight=None if w in (100, None) else w, feedback=fb))
    return QuizQuestion(type="short", options=tuple(options), **base)


def _matching(tokens, fmt: str, base: dict) -> QuizQuestion:
    pairs, distractors = [], []
    for _, at, rest in tokens:
        if "->" not in rest:
            raise _Bad(at, "в вопросе на сопоставление каждая пара пишется как «=левое -> правое»")
        left, right = rest.split("->", 1)
        left, right = _render(left, fmt), _render(right, fmt)
        if not right:
            raise _Bad(at, "у пары нет правой части после «->»")
        if left:
            pairs.append(QuizPair(left, right))
        else:
            distractors.append(right)
    return QuizQuestion(type="matching", pairs=tuple(pairs), distractors=tuple(distractors), **base)


def _numerical(body: str, offset: int, base: dict) -> QuizQuestion:
    body_stripped = body.strip()
    if body_stripped.startswith("=") or body_stripped.startswith("~"):
        parts = [(at, rest) for mark, at, rest in _tokens(body, offset + 1) if mark == "="]
    else:
        parts = [(offset + 1, body)]
    options = []
    for at, rest in parts:
        w, rest = _weight(rest, at)
        value_text, fb = (rest.split("#", 1) + [""])[:2]
        value_text = value_text.strip()
        if not value_text:
            raise _Bad(at, "пустой числовой ответ")
        if ".." in value_text:
            lo_text, hi_text = value_text.split("..", 1)
            lo, hi = _number(lo_text, at), _number(hi_text, at)
            if lo > hi:
                raise _Bad(at, f"диапазон {lo:g}..{hi:g}: начало больше конца")
            value, tol = (lo + hi) / 2, (hi - lo) / 2
        elif ":" in value_text:
            v_text, t_text = value_text.split(":", 1)
            value, tol = _number(v_text, at), _number(t_text, at)
            if tol < 0:
                raise _Bad(at, "допуск числового ответа не может быть отрицательным")
        else:
            value, tol = _number(value_text, at), 0.0
        options.append(QuizOption(value=value, tolerance=tol, weight=None if w in (100, None) else w,
                                  feedback=_render(fb, "plain")))
    return QuizQuestion(type="numerical", options=tuple(options), **base)
