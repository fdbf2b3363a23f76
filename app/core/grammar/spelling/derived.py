"""Words made from a dictionary word by a productive suffix, which dictionaries list only in part: nouns of
action («боготворение», «неоткрытие»), adjectives in «-оватый» («хлипковатый») and in «-ский» made from a
noun («админский», «оркский»), verbs made from a noun («хешировать», «залогиниться», «скриншотить»), nouns of a
trade or a service in the borrowed «-инг» made from a noun («прокторинг» ← «проктор»), nouns of a process in the
borrowed «-ация» made from a noun («портация» ← «порт»).

Each form is checked through pymorphy3's reading of it (its dictionary form and part of speech) and the
dictionary word it is made from. The suffixes follow their stems irregularly, so a word one slip from a
common one («обучании» of «обучении», «руский» of «русский») is that word misspelt, never a formation.
"""

from __future__ import annotations

import re


def formed_from_a_word(word: str) -> bool:
    """``word`` (lower-case, е for ё) is a form of a word made from a dictionary word by a productive suffix."""
    from app.core.grammar.spelling.suggest import near_common_word

    if near_common_word(word):
        return False
    return _noun_of_action(word) or _negated_action(word) or _somewhat(word) or _adjective_of_noun(word) \
        or _verb_of_noun(word) or _noun_in_ing(word) or _noun_in_ation(word)


def _readings(word: str, parts: tuple[str, ...], first: int = 3):
    from app.core.grammar.rules._base import parses
    return [(p.normal_form.replace("ё", "е"), p) for p in parses(word)[:first] if p.tag.POS in parts]


def _known_as(word: str, parts: tuple[str, ...], grammeme: str = "") -> bool:
    from app.core.grammar.rules._base import known, parses
    return known(word) and any(p.is_known and p.tag.POS in parts and (not grammeme or grammeme in p.tag)
                               for p in parses(word))


# A noun of action and the verb it is made from: «боготворение» ← «боготворить», «зеркалирование» ←
# «зеркалировать», «стояние» ← «стоять».
_ACTION = re.compile(r"(.{3,}?)(ение|ание|яние)$")
_ACTION_VERBS = {"ение": ("ить", "еть"), "ание": ("ать",), "яние": ("ять",)}


def _noun_of_action(word: str) -> bool:
    """The verb is a dictionary word or a dictionary verb behind a productive prefix: «задвоение» ← «задвоить»
    («за» + «двоить»)."""
    from app.core.grammar.spelling.prefixed import is_prefixed_word

    for lemma, _ in _readings(word, ("NOUN",)):
        action = _ACTION.match(lemma)
        if action and any(_known_as(verb, ("INFN",)) or is_prefixed_word(verb) and verb.endswith(("ть", "ться"))
                          for verb in (action.group(1) + ending for ending in _ACTION_VERBS[action.group(2)])):
            return True
    return False


# Nouns of action and of process a «не» joins: «неоткрытие», «непрохождение», «неактивация».
_PROCESS = ("ние", "тие", "ция")


def _negated_action(word: str) -> bool:
    """«не» and a noun of action, written together as the dictionaries write «неуплата», «невыполнение»."""
    if not word.startswith("не") or len(word) < 8:
        return False
    rest = word[2:]
    return any(lemma.endswith(_PROCESS) and (_known_as(rest, ("NOUN",)) or _noun_of_action(rest))
               for lemma, _ in _readings(rest, ("NOUN",)))


# «-оватый» and «-еватый» adjectives of a quality shown in part: «хлипковатый» ← «хлипкий», «синеватый» ← «синий».
_SOMEWHAT = re.compile(r"(.{3,}?)[ое]ватый$")


def _somewhat(word: str) -> bool:
    for lemma, _ in _readings(word, ("ADJF", "ADJS")):
        somewhat = _SOMEWHAT.match(lemma)
        if somewhat and any(_known_as(somewhat.group(1) + ending, ("ADJF",), "Qual") for ending in ("ый", "ий", "ой")):
            return True
    return False


_OF_NOUN = re.compile(r"(.{3,}?)ск(?:ий|ой)$")


def _adjective_of_noun(word: str) -> bool:
    """An adjective in «-ский» made from a common noun the dictionary has: «админский», «геймерский», «оркский».
    Every reading counts: the guesser may put a name's reading of «дзенская» first, but its «-ский» form is sure."""
    for lemma, _ in _readings(word, ("ADJF",), first=8):
        of_noun = _OF_NOUN.match(lemma)
        if of_noun and any(_common_noun(of_noun.group(1) + tail) for tail in ("", "ь")):
            return True
    return False


