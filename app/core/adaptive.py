"""Adaptive typing drills: a per-key model, the focus keys it picks, and text weighted towards them.

As keybr does, letters come into play one at a time in order of frequency, each once every letter
already in play is good enough, and the drill text is made of real words that use only those
letters. Unlike keybr, "good enough" means accurate as well as fast: a key must reach
``TARGET_MS`` per character *and* stay under ``MAX_ERROR_RATE``. Pseudo-words (built from the
word list's own letter pairs) are used only when too few real words fit.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import accumulate
from dataclasses import dataclass, field
from enum import StrEnum

from app.core.metrics import StrokeLike
from app.core.phrase import phrase

TARGET_WPM = 35
TARGET_MS = 60_000 / (TARGET_WPM * 5)  # a "word" is five characters: 342.9 ms per character
MAX_ERROR_RATE = 0.04
MIN_SAMPLES = 15  # presses before a key's figures are trusted
ALPHA = 0.1  # weight of a new press once a key has 1/ALPHA presses: the last ~20 dominate
MAX_INTERVAL = 2.0  # seconds; a longer gap is a pause, not the time the key took
START_LETTERS = 6
FOCUS_LIMIT = 2
TEXT_LENGTH = 280  # characters in one drill
FOCUS_SHARE = 0.6  # share of the words drawn from those that hold a focus key
MIN_POOL = 12  # fewer real words than this and pseudo-words are added

# Letters by frequency in running text; the first START_LETTERS are in play from the start.
LETTER_ORDER = {
    "ru": "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
    "en": "etaoinshrdlcumwfgypbvkjxqz",
}


@dataclass
class KeyState:
    """What the model knows about one key: presses, smoothed time per press and error rate."""

    key: str
    samples: int = 0  # presses aimed at the key
    timed: int = 0  # of them, those with a usable interval
    ms: float | None = None  # smoothed milliseconds per correct press
    error_rate: float = 0.0  # smoothed share of presses that were wrong

    def add(self, correct: bool, interval: float | None) -> None:
        self.samples += 1
        # A plain mean until there are 1/ALPHA samples, then an exponential moving average,
        # so early figures are not dominated by the first press and late ones follow progress.
        self.error_rate += max(ALPHA, 1 / self.samples) * ((0.0 if correct else 1.0) - self.error_rate)
        if interval is not None:
            self.timed += 1
            ms = interval * 1000
            self.ms = ms if self.ms is None else self.ms + max(ALPHA, 1 / self.timed) * (ms - self.ms)

    @property
    def known(self) -> bool:
        return self.samples >= MIN_SAMPLES and self.ms is not None

    @property
    def slow(self) -> bool:
        return self.ms is not None and self.ms > TARGET_MS

    @property
    def inaccurate(self) -> bool:
        return self.error_rate > MAX_ERROR_RATE

    @property
    def confident(self) -> bool:
        return self.known and not self.slow and not self.inaccurate

    @property
    def deficit(self) -> float:
        """How far the key is from the target: 0 when it meets it, 1 when twice as slow (or as wrong)."""
        slow = max(0.0, (self.ms or TARGET_MS) / TARGET_MS - 1)
        wrong = max(0.0, self.error_rate / MAX_ERROR_RATE - 1)
        return slow + wrong


class KeyModel:
    """Per-key states for one layout, updated press by press in the order they were typed."""

    def __init__(self, layout: str):
        if layout not in LETTER_ORDER:
            raise ValueError(phrase('Для раскладки «{layout}» нет порядка букв адаптивной тренировки.', layout=layout))
        self.layout = layout
        self.letters = LETTER_ORDER[layout]
        self.keys = {k: KeyState(k) for k in self.letters}

    @classmethod
    def from_attempts(cls, layout: str, attempts: Iterable[Sequence[StrokeLike]]) -> KeyModel:
        model = cls(layout)
        for strokes in attempts:
            model.add_attempt(strokes)
        return model

    def add_attempt(self, strokes: Sequence[StrokeLike]) -> None:
        """Feed one attempt's keystrokes, oldest first. The interval of a press counts only after a
        correct press and without a pause, so fixing a mistake is not mistaken for slowness."""
        previous = None
        for s in strokes:
            if s.typed == "\b" or not s.expected:
                previous = None
                continue
            state = self.keys.get(s.expected.lower())
            interval = None
            if previous is not None and previous.correct and 0 < s.t - previous.t <= MAX_INTERVAL and s.correct:
                interval = s.t - previous.t
            if state is not None:
                state.add(s.correct, interval)
            previous = s


class FocusReason(StrEnum):
    NEW = "new"  # just brought into play
    SLOW = "slow"
    ERRORS = "errors"
    SLOW_AND_ERRORS = "slow_and_errors"
    FEW_SAMPLES = "few_samples"


@dataclass(frozen=True)
class Focus:
    state: KeyState
    reason: FocusReason

    @property
    def key(self) -> str:
        return self.state.key


@dataclass(frozen=True)
class Plan:
    """The letters in play and the keys the next drill leans on."""

    layout: str
    letters: str  # in play, in order of frequency (the new letter included)
    focus: tuple[Focus, ...]
    all_done: bool = False  # every letter of the layout is in play and meets the target
    states: dict[str, KeyState] = field(default_factory=dict)

    @property
    def focus_keys(self) -> str:
        return "".join(f.key for f in self.focus)

    @property
    def new_letter(self) -> str | None:
        """The letter that has just joined, if any (it is then the only focus)."""
        return next((f.key for f in self.focus if f.reason is FocusReason.NEW), None)


def plan(model: KeyModel) -> Plan:
    """Choose the letters in play and up to FOCUS_LIMIT focus keys.

    A letter is in play if it is one of the first START_LETTERS or has been pressed MIN_SAMPLES
    times (so a letter once learnt stays in play). When every letter in play meets the target,
    the next letter by frequency joins and becomes the focus. Otherwise the focus goes to the
    keys furthest from the target, then to keys without enough presses yet.
    """
    order = model.letters
    letters = [k for i, k in enumerate(order) if i < START_LETTERS or model.keys[k].samples >= MIN_SAMPLES]
    states = [model.keys[k] for k in letters]
    if all(s.confident for s in states):
        waiting = [k for k in order if k not in letters]
        if not waiting:
            return Plan(model.layout, "".join(letters), (), all_done=True, states=dict(model.keys))
        new = waiting[0]
        letters.append(new)
        return Plan(model.layout, "".join(k for k in order if k in letters),
                    (Focus(model.keys[new], FocusReason.NEW),), states=dict(model.keys))
    behind = sorted((s for s in states if s.known and not s.confident), key=lambda s: -s.deficit)
    unsure = sorted((s for s in states if not s.known), key=lambda s: (s.samples, order.index(s.key)))
    focus = [Focus(s, _reason(s)) for s in behind] + [Focus(s, FocusReason.FEW_SAMPLES) for s in unsure]
    return Plan(model.layout, "".join(letters), tuple(focus[:FOCUS_LIMIT]), states=dict(model.keys))


def _reason(state: KeyState) -> FocusReason:
    if state.slow and state.inaccurate:
        return FocusReason.SLOW_AND_ERRORS
    return FocusReason.SLOW if state.slow else FocusReason.ERRORS


# -- text ---------------------------------------------------------------------------------------

def load_words(text: str) -> list[str]:
    """Words from a word-list file: one per line, most frequent first; ``#`` lines are comments."""
    return [w for line in text.splitlines() if (w := line.strip().lower()) and not w.startswith("#")]


