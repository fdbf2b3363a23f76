"""Four more measured changes inside pylat-ru 0.1.0a0 (see ``pylat_speedup``): work it repeats is reused.

Profiling ``grade-reply`` on 1,000-character replies showed the embedded check spending most of its
time in the XML rules' matcher, and half of that on work whose result was already known:

1. Every one of the ~900 rule variants rebuilt the sentence's list of non-blank tokens
   (``CompiledRuleVariant.match_sentence``): the list depends only on the sentence, so the one built
   for the sentence last asked about is reused.
2. A variant's antipatterns (the exceptions that shield tokens from the rule) ran before its main
   pattern, on every sentence, although the main pattern rarely matches. For a *rigid* variant —
   every token exactly once, no skipping — shielding a token can only remove a match, never create
   one, so when the main pattern matches nothing unshielded the variant's result is empty and its
   antipatterns need not run. Such a variant is left out of the rule's run; every other variant
   (skips, optional or repeated tokens, where shielding may shift a match) runs as before.
3. Each sentence listed the ~900 runnable rules afresh and asked, rule by rule, whether it is
   enabled: the list of enabled rules with their variants is kept until a rule is switched.
4. The morphological dictionary walked its automaton for every word of every check; replies share
   most of their words, so each dictionary remembers its answers (immutable tuples) for the
   last words asked about.

Findings cannot change (tests compare them with and without these changes); applied only to the
pinned version, whose internals we checked.
"""

from __future__ import annotations

import threading

PINNED = "0.1.0a0"
_state = threading.local()


def apply() -> bool:
    """Install the four changes; returns False (and changes nothing) on another pylat version."""
    import pylat_ru
    from pylat_ru.grammar import engine, matcher

    from pylat_ru.morfologik import dictionary

    variant_class, engine_class = matcher.CompiledRuleVariant, engine.RussianGrammarEngine
    dictionary_class = dictionary.MorfologikDictionary
    if getattr(variant_class, "_chat_trainer_matching", False):
        return True
    if pylat_ru.__version__ != PINNED:
        return False
    variant_class._chat_trainer_original_match = variant_class.match_sentence
    engine_class._chat_trainer_original_execute = engine_class._execute_rule
    engine_class._chat_trainer_original_check = engine_class.check_sentence
    dictionary_class._chat_trainer_original_lookup = dictionary_class.lookup
    variant_class.match_sentence = _match_sentence
    engine_class._execute_rule = _execute_rule
    engine_class.check_sentence = _check_sentence
    dictionary_class.lookup = _lookup
    variant_class._chat_trainer_matching = True
    return True


def _non_blank(sentence, raw_pos: bool) -> list:
    """The tokens a pattern is matched against (pinned ``match_sentence`` steps 1–2), remembered for
    the sentence last asked about; the sentence is kept alive with them, so its id is not reused."""
    memo = getattr(_state, "memo", None)
    stream = sentence.pre_disambig_tokens if raw_pos else sentence.tokens
    if memo is None or memo[0] is not sentence:
        memo = _state.memo = (sentence, {})
    kept = memo[1].get(raw_pos)
    if kept is not None and kept[0] is stream and kept[1] == len(stream):
        return kept[2]
    tokens = [t for t in stream if t.has_pos_tag("SENT_START") or (t.token and not t.is_whitespace())]
    memo[1][raw_pos] = (stream, len(stream), tokens)
    return tokens


def _match_sentence(self, sentence, synthesizer=None, immunized_tokens=None):
    """Pinned ``CompiledRuleVariant.match_sentence`` with the token list remembered."""
    non_blank_tokens = _non_blank(sentence, self.raw_pos)
    if not non_blank_tokens:
        return []
    limit = (1 if self.is_sent_start
             else max(0, len(non_blank_tokens) - len(self.tokens) + 1) + self.min_occur_correction)
    results = []
    imm_set = immunized_tokens or set()
    with self._match_lock:
        for start_idx in range(min(limit, len(non_blank_tokens))):
            m_res = self._match_from(tokens=non_blank_tokens, start_idx=start_idx, synthesizer=synthesizer,
                                     immunized_tokens=imm_set)
            if m_res is not None:
                results.append(m_res)
        self.reset_dynamic_state()
    return results


def _check_sentence(self, sentence, include_disabled: bool = False):
    """Pinned ``check_sentence`` over the enabled rules listed once per set of disabled rules."""
    if include_disabled:
        return type(self)._chat_trainer_original_check(self, sentence, include_disabled)
    disabled = frozenset(self._disabled_rules)
    listed = self.__dict__.get("_chat_trainer_enabled")
    if listed is None or listed[0] != disabled:
        runnable = [(rule, self._compiled_variants.get(rule.full_id)) for rule in self.get_runnable_rules()
                    if self.is_rule_enabled(rule.full_id)]
        listed = self._chat_trainer_enabled = (disabled, [(r, v) for r, v in runnable if v])
    results = []
    for rule, variants in listed[1]:
        results.extend(self._execute_rule(sentence, rule, variants))
    return results


def _rigid(variant) -> bool:
    """Every pattern token matches exactly one token, with no skip: a shielded token can only fail
    the match that would have used it (cached on the variant)."""
    cached = getattr(variant, "_chat_trainer_rigid", None)
    if cached is None:
        cached = all(t.min == 1 and t.max == 1 and not t.skip for t in variant.tokens)
        variant._chat_trainer_rigid = cached
    return cached


def _execute_rule(self, sentence, rule, variants):
    """Pinned ``_execute_rule`` without the rigid variants whose main pattern matches nothing."""
    from pylat_ru.grammar import engine

    token_index, lemma_index = engine._sentence_token_index(sentence)
    kept = [v for v in variants
            if not (v.antipatterns and _rigid(v) and not engine._variant_can_be_ignored(v, token_index, lemma_index)
                    and not v.match_sentence(sentence=sentence, synthesizer=self._synthesizer, immunized_tokens=set()))]
    if not kept:
        return []
    return type(self)._chat_trainer_original_execute(self, sentence, rule, kept)


LOOKUPS_KEPT = 50_000  # words per dictionary; a few MB


def _lookup(self, word: str):
    """Pinned ``MorfologikDictionary.lookup``, remembered per dictionary (its entries are frozen)."""
    kept = self.__dict__.get("_chat_trainer_lookups")
    if kept is None:
        kept = self.__dict__.setdefault("_chat_trainer_lookups", {})
    found = kept.get(word)
    if found is None:
        found = type(self)._chat_trainer_original_lookup(self, word)
        if len(kept) >= LOOKUPS_KEPT:
            kept.clear()  # a long session's vocabulary starts again, rather than growing without end
        kept[word] = found
    return found
