"""Numbers as a reply may say them: «3 300», «три тысячи триста», «пяти рабочих дней», «в 15 часов».

A task's required fact is often a figure («3 рабочих дней», «3 300», «15:00»); an operator may write it in words
or with another case of its noun. ``fact_in_reply`` finds such a fact by its value and the words that follow it,
each word in any of its forms (pymorphy3).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.words import Token, tokenize

_ONES = {"ноль": 0, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
         "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
         "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
         "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5}
_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
         "восемьдесят": 80, "девяносто": 90}
_HUNDREDS = {"сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
             "семьсот": 700, "восемьсот": 800, "девятьсот": 900}
_SCALES = {"тысяча": 1000, "миллион": 1_000_000}
_WORDS = {**_ONES, **_TENS, **_HUNDREDS}
_TIME_RE = re.compile(r"^(\d{1,2}):00$")


def _word_value(tok: Token) -> tuple[str, int] | None:
    for lemma in tok.lemmas:
        if lemma in _SCALES:
            return "scale", _SCALES[lemma]
        if lemma in _WORDS:
            return "word", _WORDS[lemma]
    return None


def numbers(tokens: Sequence[Token], text: str) -> list[tuple[int, int, int]]:
    """Each number of the text as (value, index of its first token, index after its last): digits, digits grouped
    by a space («3 300»), and number words («три тысячи триста»)."""
    found = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.lower.isdigit():
            j, digits = i + 1, tok.lower
            # «3 300», «150 000»: groups of three digits after a space
            while j < len(tokens) and len(tokens[j].lower) == 3 and tokens[j].lower.isdigit() \
                    and text[tokens[j - 1].end:tokens[j].start] in (" ", "\u00a0", "\u202f"):
                digits += tokens[j].lower
                j += 1
            found.append((int(digits), i, j))
            i = j
            continue
        total, current, j = 0, 0, i
        while j < len(tokens) and (value := _word_value(tokens[j])) is not None:
            kind, number = value
            if kind == "scale":
                total += (current or 1) * number
                current = 0
            else:
                current += number
            j += 1
        if j > i:
            found.append((total + current, i, j))
            i = j
        else:
            i += 1
    return found


def fact_in_reply(fact: str, tokens: Sequence[Token], text: str) -> bool:
    """A fact with a figure («3 рабочих дней», «3 300», «15:00») said in the reply with the same value — in digits or
    words — followed by the fact's other words in any form («в течение трёх рабочих дней»)."""
    time = _TIME_RE.match(fact.strip())
    wanted = tokenize(fact)
    if time:  # «15:00» is also «в 15 часов», «к пятнадцати часам»
        value, rest = int(time.group(1)), [tokenize("час")[0]]
    else:
        in_fact = numbers(wanted, fact)
        if len(in_fact) != 1 or in_fact[0][1] != 0:
            return False
        value, _, end = in_fact[0]
        rest = wanted[end:]
    for number, _, end in numbers(tokens, text):
        if number != value:
            continue
        j, ok = end, True
        for word in rest:  # each of the fact's words after the figure, one other word allowed between
            hit = next((k for k in range(j, min(j + 2, len(tokens))) if tokens[k].lemmas & word.lemmas), None)
            if hit is None:
                ok = False
                break
            j = hit + 1
        if ok:
            return True
    return False
