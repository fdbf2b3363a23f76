"""Shared pieces of the GIFT and Moodle XML importers: results, ids, HTML to text."""

from __future__ import annotations

import functools
import math
import re
import threading
from dataclasses import dataclass, field
from html.parser import HTMLParser


from app.packs.ktouch import slug
from app.core.content import QuizOption, QuizQuestion
from app.packs.limits import MAX_HTML_CHARS, MAX_TITLE_CHARS
from app.packs.problems import Problem
from app.core.phrase import phrase
from app.packs.rich_text import formatted

MAX_QUIZ_FILE_BYTES = 10 * 1024 * 1024
MAX_QUESTION_CHARS = 10_000
MAX_OPTION_CHARS = 1000


@dataclass(frozen=True)
class Skipped:
    """A question that was not imported, and why."""

    title: str  # title, or the start of the text
    line: int | None
    kind: str  # the source's name for the question type
    reason: str

    def __str__(self) -> str:
        return self.said()

    def said(self) -> str:
        """«строка 12: «Вопрос» (essay): почему», a phrase."""
        where = phrase("строка {line}", line=self.line) if self.line else phrase("место неизвестно")
        return phrase("{where}: «{title}» ({kind}): {reason}", where=where, title=self.title, kind=self.kind,
                      reason=self.reason)


@dataclass
class ParseResult:
    questions: list[QuizQuestion] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)  # the file is broken: nothing is imported
    skipped: list[Skipped] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # question id -> line in the source
    warnings: list[Problem] = field(default_factory=list)  # imported, but not quite as written
    files: dict[str, bytes] = field(default_factory=dict)  # pack path -> bytes (question images)


# Moodle's list of grades an answer may carry (question/format.php, get_grade_options): a file
# whose fractions are not on it is refused by Moodle's import, so it is refused here too.
_GRADES = (1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2,
           0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0)
MOODLE_FRACTIONS = _GRADES + tuple(-g for g in _GRADES if g)


@functools.lru_cache(maxsize=256)  # (a bank repeats a few weights on thousands of answers)
def match_grade(percent: float) -> float | None:
    """The grade on Moodle's list ``percent`` stands for (in percent), or None when it is not one."""
    fraction = percent / 100
    for grade in MOODLE_FRACTIONS:
        if abs(fraction - grade) < 0.00001:
            return round(grade * 100, 5)
    return None


_collected = threading.local()  # the formatted texts of the question being read, per importing thread


def collect_rich() -> None:
    """Start collecting the formatting of the texts :func:`render_noted` renders (one question)."""
    _collected.found = {}


def render_noted(raw: str, fmt: str) -> str:
    """:func:`render`, with the text's formatting (as safe HTML) noted for the question being read."""
    plain = render(raw, fmt)
    found = getattr(_collected, "found", None)
    if found is not None and plain and plain not in found:
        html = formatted(raw, fmt)
        if html and len(html) <= MAX_HTML_CHARS and len(plain) <= MAX_QUESTION_CHARS:  # else plain text only
            found[plain] = html
    return plain


def collected_rich(question_text: str) -> tuple[tuple[str, str], ...]:
    """The formatting noted since :func:`collect_rich`, but the question text's (``text_html`` holds it)."""
    found = getattr(_collected, "found", None)
    _collected.found = None
    if not found:  # (most questions)
        return ()
    return tuple((plain, html) for plain, html in found.items() if plain != question_text)


def render(raw: str, fmt: str) -> str:
    """Text in one of Moodle's formats as the plain text a learner reads.

    ``html``: tags dropped, entities decoded (an escaped ``&lt;b&gt;`` stays the text ``<b>``);
    ``moodle`` (moodle_auto_format): HTML too, but line breaks are kept; ``markdown`` is rendered
    first; ``plain``: as written.
    """
    fmt = fmt.lower()
    if "<" not in raw and "&" not in raw and fmt != "markdown":  # no markup: skip the HTML parser
        return clean_plain(raw if fmt in ("plain", "2", "moodle", "moodle_auto_format", "0") else raw.replace("\n", " "))
    if fmt in ("html", "1"):
        return html_to_text(raw.replace("\n", " "))
    if fmt in ("moodle", "moodle_auto_format", "0"):
        return html_to_text(raw.replace("\r\n", "\n").replace("\n", "<br>"))
    if fmt in ("markdown", "4"):
        import markdown  # only for a markdown text: the window process does not load it otherwise
        return html_to_text(markdown.markdown(raw).replace("\n", " "))
    return clean_plain(raw)


