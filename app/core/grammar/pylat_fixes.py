"""A change of what pylat-ru 0.1.0a0 reports, applied when the embedded engine loads (``pylat_speedup`` and
``pylat_reuse`` change its speed only).

The Russian dictionary of LanguageTool lists some common misspellings as words («учавствовать»,
«ингридиент», «девчёнка»); its file of prohibited words marks them as errors again, but the lookup is
case-sensitive, so the same word opening a sentence («Учавствовать могут все…») passed. A capitalised word is
now prohibited when its lower-case form is.
"""

from __future__ import annotations

PINNED = "0.1.0a0"


def apply() -> bool:
    """Install the change; returns False (and changes nothing) on another pylat version."""
    import pylat_ru
    from pylat_ru import spelling

    base = spelling.RussianSpellerRuleBase
    if pylat_ru.__version__ != PINNED or getattr(base, "_chat_trainer_any_case", False):
        return getattr(base, "_chat_trainer_any_case", False)
    original = base.is_prohibited

    def prohibited(self, word: str) -> bool:
        return original(self, word) or word[:1].isupper() and word[1:].islower() and original(self, word.lower())

    base.is_prohibited = prohibited
    base._chat_trainer_any_case = True
    return True
