"""Ways forward said without an imperative: «Отключить её можно в приложении», «нужно подать заявление в офисе»,
«если добавите товары ещё на 550 ₽, скидка применится», «пусть муж откроет вам доступ» — and what only looks like one:
«осуществить соответствующее действие» (a light verb with an empty object), «возможно оформить» (no hedge).
"""

from __future__ import annotations

import re

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.follow_up import PLACES as _PLACES
from app.core.scorecard.relevance import ELSEWHERE, declined
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import WHERE_RE as _WHERE_RE, clause_at
from app.core.scorecard.words import Token, is_number


def modal_possible(tokens: Sequence[Token], span: Span) -> bool:
    """«Возможно оформить возврат в течение 14 дней»: «возможно» with an infinitive says «можно», it hedges nothing."""
    idx = next((i for i, t in enumerate(tokens) if t.start == span[0]), None)
    return idx is not None and tokens[idx].lower == "возможно" and idx + 1 < len(tokens) \
        and tokens[idx + 1].tag.startswith("INFN")


_MODALS = frozenset({"можно", "нужно", "надо", "необходимо", "следует", "можете", "сможете"})  # «вы можете отключить»
_LIGHT_VERBS = frozenset({"осуществить", "совершить", "произвести", "выполнить", "предпринять"})
_EMPTY_OBJECTS = frozenset({"соответствующий", "необходимый", "нужный", "определённый", "действие", "мера"})
_WISHING = frozenset({"хотеть", "захотеть", "понадобиться", "мочь", "смочь", "решить", "передумать"})


# Two places of the interface joined by an arrow: «Счета» → «Закрыть», карта → «Разблокировать».
_ARROW_PATH_RE = re.compile(r"[\w»]\s*(?:→|->)\s*[«\w]")


def modal_steps(r: Reply) -> list[Span]:
    """«Отключить её можно в приложении», «нужно подать заявление в офисе», «если добавите товары ещё на
    550 ₽, скидка применится»: a way forward for the customer put with «можно / нужно» and an infinitive, or
    as a condition, said with where it is taken or with a figure — not an echo of the customer's own words
    («закрыть счёт можно»), not «нужно было» (a lecture), not «можно уточнить там-то»."""
    told = r.customer_tokens
    theirs = set(r.customer_lemmas)
    # «продлеваю» — «продлить можно»: the verb's other aspect is an echo too
    theirs |= {x[:5] for t in told if t.tag.startswith(("VERB", "INFN")) for x in t.lemmas if len(x) >= 6}
    found = []
    toks = r.tokens
    for i, tok in enumerate(toks):
        sentence = r.sentence_at(tok.start)
        if r.text[sentence[0]:sentence[1]].rstrip().endswith("?"):
            continue
        clause = clause_at(r.text, tok.start) or sentence
        if tok.lower == "пусть":  # a way through someone else: «пусть муж откроет вам доступ в приложении»
            verb = next((t for t in toks[i + 1:i + 4] if t.tag.startswith("VERB") and "3per" in t.tag), None)
            if verb is None:
                continue
        elif tok.lower == "если":
            verb = next((t for t in toks[i + 1:i + 4] if "2per" in t.tag and "futr" in t.tag), None)
            if verb is None or verb.lemmas & _WISHING or any(t.lower == "не" for t in toks[i + 1:i + 3]):
                continue
        elif tok.lower in _MODALS and not (i and toks[i - 1].lower == "не"):
            near = [t for t in toks[max(0, i - 3):i + 4] if t is not tok and clause[0] <= t.start < clause[1]]
            if any(t.lower in ("было", "бы") for t in near):
                continue
            # a figure may stand between: «Повысить его до 500 000 ₽ можно в приложении»
            wide = [t for t in toks[max(0, i - 6):i] if clause[0] <= t.start < clause[1]]
            verb = next((t for t in near if t.tag.startswith("INFN")), None) or \
                next((t for t in wide if t.tag.startswith("INFN")), None)
            # the customer's own verb said back is an echo — unless a path through the interface follows it in its
            # sentence («Закрыть счёт можно в приложении: «Счета» → «Закрыть»»), which is the way itself
            if verb is None or verb.lemmas & (r.lex.not_steps | ELSEWHERE) or (verb.lemmas | {
                    x[:5] for x in verb.lemmas if len(x) >= 6}) & theirs and not _ARROW_PATH_RE.search(
                    r.text, verb.start, sentence[1]):
                continue
            if empty_step(toks, toks.index(verb)):
                continue
        else:
            continue
        # where it is done may follow a colon: «можно включить режим: «Настройки» → «Вид»»
        after = r.tokens_in(min(tok.start, verb.start), sentence[1])
        if any(t.lemmas & _PLACES or is_number(t) for t in after) or _WHERE_RE.search(r.text, after[0].start, sentence[1]):
            found.append((verb.start, verb.end - verb.start))
    return found


def empty_step(toks: Sequence[Token], idx: int) -> bool:
    """«осуществить соответствующее действие», «вам необходимо предпринять необходимые меры»: a light verb whose
    object names nothing — no step the customer could take."""
    for i in range(idx, min(idx + 3, len(toks))):
        if toks[i].lemmas & _LIGHT_VERBS and any(t.lemmas & _EMPTY_OBJECTS for t in toks[i + 1:i + 3]):
            return True
    return False


_LEADS_IN = _MODALS | {"вам", "вы"}  # «вам необходимо обратиться», «вы можете позвонить»


def led_verb(r: Reply, span: Span) -> Span:
    """«Для изменения лимита необходимо обратиться в отделение банка»: a step told by a modal is the infinitive it
    leads to (within three words of its clause) — so it is judged like «обратитесь в отделение банка»; else the span."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None or r.tokens[idx].lower not in _LEADS_IN:
        return span
    clause = clause_at(r.text, span[0]) or (span[0], len(r.text))
    verb = next((t for t in r.tokens[idx + 1:idx + 4] if t.tag.startswith("INFN") and t.start < clause[1]), None)
    return (verb.start, verb.end - verb.start) if verb else span


# Getting a record of one's operations to read in it what happened.
_GETTING = frozenset({"заказать", "запросить", "получить", "скачать", "сформировать", "выгрузить", "посмотреть",
                      "открыть", "найти", "проверить", "изучить", "свериться"})
_RECORDS = frozenset({"детализация", "выписка", "расшифровка", "история"})


def record_to_read(r: Reply, span: Span) -> bool:
    """«Детализацию можно заказать в личном кабинете» to «Счёт вырос в два раза! Что за списания?»: the customer is
    sent to get a record of their operations and read the answer there — what the operator can see and tell — unless
    that record is what the customer asked for («Можно получить детализацию?») or the way left after a refusal
    («выписку по чужому счёту не пришлю, владелец закажет её в приложении»)."""
    verb = led_verb(r, span)
    idx = next((i for i, t in enumerate(r.tokens) if t.start == verb[0]), None)
    if idx is None or not r.tokens[idx].lemmas & _GETTING:
        return False
    clause = clause_at(r.text, verb[0]) or r.sentence_at(verb[0])
    records = [t for t in r.tokens_in(clause[0], clause[1]) if t.lemmas & _RECORDS]
    return bool(records) and not any(t.lemmas & r.customer_lemmas for t in records) and not declined(r)
