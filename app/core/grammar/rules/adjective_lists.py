"""Запятая между однородными определениями без союза: «милый, честный, добрый человек».

Qualitative adjectives side by side, agreeing with each other and with the noun after them, describe
that noun alike and are parted by commas. Two adjectives most often stack (the first qualifies the
pair of the second and the noun: «престижной частной школы», «ближайшие свободные окна»), so a list
is asked for only of three or more. Adjectives that usually name a different
side of the thing — size, age, colour, rank («большой красный мяч», «новый деревянный дом»,
«старый добрый друг») — are not homogeneous and take no comma, so a pair with one of them is left
alone, as is any pair whose second word is not qualitative (it classifies: «новый городской парк»).
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, parses
from app.core.grammar.rules.syntax_commas import HOMOGENEOUS

RULES = ()  # the findings carry the list rule's id

# size, age, colour, rank, degree: the first of a non-homogeneous pair in most writing
_OTHER_SIDE = frozenset("""
большой маленький небольшой огромный крупный мелкий высокий невысокий низкий длинный короткий широкий узкий
толстый тонкий глубокий старый новый молодой древний свежий старинный давний ранний поздний
красный синий белый черный чёрный зеленый зелёный желтый жёлтый серый голубой розовый коричневый
оранжевый фиолетовый темный тёмный светлый золотой серебряный рыжий
главный основной полный целый простой обычный настоящий отдельный общий личный единственный
дорогой родной старший младший лучший худший большая
""".split())


@lru_cache(maxsize=8192)
def _qualitative(word: str) -> tuple:
    """The readings of a word that is only a qualitative full adjective (not a pronoun, an ordinal,
    a participle or a noun), else ()."""
    readings = [p for p in parses(word) if p.score >= 0.05]
    if not readings or any(p.tag.POS != "ADJF" or "Qual" not in p.tag or "Apro" in p.tag for p in readings):
        return ()
    return tuple(p.tag for p in readings)


def _forms(tags) -> set:
    return {(t.case, t.number, t.gender if t.number == "sing" else None) for t in tags}


@lru_cache(maxsize=8192)
def _noun_forms(word: str) -> frozenset:
    readings = [p for p in parses(word) if p.score >= 0.05]
    if not readings or readings[0].tag.POS != "NOUN":
        return frozenset()
    return frozenset(_forms(p.tag for p in readings if p.tag.POS == "NOUN"))


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    i = 0
    while i < len(t.words):
        first = t.words[i]
        tags = _qualitative(first.low) if first.text.islower() or t.starts_sentence(i) else ()
        run, forms = [i], _forms(tags)
        while forms and run[-1] + 1 < len(t.words) and t.plain_gap(run[-1] + 1):
            nxt = t.words[run[-1] + 1]
            shared = forms & _forms(_qualitative(nxt.low)) if nxt.text.islower() else set()
            if not shared:
                break
            run.append(run[-1] + 1)
            forms = shared
        noun = t.word(run[-1] + 1)
        # two adjectives most often stack («престижной частной школы», «ближайшие свободные окна»):
        # a list is asked for of three or more
        if len(run) >= 3 and noun is not None and t.plain_gap(run[-1] + 1) and noun.text.islower() \
                and forms & _noun_forms(noun.low) and not any(t.words[k].low in _OTHER_SIDE for k in run):
            for k in run[1:]:
                a, b = t.words[k - 1], t.words[k]
                found.append(finding(HOMOGENEOUS, a.start, b.end, f"{a.text}, {b.text}"))
        i = run[-1] + 1
    return found