class PairModel:
    """Letter pairs of the word list, to make pronounceable pseudo-words from the letters in play."""

    def __init__(self, words: Iterable[str]):
        self.first: Counter[str] = Counter()
        self.after: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for w in words:
            self.first[w[0]] += 1
            for a, b in zip(w, w[1:]):
                self.after[a][b] += 1

    def word(self, allowed: set[str], must: str, rng: random.Random) -> str | None:
        """A pseudo-word of 3–6 letters from ``allowed`` holding one of ``must``; None if none comes."""
        firsts = {k: n for k, n in self.first.items() if k in allowed}
        if not firsts:
            return None
        for _try in range(40):
            length = rng.randint(3, 6)
            letters = [_weighted(firsts, rng)]
            while len(letters) < length:
                nexts = {k: n for k, n in self.after[letters[-1]].items() if k in allowed}
                if not nexts:
                    break
                letters.append(_weighted(nexts, rng))
            word = "".join(letters)
            if len(word) >= 3 and (not must or any(ch in must for ch in word)):
                return word
        return None


def _weighted(counts: dict[str, int], rng: random.Random) -> str:
    keys = list(counts)
    return rng.choices(keys, weights=[counts[k] for k in keys])[0]


@dataclass(frozen=True)
class DrillText:
    text: str
    pseudo_words: tuple[str, ...]  # the made-up words it holds, if any


def generate_text(lesson: Plan, words: Sequence[str], rng: random.Random,
                  length: int = TEXT_LENGTH) -> DrillText:
    """Words using only the letters in play, about FOCUS_SHARE of them holding a focus key.

    Real words come first, more frequent ones more often; pseudo-words are added only to a pool
    (all words, or those with a focus key) that has fewer than MIN_POOL real words.
    """
    allowed = set(lesson.letters)
    focus = lesson.focus_keys
    real = [w for w in words if len(w) >= 2 and set(w) <= allowed]
    focused = [w for w in real if any(ch in focus for ch in w)] if focus else []
    pairs = PairModel(w for w in words if set(w) <= allowed) if (
        len(real) < MIN_POOL or (focus and len(focused) < MIN_POOL)) else None
    pseudo: set[str] = set()

    def topped_up(pool: list[str], must: str) -> list[str]:
        pool = list(pool)
        while pairs is not None and len(pool) < MIN_POOL:
            made = pairs.word(allowed, must, rng)
            if made is None:
                break
            if made not in pool:
                pool.append(made)
                if made not in real:
                    pseudo.add(made)
        return pool

    everything = topped_up(real, "")
    focused = topped_up(focused, focus) if focus else []
    if not everything:
        # No real words and no letter pairs: plain letter groups of the letters in play.
        everything = [lesson.letters[i:i + 3] for i in range(0, len(lesson.letters), 3)]
    # Words are drawn from a most-frequent-first pool with weight 1/√rank: frequent words more often.
    pools = [(pool, list(accumulate(1 / (i + 1) ** 0.5 for i in range(len(pool)))))
             for pool in (focused, everything)]
    out: list[str] = []
    size = 0
    while size < length:
        pool, cum = pools[0] if focused and rng.random() < FOCUS_SHARE else pools[1]
        word = rng.choices(pool, cum_weights=cum)[0]
        if out and word == out[-1] and len(pool) > 1:
            continue
        out.append(word)
        size += len(word) + 1
    return DrillText(" ".join(out), tuple(sorted(pseudo & set(out))))
