"""Words of one family that share a stem: «заболела» — «если болеете», «перейти» — «при переходе», «оплата» —
«платить», «помесячно» — «помесячную».

The stem is the normal form without its ending (a closed class of Russian endings of the infinitive, the noun and the
adjective) and without one prefix (a closed class too). Two words are kin when their stems meet, with or without one
prefix, and the stem is long enough to mean something (four letters or more). Words that share a stem by chance
(«перейти» and «перевод» share only the prefix) do not: the prefix is taken off before the stems are compared.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.scorecard.words import normal_form

# Endings of the normal forms, longest first: the infinitive (with «-ся»), the verbal noun, the adjective, the noun.
_ENDINGS = ("ываться", "иваться", "аться", "яться", "еться", "иться", "уться", "ться", "тись", "ение", "ание",
            "ывать", "ивать", "ость", "ство", "ать", "ять", "еть", "ить", "уть", "оть", "ыть", "ти", "чь", "ть",
            "ние", "ый", "ий", "ой", "ая", "ое", "ие", "ка", "а", "я", "о", "е", "ь", "ы", "и")
# Prefixes of Russian verbs and of the nouns made from them, longest first.
_PREFIXES = ("пере", "пред", "пре", "при", "про", "раз", "рас", "воз", "вос", "под", "над", "обо", "об", "от", "ото",
             "до", "за", "из", "ис", "вы", "на", "по", "вз", "вс", "со", "с", "у", "о", "в")
_MIN_STEM = 3  # «бол-еть» — «за-бол-еть»; «да-ть» is too short to tell «подать» from «задать»


def _stem(form: str) -> str:
    for end in _ENDINGS:
        if form.endswith(end) and len(form) - len(end) >= 3:
            return form[:-len(end)]
    return form


@lru_cache(maxsize=20000)
def stems(word: str) -> frozenset[str]:
    """The word's stem, and the stem without each prefix it may begin with — long enough to mean something."""
    stem = _stem(normal_form(word.lower()))
    found = {stem} if len(stem) >= _MIN_STEM else set()
    found |= {stem[len(p):] for p in _PREFIXES if stem.startswith(p) and len(stem) - len(p) >= _MIN_STEM}
    return frozenset(found)


def same_family(a: str, b: str) -> bool:
    """«болеть» ~ «заболеть», «оплата» ~ «платить», «помесячно» ~ «помесячный»: one word's stem is the other's, or the
    other's without its prefix. Not «отменить» ~ «заменить» nor «доставить» ~ «поставить» (two prefixes of one stem
    make two doings); «переход» ~ «перейти» is not found here (the stems differ: kin_words reads such pairs by
    meaning)."""
    if a == b:
        return True
    full_a, full_b = _stem(normal_form(a.lower())), _stem(normal_form(b.lower()))
    if len(full_a) < _MIN_STEM or len(full_b) < _MIN_STEM:
        return False
    return full_a in stems(b) or full_b in stems(a)
