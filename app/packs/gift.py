"""Moodle GIFT → quiz questions, read as Moodle's own importer (qformat_gift) reads them.

Questions are separated by blank lines; lines starting with ``//`` are comments;
``$CATEGORY: path`` sets the category of the questions after it. A question is
``[::title::][[format]]text {answers} [text]``. When text follows the answer
block, the block is replaced by a gap ``_____`` exactly where it stood
(missing word); otherwise it is dropped.

The answer block decides the type, in Moodle's order: empty — essay
(reported, not supported); ``#…`` — numerical; any ``~`` — multiple choice
(single when some answer starts with ``=``, several right answers otherwise;
``~=right`` works like ``=right`` and empty choices are dropped); ``=a -> b`` —
matching; exactly ``T``/``TRUE``/``F``/``FALSE`` (upper case) — true/false;
anything else — short answer (``{true}`` is a short answer «true», as in
Moodle). ``#text`` after an answer is its feedback, the last ``####text`` the
general feedback. Every text may start with its own ``[html]``, ``[moodle]``,
``[plain]`` or ``[markdown]``; answers default to the question's format.
``\\~ \\= \\# \\{ \\} \\: \\\\`` escape, ``\\n`` is a line break.

A block in Moodle's Cloze syntax (``{1:MC:~=ждёт~спит}``, ``{:SA:=Вы}``…)
makes the question a cloze with embedded answers, as Moodle's Cloze editor
reads the same text.

Numerical: ``{#3:0.5}``, ``{#1..5}``, ``{#=3:1 =%50%3:2 ~#any other answer}``
(the ``~`` part is the feedback for every other answer, as Moodle stores it).
Weights must be on Moodle's list of grades, else the file is refused, as
Moodle refuses it; a short answer needs a 100 % answer, likewise.
"""

from __future__ import annotations

import math
import re

from app.core.content import QuizOption, QuizPair, QuizQuestion, with_fields
from app.packs.cloze_syntax import ClozeSyntaxError, parse_cloze
from app.packs.problems import Problem
from app.packs.rich_text import formatted
from app.packs.quiz_common import (
    IdMaker, ParseResult, Skipped, check_question, clean_category, clean_line, clean_plain, collect_rich, collected_rich,
    match_grade, render, render_noted, short_title,
)
from app.core.phrase import phrase

# Escaped characters are swapped for private-use ones while parsing (Moodle's escapedchar_pre).
_ESCAPES = {"\\\\": "\ue000", "\\~": "\ue001", "\\=": "\ue002", "\\#": "\ue003", "\\{": "\ue004",
            "\\}": "\ue005", "\\:": "\ue006", "\\n": "\ue007"}
_UNPROTECT = str.maketrans({v: k for k, v in _ESCAPES.items()})
_RESTORE = str.maketrans({"\ue000": "\\", "\ue001": "~", "\ue002": "=", "\ue003": "#", "\ue004": "{",
                          "\ue005": "}", "\ue006": ":", "\ue007": "\n"})
_ESCAPE_RE = re.compile(r"\\[\\~=#{}:n]")
_PROTECTED_RE = re.compile("[\ue000-\ue007]")
# what makes a text more than its words: its own [format], an escape, markup or an entity, a line break
_MARKED_RE = re.compile("[\\[\ue000-\ue007<&\n]")
# the same, or what clean_line changes (a tab, a no-break space, two spaces)
_MARKED_OR_RUN_RE = re.compile("[\\[\ue000-\ue007<&\n\t\r\f\v\u00a0]| {2}")
_GAP = "_____"
# the record every question is a copy of (with_fields: no frozen __init__ per question)
_QUESTION = QuizQuestion(id="x", type="", text="")
_FORMAT_RE = re.compile(r"\s*\[(html|markdown|plain|moodle)\]", re.I)
_TITLE_RE = re.compile(r"\s*::(.*?)::", re.S)
_WEIGHT_RE = re.compile(r"%(-?\d+(?:\.\d*)?)%")
_TF = {"T": True, "TRUE": True, "F": False, "FALSE": False}
# Moodle's Cloze syntax inside braces: {1:MULTICHOICE:…}, {:SA:…}
CLOZE_BLOCK_RE = re.compile(r"\{\d*:[A-Z_]+:", re.S)