_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
               "blockquote", "pre", "hr", "section", "article", "header", "footer", "dt", "dd"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(f"[{alt}]")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, paragraphs kept as lines."""
    p = _TextParser()
    p.feed(html)
    p.close()
    text = "".join(p.parts).replace("\u00a0", " ")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
# what SPACES changes: a lone space stays as it is, so a line without these needs only strip()
_SPACE_RUNS = re.compile("[\t\r\f\v\u00a0]| {2}")


def clean_line(line: str) -> str:
    """One line with runs of spaces collapsed, stripped (most answers of a bank: no run to collapse)."""
    return (SPACES.sub(" ", line) if _SPACE_RUNS.search(line) else line).strip()


def clean_plain(text: str) -> str:
    """Plain text with runs of spaces collapsed and blank lines dropped."""
    if "\n" not in text:
        return clean_line(text)
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def short_title(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clean_category(path: str) -> str:
    """Moodle category path → ours: ``$course$/top/Этикет/Приветствие`` → ``Этикет/Приветствие``."""
    parts = [p.strip() for p in path.replace("\\", "/").split("/")]
    parts = [p for p in parts if p]
    if parts and re.fullmatch(r"\$\w+\$", parts[0]):
        parts = parts[1:]
    if parts and parts[0].lower() == "top":
        parts = parts[1:]
    if parts and parts[0].lower().startswith("default for ") and len(parts) > 1:
        parts = parts[1:]
    return "/".join(parts)


class IdMaker:
    """Stable question ids: the slug of the title, else ``<category slug>-<n>``; never repeated.

    Each base remembers the next suffix it may try, so thousands of questions with one name
    take linear time, not quadratic.
    """

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.per_category: dict[str, int] = {}
        self.next_suffix: dict[str, int] = {}
        self.slugs: dict[str, str] = {}

    def _slug(self, text: str, fallback: str) -> str:
        if text not in self.slugs:
            self.slugs[text] = slug(text, fallback)
        return self.slugs[text] or fallback

    def make(self, title: str, category: str) -> str:
        slugs = self.slugs
        cat = (slugs.get(category) or self._slug(category, "q")) if category else "q"
        self.per_category[cat] = self.per_category.get(cat, 0) + 1
        base = (slugs.get(title) or self._slug(title, "")) if title else ""
        if not base:
            base = f"{cat[:56]}-{self.per_category[cat]}"
        qid = base[:60]
        if qid in self.used:
            n = self.next_suffix.get(base, 2)
            while f"{base[:56]}-{n}" in self.used:
                n += 1
            qid = f"{base[:56]}-{n}"
            self.next_suffix[base] = n + 1
        self.used.add(qid)
        return qid


def check_question(q: QuizQuestion) -> str | None:
    """Why ``q`` cannot go into a pack (the loader's rules), or None."""
    if len(q.category) > MAX_TITLE_CHARS:  # else the loader would blame the generated quiz.toml
        return phrase('категория длиннее {most} знаков', most=MAX_TITLE_CHARS)
    options = q.options
    # one pass over the answers for the rules below, checked in their order (a 10 MB bank has 200,000 answers)
    bad_number = empty_text = long_text = bad_weight = long_feedback = False
    for o in options:
        if (o.value is not None and not math.isfinite(o.value)) or (o.tolerance and not math.isfinite(o.tolerance)):
            bad_number = True
        if not o.text.strip():
            empty_text = True
        if len(o.text) > MAX_OPTION_CHARS:
            long_text = True
        if o.weight is not None and not -100 <= o.weight <= 100:
            bad_weight = True
        if len(o.feedback) > MAX_QUESTION_CHARS:
            long_feedback = True
    if bad_number or not math.isfinite(q.penalty):
        return phrase('число в ответе или штраф — не конечное число (nan, бесконечность или слишком большое)')
    if not q.text.strip():
        return phrase('нет текста вопроса')
    if len(q.text) > MAX_QUESTION_CHARS:
        return phrase('текст вопроса длиннее {most} знаков', most=MAX_QUESTION_CHARS)
    if empty_text and q.type in ("single", "multiple", "short"):
        return phrase('у варианта ответа нет текста')
    if long_text:
        return phrase('вариант ответа длиннее {most} знаков', most=MAX_OPTION_CHARS)
    if bad_weight:
        return phrase('вес варианта вне пределов −100…100 %')

    # a fully right answer: weight 100, or no weight and marked correct (any accepted one for short and numerical)
    if q.type == "single":
        if len(q.options) < 2:
            return phrase('нужно не меньше двух вариантов')
        if sum(1 for o in options if o.weight == 100 or (o.weight is None and o.correct)) != 1:
            return phrase('должен быть ровно один полностью верный вариант')
    elif q.type == "multiple":
        if len(q.options) < 2:
            return phrase('нужно не меньше двух вариантов')
        positive = [o.weight for o in q.options if o.weight is not None and o.weight > 0]
        if not positive and not any(o.correct for o in q.options):
            return phrase("нет ни одного верного варианта")
        # positive weights not adding up to 100 % are imported as they are, as Moodle does (its check
        # only asks again in the editing form); the pack loader names such a question in a warning
    elif q.type in ("short", "numerical"):
        if not q.options:
            return phrase('нет ни одного принятого ответа')
        if not any(o.weight is None or o.weight == 100 for o in options):
            return phrase('ни один ответ не даёт полного балла')
    elif q.type == "matching":
        if len(q.pairs) < 2:
            return phrase('нужно не меньше двух пар')
        lefts = [p.left for p in q.pairs]
        if len(set(lefts)) != len(lefts):
            return phrase('левые части пар повторяются')
        if any(len(p.left) > MAX_OPTION_CHARS or len(p.right) > MAX_OPTION_CHARS for p in q.pairs):
            return phrase('часть пары длиннее {most} знаков', most=MAX_OPTION_CHARS)
    elif q.type == "truefalse" and q.answer is None:
        return phrase('нет ответа «верно» или «неверно»')
    if long_feedback or max(len(q.explanation), len(q.feedback_true), len(q.feedback_false)) > MAX_QUESTION_CHARS:
        return phrase('отзыв или объяснение длиннее {most} знаков', most=MAX_QUESTION_CHARS)
    return None

