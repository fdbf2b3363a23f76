"""Scoring an operator's reply to a customer, in the spirit of a support QA scorecard.

``score_reply`` judges a reply item by item (greeting, name, empathy, solution, closing,
tone, language, style, length, and for a task also facts, forbidden and time), each with a reason
in Russian and the spans of the reply it rests on. Words are compared by their normal forms
(pymorphy3), so «Приносим извинения» and «извините» both count as an apology; the word and
phrase lists live in ``app/assets/scorecard/lexicon.toml``, not here. No Qt.

Modules: ``scorer`` (the orchestrator), ``reply`` (the reply as the judges see it), one module
of judges per group of items (``courtesy``, ``solution``, ``tone``, ``writing``, ``task_items``),
``card`` (results, weights and the total), ``words`` and ``lexicon`` (matching words and phrases).
"""

from app.core.scorecard.card import ELEMENT_TITLES, ELEMENTS, ElementResult, Scorecard
from app.core.scorecard.lexicon import warm
from app.core.scorecard.scorer import score_reply

__all__ = ["ELEMENTS", "ELEMENT_TITLES", "ElementResult", "Scorecard", "score_reply", "warm"]
