"""A past verb that tells what did NOT happen, or what went wrong, is no deed of the operator's:
«Жаль, что «стоп» не сработал», «Простите, что отписка не прошла» — the verb is negated, or it stands in the «что»
clause after a word of regret or apology («жаль, что…», «простите, что…», «сожалею, что…»), which retells the
customer's trouble. «Подписку отключила», «Жаль, что так вышло. Я отменила подписку» stay deeds: the second verb is
in a sentence of its own, outside the regret.
"""

from __future__ import annotations

from app.core.scorecard.reply import Reply

# words that open a regret or an apology whose «что» clause retells the trouble
_REGRET = frozenset({"жаль", "жалко", "простите", "извините", "прошу", "сожалеть", "сожалеем", "сожалею",
                     "обидно", "неприятно", "досадно", "огорчать", "расстраивать", "понимать", "понимаю"})
_STOPS = ".!?…\n"
_JOINS = frozenset({"и", "а", "но", "поэтому", "однако"})


def told_undone(r: Reply, idx: int) -> bool:
    """The past verb at token ``idx`` is negated («не сработал») or sits in the «что» clause of a regret or an
    apology in its own sentence («Жаль, что письма продолжили приходить»)."""
    tokens = r.tokens
    if idx > 0 and tokens[idx - 1].lower == "не":
        return True
    for j in range(idx - 1, -1, -1):  # back to the start of the sentence
        if any(c in r.text[tokens[j].end:tokens[j + 1].start] for c in _STOPS):
            return False
        if tokens[j].lower in _JOINS and j > 0 and "," in r.text[tokens[j - 1].end:tokens[j].start]:
            return False  # «Понимаю, что вы ждали, и я вернула деньги»: a clause of its own after the comma
        if tokens[j].lower == "что" and j > 0 and not any(c in r.text[tokens[j - 1].end:tokens[j].start] for c in _STOPS):
            head = [t for t in tokens[max(0, j - 3):j]
                    if not any(c in r.text[t.end:tokens[j].start] for c in _STOPS)]
            return any(t.lower in _REGRET or t.lemmas & _REGRET for t in head)
    return False
