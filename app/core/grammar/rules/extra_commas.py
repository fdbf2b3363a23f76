"""Лишние запятые в формулах вежливости: «Благодарим вас», «Спасибо за ожидание», «Здравствуйте!»."""

from __future__ import annotations

import re

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding
from app.core.phrase import phrase

EXTRA_COMMA = RuleInfo(
    "OURS_EXTRA_COMMA",
    phrase("Лишняя запятая"),
    phrase("Здесь запятая не нужна."),
    phrase("Запятая не отделяет глагол или слово «спасибо» от слов, которые от них зависят: «Благодарим "
    "вас за обращение», «Спасибо за ожидание», «Извините за задержку». Не ставится запятая и "
    "внутри устойчивых формул («Добрый день», «Спасибо большое»), и между «уважаемый» и именем: "
    "«Уважаемая Анна». Если обращения нет, запятая после приветствия не нужна: «Здравствуйте!»."),
    Category.PUNCTUATION,
)

RULES = (EXTRA_COMMA,)

_W = r"[А-Яа-яЁё]"
_PATTERNS = (
    # «Благодарим, вас», «Спасибо, за ожидание», «Извините, за задержку»
    # («Спасибо, вам тоже!» is right: there «спасибо» is a reply of its own)
    re.compile(rf"(?<!{_W})[Бб]лагодар(?:им|ю)(,)\s*(?:вас|за)(?!{_W})"),
    re.compile(rf"(?<!{_W})[Сс]пасибо(,)\s*(?:за|большое|огромное)(?!{_W})"),
    re.compile(rf"(?<!{_W})(?:[Ии]звините|[Пп]ростите)(,)\s*за(?!{_W})"),
    re.compile(rf"(?<!{_W})[Пп]риносим(,)\s*(?:извинения|свои)(?!{_W})"),
    # «Добрый, день», «Доброе, утро»
    re.compile(rf"(?<!{_W})(?:[Дд]обр(?:ый|ое|ого))(,)\s*(?:день|вечер|утро|дня|вечера|времени)(?!{_W})"),
    # «Уважаемая, Анна»
    re.compile(rf"(?<!{_W})[Уу]важаем(?:ый|ая|ые)(,)\s*(?=[А-ЯЁ])"),
    # «Здравствуйте, !», «Добрый день, .»
    re.compile(r"(,)\s*[!.?]"),
)


def check(t: Text) -> list[Finding]:
    found = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(t.text):
            start = m.start(1)
            # the span is the comma with the word before it, so it is easy to see and to fix
            word_start = t.text.rfind(" ", 0, start) + 1
            if pattern is _PATTERNS[-1]:
                end = m.end()
                fixed = t.text[word_start:start] + t.text[end - 1]
            else:
                end = m.end(1)
                fixed = t.text[word_start:start]
            found.append(finding(EXTRA_COMMA, word_start, end, fixed))
    return found
