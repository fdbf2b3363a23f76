"""Обособленные обороты, которые видны по словарю, даже когда дерево без запятых ошибается:
деепричастие сразу после союза («…, что, не зная адреса, курьер…») и причастный оборот после
определяемого слова («Заказы, оформленные вчера, уже в пути»).

A word that can only be a verbal adverb right after a conjunction or a relative word opens a phrase
inside that clause: the comma goes between them. A full participle right after a noun it agrees with
in case, number and gender, followed by a word of its own (not by a noun it could qualify), opens a
participial phrase; when that noun is the subject, the phrase ends before the first verb that can
only be finite. These findings are the tree rules' (OURS_PHRASE_COMMA), explained there.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, parses
from app.core.grammar.rules.syntax_commas import PHRASE

RULES = ()  # the findings are PHRASE's

# words after which a verbal adverb opens a phrase of the clause they begin
_CLAUSE_OPENERS = frozenset({"что", "чтобы", "чтоб", "если", "когда", "хотя", "потому", "поскольку", "ибо", "пока",
                             "который", "которая", "которое", "которые", "которого", "которой", "которому",
                             "которым", "котором", "которую", "которых", "которыми", "кто"})
# verbal adverbs that work as prepositions or adverbs and take no commas
_FIXED = frozenset({"благодаря", "включая", "начиная", "судя", "исключая", "спустя", "погодя", "молча", "стоя",
                    "сидя", "лежа", "лёжа", "шутя", "нехотя", "спеша", "не", "считая"})
# participles that have become adjectives or pronouns: «следующий», «бывший», «так называемый»
_ADJECTIVAL = frozenset({"следующий", "бывший", "будущий", "данный", "настоящий", "прошедший", "называемый",
                         "любимый", "уважаемый", "многоуважаемый", "текущий", "подходящий", "соответствующий"})
_STEP_OVER = frozenset({"не", "уже", "тоже", "также", "ещё", "еще", "всегда", "никогда", "сразу", "обязательно"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words[1:], start=1):
        if not t.plain_gap(i):
            continue
        prev = t.words[i - 1]
        nxt = t.word(i + 1)
        if prev.low in _CLAUSE_OPENERS and nxt is not None and t.plain_gap(i + 1) and _opens_gerund(w.low, nxt.low):
            found.append(finding(PHRASE, prev.start, w.end, f"{prev.text}, {w.text}"))
        elif nxt is not None and t.plain_gap(i + 1) and _participle_after_noun(prev.text, w.text, nxt.text):
            found.append(finding(PHRASE, prev.start, w.end, f"{prev.text}, {w.text}"))
            end = _phrase_end(t, i, prev.text)
            if end is not None:
                a, b = t.words[end - 1], t.words[end]
                found.append(finding(PHRASE, a.start, b.end, f"{a.text}, {b.text}"))
    return found


def _opens_gerund(word: str, nxt: str) -> bool:
    """«не зная…», «оказавшись…»: a verbal adverb (maybe after «не») with a word of its own after it."""
    if word == "не":
        return _only(nxt, "GRND") and nxt not in _FIXED
    return word not in _FIXED and _only(word, "GRND")


@lru_cache(maxsize=8192)
def _only(word: str, pos: str) -> bool:
    readings = parses(word)
    return bool(readings) and all(p.tag.POS == pos for p in readings)


def _participle_after_noun(noun: str, participle: str, nxt: str) -> bool:
    if not noun.islower() or participle.lower() in _ADJECTIVAL:
        return False
    parts = [p for p in parses(participle) if p.score >= 0.05]
    if not parts or not all(p.tag.POS == "PRTF" for p in parts) or parts[0].normal_form in _ADJECTIVAL:
        return False
    nouns = [p.tag for p in parses(noun) if p.tag.POS == "NOUN"]
    if not nouns or parses(noun)[0].tag.POS != "NOUN":
        return False
    agreed = [p.tag for p in parts if any(_agree(n, p.tag) for n in nouns)]
    if not agreed:
        return False
    # the next word is the participle's own — a noun in another case, a preposition, an adverb, a pronoun —
    # and not a noun it could qualify («…купленные тобой книги» is no phrase after «ключи»)
    after = parses(nxt)
    if not after or after[0].tag.POS in ("CONJ", "PRCL", "VERB", "INFN", "PRTF", "ADJF", "GRND", "PRTS", "ADJS") \
            and nxt.lower() not in ("не",):
        return False
    if any(n.tag.POS == "NOUN" and any(_agree(n.tag, a) for a in agreed) for n in after):
        return False
    return True


def _agree(noun, part) -> bool:
    if noun.case != part.case or noun.number != part.number:
        return False
    return noun.number == "plur" or noun.gender == part.gender or "ms-f" in noun or noun.gender is None


def _phrase_end(t: Text, i: int, noun: str) -> int | None:
    """Where a participial phrase on a subject ends: before the first word that can only be a finite verb
    (and its particles), with no conjunction, relative word or other verb on the way."""
    if not any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses(noun)[:1]) \
            or not any(p.tag.case == "nomn" for p in parses(t.words[i].text)):
        return None
    k = i + 1
    while k < len(t.words) and t.plain_gap(k):
        w = t.words[k]
        if w.low in _CLAUSE_OPENERS or w.low in ("и", "а", "но", "или", "как", "чем", "где", "куда"):
            return None
        top = parses(w.text)[0].tag.POS if parses(w.text) else None
        if _only(w.low, "VERB"):
            start = k
            while start - 1 > i + 1 and t.words[start - 1].low in _STEP_OVER:
                start -= 1
            return start if start > i + 1 else None
        if top in ("VERB", "PRTS", "ADJS", "GRND", "INFN"):
            return None
        k += 1
    return None
