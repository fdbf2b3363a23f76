"""Кавычки: в русском тексте основные кавычки — «ёлочки»."""

from __future__ import annotations

import re

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding

QUOTES = RuleInfo(
    "OURS_QUOTES",
    "Кавычки-«ёлочки»",
    "В русском тексте используются кавычки «ёлочки».",
    "Названия компаний, приложений, тарифов и кнопок, а также цитаты в русском тексте заключают "
    "в кавычки-«ёлочки»: приложение «Мой банк», кнопка «Оформить возврат». Прямые кавычки \"…\" "
    "— машинописные, в деловой переписке их лучше заменить. Внутри «ёлочек» используют "
    "„лапки“.",
    Category.TYPOGRAPHY,
)

RULES = (QUOTES,)

# A pair of straight quotes around a short phrase with Russian letters in it.
_PAIR = re.compile(r'"([^"\n]{1,80})"')
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def check(t: Text) -> list[Finding]:
    found = []
    for m in _PAIR.finditer(t.text):
        inner = m.group(1)
        if _CYRILLIC.search(inner) and inner == inner.strip():
            found.append(finding(QUOTES, m.start(), m.end(), f"«{inner}»"))
    return found
