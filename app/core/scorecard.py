"""Scoring an operator's reply to a customer, in the spirit of a support QA scorecard.

``score_reply`` judges a reply element by element (greeting, name, empathy, solution, closing,
tone, language, style, length, and for a task also facts, forbidden and time), each with a reason
in Russian and the spans of the reply it rests on. Words are compared by their normal forms
(pymorphy3), so «Приносим извинения» and «извините» both count as an apology; the word and
phrase lists live in ``app/assets/scorecard/lexicon.toml``, not here. No Qt.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.core.paths import ASSETS
from app.core.content import CorrespondenceTask, CustomerTurn

LEXICON_PATH = ASSETS / "scorecard" / "lexicon.toml"

ELEMENTS = ("greeting", "name", "empathy", "solution", "closing", "tone", "language", "style", "length")
TASK_ELEMENTS = ("facts", "forbidden", "time")
# Russian names of the elements for reports written outside the GUI (the chat screen translates its own)
ELEMENT_TITLES = {
    "greeting": "Приветствие", "name": "Обращение по имени", "empathy": "Сочувствие, извинение",
    "solution": "Решение или следующий шаг", "closing": "Завершение", "tone": "Тон", "language": "Грамотность",
    "style": "Инфостиль", "length": "Длина", "facts": "Нужные факты", "forbidden": "Запрещённые обещания",
    "time": "Время ответа",
}

DEFAULT_WEIGHTS: dict[str, float] = {
    "greeting": 10, "name": 5, "empathy": 15, "solution": 25, "closing": 10, "tone": 15,
    "language": 10, "style": 5, "length": 5, "facts": 15, "forbidden": 10, "time": 5,
}
DEFAULT_CRITICAL = frozenset({"tone", "forbidden"})
DEFAULT_PASS_SCORE = 80.0
DEFAULT_LENGTH = (60, 1200)
# Only this much of a reply is analysed: a 100 KB paste is judged on its start (and fails on length).
ANALYSIS_CAP = 5000
GRAMMAR_CATEGORIES = frozenset({"spelling", "grammar", "punctuation"})

Span = tuple[int, int]
Grammar = Callable[[str, str], list]


@dataclass
class ElementResult:
    name: str
    passed: bool | None
    reason: str
    spans: list[Span] = field(default_factory=list)
    weight: float = 0.0
    critical: bool = False
    critical_failure: bool = False  # this failure fails the whole reply
    forced_critical: bool = False  # fails the reply whatever the task says (a 100 KB paste is no reply)

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "reason": self.reason, "spans": [list(s) for s in self.spans],
                "weight": self.weight, "critical": self.critical}


@dataclass
class Scorecard:
    elements: dict[str, ElementResult]
    total: int
    passed: bool
    pass_score: float
    seconds: float | None = None
    notes: list[str] = field(default_factory=list)  # about the input: empty, capped, wrong language

    def __getitem__(self, name: str) -> ElementResult:
        return self.elements[name]

    @property
    def critical_failures(self) -> list[str]:
        return [e.name for e in self.elements.values() if e.critical_failure]

    def to_json(self) -> dict[str, Any]:
        return {"elements": {n: {"passed": e.passed, "reason": e.reason} for n, e in self.elements.items()},
                "total": self.total, "pass": self.passed}

    def to_dict(self) -> dict[str, Any]:
        """Everything, for storage: spans, weights, critical flags, the time to reply."""
        return {"elements": {n: e.to_dict() for n, e in self.elements.items()}, "total": self.total,
                "pass": self.passed, "pass_score": self.pass_score, "seconds": self.seconds,
                "critical_failures": self.critical_failures, "notes": list(self.notes)}


# --- words -------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*")
_EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\U00002600-\U000027BF\U0001F000-\U0001F2FF\U0001F900-\U0001F9FF]"
                       "|[:;]-?[)(DP]|\\){2,}|\\({2,}")
_SHOUT_RE = re.compile(r"!{2,}|\?{2,}|[!?]{3,}")
_CAPS_RE = re.compile(r"(?<![0-9A-Za-zА-Яа-яЁё])[A-ZА-ЯЁ]{2,}(?![0-9A-Za-zА-Яа-яЁё])")
_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\b")
_SENTENCE_RE = re.compile(r"[^.!?…\n]+[.!?…]*")


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def _analyse(lower: str) -> tuple[frozenset[str], str]:
    """All normal forms of a lower-case word, and the tag of its likeliest parse."""
    if lower.isdigit():
        return frozenset({lower}), "NUMB"
    if not re.search(r"[а-яё]", lower):
        return frozenset({lower}), "LATN"
    parses = _morph().parse(lower)
    forms = frozenset(p.normal_form.replace("ё", "е") for p in parses) | {lower.replace("ё", "е")}
    return forms, str(parses[0].tag)


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    start: int
    end: int
    lemmas: frozenset[str]
    tag: str


def tokenize(text: str) -> list[Token]:
    tokens = []
    for m in _WORD_RE.finditer(text):
        lower = m.group().lower()
        lemmas, tag = _analyse(lower)
        tokens.append(Token(m.group(), lower.replace("ё", "е"), m.start(), m.end(), lemmas, tag))
    return tokens


@dataclass(frozen=True)
class Phrase:
    source: str
    words: tuple[str, ...]

    def word_matches(self, i: int, token: Token) -> bool:
        w = self.words[i]
        if w.endswith("*"):
            return token.lower.startswith(w[:-1])
        return token.lower == w or w in token.lemmas


def _phrases(entries: Sequence[str]) -> tuple[Phrase, ...]:
    out = []
    for entry in entries:
        words = tuple(w.lower().replace("ё", "е") for w in re.findall(r"[0-9A-Za-zА-Яа-яЁё*]+(?:-[A-Za-zА-Яа-яЁё]+)*",
                                                                       entry))
        if words:
            out.append(Phrase(entry, words))
    return tuple(out)


def find_phrases(tokens: Sequence[Token], phrases: Sequence[Phrase], *, gap: int = 1) -> list[tuple[Phrase, Span]]:
    """Every occurrence of each phrase; between two words of a phrase at most ``gap`` other words."""
    hits = []
    for phrase in phrases:
        n = len(phrase.words)
        for i, tok in enumerate(tokens):
            if not phrase.word_matches(0, tok):
                continue
            j, k, ok = i, 1, True
            while k < n:
                for step in range(1, gap + 2):
                    if j + step < len(tokens) and phrase.word_matches(k, tokens[j + step]):
                        j += step
                        break
                else:
                    ok = False
                    break
                k += 1
            if ok:
                hits.append((phrase, (tok.start, tokens[j].end - tok.start)))
    return hits


@dataclass(frozen=True)
class Lexicon:
    greeting: tuple[Phrase, ...]
    empathy: tuple[Phrase, ...]
    empathy_exclude: tuple[Phrase, ...]
    complaint: tuple[Phrase, ...]
    actions: tuple[Phrase, ...]
    time_frames: tuple[Phrase, ...]
    steps: tuple[Phrase, ...]
    answers: tuple[Phrase, ...]
    units: frozenset[str]
    not_steps: frozenset[str]
    closing: tuple[Phrase, ...]
    rude: tuple[Phrase, ...]
    blaming: tuple[Phrase, ...]
    slang: tuple[Phrase, ...]
    dont_know: tuple[Phrase, ...]
    abbreviations: frozenset[str]
    bureaucratese: tuple[Phrase, ...]
    intensifiers: tuple[Phrase, ...]
    vague: tuple[Phrase, ...]
    ignore_rules: frozenset[str]


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))

    def get(section: str, key: str) -> list[str]:
        return list(data.get(section, {}).get(key, []))

    return Lexicon(
        greeting=_phrases(get("greeting", "phrases")), empathy=_phrases(get("empathy", "phrases")),
        empathy_exclude=_phrases(get("empathy", "exclude")),
        steps=_phrases(get("solution", "steps")), answers=_phrases(get("solution", "answers")),
        ignore_rules=frozenset(get("language", "ignore_rules")),
        complaint=_phrases(get("complaint", "phrases")), actions=_phrases(get("solution", "actions")),
        time_frames=_phrases(get("solution", "time_frames")),
        units=frozenset(w.lower() for w in get("solution", "units")),
        not_steps=frozenset(w.lower() for w in get("solution", "not_steps")),
        closing=_phrases(get("closing", "phrases")), rude=_phrases(get("tone", "rude")),
        blaming=_phrases(get("tone", "blaming")), slang=_phrases(get("tone", "slang")),
        dont_know=_phrases(get("tone", "dont_know")),
        abbreviations=frozenset(a.upper() for a in get("tone", "abbreviations")),
        bureaucratese=_phrases(get("style", "bureaucratese")),
        intensifiers=_phrases(get("style", "intensifiers")), vague=_phrases(get("style", "vague")),
    )


def warm() -> None:
    """Load the morphology dictionaries and word lists (for a background thread)."""
    load_lexicon()
    _analyse("проверка")


# --- helpers -----------------------------------------------------------------------------------

def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE_RE.finditer(text) if m.group().strip()]


def _quote(text: str, spans: Sequence[Span], limit: int = 3) -> str:
    seen: list[str] = []
    kept: list[Span] = []
    for off, ln in sorted(spans, key=lambda s: (s[0], -s[1])):
        if any(off >= k[0] and off + ln <= k[0] + k[1] for k in kept):
            continue
        kept.append((off, ln))
    for off, ln in sorted(kept):
        frag = text[off:off + ln].strip()
        if frag and frag not in seen:
            seen.append(frag)
    shown = ", ".join(f"«{f}»" for f in seen[:limit])
    return shown + (" и другие" if len(seen) > limit else "")


def _cyrillic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "а" <= c.lower() <= "я" or c.lower() == "ё") / len(letters)


def is_complaint(customer_messages: Sequence[str]) -> tuple[bool, list[str]]:
    """Whether the customer complains, and the words that say so."""
    text = "\n".join(customer_messages)[:ANALYSIS_CAP]
    hits = find_phrases(tokenize(text), load_lexicon().complaint, gap=1)
    words = []
    for phrase, (off, ln) in hits:
        frag = text[off:off + ln]
        if frag not in words:
            words.append(frag)
    return bool(hits), words


_NAME_RE = re.compile(r"(?i:меня зовут|это|с вами|пишет|я)\s+([А-ЯЁ][а-яё]+)")


def customer_name_from(messages: Sequence[str]) -> str:
    """The name the customer gave in the message («Меня зовут Олег»), else ""."""
    for msg in messages:
        m = _NAME_RE.search(msg)
        if m and "Name" in str(_morph().parse(m.group(1).lower())[0].tag):
            return m.group(1)
    return ""


def _is_number(tok: Token) -> bool:
    return tok.tag == "NUMB" or tok.tag.startswith("NUMR") or "Anum" in tok.tag


def _time_frames(tokens: Sequence[Token], text: str, lex: Lexicon) -> list[Span]:
    spans = [s for _, s in find_phrases(tokens, lex.time_frames, gap=0)]
    for i, tok in enumerate(tokens):
        if tok.lemmas & lex.units:
            for back in (1, 2):
                if i - back >= 0 and _is_number(tokens[i - back]):
                    spans.append((tokens[i - back].start, tok.end - tokens[i - back].start))
                    break
    spans += [(m.start(), m.end() - m.start()) for m in _TIME_RE.finditer(text)]
    return spans


def _imperatives(tokens: Sequence[Token], lex: Lexicon) -> tuple[list[Span], list[Span]]:
    """Plural imperatives that are a step for the customer, and singular ones («напиши»: «ты»)."""
    plural, singular = [], []
    for tok in tokens:
        if "impr" not in tok.tag:
            continue
        if "sing" in tok.tag:
            if not _also_indicative(tok.lower):  # «нашли» is also «мы нашли», not only «нашли!»
                singular.append((tok.start, tok.end - tok.start))
        elif tok.lemmas & lex.not_steps:
            continue
        elif "plur" in tok.tag and "incl" not in tok.tag:
            plural.append((tok.start, tok.end - tok.start))
    return plural, singular


@lru_cache(maxsize=5_000)
def _also_indicative(word: str) -> bool:
    return any(p.tag.POS == "VERB" and p.tag.mood == "indc" for p in _morph().parse(word))


_TY_FORMS = frozenset({"ты", "тебя", "тебе", "тобой", "тобою", "твой", "твоя", "твое", "твоё", "твои", "твоего",
                       "твоей", "твоему", "твоим", "твоих", "твоими", "твою"})


# --- the scorer --------------------------------------------------------------------------------

def score_reply(reply: str, customer_messages: Sequence[str] | str, *, customer_name: str = "",
                task: CorrespondenceTask | None = None, language: str = "ru",
                grammar: Grammar | None = None, seconds: float | None = None,
                turn: CustomerTurn | None = None) -> Scorecard:
    """Judge ``reply`` to ``customer_messages``; ``grammar(text, language)`` returns findings.

    ``turn`` is the customer's scripted follow-up being answered in a multi-turn task: the
    chat is already under way, so no greeting is expected, and the facts required are the turn's.
    """
    if isinstance(customer_messages, str):
        customer_messages = [customer_messages]
    reply = unicodedata.normalize("NFC", reply or "").replace("\r\n", "\n")
    customer_messages = [unicodedata.normalize("NFC", m or "") for m in customer_messages]
    if task is not None:
        customer_messages = list(customer_messages) or list(task.messages)
        customer_name = customer_name or task.customer
    customer_name = (customer_name or customer_name_from(customer_messages)).strip()
    lex = load_lexicon()
    notes: list[str] = []

    full_len = len(reply.strip())
    text = reply[:ANALYSIS_CAP]
    if len(reply) > ANALYSIS_CAP:
        cut = text.rfind(" ", ANALYSIS_CAP // 2)
        text = text[:cut] if cut > 0 else text  # never check half a word
    if len(reply) > ANALYSIS_CAP:
        notes.append(f"Ответ длиннее {ANALYSIS_CAP} знаков: оценено только начало.")
    tokens = tokenize(text)
    empty = not tokens
    if not reply.strip():
        notes.append("Ответ пустой.")
    elif empty:
        notes.append("В ответе нет ни одного слова.")
    wrong_language = False
    if language == "ru" and not empty and _cyrillic_share(text) < 0.5:
        wrong_language = True
        notes.append("Ответ написан не по-русски, а клиент пишет по-русски.")

    complaint, complaint_words = is_complaint(customer_messages)
    sentences = _sentences(text)
    results: dict[str, ElementResult] = {}

    # greeting: in the first sentence (not expected again later in a chat)
    first_end = sentences[0][1] if sentences else 0
    first_end = max(first_end, min(len(text), 20))
    greet = [s for p, s in find_phrases(tokens, lex.greeting) if s[0] < first_end]
    if turn is not None and not greet:
        results["greeting"] = ElementResult("greeting", None, "Чат уже идёт: второй раз здороваться не нужно.")
    elif greet:
        results["greeting"] = ElementResult("greeting", True, f"Есть приветствие: {_quote(text, greet)}.", greet[:1])
    else:
        anywhere = [s for p, s in find_phrases(tokens, lex.greeting)]
        reason = ("Приветствие не в начале ответа." if anywhere else
                  "Нет приветствия: начните с «Здравствуйте» или «Добрый день».")
        results["greeting"] = ElementResult("greeting", False, reason, anywhere[:1])

    # name
    if not customer_name:
        results["name"] = ElementResult("name", None, "Клиент не назвал имени: обращение по имени не оценивается.")
    else:
        name_spans = _name_spans(tokens, customer_name)
        first = customer_name.split()[0]
        if name_spans:
            results["name"] = ElementResult("name", True, f"Оператор обращается к клиенту по имени ({first}).",
                                            name_spans[:1])
        else:
            results["name"] = ElementResult("name", False,
                                            f"Клиент представился ({first}), а в ответе нет обращения по имени.")

    # empathy
    excluded = [s for _, s in find_phrases(tokens, lex.empathy_exclude, gap=0)]
    emp = [s for _, s in find_phrases(tokens, lex.empathy)
           if not any(e[0] <= s[0] and s[0] + s[1] <= e[0] + e[1] for e in excluded)]
    if not complaint:
        results["empathy"] = ElementResult("empathy", None, "Клиент не жалуется: извинение не требуется.", emp[:1])
    elif emp:
        results["empathy"] = ElementResult("empathy", True,
                                           f"Клиент жалуется, и оператор выражает сочувствие: {_quote(text, emp)}.",
                                           emp[:2])
    else:
        words = ", ".join(f"«{w}»" for w in complaint_words[:2])
        results["empathy"] = ElementResult("empathy", False,
                                           f"Клиент жалуется ({words}), а в ответе нет ни извинения, ни сочувствия.")

    # solution
    actions = [s for _, s in find_phrases(tokens, lex.actions)]
    frames = _time_frames(tokens, text, lex)
    steps, singular_impr = _imperatives(tokens, lex)
    steps += [s for _, s in find_phrases(tokens, lex.steps)]
    answers = [s for _, s in find_phrases(tokens, lex.answers)]
    facts_in_reply = [(m.start(), m.end() - m.start()) for m in re.finditer(r"\d+", text)]
    if actions and frames:
        results["solution"] = ElementResult(
            "solution", True, f"Есть конкретный шаг и срок: {_quote(text, actions[:1] + frames[:1])}.",
            actions[:2] + frames[:2])
    elif steps:
        results["solution"] = ElementResult("solution", True,
                                            f"Клиенту дан понятный следующий шаг: {_quote(text, steps)}.", steps[:3])
    elif not complaint and (frames or facts_in_reply or answers):
        results["solution"] = ElementResult("solution", True, "Дан конкретный ответ на вопрос клиента.",
                                            (frames or facts_in_reply or answers)[:2])
    elif actions:
        results["solution"] = ElementResult(
            "solution", False, f"Шаг назван ({_quote(text, actions[:1])}), но не сказано, когда: добавьте срок.",
            actions[:1])
    else:
        results["solution"] = ElementResult("solution", False,
                                            "Нет ни ответа по существу, ни следующего шага со сроком.")

    # closing: in the last two sentences
    tail_start = sentences[-2][0] if len(sentences) >= 2 else 0
    close = [s for _, s in find_phrases(tokens, lex.closing) if s[0] >= tail_start]
    if close:
        results["closing"] = ElementResult("closing", True, f"Есть завершение: {_quote(text, close)}.", close[:1])
    else:
        results["closing"] = ElementResult("closing", False, "Нет завершения: предложите помощь или попрощайтесь "
                                                             "(«Если будут вопросы, пишите»).")

    # tone
    results["tone"] = _tone(text, tokens, lex, complaint, singular_impr, results["solution"].passed is True)

    # language
    emoji_spans = [(m.start(), m.end() - m.start()) for m in _EMOJI_RE.finditer(text)]
    results["language"] = _language(text, tokens, language, grammar, wrong_language, lex, emoji_spans)

    # style
    results["style"] = _style(text, tokens, lex)

    # length
    lo, hi = DEFAULT_LENGTH
    if task is not None:
        lo = task.length_min if task.length_min is not None else lo
        hi = task.length_max if task.length_max is not None else hi
    if full_len == 0:
        results["length"] = ElementResult("length", False, "Ответ пустой.")
    elif full_len < lo:
        results["length"] = ElementResult("length", False,
                                          f"Слишком коротко: {full_len} зн. при минимуме {lo}.", [(0, len(reply))])
    elif full_len > hi:
        paste = full_len > ANALYSIS_CAP
        results["length"] = ElementResult(
            "length", False, f"Слишком длинно: {full_len} зн. при максимуме {hi}."
            + (" Это не ответ клиенту, а вставленный текст: ответ не зачтён." if paste else ""),
            [(hi, len(reply) - hi)], forced_critical=paste)
    else:
        results["length"] = ElementResult("length", True, f"Длина в норме: {full_len} зн. (от {lo} до {hi}).")

    # task elements
    facts = turn.required_facts if turn is not None else (task.required_facts if task is not None else ())
    if facts:
        results["facts"] = _facts(text, tokens, facts)
    if task is not None and task.forbidden:
        bad = find_phrases(tokens, _phrases(task.forbidden), gap=1)
        if bad:
            results["forbidden"] = ElementResult("forbidden", False,
                                                 f"В ответе запрещённое обещание: {_quote(text, [s for _, s in bad])}.",
                                                 [s for _, s in bad], critical_failure=True)
        else:
            results["forbidden"] = ElementResult("forbidden", True, "Запрещённых обещаний нет.")
    if task is not None and task.time_limit:
        if seconds is None:
            results["time"] = ElementResult("time", None, "Время ответа не измерялось.")
        elif seconds <= task.time_limit:
            results["time"] = ElementResult("time", True, f"Ответ за {seconds:.0f} с при лимите {task.time_limit} с.")
        else:
            results["time"] = ElementResult("time", False,
                                            f"Ответ за {seconds:.0f} с, а лимит — {task.time_limit} с.")

    if empty:
        results["style"] = ElementResult("style", None, "Нет текста: стиль не оценивается.")
        if results["tone"].passed:
            results["tone"] = ElementResult("tone", None, "Нет текста: тон не оценивается.")
    return _finish(results, task, seconds, notes)


def _name_spans(tokens: Sequence[Token], customer_name: str) -> list[Span]:
    wanted = set()
    for part in customer_name.split()[:2]:
        lower = part.lower().replace("ё", "е")
        wanted |= {lower} | set(_analyse(lower)[0])
    first = customer_name.split()[0].lower().replace("ё", "е")
    spans = []
    for tok in tokens:
        if tok.text[:1].isupper() and (tok.lower in wanted or (tok.lemmas & wanted and tok.lower[:3] == first[:3])):
            spans.append((tok.start, tok.end - tok.start))
    return spans


def _tone(text: str, tokens: Sequence[Token], lex: Lexicon, complaint: bool, singular_impr: list[Span],
          has_step: bool) -> ElementResult:
    severe: list[str] = []
    mild: list[str] = []
    spans: list[Span] = []

    rude = [s for _, s in find_phrases(tokens, lex.rude, gap=0)]
    if rude:
        severe.append(f"грубость: {_quote(text, rude)}")
        spans += rude
    blame = [s for _, s in find_phrases(tokens, lex.blaming, gap=1)]
    if blame:
        severe.append(f"клиента обвиняют: {_quote(text, blame)}")
        spans += blame
    ty = [(t.start, t.end - t.start) for t in tokens if t.lower in _TY_FORMS] + singular_impr
    if ty:
        severe.append(f"обращение на «ты»: {_quote(text, ty)}")
        spans += ty
    slang = [s for _, s in find_phrases(tokens, lex.slang, gap=0)]
    if slang:
        mild.append(f"разговорные слова: {_quote(text, slang)}")
        spans += slang
    caps = []
    for m in _CAPS_RE.finditer(text):
        word = m.group()
        if word in lex.abbreviations:
            continue
        if len(word) >= 5 or _known_word(word.lower()):
            caps.append((m.start(), m.end() - m.start()))
    if caps:
        mild.append(f"слова прописными: {_quote(text, caps)}")
        spans += caps
    shout = [(m.start(), m.end() - m.start()) for m in _SHOUT_RE.finditer(text)]
    if shout:
        mild.append(f"повторные знаки: {_quote(text, shout)}")
        spans += shout
    emoji = [(m.start(), m.end() - m.start()) for m in _EMOJI_RE.finditer(text)]
    if len(emoji) > 1:
        mild.append(f"эмодзи: {len(emoji)} (допустимо не больше одного)")
        spans += emoji
    elif emoji and complaint:
        mild.append("эмодзи в ответе на жалобу")
        spans += emoji
    dk = [s for _, s in find_phrases(tokens, lex.dont_know, gap=0)]
    if dk and not has_step:
        mild.append(f"{_quote(text, dk)} без следующего шага")
        spans += dk
    if severe or mild:
        reason = "Тон: " + "; ".join(severe + mild) + "."
        return ElementResult("tone", False, reason[:1].upper() + reason[1:], sorted(spans),
                             critical_failure=bool(severe))
    return ElementResult("tone", True, "Тон вежливый: на «вы», без грубости, упрёков и жаргона.")


def _known_word(lower: str) -> bool:
    if not re.search(r"[а-яё]", lower):
        return lower in {"no", "yes", "not", "stop", "now", "please", "help"}
    parses = _morph().parse(lower)
    return any(p.is_known and "Abbr" not in str(p.tag) for p in parses)


def _language(text: str, tokens: Sequence[Token], language: str, grammar: Grammar | None,
              wrong_language: bool, lex: Lexicon, emoji: Sequence[Span] = ()) -> ElementResult:
    if not tokens:
        return ElementResult("language", False, "Нет текста, который можно проверить.")
    if wrong_language:
        return ElementResult("language", False, "Ответ написан не на языке клиента: клиент пишет по-русски.",
                             [(0, len(text))])
    if grammar is None:
        return ElementResult("language", None, "Грамотность не проверялась.")
    try:
        findings = grammar(text, language)
    except Exception as exc:  # an engine failure must not take the scorecard down
        return ElementResult("language", None, f"Проверка грамотности не удалась: {exc}")
    bad = [f for f in findings if str(getattr(f.category, "value", f.category)) in GRAMMAR_CATEGORIES
           and getattr(f, "rule_id", "") not in lex.ignore_rules
           and not any(e[0] <= f.offset < e[0] + e[1] for e in emoji)]  # «)))» is judged by the tone
    if not bad:
        return ElementResult("language", True, "Орфографических, грамматических и пунктуационных ошибок не найдено.")
    spans = [(f.offset, f.length) for f in bad]
    first = bad[0]
    frag = text[first.offset:first.offset + first.length]
    return ElementResult("language", False,
                         f"Ошибок: {len(bad)}. Например, «{frag}»: {first.message}", spans)


def _style(text: str, tokens: Sequence[Token], lex: Lexicon) -> ElementResult:
    groups = (("канцелярит", lex.bureaucratese), ("пустые усилители", lex.intensifiers),
              ("неопределённость", lex.vague))
    found: list[tuple[str, list[Span]]] = []
    covered: list[Span] = []
    for label, phrases in groups:
        spans = []
        for _, s in sorted(find_phrases(tokens, phrases, gap=0), key=lambda h: -h[1][1]):
            if any(s[0] < c[0] + c[1] and c[0] < s[0] + s[1] for c in covered):
                continue
            covered.append(s)
            spans.append(s)
        if spans:
            found.append((label, spans))
    count = sum(len(s) for _, s in found)
    allowed = 1 + len(tokens) // 60
    details = "; ".join(f"{label}: {_quote(text, spans)}" for label, spans in found)
    if count <= allowed:
        reason = "Текст ясный." if not count else f"Текст в целом ясный (замечание — {details})."
        return ElementResult("style", True, reason, sorted(covered))
    return ElementResult("style", False, f"Много слов-паразитов и штампов ({count}): {details}.", sorted(covered))


def _facts(text: str, tokens: Sequence[Token], facts: Sequence[str]) -> ElementResult:
    missing, spans = [], []
    lowered = text.lower().replace("ё", "е")
    for fact in facts:
        key = fact.lower().replace("ё", "е").strip()
        pos = lowered.find(key)
        if pos >= 0:
            spans.append((pos, len(key)))
            continue
        hits = find_phrases(tokens, _phrases([fact]), gap=1)
        if hits:
            spans.append(hits[0][1])
        else:
            missing.append(fact)
    if missing:
        return ElementResult("facts", False, "Не названы обязательные факты: " +
                             ", ".join(f"«{m}»" for m in missing) + ".", spans)
    return ElementResult("facts", True, "Все обязательные факты названы.", spans)


def _finish(results: dict[str, ElementResult], task: CorrespondenceTask | None, seconds: float | None,
            notes: list[str]) -> Scorecard:
    overrides = {e.name: e for e in (task.scorecard if task is not None else ())}
    for name, res in results.items():
        o = overrides.get(name)
        res.weight = float(o.weight) if o is not None and o.weight is not None else DEFAULT_WEIGHTS.get(name, 5.0)
        res.critical = bool(o.critical) if o is not None and o.critical is not None else name in DEFAULT_CRITICAL
        if o is not None and not o.enabled:
            res.passed, res.reason, res.spans = None, "Не оценивается в этом задании.", []
        if res.passed is False and res.critical and name not in ("tone",):
            res.critical_failure = True
        if not res.critical:
            res.critical_failure = False
        if res.forced_critical:
            res.critical = res.critical_failure = True
    applicable = [r for r in results.values() if r.passed is not None and r.weight > 0]
    total_w = sum(r.weight for r in applicable)
    got = sum(r.weight for r in applicable if r.passed)
    total = round(100 * got / total_w) if total_w else 0
    threshold = task.pass_score if task is not None and task.pass_score is not None else DEFAULT_PASS_SCORE
    passed = total >= threshold and not any(r.critical_failure for r in results.values())
    return Scorecard(results, total, passed, threshold, seconds, notes)
