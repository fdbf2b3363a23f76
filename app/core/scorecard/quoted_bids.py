"""Imperatives the customer only quotes: «Пришла СМС: «Введите данные карты по ссылке»», «на экране «Обратитесь в
банк»». What stands inside quotation marks is someone else's words — a message, a notice, a button, a caller — and
bids the operator nothing; the customer's own request is what they write outside the quotes. Read so that a reply is
not failed for «keeping silent» about a doing only a message (often a fraudster's) asked for."""

from __future__ import annotations


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of «…» (nested quotes inside the outer pair belong to it)."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "«":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans


def only_quoted(text: str, offset: int) -> bool:
    """The word at ``offset`` stands inside a quotation of more than two words — someone else's sentence, not the
    name of a tariff or a button the customer bids about («Отключите «Кино+»»)."""
    return any(a < offset < b and len(text[a + 1:b - 1].split()) > 2 for a, b in quoted_spans(text))
