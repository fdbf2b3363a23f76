"""What every rule family shares: words with their offsets, the morphological analyser, findings.

A rule looks at a text as a list of :class:`Word` (letters, digits and inner hyphens) and at the
characters between two neighbouring words (``gap``), which is where commas, dots and quotes live.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

import pymorphy3

from app.core.grammar.findings import Category, Finding
from app.core.typography import TypographyPolicy

_WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*")
_SENTENCE_END = re.compile(r"[.!?…;:\n]")


@dataclass(frozen=True)
class RuleInfo:
    """A rule as the GUI and the documentation show it."""

    rule_id: str
    title: str  # a short name of the rule, in Russian
    message: str  # what a finding says, short and plain
    explanation: str  # why, in a few sentences of plain Russian
    category: Category


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    index: int

    @cached_property  # the rules ask for it over a million times per thousand replies
    def low(self) -> str:
        return self.text.lower().replace("ё", "е")


class Text:
    """A checked text split into words; ``gap_before(i)`` is what separates word i from word i-1."""

    def __init__(self, text: str, typography: TypographyPolicy | None = None) -> None:
        self.text = text
        self.typography = typography  # the learner's policy where one applies (a drill, an exercise)
        self.words = [Word(m.group(), m.start(), m.end(), i) for i, m in enumerate(_WORD.finditer(text))]
        self._analysis = None
        self._tokens = None
        self._spans: dict[tuple[int, int], int] | None = None
        # every gap, and whether it ends a sentence or is plain spaces, listed once: the ~90 rule families ask
        # about the same gaps hundreds of thousands of times per thousand replies
        self._gaps: list[str] | None = None
        self._starts: list[bool] | None = None
        self._plain: list[bool] | None = None

    def _gap_list(self) -> list[str]:
        gaps = self._gaps
        if gaps is None:
            text, words = self.text, self.words
            gaps = self._gaps = [text[(words[i - 1].end if i > 0 else 0):w.start] for i, w in enumerate(words)]
        return gaps

    def gap_before(self, i: int) -> str:
        """The characters between word i-1 and word i (from the text start for the first word)."""
        if i < 0:  # answered as before the lists were kept
            start = self.words[i - 1].end if i > 0 else 0
            return self.text[start:self.words[i].start]
        gaps = self._gaps
        return (gaps if gaps is not None else self._gap_list())[i]

    def starts_sentence(self, i: int) -> bool:
        """Word i is the first of its sentence (or follows a colon, a semicolon or a line break)."""
        if i < 0:
            return bool(_SENTENCE_END.search(self.gap_before(i)))
        starts = self._starts
        if starts is None:
            starts = self._starts = [i == 0 or bool(_SENTENCE_END.search(gap)) for i, gap in enumerate(self._gap_list())]
        return starts[i]

    def opens_sentence(self, i: int) -> bool:
        """Word i is the first of a sentence proper: the text's first word, or the first after «.», «!», «?»,
        «…» or a line break — not after a colon or a closing quote («нажмите «Забыли пароль?» на странице…»)."""
        gap = self.gap_before(i)
        return i == 0 or "\n" in gap or bool(re.search(r"[.!?…]\s*$", gap))

    def plain_gap(self, i: int) -> bool:
        """Word i follows word i-1 in the same sentence with nothing but spaces between them."""
        if i <= 0:
            return False
        plain = self._plain
        if plain is None:
            plain = self._plain = [gap.strip() == "" for gap in self._gap_list()]
        return plain[i]

    def run_start(self, i: int) -> int:
        """The first word of the run that holds word i, words joined by nothing but spaces (no comma, no dash)."""
        while self.plain_gap(i):
            i -= 1
        return i

    def run_end(self, i: int) -> int:
        """The last word of the run that holds word i."""
        while i + 1 < len(self.words) and self.plain_gap(i + 1):
            i += 1
        return i

    def inside_parts(self):
        """(start, i, word) for every word that does not open a part, ``start`` being the first word of its
        part: a part begins at a sentence's start and after the writer's own punctuation."""
        start = 0
        for i, w in enumerate(self.words):
            if self.starts_sentence(i) or not self.plain_gap(i):
                start = i
                continue
            yield start, i, w

    def word(self, i: int) -> Word | None:
        return self.words[i] if 0 <= i < len(self.words) else None

    def asks(self, i: int) -> bool:
        """The sentence of word i ends with a question mark."""
        for k in range(i + 1, len(self.words)):
            if self.starts_sentence(k):
                return "?" in self.gap_before(k)
        return "?" in self.text[self.words[-1].end:]

    def name_like(self, i: int) -> bool:
        """Word i is capitalised where a common word would not be: mid-sentence, or opening the sentence
        while the dictionary only guesses at it («Урадрерия созвал»). A name's gender is the person's."""
        word = self.words[i].text
        return word[:1].isupper() and not (self.starts_sentence(i) and known(word))

    @property
    def analysis(self):
        """The text's dependency parse and named entities (:mod:`app.core.grammar.language`)."""
        if self._analysis is None:
            from app.core.grammar.language import analyse
            self._analysis = analyse(self.text)
        return self._analysis

    def token(self, i: int):
        """(sentence, token) of the parse that is exactly word i, or (None, None)."""
        if self._tokens is None:
            self._tokens = {(tok.start, tok.end): (sent, tok)
                            for sent in self.analysis.sentences for tok in sent.tokens}
        w = self.words[i]
        return self._tokens.get((w.start, w.end), (None, None))

    def word_of(self, tok) -> int | None:
        """The index of the word that is exactly the parse token ``tok``, or None (the inverse of :meth:`token`)."""
        if self._spans is None:
            self._spans = {(w.start, w.end): w.index for w in self.words}
        return self._spans.get((tok.start, tok.end))