class _Bad(Exception):
    """The file is broken at ``offset`` (Moodle would refuse it)."""

    def __init__(self, offset: int, message: str):
        super().__init__(message)
        self.offset = offset
        self.message = message


def _protect(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: _ESCAPES[m[0]], text) if "\\" in text else text


def _restore(text: str) -> str:
    # translate() looks every character up in a dict (µs per Cyrillic line): only when there is one to swap
    return text.translate(_RESTORE) if _PROTECTED_RE.search(text) else text


def _with_format(raw: str, default: str) -> tuple[str, str]:
    """(format, text) of a text that may start with its own [format] (Moodle's parse_text_with_format)."""
    if "[" not in raw:
        return default, raw
    m = _FORMAT_RE.match(raw)
    if m:
        return m[1].lower(), raw[m.end():]
    return default, raw


def _text(raw: str, default: str) -> str:
    if default != "markdown" and not _MARKED_OR_RUN_RE.search(raw):
        return raw.strip()  # (most answers: one line, no markup and no run of spaces to collapse)
    if default != "markdown" and not _MARKED_RE.search(raw):
        # one line of text as it is (most answers): what render_noted makes of it, and nothing to note
        return clean_line(raw)  # (clean_plain's work on one line)
    fmt, body = _with_format(raw, default)
    return render_noted(_restore(body).strip(), fmt)


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
        text = _protect(block[0][1] if len(block) == 1 else "\n".join(line for _, line in block))
        # escapes shorten the text but never remove line breaks, so offsets map to lines by counting "\n"

        def line_at(offset: int) -> int:
            return block[min(text.count("\n", 0, max(offset, 0)), len(block) - 1)][0]

        collect_rich()
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
        # q was made just now for this question alone: its last fields are filled in, not copied once more
        q.__dict__.update(id=qid, title=title[:300], rich_texts=collected_rich(q.text))
        result.questions.append(q)
        result.lines[qid] = first_line
    return result


def _question(text: str, category: str) -> tuple[str, QuizQuestion] | Skipped:
    pos = 0
    title = ""
    m = _TITLE_RE.match(text)
    if m:
        title = _restore(m[1]).strip()
        pos = m.end()
    fmt = "moodle"  # Moodle's default for GIFT: moodle_auto_format
    m = _FORMAT_RE.match(text, pos)
    if m:
        fmt, pos = m[1].lower(), m.end()
    open_at = text.find("{", pos)
    close_at = text.find("}", pos)
    if close_at != -1 and (open_at == -1 or close_at < open_at):
        raise _Bad(close_at, phrase('лишняя закрывающая скобка «}» (если это текст, пишите \\})'))
    if open_at == -1:
        body = render(_restore(text[pos:]).strip(), fmt)
        return Skipped(title or short_title(body), None, "description",
                       phrase('вопрос без блока ответов {…} (описание) не поддерживается'))
    if close_at == -1:
        raise _Bad(open_at, phrase('не закрыта фигурная скобка «{» блока ответов'))
    if CLOZE_BLOCK_RE.match(text, open_at):
        return title, _cloze(text[pos:], pos, fmt, category)
    inner_open = text.find("{", open_at + 1)
    if inner_open != -1 and inner_open < close_at:
        raise _Bad(inner_open, phrase('«{» внутри блока ответов: не закрыта предыдущая скобка (если это текст, пишите \\{)'))
    tail = text[close_at + 1:]
    if "{" in tail or "}" in tail:
        body = render(_restore(text[pos:]).strip(), fmt)
        return Skipped(title or short_title(body), None, "?",
                       phrase('в вопросе несколько блоков ответов {…}; Moodle такой вопрос не поймёт'))
    # Moodle puts the gap exactly where the braces were, only when text follows them
    raw_text = text[pos:open_at] + (_GAP + tail if tail.strip() else "")
    raw_text = _restore(raw_text).strip()
    if fmt == "moodle" and "<" not in raw_text and "&" not in raw_text:  # (most questions: no markup)
        body, body_html = clean_plain(raw_text), ""  # what render and formatted make of it
    else:
        body, body_html = render(raw_text, fmt), formatted(raw_text, fmt)
    answers = text[open_at + 1:close_at]
    offset = open_at + 1
    general = ""
    split = answers.rfind("####")
    if split != -1:
        general = _text(answers[split + 4:], fmt)
        answers = answers[:split]
    stripped = answers.strip()
    base = dict(id="x", text=body, category=category, explanation=general, text_html=body_html)
    if not stripped:
        return Skipped(title or short_title(body), None, "essay", phrase('эссе (развёрнутый ответ) не поддерживается'))
    if stripped.startswith("#"):
        return title, _numerical(stripped[1:], offset, fmt, base)
    if "~" in stripped:
        return title, _choice(stripped, offset, fmt, base)
    if "=" in stripped and "->" in stripped:
        return title, _matching(stripped, offset, fmt, base)
    tf_word = stripped.split("#", 1)[0].strip()
    if tf_word in _TF:
        value = _TF[tf_word]
        fb = stripped.split("#")[1:]
        wrong = _text(fb[0], fmt) if len(fb) > 0 else ""
        right = _text(fb[1], fmt) if len(fb) > 1 else ""
        # the first feedback is shown for the wrong choice, the second for the right one
        return title, with_fields(_QUESTION, type="truefalse", answer=value,
                                  feedback_true=right if value else wrong,
                                  feedback_false=wrong if value else right, **base)
    return title, _short(stripped, offset, fmt, base)


