"""Плеоназмы — лишние слова, повторяющие смысл соседнего: «вернуть обратно», «памятный сувенир»."""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, parses
from app.core.phrase import phrase

PLEONASM = RuleInfo(
    "OURS_PLEONASM",
    phrase("Плеоназм (лишнее слово)"),
    phrase("Одно из слов повторяет смысл другого."),
    phrase("Плеоназм — сочетание слов, в котором одно уже содержит смысл другого: «вернуть обратно» "
    "(вернуть — это и есть «обратно»), «памятный сувенир» (сувенир — это память), «совместно "
    "сотрудничать», «момент времени». В деловой переписке лишнее слово лучше убрать."),
    Category.STYLE,
)

RULES = (PLEONASM,)

# (lemma of the first word, lemma of the second, how many words may stand between them)
_PAIRS = (
    ("вернуть", "обратно", 2), ("возвращать", "обратно", 2), ("вернуться", "обратно", 1),
    ("возвратить", "обратно", 2), ("совместно", "сотрудничать", 0), ("совместный", "сотрудничество", 0),
    ("момент", "время", 0), ("памятный", "сувенир", 0), ("прейскурант", "цена", 0),
    ("подняться", "вверх", 1), ("спуститься", "вниз", 1), ("главный", "суть", 0),
    ("ведущий", "лидер", 0), ("коллега", "по", 0), ("свой", "автобиография", 0),
    ("первый", "дебют", 0), ("полный", "аншлаг", 0), ("взаимный", "сотрудничество", 0),
)


def _lemmas(word: str) -> set[str]:
    return {p.normal_form for p in parses(word)}


def check(t: Text) -> list[Finding]:
    found = []
    for i, w in enumerate(t.words):
        first = _lemmas(w.text)
        for lemma1, lemma2, gap in _PAIRS:
            if lemma1 not in first:
                continue
            for j in range(i + 1, min(i + gap + 2, len(t.words))):
                if not t.plain_gap(j):
                    break
                if lemma2 in _lemmas(t.words[j].text):
                    if lemma2 == "по" and (j + 1 >= len(t.words) or t.words[j + 1].low != "работе"):
                        break  # «коллега по работе», not «коллега по отделу»
                    end = t.words[j + 1].end if lemma2 == "по" else t.words[j].end
                    found.append(finding(PLEONASM, w.start, end))
                    break
    return found