# Verbs made from a noun, with or without a prefix: «хешировать» ← «хеш», «скриншотить» ← «скриншот»,
# «залогиниться» ← «логин», «зеркалировать» ← «зеркало», «косячить» ← «косяк».
_OF_NOUN_VERB = re.compile(r"(?:за|раз|пере|от|вы|до|по|про)?(.{3,}?)(?:ировать|ироваться|ить|иться)$")


# The stem's last consonant alternates before «-ить»: «косяк» → «косячить», «флуд» stays «флудить».
_ALTERNATING = {"ч": "к", "ж": "г", "ш": "х"}


def _verb_of_noun(word: str) -> bool:
    for lemma, _ in _readings(word, ("INFN", "VERB", "PRTF", "PRTS", "GRND")):
        of_noun = _OF_NOUN_VERB.fullmatch(lemma)
        if not of_noun:
            continue
        stem = of_noun.group(1)
        stems = {stem, stem[:-1] + _ALTERNATING[stem[-1]]} if stem[-1] in _ALTERNATING else {stem}
        if any(_common_noun(base + tail) for base in stems for tail in ("", "а", "о")) or any(
                _listed_loan_noun(base) for base in stems):
            return True
    return False


_LISTED = 1.0  # Zipf: once in a hundred million words


def _listed_loan_noun(stem: str) -> bool:
    """A noun of the trade in a consonant which the dictionaries lack but people write («коммит» of «коммитить»,
    «коммитьте»), one slip from no common word: the verb is made from it as «скриншотить» from «скриншот»."""
    from app.core.grammar.spelling.suggest import near_common_word
    from app.core.grammar.spelling.vocabulary import frequency, is_word

    return len(stem) >= 4 and stem[-1] not in "аеиоуыэюяь" and not is_word(stem) and frequency(stem) >= _LISTED \
        and not near_common_word(stem)


def _common_noun(word: str) -> bool:
    """The dictionary has ``word`` as a common noun (a name or an abbreviation proves nothing)."""
    from app.core.grammar.rules._base import known, parses
    return known(word) and any(p.is_known and p.tag.POS == "NOUN" and not ({"Name", "Surn", "Patr", "Geox", "Orgn",
                                                                          "Abbr"} & p.tag.grammemes)
                               for p in parses(word))


_ING = re.compile(r"(.{4,}?)инг$")


def _noun_in_ing(word: str) -> bool:
    """A noun in «-инг» (English «-ing») of the activity of what a common dictionary noun names: «прокторинг» ←
    «проктор», «стриминг» ← «стрим»; «маркетинг», «хостинг» are in the dictionary already."""
    for lemma, parse in _readings(word, ("NOUN",)):
        ing = _ING.fullmatch(lemma)
        if ing and parse.tag.gender == "masc" and (_common_noun(ing.group(1)) or _borrowed_ing(word)):
            return True
    return False


def _borrowed_ing(word: str) -> bool:
    """A noun in «-инг» whose stem is no Russian word either: «провижнинга», «онбординг». The ending is English
    and no native word has it, so a word in it that is not a slip of any listed word (nor two of a common one)
    is borrowed as it sounds — «маркентинг» is one letter from «маркетинг» and stays a misspelling."""
    from app.core.grammar.spelling.suggest import near_common_word, two_slips_from_common_word

    return not near_common_word(word, _LISTED) and not two_slips_from_common_word(word)


_ATION = re.compile(r"(.{4,}?)(?:из)?ация$")


def _noun_in_ation(word: str) -> bool:
    """A noun in «-ация» (Latin «-atio») of a process done to what a common masculine noun in a consonant names:
    «портация» ← «порт», «тарифицация» is in the dictionary already. A stem of four letters at least, so that no
    short chance noun stands behind a garbled word."""
    for lemma, parse in _readings(word, ("NOUN",)):
        ation = _ATION.fullmatch(lemma)
        if ation and parse.tag.gender == "femn" and ation.group(1)[-1] not in "аеиоуыэюяьй" \
                and _common_noun(ation.group(1)) and _known_as(ation.group(1), ("NOUN",), "masc"):
            return True
    return False
