"""Тире на месте пропущенного сказуемого: «Оля проверяет счета, Дима — заявки», «Курьеру отдайте документы, а
Ивану — чек».

Parts built like the first one with its verb left out take a dash where the verb would stand (Rosenthal's
rule for incomplete clauses in parallel parts). Only the plainest shape is read: the sentence opens with a part
of three words — two nouns or pronouns and the predicate, in any order — and a later part, after a comma and
perhaps «а» or «и», is two words that end where the writer's punctuation does: a name or a personal pronoun in
the case of the first part's first noun (so not a third item of a list, «хлеб, молоко масло»), then a common
word in the case of its second (so not a surname, «Анна Петрова»).
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, parses
from app.core.phrase import phrase

ELLIPSIS_DASH = RuleInfo(
    "OURS_ELLIPSIS_DASH",
    phrase("Тире на месте пропущенного сказуемого"),
    phrase("На месте пропущенного сказуемого ставится тире."),
    phrase("Если часть сложного предложения построена так же, как соседняя, а сказуемое в ней пропущено, на его "
    "месте ставится тире: «Оля проверяет счета, Дима — заявки», «Курьеру отдайте документы, а Ивану — чек». "
    "Слова второй части стоят в тех же падежах, что и в первой, а глагол из первой части подразумевается."),
    Category.PUNCTUATION,
)

RULES = (ELLIPSIS_DASH,)

_PERSONAL = frozenset({"я", "ты", "он", "она", "оно", "мы", "вы", "они", "мне", "тебе", "ему", "ей", "нам", "вам",
                       "им", "меня", "тебя", "его", "её", "ее", "нас", "вас", "их"})
_NOMINAL = ("NOUN", "NPRO")
# words of courtesy after an address, no object: «Я проверю заказ, Мария, минутку»
_COURTESY = frozenset({"спасибо", "минутку", "минуту", "секунду", "секундочку", "пожалуйста", "привет"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words)):
        if t.starts_sentence(i) and "," not in t.gap_before(i):
            _sentence(t, i, found)
    return found


def _sentence(t: Text, start: int, found: list[Finding]) -> None:
    parts = _parts(t, start)
    if len(parts) < 2 or len(parts[0]) != 3:
        return
    first = [t.words[k] for k in parts[0]]
    verbs = [w for w in first if _predicate(w.text)]
    nouns = [w for w in first if w not in verbs and _nominal(w.text)]
    if len(verbs) != 1 or len(nouns) != 2:
        return
    for part in parts[1:]:
        if part and t.words[part[0]].low in ("а", "и"):
            part = part[1:]
        if len(part) != 2:
            continue
        x, y = (t.words[k] for k in part)
        if _stands_for(x, nouns[0], name=True) and y.text.islower() and y.low not in _COURTESY \
                and _stands_for(y, nouns[1], name=False):
            found.append(finding(ELLIPSIS_DASH, x.start, y.end, f"{x.text} — {y.text}"))


def _parts(t: Text, start: int) -> list[list[int]]:
    """The sentence's words from ``start`` in parts the writer's commas make; [] when another mark stands
    inside it (a dash, a colon, a bracket: a shape of its own)."""
    parts = [[start]]
    for k in range(start + 1, len(t.words)):
        gap = t.gap_before(k).strip()
        if t.starts_sentence(k):
            break
        if gap == ",":
            parts.append([k])
        elif gap:
            return []
        else:
            parts[-1].append(k)
    return parts


def _predicate(word: str) -> bool:
    """A finite verb or a short form: «берёт», «нужен»."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in ("VERB", "ADJS", "PRTS")


def _nominal(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in _NOMINAL


def _cases(word: str, kinds=(*_NOMINAL, "ADJF")) -> set[str]:
    return {str(p.tag.case) for p in parses(word) if p.tag.POS in kinds}


def _stands_for(word, model, name: bool) -> bool:
    """``word`` may stand in ``model``'s place: it shares a case with it, and is a name or a personal pronoun
    (``name``) or a common word (not ``name``)."""
    if name and not (word.low in _PERSONAL or any("Name" in p.tag or "Surn" in p.tag for p in parses(word.text)[:1])):
        return False
    if not name and word.low in _PERSONAL:
        return False
    return bool(_cases(word.text) & _cases(model.text))
