"""The customer passed on to another party through a modal, not an imperative: «можете связаться с ним сами»,
«вам нужно обратиться в ваш банк», «придётся писать им напрямую».

:func:`tone._passed_on` reads the bid «обратитесь к ним»; the same sending away is often put as what the customer
«can» or «needs to» do. With no answer and no step of the operator's own, it is «отфутболивание» all the same
(docs/scorecard_rubric.md, «Тон»). A sentence in «если» is a fallback, not this; so is a way to the company itself
(«можете обратиться к нам», «в приложении»).
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply

_MODALS = frozenset({"можете", "нужно", "надо", "придётся", "придется", "следует", "стоит", "необходимо", "должны"})
_CONTACT = frozenset({"обратиться", "обращаться", "связаться", "связываться", "уточнить", "спросить", "узнать",
                      "позвонить", "звонить", "написать", "писать", "адресовать", "договориться", "договариваться"})
_SELF_SERVICE = frozenset({"приложение", "кабинет", "раздел", "сайт", "ссылка", "настройка", "меню", "профиль", "чат",
                           "страница", "форма", "инструкция", "мы", "наш", "поддержка", "оператор", "отдел",
                           "специалист", "менеджер", "горячий", "линия"})
_PREPOSITIONS = frozenset({"к", "у", "с", "в", "во", "со"})
_ON_YOUR_OWN = frozenset({"сам", "сами", "самостоятельно", "напрямую", "непосредственно", "лично"})


def sent_elsewhere(r: Reply) -> list[Span]:
    """«Можете связаться с ним сами», «вам нужно обратиться в ваш банк»: a modal, a verb of contacting, and the party
    it names — «them» (a third-person pronoun), «your» bank or employer, or the customer left to do it on their own
    («сами», «напрямую»)."""
    found = []
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        if any(t.lower == "если" for t in words) or r.text[start:end].rstrip().endswith("?"):
            continue
        for i, tok in enumerate(words):
            if not (tok.tag.startswith("INFN") and tok.lemmas & _CONTACT):
                continue
            if not any(t.lower in _MODALS for t in words[max(0, i - 3):i]):
                continue
            after = words[i + 1:i + 6]
            if any(t.lemmas & _SELF_SERVICE or t.lower in ("нам", "нас") for t in after):
                continue
            whom = next((b for a, b in zip(after, after[1:]) if a.lower in _PREPOSITIONS
                         and ("NPRO" in b.tag and "3per" in b.tag or "ваш" in b.lemmas)), None)
            alone = next((t for t in after if t.lower in _ON_YOUR_OWN), None)
            if whom is not None and "ваш" in whom.lemmas:  # «в ваш банк»: quoted to the noun
                whom = next((t for t in after if t.start > whom.start and t.tag.startswith("NOUN")), whom)
            last = whom or alone
            if last is not None:
                found.append((tok.start, last.end - tok.start))
    return found
