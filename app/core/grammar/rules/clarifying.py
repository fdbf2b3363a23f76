"""Уточняющее обстоятельство места: «Впереди, возле вагона, кто-то машет фонарём».

A place adverb that opens the sentence («впереди», «внизу», «вдали») followed at once by a phrase
with a preposition of place names the same place more exactly; the phrase is set off by commas on
both sides. Only after such adverbs: two phrases with prepositions («на столе возле окна») more
often make one description and take no comma. Nor in an instruction to the reader after a side adverb and
«в/на»: «Справа на экране нажмите…» names the right side of the screen, one place.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, parses
from app.core.phrase import phrase

CLARIFYING = RuleInfo(
    "OURS_CLARIFYING_COMMA",
    phrase("Запятые при уточняющем обстоятельстве"),
    phrase("Уточняющий оборот выделяется запятыми."),
    phrase("Оборот, который уточняет сказанное перед ним, выделяется запятыми с обеих сторон: «Внизу, "
    "под горой, текла река», «Впереди, возле вагона, кто-то машет фонарём». Уточняющий оборот "
    "отвечает на тот же вопрос («где?»), что и слово перед ним, но называет место точнее."),
    Category.PUNCTUATION,
)

RULES = (CLARIFYING,)

_PLACE_ADVERBS = frozenset({"впереди", "позади", "сзади", "вдали", "вдалеке", "внизу", "наверху", "вверху",
                            "слева", "справа", "неподалеку", "неподалёку", "поблизости", "невдалеке"})
_PLACE_PREPOSITIONS = frozenset({"возле", "около", "у", "близ", "под", "над", "за", "перед", "на", "в", "во",
                                 "среди", "вдоль", "посреди", "между", "подле", "позади", "против"})

# Sides of a thing: before «в/на» and its noun they may name a side of that thing («справа на экране» is the right
# side of the screen, «слева в меню» the left part of the menu) rather than a place the phrase narrows down.
_SIDES = frozenset({"слева", "справа", "вверху", "внизу", "наверху", "сверху", "снизу"})
_CONTAINERS = frozenset({"в", "во", "на"})


def _tags(word: str) -> list:
    return [p.tag for p in parses(word) if p.score >= 0.1]


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words[:-3]):
        if w.low not in _PLACE_ADVERBS or not t.starts_sentence(i) or not t.plain_gap(i + 1) \
                or t.words[i + 1].low not in _PLACE_PREPOSITIONS:
            continue
        # the phrase: the preposition, adjectives, a noun, and that noun's own genitives
        k = i + 2
        while k + 1 < len(t.words) and t.plain_gap(k) and _tags(t.words[k].text)[:1] \
                and _tags(t.words[k].text)[0].POS == "ADJF":
            k += 1
        if k >= len(t.words) or not t.plain_gap(k) or not any(g.POS == "NOUN" for g in _tags(t.words[k].text)):
            continue
        last = k
        nxt = t.word(last + 1)
        # the main part goes on at once with its verb or its subject
        if nxt is None or not t.plain_gap(last + 1) or not _opens_main_part(nxt.text):
            continue
        if w.low in _SIDES and t.words[i + 1].low in _CONTAINERS and _addressed_to_reader(nxt.text):
            continue  # «Слева в меню нажмите…»: an instruction names one place, the side of the menu
        a, b = w, t.words[i + 1]
        found.append(finding(CLARIFYING, a.start, b.end, f"{a.text}, {b.text}"))
        end = t.words[last]
        found.append(finding(CLARIFYING, end.start, nxt.end, f"{end.text}, {nxt.text}"))
    return found


def _addressed_to_reader(word: str) -> bool:
    """An imperative, a second-person verb or «вы»: an instruction where to find something («нажмите», «увидите»). It
    reads the side adverb and the phrase as one place; the clarifying commas belong to descriptions («Наверху, на
    чердаке, кто-то ходит»)."""
    if word.lower() in ("вы", "ты"):
        return True  # «Вверху на странице вы увидите…»
    tags = _tags(word)
    return bool(tags) and all(g.POS == "VERB" and (g.mood == "impr" or g.person == "2per") for g in tags)


def _opens_main_part(word: str) -> bool:
    """A finite verb, a personal or indefinite pronoun in the nominative («кто-то», «мы»)."""
    tags = _tags(word)
    return bool(tags) and (all(g.POS == "VERB" for g in tags) or all(
        g.POS == "NPRO" and g.case == "nomn" for g in tags) or word.lower().endswith(("-то", "-нибудь")))
