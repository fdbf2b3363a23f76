"""Типографика: кавычки-«ёлочки», пробел перед восклицательным и вопросительным знаком."""

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
    "— машинописные: на обычной клавиатуре их допускают, но в одном тексте кавычки должны быть "
    "одного вида, и рядом с «ёлочками» прямые нужно заменить. Внутри «ёлочек» используют "
    "„лапки“.",
    Category.TYPOGRAPHY,
)

SPACE_BEFORE_MARK = RuleInfo(
    "OURS_SPACE_BEFORE_MARK",
    "Пробел перед знаком препинания",
    "Перед восклицательным и вопросительным знаком пробел не ставится.",
    "Восклицательный и вопросительный знаки, как точка и запятая, пишутся сразу после слова, "
    "без пробела: «Спасибо за обращение!», «Чем могу помочь?».",
    Category.TYPOGRAPHY,
)

RULES = (QUOTES, SPACE_BEFORE_MARK)

# A pair of straight quotes around a short phrase with Russian letters in it.
_PAIR = re.compile(r'"([^"\n]{1,80})"')
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# «обращение !» — a word, spaces, then «!» or «?» (a lone «?» on its own line is left alone)
_SPACE_MARK = re.compile(r"(?<=[0-9A-Za-zА-Яа-яЁё»)])[ \u00a0]+([!?]+)")


_TYPOGRAPHIC = re.compile("[«»„“]")


def check(t: Text) -> list[Finding]:
    found = []
    # Straight quotes stand for « » on a plain keyboard (the project's typography policy accepts
    # them); they are a slip only beside typographic ones, where the text mixes two kinds.
    pairs = _PAIR.finditer(t.text) if _TYPOGRAPHIC.search(t.text) else ()
    for m in pairs:
        inner = m.group(1)
        if _CYRILLIC.search(inner) and inner == inner.strip():
            found.append(finding(QUOTES, m.start(), m.end(), f"«{inner}»"))
    for m in _SPACE_MARK.finditer(t.text):
        found.append(finding(SPACE_BEFORE_MARK, m.start(), m.end(), m.group(1)))
    return found
