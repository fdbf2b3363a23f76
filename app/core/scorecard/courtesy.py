"""Judges of the courtesies: greeting, the customer's name, empathy where due, closing."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import ElementResult, Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, analyse, find_phrases, quote


def greeting(r: Reply) -> ElementResult:
    """In the first sentence; not expected again later in a chat."""
    first_end = r.sentences[0][1] if r.sentences else 0
    first_end = max(first_end, min(len(r.text), 20))
    greet = [s for p, s in find_phrases(r.tokens, r.lex.greeting) if s[0] < first_end]
    if r.turn is not None and not greet:
        return ElementResult("greeting", None, "Чат уже идёт: второй раз здороваться не нужно.")
    if greet:
        return ElementResult("greeting", True, f"Есть приветствие: {quote(r.text, greet)}.", greet[:1])
    anywhere = [s for p, s in find_phrases(r.tokens, r.lex.greeting)]
    reason = ("Приветствие не в начале ответа." if anywhere else
              "Нет приветствия: начните с «Здравствуйте» или «Добрый день».")
    return ElementResult("greeting", False, reason, anywhere[:1])


def name(r: Reply) -> ElementResult:
    if not r.customer_name:
        return ElementResult("name", None, "Клиент не назвал имени: обращение по имени не оценивается.")
    name_spans = _name_spans(r.tokens, r.customer_name)
    first = r.customer_name.split()[0]
    if name_spans:
        return ElementResult("name", True, f"Оператор обращается к клиенту по имени ({first}).", name_spans[:1])
    return ElementResult("name", False, f"Клиент представился ({first}), а в ответе нет обращения по имени.")


def _name_spans(tokens: Sequence[Token], customer_name: str) -> list[Span]:
    wanted = set()
    for part in customer_name.split()[:2]:
        lower = part.lower().replace("ё", "е")
        wanted |= {lower} | set(analyse(lower)[0])
    first = customer_name.split()[0].lower().replace("ё", "е")
    spans = []
    for tok in tokens:
        if tok.text[:1].isupper() and (tok.lower in wanted or (tok.lemmas & wanted and tok.lower[:3] == first[:3])):
            spans.append((tok.start, tok.end - tok.start))
    return spans


def empathy(r: Reply) -> ElementResult:
    excluded = [s for _, s in find_phrases(r.tokens, r.lex.empathy_exclude, gap=0)]
    emp = [s for _, s in find_phrases(r.tokens, r.lex.empathy)
           if not any(e[0] <= s[0] and s[0] + s[1] <= e[0] + e[1] for e in excluded)]
    if not r.complaint:
        return ElementResult("empathy", None, "Клиент не жалуется: извинение не требуется.", emp[:1])
    if emp:
        return ElementResult("empathy", True,
                             f"Клиент жалуется, и оператор выражает сочувствие: {quote(r.text, emp)}.", emp[:2])
    words = ", ".join(f"«{w}»" for w in r.complaint_words[:2])
    return ElementResult("empathy", False, f"Клиент жалуется ({words}), а в ответе нет ни извинения, ни сочувствия.")


def closing(r: Reply) -> ElementResult:
    """In the last two sentences."""
    tail_start = r.sentences[-2][0] if len(r.sentences) >= 2 else 0
    close = [s for _, s in find_phrases(r.tokens, r.lex.closing) if s[0] >= tail_start]
    if close:
        return ElementResult("closing", True, f"Есть завершение: {quote(r.text, close)}.", close[:1])
    return ElementResult("closing", False, "Нет завершения: предложите помощь или попрощайтесь "
                                           "(«Если будут вопросы, пишите»).")
