#!/usr/bin/env python3
"""Write the word lists of the adaptive drills: assets/wordlists/{ru,en}.txt.

The words are wordfreq's most frequent ones, cleaned as for the built-in courses
(``make_courses.clean_words``: blocklist, ё-spellings, letters only), most frequent
first, one per line. Names, places and abbreviations are then left out: a Russian
word goes when pymorphy3 does not know it or reads it only as a name, place,
organisation or abbreviation; an English word goes unless the Debian word lists
(``apt-get install wamerican wbritish``) hold it in lower case.
Deterministic for wordfreq 3.1.1 and those dictionaries.

Usage: python tools/make_wordlists.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_courses import ROOT, clean_words  # noqa: E402

SIZE = {"ru": 12000, "en": 10000}
PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"}  # pymorphy3 grammemes of names
# Rude words, on top of the course blocklist: obscene roots and words a support trainer should not drill.
RUDE = {
    "ru": re.compile(r"^(на|по|за|)ху[йеёя]|пизд|^бля|^у?[её]б[аилнуы]|^сук[аиеу]?$|^дерьм|^жоп|^говн|^шлюх|^твар[ьи]"
                     r"|^идиот|^дур[аыеуо]?$|^хрен|^херн|^фигн|^секс|^мудак|^урод|^ублюд|^сволоч|^трах"),
    "en": re.compile(r"fuck|shit|bitch|^cunt|^dick|^cock|^puss|^ass(hole)?$|^sex|^porn|^whore|^slut|^rape"
                     r"|^nigg|^fag|damn|sexual|^crap|^idiot|^stupid|^dumb|^nazi|^kill"),
}
EN_DICTS = [Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english")]
HEADER = ("# Word list for the adaptive drills, made by tools/make_wordlists.py from wordfreq 3.1.1\n"
          "# (data CC BY-SA 4.0, Robyn Speer et al.): the most frequent words first. Do not edit by hand.\n")


def common_words(lang: str) -> list[str]:
    words = [w for w in clean_words(lang) if not RUDE[lang].search(w)]
    if lang == "ru":
        import pymorphy3

        morph = pymorphy3.MorphAnalyzer()
        keep = [w for w in words if morph.word_is_known(w)
                and not all(PROPER & p.tag.grammemes for p in morph.parse(w))]
    else:
        missing = [p for p in EN_DICTS if not p.is_file()]
        if missing:
            sys.exit(f"Нет словаря {missing[0]}: apt-get install wamerican wbritish")
        lower = {line.strip() for p in EN_DICTS for line in p.read_text(encoding="utf-8", errors="ignore")
                 .splitlines() if line[:1].islower()}
        keep = [w for w in words if w in lower]
    return keep[:SIZE[lang]]


def main() -> None:
    out_dir = ROOT / "app" / "assets" / "wordlists"
    out_dir.mkdir(parents=True, exist_ok=True)
    for lang in SIZE:
        words = common_words(lang)
        (out_dir / f"{lang}.txt").write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
        print(f"{lang}: {len(words)} words")


if __name__ == "__main__":
    main()