def _cloze(raw: str, offset: int, fmt: str, category: str) -> QuizQuestion:
    """Embedded answers written as in Moodle's Cloze ({1:MC:~=a~b}); their escapes are Cloze's own."""
    source = raw.translate(_UNPROTECT)
    try:
        marked, gaps = parse_cloze(source, lambda answer: render(answer, fmt))
    except ClozeSyntaxError as exc:
        raise _Bad(offset + exc.offset, str(exc)) from None
    text = render(_restore(_protect(marked)).strip(), fmt)
    return with_fields(_QUESTION, id="x", type="cloze", text=text, category=category, gaps=gaps)


def _parts(answers: str, sep: str, offset: int) -> list[tuple[int, str]]:
    """Moodle's explode(sep, …) with the first part dropped when empty; (offset, trimmed part)."""
    out, start = [], 0
    for piece in answers.split(sep):
        part = piece.strip()
        # the part's first character is the piece's first non-space one
        out.append((offset + start + (piece.find(part[0]) if part else len(piece)), part))
        start += len(piece) + len(sep)
    if out and not out[0][1]:
        out.pop(0)
    return out


def _weight(part: str, at: int, default: float) -> tuple[float, str]:
    """(weight in percent, rest) of an answer that may start with %n% (the weight must be Moodle's), or
    (``default``, the answer) when it does not start with "%"."""
    if part[:1] != "%":  # (most answers: no regular expression)
        return default, part
    m = _WEIGHT_RE.match(part)
    if not m:
        raise _Bad(at, phrase('неверный вес ответа: нужно %число%, например %50% или %-100%'))
    grade = match_grade(float(m[1]))
    if grade is None:
        raise _Bad(at, phrase('вес ответа {m} % не из списка оценок Moodle (100, 90, 83,33333, 80, 75, 70, 66,66667, 60, 50, 40, 33,33333, 30, 25, 20, 16,66667, 14,28571, 12,5, 11,11111, 10, 5, 0 и те же со знаком минус); Moodle такой файл не импортирует', m=m[1]))
    return grade, part[m.end():]


def _answer(part: str, fmt: str) -> tuple[str, str]:
    """(text, feedback) of an answer ``text#feedback``, each with its own optional [format]."""
    text, _, feedback = part.partition("#")
    return _text(text, fmt), _text(feedback, fmt) if feedback else ""


