"""Тире между подлежащим и сказуемым-инфинитивом: «Наша задача — помочь вам», «Главное — не сдаваться».

The sentence opens with a noun of purpose or duty («цель», «задача», «мечта»…) or «главное», «самое важное»
(with «наш», «моя», «самое» before it), and an infinitive follows at once (or «не» and one): the infinitive is
the predicate, and the dash stands between them. When a finite verb or a short form follows later in the clause,
the infinitive belongs to the noun instead («Задача найти ошибку оказалась сложной») and no dash is asked for.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, likeliest_pos, parses
from app.core.phrase import phrase

PREDICATE_DASH = RuleInfo(
    "OURS_INFINITIVE_PREDICATE_DASH",
    phrase("Тире перед сказуемым-инфинитивом"),
    phrase("Между подлежащим и сказуемым, выраженным неопределённой формой глагола, ставится тире."),
    phrase("Если подлежащее — существительное вроде «цель», «задача», «мечта» или слово «главное», а сказуемое — "
    "неопределённая форма глагола, между ними ставится тире: «Наша задача — помочь вам», «Главное — не "
    "торопиться», «Моя мечта — увидеть океан». Тире не нужно, когда у предложения есть другое сказуемое, а "
    "инфинитив поясняет существительное: «Задача найти ошибку оказалась сложной»."),
    Category.PUNCTUATION,
)

RULES = (PREDICATE_DASH,)

_HEADS = frozenset({"главное", "важное", "цель", "задача", "мечта", "смысл", "долг", "обязанность", "правило",
                    "принцип", "девиз", "призвание"})
_BEFORE = frozenset({"наша", "наш", "моя", "мой", "ваша", "ваш", "твоя", "твой", "его", "её", "ее", "их", "самое",
                     "главная", "основная", "первая", "единственная", "общая"})


def _infinitive(word: str) -> bool:
    return likeliest_pos(word) == "INFN"


def _other_predicate(t: Text, k: int) -> bool:
    """A finite verb or a short form after word k in its clause (up to a punctuation mark)."""
    for n in range(k + 1, len(t.words)):
        if not t.plain_gap(n):
            return False
        top = parses(t.words[n].text)[:1]
        if top and (top[0].tag.POS == "VERB" and top[0].tag.mood == "indc" or top[0].tag.POS in ("ADJS", "PRTS")):
            return True
    return False


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        if w.low not in _HEADS or i + 1 >= len(t.words) or not t.plain_gap(i + 1):
            continue
        k = i
        while k > 0 and t.plain_gap(k) and t.words[k - 1].low in _BEFORE and k > i - 2:
            k -= 1
        if not t.starts_sentence(k) or w.low == "важное" and (k == i or t.words[i - 1].low != "самое"):
            continue
        verb = i + 1
        if t.words[verb].low == "не" and verb + 1 < len(t.words) and t.plain_gap(verb + 1):
            verb += 1
        if not _infinitive(t.words[verb].text) or _other_predicate(t, verb):
            continue
        nxt = t.words[i + 1]
        found.append(finding(PREDICATE_DASH, w.start, nxt.end, f"{w.text} — {nxt.text}"))
    return found
