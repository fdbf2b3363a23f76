"""Judges of what a task sets: length (with defaults for a free reply), facts, forbidden promises, time."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import ElementResult
from app.core.scorecard.numbers import fact_in_reply
from app.core.scorecard.reply import ANALYSIS_CAP, Reply
from app.core.scorecard.words import find_phrases, make_phrases, quote, tokenize
from app.core.phrase import phrase

DEFAULT_LENGTH = (60, 1200)


def length(r: Reply) -> ElementResult:
    lo, hi = DEFAULT_LENGTH
    task = r.task
    if task is not None:
        lo = task.length_min if task.length_min is not None else lo
        hi = task.length_max if task.length_max is not None else hi
    full_len = r.full_len
    if full_len == 0:
        return ElementResult("length", False, phrase('Ответ пустой.'))
    if full_len < lo:
        return ElementResult("length", False, phrase('Слишком коротко: {full_len} зн. при минимуме {lo}.', full_len=full_len, lo=lo),
                             [(0, len(r.reply))])
    if full_len > hi:
        paste = full_len > ANALYSIS_CAP
        return ElementResult(
            "length", False,
            phrase("Слишком длинно: {length} зн. при максимуме {hi}. Это не ответ клиенту, а вставленный текст: "
                   "ответ не зачтён.", length=full_len, hi=hi) if paste else
            phrase("Слишком длинно: {length} зн. при максимуме {hi}.", length=full_len, hi=hi),
            [(hi, len(r.reply) - hi)], forced_critical=paste)
    return ElementResult("length", True, phrase('Длина в норме: {full_len} зн. (от {lo} до {hi}).', full_len=full_len, lo=lo, hi=hi))


def fact_is_given(fact: str, sources: Sequence[str]) -> bool:
    """Whether ``fact`` can be read in one of ``sources``: as written, or its words in any form
    («3 рабочих дней» in «за 3 рабочих дня»), as the facts judge finds it in a reply."""
    key = fact.lower().replace("ё", "е").strip()
    texts = [s.lower().replace("ё", "е") for s in sources if s]
    if any(key in t for t in texts):
        return True
    wanted = tokenize(key)
    return bool(wanted) and any(_lemmas_in_order(wanted, tokenize(t)) for t in texts)


def _lemmas_in_order(wanted: Sequence, tokens: Sequence) -> bool:
    """The words of ``wanted`` in a row (one other word allowed between), each in any of its forms."""
    for i in range(len(tokens)):
        j, ok = i, True
        for k, w in enumerate(wanted):
            window = tokens[j:j + 1] if k == 0 else tokens[j + 1:j + 3]
            hit = next((n for n, t in enumerate(window) if t.lemmas & w.lemmas), None)
            if hit is None:
                ok = False
                break
            j = j + hit + (0 if k == 0 else 1)
        if ok:
            return True
    return False


def facts(r: Reply) -> ElementResult | None:
    """The facts the task (or the turn being answered) requires; None when it requires none."""
    wanted = r.turn.required_facts if r.turn is not None else (r.task.required_facts if r.task is not None else ())
    if not wanted:
        return None
    missing, spans = [], []
    lowered = r.text.lower().replace("ё", "е")
    for fact in wanted:
        key = fact.lower().replace("ё", "е").strip()
        pos = lowered.find(key)
        if pos >= 0:
            spans.append((pos, len(key)))
            continue
        hits = find_phrases(r.tokens, make_phrases([fact]), gap=1)
        if hits:
            spans.append(hits[0][1])
        elif not fact_in_reply(fact, r.tokens, r.text):  # «трёх рабочих дней», «к 15 часам»
            missing.append(fact)
    if missing:
        return ElementResult("facts", False, phrase("Не названы обязательные факты: {facts}.",
                                                    facts=", ".join(f"«{m}»" for m in missing)), spans)
    return ElementResult("facts", True, phrase('Все обязательные факты названы.'), spans)


def forbidden(r: Reply) -> ElementResult | None:
    if r.task is None or not r.task.forbidden:
        return None
    bad = find_phrases(r.tokens, make_phrases(r.task.forbidden), gap=1)
    if bad:
        return ElementResult("forbidden", False,
                             phrase('В ответе запрещённое обещание: {quoted}.', quoted=quote(r.text, [s for _, s in bad])),
                             [s for _, s in bad], critical_failure=True)
    return ElementResult("forbidden", True, phrase('Запрещённых обещаний нет.'))


def reply_time(r: Reply) -> ElementResult | None:
    if r.task is None or not r.task.time_limit:
        return None
    limit, seconds = r.task.time_limit, r.seconds
    if seconds is None:
        return ElementResult("time", None, phrase('Время ответа не измерялось.'))
    if seconds <= limit:
        return ElementResult("time", True, phrase('Ответ за {seconds:.0f} с при лимите {limit} с.', seconds=seconds, limit=limit))
    return ElementResult("time", False, phrase('Ответ за {seconds:.0f} с, а лимит — {limit} с.', seconds=seconds, limit=limit))
