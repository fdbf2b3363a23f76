"""Ranked replacements for a misspelt Russian word, within a hard time budget.

Candidates are the word's edits — weighted by how people really mistype: letters the ear confuses
(е/и, о/а, ш/щ, ц/тс), a lost or extra «ь», a doubled or single consonant, keys that neighbour on
ЙЦУКЕН — plus a missing space («вобщем» → «в общем») or hyphen («както» → «как-то»). A candidate
must be a word form the dictionary knows (pymorphy3) that people write (wordfreq's Russian list);
candidates are ranked by frequency against the weight of the edit. Second-order edits are tried
only while the budget lasts, so no sentence ever waits long on a suggestion search.
"""

from __future__ import annotations

import re
import time
from functools import lru_cache

from app.core.grammar.spelling.vocabulary import frequency, is_word, known_whole as _known_whole, listed

ALPHABET = "абвгдежзийклмнопрстуфхцчшщъыьэюя"  # ё is written е in the input and the candidates
BUDGET_S = 0.06  # per word; the first-order edits always run, the second-order ones stop here
MAX_SUGGESTIONS = 5
_EDIT_WEIGHT = 2.2  # zipf units one full edit costs: a word ~160 times as frequent may be one edit further

# Pairs of letters that sound alike or are commonly swapped (both directions), cost of a swap.
_SOUND_ALIKE = ("еи", "ао", "ая", "еэ", "шщ", "жш", "сз", "тд", "пб", "фв", "кг", "ую", "ыи", "цс", "чщ",
                "ео")
_CONFUSED = frozenset(a + b for a, b in _SOUND_ALIKE) | frozenset(b + a for a, b in _SOUND_ALIKE)
# Longer spellings heard as one sound: (written, meant) both ways.
_CLUSTERS = tuple((a, b) for pair in (
    ("щ", "сч"), ("щ", "жч"), ("щщ", "жч"), ("щ", "зч"), ("ц", "тс"), ("ц", "тьс"), ("цц", "тьс"),
    ("ццо", "ться"), ("ца", "тся"), ("ца", "ться"), ("тся", "ться"), ("ого", "ова"), ("его", "ево"),
    ("ого", "ово"), ("зн", "здн"), ("сн", "стн"), ("ств", "вств"), ("нц", "лнц"), ("нск", "ндск"),
    ("сч", "сщ"), ("ч", "тч")) for a, b in (pair, pair[::-1]))
# Colloquial spellings of common words, as people type them in chats.
_COLLOQUIAL = {"ваще": "вообще", "щас": "сейчас", "ессно": "естественно", "собсна": "собственно",
               "чо": "что", "ниче": "ничего", "тока": "только", "скока": "сколько", "седня": "сегодня",
               "щаз": "сейчас", "канеш": "конечно", "канешно": "конечно", "чтоль": "что ли",
               "грит": "говорит", "вообщем": "в общем", "пасиб": "спасибо", "спс": "спасибо", "пжлст": "пожалуйста"}
_ROWS = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
_POSITION = {ch: (r, i) for r, row in enumerate(_ROWS) for i, ch in enumerate(row)}
_SOFT = "ьъ"
# Particles written with a hyphen: «как-то», «кто-нибудь», «всё-таки», «скажи-ка».
_HYPHEN_TAILS = ("то", "либо", "нибудь", "таки", "ка")
_HYPHEN_HEADS = ("кое", "по")
# Particles people glue to the word before: «еслиб», «чегобы», «какойже».
_GLUED_TAILS = ("бы", "б", "же", "ж", "ли", "ль")
# Short words people glue to the next one: «вобщем», «небыло», «стобой».
_GLUED = frozenset({"в", "во", "с", "со", "к", "ко", "у", "о", "об", "не", "ни", "на", "по", "за", "до",
                    "от", "из", "без", "для", "при", "про", "над", "под", "что", "как", "так", "то", "бы",
                    "же", "ли", "и", "а", "но", "все", "это", "вот", "его", "ее", "их"})


def _neighbours(a: str, b: str) -> bool:
    pa, pb = _POSITION.get(a), _POSITION.get(b)
    return pa is not None and pb is not None and abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1


