"""Words made by a productive prefix that the speller's dictionary lacks: «разблокируются»,
«скачается», «перезагрузится», «полпроцента».

A verb takes almost any of the common prefixes, and dictionaries list only the frequent results, so
the speller flags correct verbs that operators write every day. A word counts as such a verb when a
prefix from the list below stands before a verb form the dictionary knows, and the prefix is
spelled as the next letter demands (раз- before a voiced sound or a vowel, рас- before a voiceless
one); пре- and при- are left out, as choosing between them is the learner's task. Where a double letter at the seam is the usual slip («расчитать» for «рассчитать»,
«растроиться» for «расстроиться»), the word is still an error. «пол» joins a noun in the genitive
(«полпроцента», «полстакана»).
"""

from __future__ import annotations

from app.core.grammar.spelling.vocabulary import is_word

_VERB_PARTS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
_PREFIXES = ("пере", "недо", "под", "про", "раз", "рас", "воз", "вос", "без", "бес", "из", "ис",
             "за", "вы", "до", "на", "от", "об", "по", "с", "у")
_VOICELESS = frozenset("кпстфхцчшщ")
_VOWELS = frozenset("аеёиоуыэюя")


def is_prefixed_word(word: str) -> bool:
    """``word`` (lower-case) is a known verb form or a genitive noun behind a productive prefix."""
    from app.core.grammar.rules._base import parses

    if word.startswith("пол") and len(word) > 6 and word[3] not in _VOWELS and word[3] != "л":
        rest = word[3:]
        if is_word(rest) and any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing"
                                 for p in parses(rest)):
            return True
    for prefix in _PREFIXES:
        rest = word[len(prefix):]
        if not word.startswith(prefix) or len(rest) < 5 or not _seam_is_right(prefix, rest):
            continue
        if is_word(rest) and any(p.tag.POS in _VERB_PARTS for p in parses(rest)) \
                and not _letter_lost_at_seam(word, len(prefix)):
            return True
    return False


_LETTERS = "абвгдежзийклмнопрстуфхцчшщъыьэюя"


def _letter_lost_at_seam(word: str, seam: int) -> bool:
    """A dictionary word is one letter longer at the seam: «раскажет» is «расскажет», «потвердите» is
    «подтвердите» — a lost letter, not a new verb."""
    return any(is_word(word[:at] + letter + word[at:]) for at in range(max(1, seam - 1), seam + 2)
               for letter in _LETTERS)


def _seam_is_right(prefix: str, rest: str) -> bool:
    first = rest[0]
    if first in "ьъй":
        return False  # «разьехаться», «сьесть»: the hard sign is the slip
    if prefix[-1] == "с" and first in "стч" and len(prefix) > 1:
        return False  # «расчитать», «растроиться»: a lost double letter is likelier than a new verb
    if prefix[-1] == "з":
        return first not in _VOICELESS
    if prefix[-1] == "с" and len(prefix) > 1:
        return first in _VOICELESS
    return first not in _VOWELS or prefix in ("пере", "недо", "за", "на", "до", "по", "вы", "у")
