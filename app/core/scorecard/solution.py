"""The solution judge: a concrete answer, or a next step with a time frame."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import ElementResult, Span
from app.core.scorecard.lexicon import Lexicon
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, find_phrases, is_number, quote

_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\b")


def solution(r: Reply) -> ElementResult:
    text, tokens, lex = r.text, r.tokens, r.lex
    actions = [s for _, s in find_phrases(tokens, lex.actions)]
    frames = _time_frames(tokens, text, lex)
    steps = list(r.imperatives[0])
    steps += [s for _, s in find_phrases(tokens, lex.steps)]
    answers = [s for _, s in find_phrases(tokens, lex.answers)]
    facts_in_reply = [(m.start(), m.end() - m.start()) for m in re.finditer(r"\d+", text)]
    if actions and frames:
        return ElementResult("solution", True, f"Есть конкретный шаг и срок: {quote(text, actions[:1] + frames[:1])}.",
                             actions[:2] + frames[:2])
    if steps:
        return ElementResult("solution", True, f"Клиенту дан понятный следующий шаг: {quote(text, steps)}.", steps[:3])
    if not r.complaint and (frames or facts_in_reply or answers):
        return ElementResult("solution", True, "Дан конкретный ответ на вопрос клиента.",
                             (frames or facts_in_reply or answers)[:2])
    if actions:
        return ElementResult("solution", False,
                             f"Шаг назван ({quote(text, actions[:1])}), но не сказано, когда: добавьте срок.",
                             actions[:1])
    return ElementResult("solution", False, "Нет ни ответа по существу, ни следующего шага со сроком.")


def _time_frames(tokens: Sequence[Token], text: str, lex: Lexicon) -> list[Span]:
    spans = [s for _, s in find_phrases(tokens, lex.time_frames, gap=0)]
    for i, tok in enumerate(tokens):
        if tok.lemmas & lex.units:
            for back in (1, 2):
                if i - back >= 0 and is_number(tokens[i - back]):
                    spans.append((tokens[i - back].start, tok.end - tokens[i - back].start))
                    break
    spans += [(m.start(), m.end() - m.start()) for m in _TIME_RE.finditer(text)]
    return spans