def _substitution_cost(wrong: str, right: str) -> float:
    if wrong + right in _CONFUSED:
        return 0.4
    return 0.6 if _neighbours(wrong, right) else 1.0


def edits(word: str):
    """(candidate, cost) of every single edit of a lower-case word."""
    n = len(word)
    for i in range(n):  # deletions: an extra letter, a doubled one, a stray «ь»
        ch = word[i]
        doubled = (i > 0 and word[i - 1] == ch) or (i + 1 < n and word[i + 1] == ch)
        yield word[:i] + word[i + 1:], 0.3 if ch in _SOFT else 0.4 if doubled else 0.9
    for i in range(n - 1):  # neighbouring letters swapped
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2:], 0.6
    for i in range(n):
        for ch in ALPHABET:
            if ch != word[i]:
                yield word[:i] + ch + word[i + 1:], _substitution_cost(word[i], ch)
    for i in range(n + 1):  # insertions: a lost letter, a lost doubling, a lost «ь»
        for ch in ALPHABET:
            doubled = (i > 0 and word[i - 1] == ch) or (i < n and word[i] == ch)
            if ch in _SOFT:  # «будешь», «ешь», «плачь» lose their «ь» most often
                yield word[:i] + ch + word[i:], 0.15 if i == n and word[-1] in "шжч" else 0.3
            else:
                yield word[:i] + ch + word[i:], 0.4 if doubled else 0.9
    for wrong, right in _CLUSTERS:
        start = word.find(wrong)
        while start >= 0:
            yield word[:start] + right + word[start + len(wrong):], 0.4
            start = word.find(wrong, start + 1)


def cheap_edits(word: str):
    """The low-cost edits only, for the second order: sound-alike swaps, «ь» and doubling."""
    n = len(word)
    for i in range(n):
        ch = word[i]
        for a, b in _SOUND_ALIKE:
            if ch == a:
                yield word[:i] + b + word[i + 1:], 0.4
            elif ch == b:
                yield word[:i] + a + word[i + 1:], 0.4
        if ch in _SOFT or (i > 0 and word[i - 1] == ch):
            yield word[:i] + word[i + 1:], 0.4
        if i > 0 and word[i - 1] not in _SOFT + "аеёиоуыэюя":
            yield word[:i] + "ь" + word[i:], 0.4
        yield word[:i] + ch + word[i:], 0.4


def joined_forms(word: str):
    """A missing space or hyphen, or letters drawn out for emphasis: (candidate, cost)."""
    if _DRAWN_OUT.search(word):  # «оооочень», «мааамочки»
        yield _DRAWN_OUT.sub(r"\1", word), 0.2
        yield _REPEATED.sub(r"\1", word), 0.3
    for tail in _HYPHEN_TAILS:
        if word.endswith(tail) and len(word) > len(tail) + 1 and "-" not in word:
            yield f"{word[:-len(tail)]}-{tail}", 0.3
    for slang in ("нить", "нибуть"):  # «какой-нить»
        if word.endswith(slang) and len(word) > len(slang) + 1:
            yield f"{word[:-len(slang)].rstrip('-')}-нибудь", 0.3
    for tail in _GLUED_TAILS:
        if word.endswith(tail) and len(word) > len(tail) + 2:
            yield f"{word[:-len(tail)]} {tail}", 0.4
    for head in _HYPHEN_HEADS:
        if word.startswith(head) and len(word) > len(head) + 2:
            yield f"{head}-{word[len(head):]}", 0.3
    for i in range(1, len(word)):
        head, rest = word[:i], word[i:]
        if head in _GLUED and len(rest) > 1:
            yield f"{head} {rest}", 0.5
        elif len(head) > 2 and len(rest) > 2 and min(frequency(head), frequency(rest)) >= 4.5:
            yield f"{head} {rest}", 0.7  # «потомучто», «незнаю кто»
    if "-" in word:
        yield word.replace("-", ""), 0.5
        yield word.replace("-", " "), 0.6


