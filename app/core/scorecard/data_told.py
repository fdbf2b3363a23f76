"""Someone else's data that the customer has told us themselves, read back, gives nothing away.

«Сын в 9 классе, у него двойки. Какой курс ему подойдёт?» — «С двойками лучше индивидуальные занятия, а в группе сына
будут вести по общей программе»: the marks are the customer's own news about their son, and the reply that builds on
them tells the customer nothing they had not told it. The data words of the sentence (the kind and its content), every
capitalised word after its first and every long number in it stand in the customer's own statements — a sentence of
theirs that asks nothing («?», «пришлите», «мне нужна») and does not pass on what someone else says («сын говорит,
что у него пятёрка» wants the mark confirmed, and a reply that confirms it tells). Data the customer asked about, or any word of it they did not
write, is still told by the reply.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.words import Token, message_sentences, tokenize

# verbs that pass on another's words: what follows them is a claim to check, not the customer's own knowledge
_SAYING = frozenset({"говорить", "сказать", "писать", "написать", "утверждать", "уверять", "сообщить", "сообщать",
                     "рассказать", "рассказывать", "жаловаться", "пожаловаться"})

# words of a request: «мне нужна выписка по карте мужа», «пришлите переписку Андрея» ask for the data, they do not tell it
_ASKING = frozenset({"нужный", "нужно", "надо", "хотеть", "хотеться", "просить", "можно", "прошу"})


def told_by_customer(toks: Sequence[Token], data: Sequence[Span], customer_messages: Sequence[str]) -> bool:
    """Every data word at ``data``, every capitalised word after the first and every number of five digits or more
    in the sentence ``toks`` were written by the customer in a statement of their own."""
    said: set[str] = set()
    for message in customer_messages:
        for piece in message_sentences(message):
            if not piece.strip() or piece.rstrip().endswith("?"):
                continue
            words = tokenize(piece)
            if any(t.lemmas & (_SAYING | _ASKING) or "impr" in t.tag for t in words):
                continue
            for t in words:
                said.add(t.lower)
                said.update(t.lemmas)
    if not said:
        return False
    kinds = [t for t in toks if any(s[0] <= t.start < s[0] + s[1] for s in data)]
    named = [t for i, t in enumerate(toks) if (i and t.text[:1].isupper()) or (t.text.isdigit() and len(t.text) >= 5)]
    return bool(kinds) and all(t.lower in said or t.lemmas & said for t in kinds + named)
