"""Типографика: кавычки-«ёлочки», пробел перед восклицательным и вопросительным знаком."""

from __future__ import annotations

import re

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding
from app.core.phrase import phrase

QUOTES = RuleInfo(
    "OURS_QUOTES",
    phrase("Кавычки-«ёлочки»"),
    phrase("В русском тексте используются кавычки «ёлочки»."),
    phrase("Названия компаний, приложений, тарифов и кнопок, а также цитаты в русском тексте заключают "
    "в кавычки-«ёлочки»: приложение «Мой банк», кнопка «Оформить возврат». Прямые кавычки \"…\" "
    "— машинописные, в названиях их лучше заменить, а в одном тексте кавычки должны быть "
    "одного вида. Внутри «ёлочек» используют „лапки“."),
    Category.TYPOGRAPHY,
)

SPACE_BEFORE_MARK = RuleInfo(
    "OURS_SPACE_BEFORE_MARK",
    phrase("Пробел перед знаком препинания"),
    phrase("Перед восклицательным и вопросительным знаком пробел не ставится."),
    phrase("Восклицательный и вопросительный знаки, как точка и запятая, пишутся сразу после слова, "
    "без пробела: «Спасибо за обращение!», «Чем могу помочь?»."),
    Category.TYPOGRAPHY,
)

RULES = (QUOTES, SPACE_BEFORE_MARK)

# A pair of straight quotes around a short phrase with Russian letters in it.
_PAIR = re.compile(r'"([^"\n]{1,80})"')
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# «обращение !» — a word, spaces, then «!» or «?» (a lone «?» on its own line is left alone)
_SPACE_MARK = re.compile(r"(?<=[0-9A-Za-zА-Яа-яЁё»)])[ \u00a0]+([!?]+)")


_TYPOGRAPHIC = re.compile("[«»„“]")


def _is_name(text: str, start: int, inner: str) -> bool:
    """A short title with a capital letter, not a quoted sentence (no colon before, no final mark)."""
    return (inner[:1].isupper() and len(inner.split()) <= 4 and inner[-1] not in ".!?…"
            and not text[:start].rstrip().endswith(":"))


def check(t: Text) -> list[Finding]:
    found = []
    # Straight quotes against « » is a typographic choice, not a grammar error: asked for only where the
    # learner's typography policy does not accept straight quotes for « ». There they are asked to become
    # « » around a name (a button, a product, a section: «Нажмите "Оформить"») and wherever the text
    # already mixes them with « ». Quoted speech or a word used in irony («"экономит"») is left alone.
    quotes_asked = t.typography is not None and not t.typography.quotes
    mixed = bool(_TYPOGRAPHIC.search(t.text))
    for m in _PAIR.finditer(t.text) if quotes_asked else ():
        inner = m.group(1)
        if _CYRILLIC.search(inner) and inner == inner.strip() and (mixed or _is_name(t.text, m.start(), inner)):
            found.append(finding(QUOTES, m.start(), m.end(), f"«{inner}»"))
    for m in _SPACE_MARK.finditer(t.text):
        found.append(finding(SPACE_BEFORE_MARK, m.start(), m.end(), m.group(1)))
    return found
