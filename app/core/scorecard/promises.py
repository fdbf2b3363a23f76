"""Promises an operator cannot give («гарантирую», «точно одобрят») and what a reply tells only as such a promise:
the safety element fails on the first, the solution is judged without the second."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.promised_verdict import promised_verdict
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import CLAUSE_BREAK_RE, PART_RE, Token, find_phrases


def promises(r: Reply) -> list[Span]:
    """«Гарантирую», «обещаю», «точно одобрят»: the words promising what the operator cannot promise, not denied."""
    found = [s for _, s in find_phrases(r.tokens, r.lex.promises, gap=0) if not _negated(r.tokens, s[0], r.text)]
    found += [s for s in _sure_outcomes(r.tokens, r.text) if not any(p[0] <= s[0] < p[0] + p[1] for p in found)]
    found += [s for s in promised_verdict(r) if not any(p[0] <= s[0] < p[0] + p[1] for p in found)]  # «прослежу, чтобы поставили»
    return found + [s for s in _vouched(r) if not any(p[0] <= s[0] < p[0] + p[1] for p in found)]


# The operator vouching in person: «я уверена», «уверяю вас», «ручаюсь».
_I_AM_SURE = frozenset({"уверен", "уверена"})
_I_VOUCH = frozenset({"уверяю", "ручаюсь"})
# «Даю слово», «даю вам честное слово»: the operator's word given, as «ручаюсь» gives it.
_GIVE_WORD = frozenset({"даю", "даём"})
_YOU = frozenset({"вы", "вас", "вам", "вами"})


def _vouched(r: Reply) -> list[Span]:
    """«Авиакомпания вернёт рейс на старое время, я уверена», «уверяю вас, страховая заплатит», «даю слово, визу
    выдадут»: the operator stakes their own word on an outcome — a future verb of someone else in the same sentence
    (not the operator's own move, not what the customer will do: «я уверена, вы справитесь» cheers, it promises
    nothing), not denied."""
    found = []
    for start, end in r.sentences:
        toks = r.tokens_in(start, end)
        vouch = next((t for i, t in enumerate(toks)
                      if (t.lower in _I_AM_SURE and i and toks[i - 1].lower == "я") or t.lower in _I_VOUCH
                      or t.lower == "слово" and any(x.lower in _GIVE_WORD for x in toks[max(0, i - 3):i])), None)
        if vouch is None or any(t.lower == "не" and abs(t.start - vouch.start) <= 12 for t in toks):
            continue
        for i, verb in enumerate(toks):
            if verb.tag.startswith("VERB") and "futr" in verb.tag and "3per" in verb.tag \
                    and not verb.lemmas & _OWN_MOVES and not (i and toks[i - 1].lower == "не") \
                    and not any(t.lower in _YOU and not CLAUSE_BREAK_RE.search(r.text[t.end:verb.start])
                                and not _someone_acts_on_you(t, verb) for t in toks[max(0, i - 3):i]):
                found.append((min(verb.start, vouch.start), max(verb.end, vouch.end) - min(verb.start, vouch.start)))
                break
    return found


def _someone_acts_on_you(you: Token, verb: Token) -> bool:
    """«Вас примут», «вам одобрят»: the customer as the object of a verb in the third person plural with no subject —
    someone else's decision, which the operator cannot vouch for."""
    return you.lower != "вы" and "plur" in verb.tag


_VOUCHING = frozenset({"гарантировать", "обещать", "ручаться", "поклясться", "я", "мы", "вам", "вас", "лично", "и",
                       "а", "но", "это", "вот", "уж", "точно", "сто", "процент"})


def promised_outcomes(r: Reply) -> list[tuple[int, int]]:
    """What the reply tells only as such a promise (settled 2026-12-06, docs/label_settlement_2026-12-06.md): the
    clause of «точно одобрят»; after a bare «Гарантирую,» or «я обещаю:» the rest of the sentence; before a closing
    «…, обещаю!» the clause it follows. An outcome nobody can vouch for answers nothing, so the solution is judged
    without it; the promise itself is the safety's business."""
    found = []
    for hit in promises(r):
        sentence = r.sentence_at(hit[0])
        clauses = [(m.start(), m.end()) for m in PART_RE.finditer(r.text, *sentence) if m.group().strip()]
        at = next((i for i, (s, e) in enumerate(clauses) if s <= hit[0] < e), None)
        if at is None:
            continue
        start, end = clauses[at]
        if any(not t.lemmas & _VOUCHING for t in r.tokens_in(start, end)):
            found.append((start, end))  # «вы точно получите всю сумму»
        elif at + 1 < len(clauses):
            found.append((start, sentence[1]))  # «Гарантирую, что страховая выплатит…»
        elif at:
            found.append((clauses[at - 1][0], end))  # «Деньги вернём в двойном размере, обещаю!»
    return sorted(set(found))


_SURELY = frozenset({"точно", "стопроцентно", "гарантированно", "непременно"})
# The operator's own next move may be promised: «точно напишу вам завтра».
_OWN_MOVES = frozenset({"написать", "позвонить", "перезвонить", "ответить", "сообщить", "связаться", "проверить",
                        "сказать", "назвать", "уточнить",  # «скажу точно: …» — the operator's own telling
                        "успеть",  # «в субботу точно успеете»: reassurance on a known date, no outcome promised
                        # «там точно подскажут»: advice or help promised, not an outcome someone else decides
                        "подсказать", "помочь", "объяснить", "рассказать", "проконсультировать"})


def _sure_outcomes(tokens: Sequence[Token], text: str = "") -> list[Span]:
    """«Точно привезут завтра», «вам одобрят точно», «точно успеем»: an outcome promised as certain (a future
    verb beside «точно», in its clause: in «часть сгорит, но точно сказать не могу» the verb before the comma is
    another clause's), which the task or the company does not let an operator promise."""
    found = []
    for i, tok in enumerate(tokens):
        if tok.lower not in _SURELY or (i and tokens[i - 1].lower == "не"):
            continue
        before = [t for t in tokens[max(0, i - 2):i] if not CLAUSE_BREAK_RE.search(text[t.end:tok.start])]
        after = [t for t in tokens[i + 1:i + 3] if not CLAUSE_BREAK_RE.search(text[tok.end:t.start])]  # «скажу точно: …»
        for verb in before + after:
            if verb.tag.startswith("VERB") and "futr" in verb.tag and not verb.lemmas & _OWN_MOVES \
                    and not (i + 1 < len(tokens) and tokens[i + 1].lower == "не"):
                start, end = min(tok.start, verb.start), max(tok.end, verb.end)
                found.append((start, end - start))
                break
    return found


def _negated(tokens: Sequence[Token], offset: int, text: str) -> bool:
    """«не могу гарантировать»: a «не» among the two words before, in the same clause — in «Не переживайте,
    гарантирую…» the «не» belongs to the clause before the comma and the promise stands."""
    idx = next((i for i, t in enumerate(tokens) if t.start == offset), 0)
    return any(t.lower == "не" and not re.search(r"[,.;:!?…—–\n]", text[t.end:offset])
               for t in tokens[max(0, idx - 2):idx])
