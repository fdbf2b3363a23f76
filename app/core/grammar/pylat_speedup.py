"""Two measured changes inside pylat-ru 0.1.0a0, applied when the embedded engine loads (and a third, the
chunker's, from :mod:`pylat_chunk_speedup`).

1. pylat's grammar engine rebuilds a sentence's token and lemma index for every one of its ~870
   rules (``grammar.engine._sentence_token_index``), although the index depends only on the
   sentence. Profiling a 3,000-character check showed about a fifth of the time there. Remembering
   the index of the sentence last asked about removes that waste; the result is the same object
   the function would build, so findings cannot change (tests compare findings with and without it).
2. The speller's suggestion search (Morfologik distance 1 to 3 over the whole dictionary, in pure
   Python) took 1–15 s on a misspelt word and ranked rare words first. It is replaced by
   :func:`app.core.grammar.spelling.suggest.suggest`: ranked by frequency and typing habits, with a
   time budget per word and one per sentence (:func:`sentence_budget`). Which words are flagged
   does not change.

Applied only to the pinned version, whose internals we checked.
"""

from __future__ import annotations

import threading

PINNED = "0.1.0a0"
_state = threading.local()


def apply() -> bool:
    """Install both changes; returns False (and changes nothing) on another pylat version."""
    import pylat_ru
    from pylat_ru import spelling
    from pylat_ru.grammar import engine

    from app.core.grammar import pylat_chunk_speedup
    pylat_chunk_speedup.apply()  # the chunker's repeated token tests (its own module)
    if pylat_ru.__version__ != PINNED or getattr(engine, "_chat_trainer_memo", False):
        return getattr(engine, "_chat_trainer_memo", False)
    original = engine._sentence_token_index

    def remembered(sentence):
        # The last sentence is kept alive with its index, so its id cannot be reused meanwhile.
        last = getattr(_state, "last", None)
        if last is not None and last[0] is sentence and last[1] == len(sentence.tokens):
            return last[2]
        index = original(sentence)
        _state.last = (sentence, len(sentence.tokens), index)
        return index

    engine._sentence_token_index = remembered
    engine._chat_trainer_memo = True
    engine._chat_trainer_original = original
    spelling.RussianSpellerRuleBase.calc_speller_suggestions = _ranked_suggestions
    return True


SENTENCE_BUDGET_S = 0.15  # the wider (second-order) search, summed over one sentence's misspellings


def sentence_budget() -> None:
    """Open a sentence: its words share SENTENCE_BUDGET_S of suggestion search; once that is spent,
    each further word gets its first-order candidates only, so a sentence full of slips stays quick."""
    _state.suggesting = 0.0


def _ranked_suggestions(self, word: str) -> list[str]:
    import time

    from app.core.grammar.spelling.suggest import BUDGET_S, suggest
    spent = getattr(_state, "suggesting", 0.0)
    started = time.perf_counter()
    found = suggest(word, BUDGET_S if spent < SENTENCE_BUDGET_S else 0.0)
    _state.suggesting = spent + time.perf_counter() - started
    return self.filter_suggestions(list(found))
