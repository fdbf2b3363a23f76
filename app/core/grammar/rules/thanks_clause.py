"""«Спасибо я всё получила» → «Спасибо, я всё получила»: thanks that open a sentence before a clause of its own.

«Спасибо», «благодарю» opening a sentence are a sentence-word: what follows them is either what they govern
(«спасибо вам», «спасибо за помощь», «спасибо Анне») or a new clause, which a comma (or a full stop) must part
from them. A clause is sure when its first word is a personal pronoun in the nominative, which thanks never govern,
or «всё» before its predicate («всё пришло», «всё понятно»); anything else is left to the tree's rules.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, parses
from app.core.phrase import phrase

THANKS_COMMA = RuleInfo(
    "OURS_THANKS_COMMA",
    phrase("Запятая после «спасибо»"),
    phrase("После «спасибо» перед новым предложением нужна запятая или точка."),
    phrase("«Спасибо» и «благодарю» в начале предложения — отдельное слово-предложение. Если за ним идёт не то, за "
    "что или кого благодарят («спасибо вам», «спасибо за помощь»), а новое предложение со своим подлежащим, их "
    "разделяют запятой или точкой: «Спасибо, я всё получила», «Спасибо! Всё пришло вовремя»."),
    Category.PUNCTUATION,
)

RULES = (THANKS_COMMA,)

_THANKS = (("спасибо", "большое"), ("спасибо", "огромное"), ("большое", "спасибо"), ("огромное", "спасибо"),
           ("спасибо",), ("благодарю",), ("благодарим",))
# nominative personal pronouns: thanks govern the dative («спасибо вам»), never these
_SUBJECTS = frozenset({"я", "ты", "он", "она", "оно", "мы", "вы", "они"})
# what «всё» must be followed by to be a subject: a finite verb or a predicate word («всё пришло», «всё понятно»)
_PREDICATE_POS = frozenset({"VERB", "ADJS", "PRTS", "PRED", "ADVB"})


def check(t: Text) -> list[Finding]:
    found = []
    for i in range(len(t.words)):
        if not t.starts_sentence(i):
            continue
        n = _formula_length(t, i)
        nxt = t.word(i + n)
        if not n or nxt is None or not t.plain_gap(i + n) or not _opens_clause(t, i + n):
            continue
        last = t.words[i + n - 1]
        found.append(finding(THANKS_COMMA, last.start, nxt.end, f"{last.text}, {nxt.text}"))
    return found


def _formula_length(t: Text, i: int) -> int:
    """How many words of a thanks formula start at word i (0: none)."""
    for formula in _THANKS:
        words = [t.word(i + k) for k in range(len(formula))]
        if all(w is not None and w.low == f and (k == 0 or t.plain_gap(i + k))
               for k, (w, f) in enumerate(zip(words, formula))):
            return len(formula)
    return 0


def _opens_clause(t: Text, i: int) -> bool:
    word = t.words[i]
    if word.low in _SUBJECTS:
        return True
    if word.low != "все":  # «всё»: `low` writes ё as е
        return False
    predicate = t.word(i + 1)
    if predicate is None or not t.plain_gap(i + 1) or predicate.low in ("равно", "же", "таки"):
        return False  # «спасибо всё равно» is thanks anyway
    readings = parses(predicate.text)
    return bool(readings) and readings[0].tag.POS in _PREDICATE_POS
