"""«Очень» при просьбе: «Извините, пожалуйста» или «Очень просим извинить», но не «Очень извините».

«Очень» tells the degree of a quality or a state («очень жаль», «очень прошу», «очень поможете»); a request in the
imperative has no degree, and «Очень извините», «очень подождите» are a learner's calque. Reported where «очень»
opens its part (the sentence's start or after a punctuation mark) and the next word is a verb that reads as an
imperative of «вы» or «ты», with no «вы» or «ты» in the part that would make the same form a future or a present
(«вы очень поможете» is no request), and the sentence is no question («Очень любите сладкое?»).
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.phrase import phrase

INTENSIFIED_REQUEST = RuleInfo(
    "OURS_INTENSIFIED_REQUEST",
    phrase("«Очень» при просьбе"),
    phrase("«Очень» не ставится перед глаголом в повелительном наклонении."),
    phrase("Слово «очень» говорит о мере признака или состояния: «очень жаль», «очень прошу», «очень поможете». "
           "У просьбы меры нет, поэтому «очень извините», «очень подождите» — ошибка. Правильно: «извините, "
           "пожалуйста», «очень просим извинить», «подождите, пожалуйста»."),
    Category.GRAMMAR,
)

RULES = (INTENSIFIED_REQUEST,)

_PERSONS = frozenset({"вы", "ты"})


def _opens_part(t: Text, i: int) -> bool:
    return i == 0 or t.starts_sentence(i) or t.gap_before(i).strip()[-1:] in (",", ";", ":", "—", "–", "(")


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words[:-1]):
        if w.low != "очень" or not _opens_part(t, i) or not t.plain_gap(i + 1):
            continue
        verb = t.words[i + 1]
        readings = [p for p in parses(verb.text) if p.score >= 0.05]
        if not any(p.tag.mood == "impr" for p in readings) or any(p.tag.POS != "VERB" for p in readings):
            continue  # «очень жаль» is a word of state, though «жаль» is also an imperative of «жалить»
        k = i + 2
        while k < len(t.words) and t.plain_gap(k):
            k += 1
        if any(x.low in _PERSONS for x in t.words[i + 2:k]) or t.asks(i):
            continue  # «очень поможете вы нам»: the same form is a future of «вы»
        found.append(finding(INTENSIFIED_REQUEST, w.start, verb.end, match_case(w.text, verb.low)))
    return found
