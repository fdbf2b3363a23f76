"""«Если потребуется акт о компенсации, сообщите нам», «Если нужна справка на бумаге, скажите мне»: the reply ends by
asking the customer to tell us when they need more — an invitation to write, which the rubric counts as a closing
(docs/scorecard_rubric.md, «Завершение»: «приглашение писать», «Напишите, какой день удобнее»), as «Если будут вопросы,
пишите» is. Read so: one of the last two sentences opens with the customer's need or wish («Если нужен / нужно /
понадобится / потребуется / захотите …») and its main clause is an ask to tell («сообщите», «скажите», «дайте знать»)
addressed to us — «нам», «мне» or no one named; «…, сообщите в банк / своему бухгалтеру» sends them elsewhere and is no
closing.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import also_imperative

_NEED = frozenset({"нужно", "надо", "нужный", "хотеть", "захотеть", "понадобиться", "потребоваться", "требоваться",
                   "желать", "пожелать"})
_TELL = frozenset({"сообщить", "сказать", "дать"})
_US = frozenset({"нам", "мне"})
_ELSEWHERE = frozenset({"в", "во", "к", "ко", "на"})
_HERE = frozenset({"чат", "этот", "поддержка", "мессенджер", "ответ"})  # «сообщите нам в чат / в ответ на письмо»


def tells_us_if_needed(r: Reply, tail_start: int) -> list[Span]:
    """The last-two-sentence ask «Если понадобится …, сообщите нам», or nothing."""
    for start, end in r.sentences[-2:]:
        if start < tail_start:
            continue
        words = r.tokens_in(start, end)
        if not words or words[0].lower != "если" or not any(t.lemmas & _NEED for t in words[1:3]):
            continue
        for i, tok in enumerate(words[2:], 2):
            if not ("impr" in tok.tag or also_imperative(tok.lower) or "2per" in tok.tag and "plur" in tok.tag) \
                    or not tok.lemmas & _TELL:
                continue
            after = words[i + 1:i + 3]
            if "дать" in tok.lemmas and not any(t.lower == "знать" for t in after):
                continue  # «дайте знать», not «дайте номер»
            rest = words[i + 1:]
            if any(t.lower in _ELSEWHERE and not (j + 1 < len(rest) and rest[j + 1].lower in _HERE)
                   for j, t in enumerate(rest)) or any(
                    "datv" in t.tag and t.lower not in _US and t.tag.startswith(("NOUN", "NPRO", "ADJF")) for t in after):
                continue  # «сообщите в банк», «скажите об этом в отделении», «…своему бухгалтеру»
            return [(start, end - start)]
    return []