_DRAWN_OUT = re.compile(r"(.)\1{2,}")
_REPEATED = re.compile(r"(.)\1+")


def _score(candidate: str, cost: float) -> float:
    return _zipf(candidate) - _EDIT_WEIGHT * cost


def _zipf(candidate: str) -> float:
    parts = candidate.split()
    if len(parts) == 1:
        if "-" in candidate and not listed(candidate):
            return min(frequency(p) for p in candidate.split("-")) - 0.2
        return frequency(candidate)
    # two words: as rare as the rarer of them, a little less (they must also meet)
    return min(frequency(p) for p in parts) - 0.5


def valid(candidate: str) -> bool:
    return all(_valid_word(p) for p in candidate.split())


def _valid_word(word: str) -> bool:
    """A hyphenated candidate must be a word of its own, not any two words: «все-таки», not «все-так»."""
    if "-" not in word:
        return is_word(word)
    parts = word.split("-")
    head, tail = parts[0], parts[-1]
    if len(set(parts)) == 1:
        return is_word(head)  # «долго-долго»
    if tail in _HYPHEN_TAILS or tail == "нибудь":
        return is_word(head)
    return is_word(word) and (listed(word) or head in _HYPHEN_HEADS or _known_whole(word))


@lru_cache(maxsize=20_000)
def _ranked(low: str, budget: float) -> tuple[str, ...]:
    deadline = time.perf_counter() + budget
    best: dict[str, float] = {}

    def consider(candidate: str, cost: float) -> None:
        if candidate == low or not candidate:
            return
        known = best.get(candidate)
        if known is not None:
            if cost < known:
                best[candidate] = cost
            return
        if valid(candidate):
            best[candidate] = cost

    if low in _COLLOQUIAL:
        best[_COLLOQUIAL[low]] = 0.0
    first = list(edits(low))
    for candidate, cost in first:
        consider(candidate, cost)
    for candidate, cost in joined_forms(low):
        consider(candidate, cost)
    # second order: a cheap edit on top of any first one, while the budget lasts
    for k, (inner, inner_cost) in enumerate(first):
        if k % 64 == 0 and time.perf_counter() > deadline:
            break
        for candidate, cost in cheap_edits(inner):
            if candidate in best or frequency(candidate) <= 0:
                continue
            consider(candidate, inner_cost + cost)
    ranked = sorted(best, key=lambda c: (-_score(c, best[c]), c))
    return tuple(ranked[:MAX_SUGGESTIONS])


def suggest(word: str, budget: float = BUDGET_S) -> tuple[str, ...]:
    """Replacements for ``word``, best first, spelled with its capitals; () if none found in time."""
    low = word.lower().replace("ё", "е")
    if not low or len(low) > 40 or any(ch not in ALPHABET + "-" for ch in low):
        return ()
    return tuple(_restore_case(word, c) for c in _ranked(low, budget))


def _restore_case(model: str, candidate: str) -> str:
    if model.isupper() and len(model) > 1:
        return candidate.upper()
    if model[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate



def near_common_word(word: str, zipf: float = 3.0) -> bool:
    """One ordinary slip away from a word people write at least about once in a million words (or a
    colloquial spelling of one): «Извените» of «извините», «Многи» of «многие». Names the dictionary
    lacks are seldom that close to a common word, misspellings nearly always are."""
    low = word.lower().replace("ё", "е")
    if low in _COLLOQUIAL:
        return True
    if not low or len(low) > 40 or any(ch not in ALPHABET + "-" for ch in low):
        return False
    return any(cost <= 0.9 and is_word(candidate) and frequency(candidate) >= zipf
               for candidate, cost in edits(low))


def two_slips_from_common_word(word: str, zipf: float = 3.0) -> bool:
    """Two of the cheapest slips (sound-alike letters, «ь», a doubling) away from a word people write at
    least about once in a million words: «Понедельнег» of «понедельник», «Щасте» of «счастье»."""
    low = word.lower().replace("ё", "е")
    if not low or len(low) > 20:
        return False
    return any(is_word(second) and frequency(second) >= zipf
               for first, _ in cheap_edits(low) for second, _ in cheap_edits(first))
