"""A request for what the customer has already attached: «Скрин ошибки и чек во вложении» — «Пришлите, пожалуйста,
скриншот ошибки и чек». The rubric's solution is an answer or the company's step with a term; asking the customer
to send again what lies in the chat is neither (answer_forms.asked_again does the same for a thing given with its
figure, «заказ 48213»).

The customer attaches with a verb of attaching («приложила», «прикрепил», «прикладываю», «прилагаю», «вложила»),
with «во вложении», or shows it with «вот» («Вот скрин выписки»); what is attached are the nouns of that clause. The
operator asks again when an imperative of sending («пришлите», «отправьте», «приложите», «скиньте») takes as its
object a noun the customer attached — and the noun that depends on it, if any («фото чека» is not «фото»), is
attached too. Asking for another or a better one («ещё одно фото», «фото покрупнее»), or after saying what went
wrong («вложение не открылось»), is a real request.
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, tokenize

_ATTACHING = frozenset({"приложить", "прикладывать", "прилагать", "прикрепить", "прикреплять", "вложить"})
_SENDING = frozenset({"прислать", "присылать", "отправить", "отправлять", "приложить", "прикрепить", "скинуть",
                      "выслать", "предоставить", "переслать"})
# one picture called by several names: «скрин» is a «скриншот», «фотка» a «фото»
_SAME = {"скрин": "скриншот", "скриншот": "скриншот", "фото": "фото", "фотография": "фото", "фотка": "фото",
         "снимок": "фото", "фоточка": "фото"}
# another one or a better one is a new request
_ANEW = frozenset({"еще", "ещё", "другой", "второй", "новый", "дополнительный", "повторно", "заново", "снова",
                   "крупный", "четкий", "чёткий", "полный", "целиком"})
_CLAUSE_RE = re.compile(r"[^,;:.!?\n]+")


def _names(tok: Token) -> set[str]:
    return {_SAME.get(x, x) for x in tok.lemmas}


def attached(messages: list[str]) -> set[str]:
    """The names of what the customer says is attached to the chat."""
    found: set[str] = set()
    for message in messages:
        for m in _CLAUSE_RE.finditer(message):
            words = tokenize(m.group())
            lowered = [t.lower for t in words]
            cue = any(t.lemmas & _ATTACHING and not (k and lowered[k - 1] == "не") for k, t in enumerate(words)) \
                or any(w in ("во", "в") and k + 1 < len(words) and words[k + 1].lemmas & {"вложение"}
                       for k, w in enumerate(lowered)) \
                or (lowered[:1] == ["вот"] and len(words) > 1 and words[1].tag.startswith("NOUN"))
            if not cue or any(w in ("не", "нельзя", "как") for w in lowered):  # «не могу приложить фото»
                continue
            found |= {x for t in words if t.tag.startswith("NOUN") and not t.lemmas & {"вложение"} for x in _names(t)}
    return found


def _went_wrong(words: list[Token]) -> bool:
    """«не открылось», «не дошло», «не видно»: a «не» before a verb that tells, not one that bids («не переживайте»)."""
    return any(t.lower == "не" and k + 1 < len(words) and "impr" not in words[k + 1].tag
               and words[k + 1].tag.startswith(("VERB", "PRED", "PRTS", "ADJS", "ADVB"))
               for k, t in enumerate(words))


def attached_asked(r: Reply) -> list[Span]:
    """The operator's imperatives that ask for what the customer already attached."""
    given = attached(r.customer_messages)
    if not given:
        return []
    found = []
    for start in sorted({s[0] for s in r.imperatives[0] + r.imperatives[1]}):
        idx = next((i for i, t in enumerate(r.tokens) if t.start == start), None)
        if idx is None or not r.tokens[idx].lemmas & _SENDING:
            continue
        sentence = r.sentence_at(start)
        clause = r.tokens_in(*sentence)
        # «вложение не открылось — пришлите ещё раз»: the operator says why; «ещё одно фото» asks for a new one
        near = r.tokens_in(r.sentence_at(max(sentence[0] - 2, 0))[0], sentence[1])
        if any(t.lower in _ANEW or t.lemmas & _ANEW for t in clause) or _went_wrong(near):
            continue
        after = [t for t in r.tokens[idx + 1:idx + 6] if t.start < sentence[1]]
        nouns = [k for k, t in enumerate(after) if t.tag.startswith("NOUN")]
        if not nouns:
            continue
        first = nouns[0]
        if not _names(after[first]) & given:
            continue
        # the noun it governs: «фото чека» asks for the receipt, which the customer may not have sent
        nxt = after[first + 1] if first + 1 < len(after) else None
        if nxt is not None and nxt.tag.startswith("NOUN") and "gent" in nxt.tag and not _names(nxt) & given:
            continue
        tok = r.tokens[idx]
        found.append((tok.start, tok.end - tok.start))
    return found