@lru_cache(maxsize=1)
def morph() -> pymorphy3.MorphAnalyzer:
    from app.core.grammar import pymorphy_speedup
    pymorphy_speedup.apply()
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def parses(word: str) -> tuple:
    """All pymorphy3 analyses of a word (lower-cased, ё kept), best first."""
    return tuple(morph().parse(word.lower()))


def likeliest_pos(word: str) -> str:
    """The part of speech of the word's likeliest analysis ("PREP", "NOUN", …; "" when it has none)."""
    readings = parses(word)
    return (readings[0].tag.POS or "") if readings else ""


# A subject pronoun → (person, number, gender or None): what its verb must agree with.
SUBJECT_PRONOUNS = {
    "я": ("1per", "sing", None), "ты": ("2per", "sing", None), "он": ("3per", "sing", "masc"),
    "она": ("3per", "sing", "femn"), "оно": ("3per", "sing", "neut"), "мы": ("1per", "plur", None),
    "вы": ("2per", "plur", None), "они": ("3per", "plur", None),
}


def agrees_with_pronoun(reading, pronoun: str) -> bool:
    """A verb reading fits the subject pronoun: in the past by number (and gender, where the pronoun has one),
    otherwise by person and number."""
    person, number, gender = SUBJECT_PRONOUNS[pronoun]
    tag = reading.tag
    if tag.tense == "past":
        return tag.number == number and (gender is None or tag.gender == gender)
    return tag.person == person and tag.number == number


# numbers after which a noun stands in the genitive singular and its words may go plural («два мага, которые»)
PAUCAL = frozenset({"два", "две", "три", "четыре", "оба", "обе", "полтора", "полторы"})


def known(word: str) -> bool:
    return _known_lower(word.lower())


@lru_cache(maxsize=50_000)
def _known_lower(word: str) -> bool:
    """The dictionary's answer, remembered: asking walks its automaton for close spellings each time."""
    return morph().word_is_known(word)


def has_tag(word: str, *grammemes: str) -> bool:
    """Some analysis of the word carries all the grammemes."""
    return any(all(g in p.tag for g in grammemes) for p in parses(word))


def match_case(model: str, word: str) -> str:
    """Spell ``word`` with the capital letter ``model`` starts with, if it does."""
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def finding(rule: RuleInfo, start: int, end: int, *replacements: str, message: str = "") -> Finding:
    return Finding(offset=start, length=end - start, message=message or rule.message,
                   category=rule.category, rule_id=rule.rule_id, replacements=tuple(replacements),
                   source="ours", explanation=rule.explanation)


_MEASURES = frozenset({"сутки", "час", "полчаса", "минута", "секунда", "день", "неделя", "месяц", "год", "раз",
                       "процент", "рубль", "половина", "треть", "четверть"})


def quantity_after_than(t: Text, i: int) -> bool:
    """«больше чем / меньше чем» at i-1, i that state an amount, not a comparison, and take no comma:
    «меньше чем за сутки», «больше чем в два раза», «меньше чем 500 рублей»; «позже чем за 14 дней», «раньше чем
    через 3 дня» tell a time limit the same way."""
    if i < 1 or t.words[i - 1].low not in ("больше", "меньше", "позже", "позднее", "раньше", "ранее", "дольше"):
        return False
    for k in range(i + 1, min(i + 4, len(t.words))):
        w = t.words[k]
        if not t.plain_gap(k):
            return False
        if w.text.isdigit() or any(p.tag.POS == "NUMR" or p.normal_form in _MEASURES for p in parses(w.text)[:2]):
            return True
        if likeliest_pos(w.text) != "PREP":
            return False
    return False
