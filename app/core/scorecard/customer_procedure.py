"""A complaint's procedure asked about calmly: «В какой срок банк обязан ответить на письменную жалобу?», «Как
направить претензию? Нужен адрес и требования к оформлению», «Нужна справка для суда».

The words of a dispute — «жалоба», «претензия», «иск», «суд», «требование» — tell a trouble or a threat when the
customer makes one; asked about as a procedure they name a thing the customer wants to know how to handle, and the
rubric calls such a customer calm (docs/scorecard_rubric.md, «Сочувствие»: «спокойный вопрос»). Read from the
sentence: the word stands in a question that asks how, where, when or in what term something is to be done (a
question word and an infinitive, no past deed and no «не» in it); or «требование к …» names the requirements of a
form; or «для суда» names what a paper is for.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.words import Token, sentences

_DISPUTE = frozenset({"жалоба", "претензия", "иск", "суд", "апелляция", "требование", "обжалование"})
_ASKING = frozenset({"как", "куда", "где", "когда", "кому", "какой", "каков", "сколько", "можно", "нужно"})


def procedure_named(text: str, tokens: Sequence[Token], offset: int) -> bool:
    """Whether the dispute word at ``offset`` names a procedure asked about, not a trouble or a threat."""
    at = next((i for i, t in enumerate(tokens) if t.start <= offset < t.end), None)
    if at is None or not tokens[at].lemmas & _DISPUTE:
        return False
    nxt = tokens[at + 1].lower if at + 1 < len(tokens) else ""
    prev = tokens[at - 1].lower if at else ""
    if "требование" in tokens[at].lemmas and nxt == "к":  # «требования к оформлению»
        return True
    if prev == "для" and "суд" in tokens[at].lemmas:  # «справка для суда»
        return True
    start, end = next(((s, e) for s, e in sentences(text) if s <= offset < e), (0, len(text)))
    if "?" not in text[end:end + 1] + text[start:end]:
        return False
    words = [t for t in tokens if start <= t.start < end]
    # «…, чтобы её зарегистрировали?»: a past form after «чтобы» or «бы» wishes, it tells no deed
    wish = next((k for k, t in enumerate(words) if t.lower in ("чтобы", "чтоб", "бы")), len(words))
    told = any(t.tag.startswith("VERB") and "past" in t.tag for t in words[:wish])
    return any(t.lemmas & _ASKING or t.lower in _ASKING for t in words) \
        and any(t.tag.startswith("INFN") for t in words) \
        and not told and not any(t.lower == "не" for t in words)
