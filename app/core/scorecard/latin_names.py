"""A name signed in Latin letters: «…режим полёта включала. Anna», «Thanks, Olga», «— Dmitry».

The rubric (docs/scorecard_rubric.md, «Обращение по имени») knows the name of a customer who signs a message, and says
nothing of the script: a customer typing on a Latin keyboard signs «Anna», and the operator answers «Анна». The Latin
word is spelt in Cyrillic letters by the usual transliteration, with the few choices it leaves open tried in turn
(«Olga» — «Ольга», «Natalia» — «Наталия», «Dmitry» — «Дмитрий», «Ilya» — «Илья»); the word signs the message only
if one spelling is a first name the dictionary knows. The dictionary keeps some rare spellings as names too, so a
rarer name may come out misspelt («Eduard» — «Едуард»), which only costs the reply its name check. A brand or a model at the end of a
message («… Samsung», «Pixel 7») is no name in any spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from app.core.scorecard.words import signed_name

# Letter groups first, then single letters.
_GROUPS = (("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"),
           ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("ju", "ю"), ("ja", "я"), ("ck", "к"), ("ph", "ф"), ("th", "т"))
_LETTERS = {"a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "й",
            "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т",
            "u": "у", "v": "в", "w": "в", "x": "кс", "z": "з"}
_VOWELS = "аеёиоуыэюя"
# The choices transliteration leaves open, each tried or not: «ia» as «ия» or «ья», a soft «l», a soft sign before «я»
# and «ю» («Ilya»), an «э» that opens a word («Emma»). Three are tried first, since the dictionary keeps the other
# spelling as a rare name too: «ия» at the end («Maria» — «Мария», not «Марья»), «ий» at the end («Yury» — «Юрий»,
# not «Юри»), a soft «r» at the end («Igor» — «Игорь», not «Игор»).
_CHOICES = ((re.compile(r"иа$"), "ия", True), (re.compile(r"иа"), "ья", False), (re.compile(r"ия$"), "ья", False),
            (re.compile(r"л(?=[бвгджзклмнпрстфхцчшщ]|$)"), "ль", False), (re.compile(r"(?<=[лнр])(?=[яю])"), "ь", False),
            (re.compile(r"и$"), "ий", True), (re.compile(r"р$"), "рь", True), (re.compile(r"^е"), "э", False))
# The message ends on a Latin word alone (with an initial or a surname, a sign-off or a dash before it).
_SIGNED_RE = re.compile(r"(?:^|[.!?…)]\s+|\n)\s*[—–-]?\s*(?:(?i:thanks|thank you|regards|best regards|cheers|спасибо"
                        r"|с уважением|заранее спасибо)[,!.]?\s+)?([A-Z][a-z]{2,})(?:\s+[A-Z][a-z]*\.?)?\s*[.!]?\s*$")


def _spell(word: str) -> str:
    """The plain letter-for-letter Cyrillic spelling of a Latin word (in lower case)."""
    out, i, low = "", 0, word.lower()
    while i < len(low):
        group = next(((lat, cyr) for lat, cyr in _GROUPS if low.startswith(lat, i)), None)
        if group:
            out, i = out + group[1], i + len(group[0])
        elif low[i] == "y":  # «Sergey» — «Сергей»: after a vowel a «й», else an «и» («Dmitry» — «Дмитри…»)
            out, i = out + ("й" if out and out[-1] in _VOWELS else "и"), i + 1
        else:
            out, i = out + _LETTERS.get(low[i], ""), i + 1
    return out


@lru_cache(maxsize=1_000)
def cyrillic_name(word: str) -> str:
    """«Anna» — «Анна», «Olga» — «Ольга»: the Cyrillic first name a Latin word spells, capitalised, else ""."""
    base = _spell(word)
    # the fewest departures from the first choices first
    tries = sorted(product((False, True), repeat=len(_CHOICES)),
                   key=lambda picks: sum(pick != first for pick, (_, _, first) in zip(picks, _CHOICES)))
    for picks in tries:
        spelt = base
        for (regex, to, _), pick in zip(_CHOICES, picks):
            if pick:
                spelt = regex.sub(to, spelt)
        if signed_name(spelt, known=True):
            return spelt.capitalize()
    return ""


def latin_signature(message: str) -> str:
    """The Cyrillic name of a Latin word that signs the message at its end («… не помогло. Anna»), else ""."""
    m = _SIGNED_RE.search(message.strip())
    return cyrillic_name(m.group(1)) if m else ""