def _choice(answers: str, offset: int, fmt: str, base: dict) -> QuizQuestion:
    single = "=" in answers
    # Moodle turns every "=" into "~=" and splits on "~": "~=right" leaves an empty choice, dropped
    marked = answers.replace("=", "~=")
    options = []
    for at, part in _parts(marked, "~", offset):
        if not part:
            continue
        if part.startswith("="):
            w, part = 100.0, part[1:]
        else:
            w, part = _weight(part, at, 0.0)
        text, fb = _answer(part, fmt)
        if single:
            options.append(QuizOption(text=text, correct=w == 100, weight=None if w in (100, 0) else w,
                                      feedback=fb))
        else:
            options.append(QuizOption(text=text, correct=w > 0, weight=w, feedback=fb))
    return with_fields(_QUESTION, type="single" if single else "multiple", options=tuple(options), **base)


def _short(answers: str, offset: int, fmt: str, base: dict) -> QuizQuestion:
    options = []
    for at, part in _parts(answers, "=", offset):
        w, part = _weight(part, at, 100.0)
        text, fb = _answer(part, fmt)
        options.append(QuizOption(text=text, weight=None if w == 100 else w, feedback=fb))
    if options and not any(o.weight is None for o in options):
        best = max(o.weight for o in options)
        raise _Bad(offset, phrase('у короткого ответа нет ответа на 100 % (лучший — {best:g} %); Moodle такой файл не импортирует', best=best))
    return with_fields(_QUESTION, type="short", options=tuple(options), **base)


def _matching(answers: str, offset: int, fmt: str, base: dict) -> QuizQuestion:
    pairs, distractors = [], []
    for at, part in _parts(answers, "=", offset):
        if "->" not in part:
            raise _Bad(at, phrase('в вопросе на сопоставление каждая пара пишется как «=левое -> правое»'))
        left, right = part.split("->", 1)
        left, right = _text(left, fmt), render(_restore(right).strip(), "plain")
        if not right:
            raise _Bad(at, phrase('у пары нет правой части после «->»'))
        if left:
            pairs.append(QuizPair(left, right))
        else:
            distractors.append(right)
    return with_fields(_QUESTION, type="matching", pairs=tuple(pairs), distractors=tuple(distractors), **base)


def _number(raw: str, offset: int) -> float:
    s = _restore(raw).strip()
    try:
        x = float(s)
    except ValueError:
        raise _Bad(offset, phrase('неверное число «{s}» в числовом ответе', s=s)) from None
    if not math.isfinite(x):
        raise _Bad(offset, phrase('неверное число «{s}» в числовом ответе', s=s))
    return x


def _numerical(body: str, offset: int, fmt: str, base: dict) -> QuizQuestion:
    offset += 1  # the "#"
    other = ""
    tilde = body.find("~")
    if tilde != -1:  # Moodle keeps "~#text" as the feedback for any other answer
        other = _answer(body[tilde + 1:], fmt)[1]
        body = body[:tilde]
    parts = _parts(body, "=", offset)
    if not parts:
        raise _Bad(offset, phrase('в числовом вопросе нет ни одного ответа'))
    options = []
    for at, part in parts:
        w, part = _weight(part, at, 100.0)
        value_text, _, fb = part.partition("#")
        value_text = value_text.strip()
        if not value_text:
            raise _Bad(at, phrase('пустой числовой ответ'))
        if ".." in value_text:
            lo_text, hi_text = value_text.split("..", 1)
            lo, hi = _number(lo_text, at), _number(hi_text, at)
            if lo > hi:
                raise _Bad(at, phrase('диапазон {lo:g}..{hi:g}: начало больше конца', lo=lo, hi=hi))
            value, tol = (lo + hi) / 2, (hi - lo) / 2
        elif ":" in value_text:
            v_text, t_text = value_text.split(":", 1)
            value, tol = _number(v_text, at), abs(_number(t_text, at))
        else:
            value, tol = _number(value_text, at), 0.0
        options.append(QuizOption(value=value, tolerance=tol, weight=None if w == 100 else w,
                                  feedback=_text(fb, fmt) if fb else ""))
    if other:
        options.append(QuizOption(text="*", weight=0.0, feedback=other))
    return with_fields(_QUESTION, type="numerical", options=tuple(options), **base)
