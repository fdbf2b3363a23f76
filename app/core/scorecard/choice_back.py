"""The choice handed back: the customer asks which one to take, and the reply tells them to choose.

«Какой курс выбрать — аналитик или тестировщик?» — «Оба направления востребованы, выбирайте то, что больше по душе»;
«Куда поехать в ноябре?» — «Таиланд, Египет, ОАЭ — выбирайте направление в каталоге»: the reply leaves the customer
where they were. The choosing verb («выбирайте», «решайте») addressed to the customer with its object left open — any
one («любую»), the one they like («то, что нравится», «подходящую»), by their own measure («по цене», «сами») or no
option named at all — is no pick. «Выберите в приложении тариф «Базовый»» names the pick and is a step; a reply that
recommends in another sentence («Советую «Бриз» … а номер выбирайте сами») has picked already.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import PART_RE, Token, sentences

_CHOOSE = frozenset({"выбрать", "выбирать", "решить", "решать"})
# The object left open: whichever, whatever suits, by the customer's own measure.
_OPEN = frozenset({"любой", "подходящий", "удобный", "сам", "самостоятельно", "нравиться", "понравиться", "вкус",
                   "душа", "усмотрение", "цена", "дизайн", "желание"})
_THAT = frozenset({"то", "тот", "та", "ту", "те", "тех"})
# A pick said elsewhere: «советую», «рекомендуем», «лучше …», «подойдёт …», «берите …».
_PICK = frozenset({"советовать", "посоветовать", "рекомендовать", "порекомендовать", "подойти", "брать", "взять"})
# The customer asks to be told which: «посоветуйте», «что выбрать», «что лучше / выгоднее», «… или …?», «какую
# карту оформить?», «куда поехать?».
_ADVISE = frozenset({"посоветовать", "советовать", "выбрать", "выбирать"})
_BETTER = frozenset({"лучше", "выгоднее"})
_WHICH = frozenset({"какой", "куда"})


def choice_handed_back(r: Reply) -> list[Span]:
    """The choosing imperative(s) that hand the customer's choice back to them, when nothing is picked elsewhere."""
    if not asks_which(r):
        return []
    found: list[Span] = []
    for i, tok in enumerate(r.tokens):
        if not (tok.lemmas & _CHOOSE and tok.tag.startswith("VERB") and "impr" in tok.tag and "plur" in tok.tag):
            continue
        start, end = r.sentence_at(tok.start)
        if any(s != (tok.start, tok.end - tok.start) and start <= s[0] < end for s in r.imperatives[0]):
            continue  # «откройте заказ, нажмите «Вернуть» и выберите пункт выдачи»: a step of a way, not the choice
        clause = next((m for m in PART_RE.finditer(r.text, start, end) if m.start() <= tok.start < m.end()), None)
        rest = [t for t in r.tokens_in(tok.end, end)]
        if _left_open(rest[:8], r.text, tok.end, clause.end() if clause else end):
            found.append((tok.start, tok.end - tok.start))
    if not found:
        return []
    chosen_in = {r.sentence_at(s[0]) for s in found}
    for tok in r.tokens:
        if r.sentence_at(tok.start) in chosen_in:
            continue
        if tok.lemmas & _PICK and tok.tag.startswith("VERB") or tok.lower == "лучше" and "COMP" in tok.tag:
            return []
    return found


def asks_which(r: Reply) -> bool:
    """The customer asks to be told which one: a word of advice or choosing, «лучше / выгоднее», a question with
    «или», or «какой / куда» with a verb of taking or doing in its sentence («какую карту оформить?»)."""
    for start, end in _sentences(r.customer_messages):
        toks = [t for t in r.customer_tokens if start <= t.start < end]
        question = "?" in "\n".join(r.customer_messages)[start:end]
        if any(t.lemmas & _ADVISE or t.lower in _BETTER for t in toks):
            return True
        if question and any(t.lower == "или" for t in toks):
            return True
        if any(t.lemmas & _WHICH for t in toks) and any(t.tag.startswith("INFN") for t in toks):
            return True
    return False


def _sentences(messages: Sequence[str]) -> list[tuple[int, int]]:
    return sentences("\n".join(messages))


def _left_open(rest: Sequence[Token], text: str, at: int, clause_end: int) -> bool:
    """The words after the choosing verb leave its object open: an open word, «то / ту, что / которая», or no
    option named (no quoted or capitalised name, no figure) up to the end of its clause."""
    if any(t.lemmas & _OPEN or t.lower in _OPEN for t in rest):
        return True
    if rest and rest[0].lower in _THAT:
        return True
    named = "«" in text[at:clause_end] or any(
        t.start < clause_end and (any(c.isdigit() for c in t.text) or t.text[:1].isupper()) for t in rest)
    return not named

