"""Ten more measured changes inside pylat-ru 0.1.0a0 (see ``pylat_speedup``): work it repeats is reused.

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
   enabled: the list of enabled rules with their variants is kept until a rule is switched. Only the
   variants whose required words the sentence holds (pinned ``canBeIgnoredFor``) are handed on, and a
   rule left with none is not run: most rules ended there, but only after setting up their run.
4. The morphological dictionary walked its automaton for every word of every check; replies share
   most of their words, so each dictionary remembers its answers (immutable tuples) for the
   last words asked about.
5. A variant tried its whole matching machinery at every token of the sentence, and four times in
   five its first pattern token already failed there; inside an attempt, too, most steps end on a
   pattern token that accepts no reading of the token. Whether it does depends only on the pattern
   token and the token (unless a ``<match>`` reference is resolved), so the answer is remembered per
   kind of pattern token and kind of token (surface, readings, space before, sentence start and end):
   an attempt starts only where the first pattern token says yes, and a step that it says no to ends
   at once unless a scope="next" exception has to be asked first.
6. The same waste in the disambiguator, which runs its ~700 rules one after another over the
   sentence: each rule tried every token as the start of its pattern. Whether a disambiguation
   pattern token accepts a token depends on the token's readings only, so that is remembered per
   pattern token and kind of readings, and a rule's attempt starts only where its first token accepts.
7. Change 3 still asked each of the ~1,000 enabled variants, sentence by sentence, whether the sentence
   holds its required words, to keep one in ten. The variants are now filed once under the words their
   first required token accepts (:class:`_WordIndex`): a sentence asks only those filed under its own
   words and those requiring none; rules and variants keep their order.
8. Change 5 still asked, for every variant, each token whether its first pattern token accepts it. The
   list of accepted tokens depends only on the sentence and the kind of first pattern token, so it is
   listed once per sentence and kind (:func:`_starts`) and shared by the variants starting alike.
9. Change 5 answered only the no: a token some reading of which the pattern token accepts still went through
   the whole pinned test, which then asks the token's current-scope exceptions reading by reading. For a
   pattern token without ``<and>`` group or chunk test, whether those exceptions spare the token depends only
   on the exceptions and the token's kind too, so that is remembered alike (:func:`_unexcepted`); the
   previous-scope exceptions, which read the token before, are asked each time.
10. The disambiguator's check that a sentence's tokens still hold the readings its verdicts were read from ran
   as a Python loop for each of its rules; it now compares the same lists and lengths in C.

Findings cannot change (tests compare them with and without these changes); applied only to the
pinned version, whose internals we checked.
"""

from __future__ import annotations

import itertools
import operator
import threading

PINNED = "0.1.0a0"
_state = threading.local()


def apply() -> bool:
    """Install the changes; returns False (and changes nothing) on another pylat version."""
    import pylat_ru
    from pylat_ru.disambiguation import pattern_matcher
    from pylat_ru.grammar import engine, matcher
    from pylat_ru.morfologik import dictionary

    variant_class, engine_class = matcher.CompiledRuleVariant, engine.RussianGrammarEngine
    dictionary_class = dictionary.MorfologikDictionary
    if getattr(variant_class, "_chat_trainer_matching", False):
        return True
    if pylat_ru.__version__ != PINNED:
        return False
    variant_class._chat_trainer_original_match = variant_class.match_sentence
    variant_class._chat_trainer_original_test = variant_class._test_all_readings
    engine_class._chat_trainer_original_execute = engine_class._execute_rule
    engine_class._chat_trainer_original_check = engine_class.check_sentence
    dictionary_class._chat_trainer_original_lookup = dictionary_class.lookup
    pattern_matcher.PatternRuleMatcher._chat_trainer_original_find = pattern_matcher.PatternRuleMatcher.find_matches
    variant_class.match_sentence = _match_sentence
    variant_class._test_all_readings = _test_all_readings
    engine_class._execute_rule = _execute_rule
    engine_class.check_sentence = _check_sentence
    dictionary_class.lookup = _lookup
    pattern_matcher.PatternRuleMatcher.find_matches = _find_matches
    variant_class._chat_trainer_matching = True
    return True


def _non_blank(sentence, raw_pos: bool) -> tuple[list, list]:
    """The tokens a pattern is matched against (pinned ``match_sentence`` steps 1–2) with each one's
    remembered verdicts (:func:`_accepts`), kept for the sentence last asked about;
    the sentence is kept alive with them, so its id is not reused."""
    memo = _kept_for("memo", sentence)
    stream = sentence.pre_disambig_tokens if raw_pos else sentence.tokens
    kept = memo.get(raw_pos)
    if kept is not None and kept[0] is stream and kept[1] == len(stream):
        return kept[2], kept[3]
    tokens = [t for t in stream if t.has_pos_tag("SENT_START") or (t.token and not t.is_whitespace())]
    if len(_verdicts) >= VERDICTS_KEPT:
        _verdicts.clear()  # a long session's vocabulary starts again, rather than growing without end
    verdicts = [_verdicts.setdefault(_token_key(t), {}) for t in tokens]
    memo[raw_pos] = (stream, len(stream), tokens, verdicts)
    return tokens, verdicts


VERDICTS_KEPT = 10_000  # kinds of token per table, each with the verdicts tried on it (≈ 3 KB): some 60 MB at most
_verdicts: dict[tuple, dict[int, bool]] = {}  # shared by threads: a lost race only recomputes a verdict
_signatures: dict[tuple, int] = {}


def _token_key(atr) -> tuple:
    """All that ``CompiledPatternToken.matches_reading`` reads of a sentence token."""
    return (atr.token, bool(atr.whitespace_before), atr.is_sentence_start, atr.is_sentence_end,
            tuple((at.token, at.lemma, at.pos_tag) for at in atr.readings))


def _signature(token) -> int:
    """Which kind of pattern token this is: the fields its reading test reads (cached on the token)."""
    cached = token.__dict__.get("_chat_trainer_signature")
    if cached is None:
        fields = (token.text, token.regexp, token.case_sensitive, token.inflected, token.negate, token.postag,
                  token.postag_regexp, token.negate_pos, token.spacebefore)
        cached = token._chat_trainer_signature = _signatures.setdefault(fields, len(_signatures))
    return cached


def _accepts(token, atr, verdicts: dict[int, bool]) -> bool | None:
    """Whether the pattern token accepts some reading of ``atr``, remembered in ``verdicts`` (those of
    ``atr``'s kind); None while a ``<match>`` reference is resolved, which makes the test depend on the match."""
    if token.dynamic_text is not None or token.dynamic_postag is not None:
        return None
    return _verdict(token, _signature(token), atr, verdicts)


def _verdict(token, signature: int, atr, verdicts: dict[int, bool]) -> bool:
    """Whether the pattern token (of kind ``signature``) accepts some reading of ``atr``, remembered in ``verdicts``."""
    passed = verdicts.get(signature)
    if passed is None:
        passed = verdicts[signature] = any(token.matches_reading(at, atr) for at in atr.readings)
    return passed


def _kept_for(name: str, owner) -> dict:
    """A table kept (per thread) for the sentence or token list last asked about, emptied when another comes;
    the owner is kept alive with it, so its id is not reused."""
    memo = getattr(_state, name, None)
    if memo is None or memo[0] is not owner:
        memo = (owner, {})
        setattr(_state, name, memo)
    return memo[1]


def _match_sentence(self, sentence, synthesizer=None, immunized_tokens=None):
    """Pinned ``CompiledRuleVariant.match_sentence`` with the token list remembered, trying only the
    tokens its first pattern token accepts (listed once per sentence and kind of first pattern token)."""
    non_blank_tokens, verdicts = _non_blank(sentence, self.raw_pos)
    if not non_blank_tokens:
        return []
    limit = (1 if self.is_sent_start
             else max(0, len(non_blank_tokens) - len(self.tokens) + 1) + self.min_occur_correction)
    results = []
    imm_set = immunized_tokens or set()
    # an optional first token (min="0") may fail and let the next one match instead
    first = self.tokens[0] if self.tokens and self.tokens[0].min != 0 else None
    _state.verdicts = (non_blank_tokens, verdicts)
    end = min(limit, len(non_blank_tokens))
    with self._match_lock:
        # the first step of an attempt resolves no reference, so the remembered verdict is the step's answer
        starts = range(end) if first is None else _starts(first, non_blank_tokens, verdicts, end)
        if starts and first is not None:
            starts = _rigid_starts(self, starts, non_blank_tokens, verdicts)
        for start_idx in starts:
            m_res = self._match_from(tokens=non_blank_tokens, start_idx=start_idx, synthesizer=synthesizer,
                                     immunized_tokens=imm_set)
            if m_res is not None:
                results.append(m_res)
        self.reset_dynamic_state()
    return results


def _rigid_starts(variant, starts, tokens: list, verdicts: list):
    """Of the ``starts``, those where every later pattern token of a rigid variant (:func:`_rigid`) accepts the
    token it must stand on: the k-th pattern token is tested at start + k only, and a test it refuses ends the
    attempt whatever else holds (shielded tokens, exceptions, ``<and>`` groups only refuse more). Pattern tokens
    with a ``<match>`` reference are left to the attempt; other variants keep all their starts."""
    later = variant.__dict__.get("_chat_trainer_later")
    if later is None:
        later = variant._chat_trainer_later = tuple(
            (k, token) for k, token in enumerate(variant.tokens) if k and token.match_ref is None) if _rigid(variant) else ()
    if not later:
        return starts
    n = len(tokens)
    kept = starts
    for k, token in later:
        accepted = _accepted(token, tokens, verdicts)
        kept = [s for s in kept if s + k < n and accepted[s + k]]
        if not kept:
            break
    return kept


def _accepted(token, tokens: list, verdicts: list) -> list[bool]:
    """For each token of the list, whether the pattern token (one without a ``<match>`` reference) accepts
    it (:func:`_accepts`), kept for the token list last asked about per kind of pattern token."""
    memo = _kept_for("accepted", tokens)
    signature = _signature(token)
    flags = memo.get(signature)
    if flags is None:
        # the remembered verdicts read in one pass; only the tokens of a kind not yet asked are tested
        flags = memo[signature] = [known.get(signature) for known in verdicts]
        if None in flags:
            for i, passed in enumerate(flags):
                if passed is None:  # :func:`_verdict`, written out
                    atr, known = tokens[i], verdicts[i]
                    passed = known.get(signature)  # a token of the same kind earlier in this list
                    if passed is None:
                        passed = known[signature] = any(token.matches_reading(at, atr) for at in atr.readings)
                    flags[i] = passed
    return flags


def _starts(first, tokens: list, verdicts: list, end: int):
    """The indexes below ``end`` of the tokens ``first`` accepts (:func:`_accepts`). A first pattern token
    resolves no ``<match>`` reference, so the list depends on the tokens and the kind of pattern token only
    and is kept for the token list last asked about; should a reference be set, each token is asked as before."""
    if first.dynamic_text is not None or first.dynamic_postag is not None:
        return [i for i in range(end) if _accepts(first, tokens[i], verdicts[i])]
    memo = _kept_for("starts", tokens)
    signature = _signature(first)
    accepted = memo.get(signature)
    if accepted is None:
        flags = _accepted(first, tokens, verdicts)
        accepted = memo[signature] = list(itertools.compress(range(len(flags)), flags))
    return accepted if end >= len(tokens) else [i for i in accepted if i < end]


def _test_all_readings(self, tokens, matcher, prev_element, token_no, first_match_token, prev_skip_next,
                       prev_matched, immunized_tokens):
    """Pinned ``_test_all_readings``, answering no at once when the pattern token accepts no reading of the
    token (a remembered verdict) and no scope="next" exception is there to be asked first; when it does accept
    one, a plain pattern token (:func:`_plain`) also takes the verdict of its current-scope exceptions from
    memory (:func:`_unexcepted`), and only the previous-scope ones are asked."""
    current = getattr(_state, "verdicts", None)
    if (current is not None and current[0] is tokens
            and not (prev_skip_next > 0 and prev_element is not None and prev_element.exceptions_next)
            and not (prev_skip_next == 0 and matcher.exceptions_next and token_no + 1 < len(tokens))):
        atr, known = tokens[token_no], current[1][token_no]
        accepted = _accepts(matcher, atr, known)
        if accepted is False:
            return False, prev_matched, []
        if accepted and not prev_matched and _plain(matcher):
            # the pinned steps in their order, with no scope="next" exception and no <and> group to ask
            if token_no in immunized_tokens or not _unexcepted(matcher, atr, known):
                return False, prev_matched, []
            if token_no > 0 and matcher.exceptions_previous and matcher.matches_previous_exception(tokens[token_no - 1]):
                return False, prev_matched, []
            if matcher.is_unify and not matcher.is_unify_neutral:
                return True, prev_matched, [at for at in atr.readings if matcher.matches_reading(at, atr)]
            return True, prev_matched, []
    return type(self)._chat_trainer_original_test(self, tokens, matcher, prev_element, token_no, first_match_token,
                                                  prev_skip_next, prev_matched, immunized_tokens)


def _plain(token) -> bool:
    """A pattern token with no ``<and>`` group and no chunk test (cached on the token): once some reading of a
    token passes it, only its exceptions can still refuse the token."""
    cached = token.__dict__.get("_chat_trainer_plain")
    if cached is None:
        cached = token._chat_trainer_plain = not token.and_members and token.chunk is None
    return cached


def _unexcepted(token, atr, verdicts: dict) -> bool:
    """No current-scope exception of the pattern token matches a reading of ``atr``, remembered in ``verdicts``
    (those of ``atr``'s kind: an exception reads only what :func:`_token_key` holds) per kind of exception list."""
    if not token.exceptions_current:
        return True
    key = token.__dict__.get("_chat_trainer_exceptions")
    if key is None:
        fields = ("exceptions",) + tuple(
            (e.text, e.regexp, e.case_sensitive, e.inflected, e.negate, e.postag, e.postag_regexp, e.negate_pos,
             e.spacebefore) for e in token.exceptions_current)
        key = token._chat_trainer_exceptions = _signatures.setdefault(fields, len(_signatures))
    passed = verdicts.get(key)
    if passed is None:
        passed = verdicts[key] = not any(token.matches_current_exception(at, atr) for at in atr.readings)
    return passed


def _check_sentence(self, sentence, include_disabled: bool = False):
    """Pinned ``check_sentence`` over the enabled rules listed once per set of disabled rules."""
    if include_disabled:
        return type(self)._chat_trainer_original_check(self, sentence, include_disabled)
    disabled = frozenset(self._disabled_rules)
    listed = self.__dict__.get("_chat_trainer_enabled")
    if listed is None or listed[0] != disabled:
        runnable = [(rule, self._compiled_variants.get(rule.full_id)) for rule in self.get_runnable_rules()
                    if self.is_rule_enabled(rule.full_id)]
        runnable = [(r, v) for r, v in runnable if v]
        listed = self._chat_trainer_enabled = (disabled, runnable, _WordIndex(runnable))
    from pylat_ru.grammar import engine

    # a rule none of whose variants can match the sentence's words is not run at all
    token_index, lemma_index = engine._sentence_token_index(sentence)
    results = []
    for rule, live in listed[2].live(token_index, lemma_index):
        results.extend(self._execute_rule(sentence, rule, live))
    return results


class _WordIndex:
    """The enabled rules' variants filed under one of the words each requires (pinned ``canBeIgnoredFor``):
    a sentence asks only the variants filed under its own words, and those with no required word, whether
    they can be ignored, instead of all ~1,000. The rules and each rule's variants keep their order."""

    def __init__(self, runnable: list) -> None:
        from pylat_ru.grammar import engine

        self.runnable = runnable
        self.always: list[tuple[int, int]] = []  # (rule, variant) without a required word
        self.by_word: tuple[dict, dict] = ({}, {})  # surface word / lemma → (rule, variant) requiring it
        for r, (_rule, variants) in enumerate(runnable):
            for v, variant in enumerate(variants):
                hints = engine._variant_token_hints(variant)
                if not hints:
                    self.always.append((r, v))
                    continue
                inflected, values = hints[0]  # each of the first required token's words files it
                for value in set(values):
                    self.by_word[1 if inflected else 0].setdefault(value, []).append((r, v))

    def live(self, token_index: set, lemma_index: set) -> list:
        """Each rule in order with those of its variants (in order) that cannot be ignored for these words."""
        from pylat_ru.grammar import engine

        found = set(self.always)
        for words, filed in ((token_index, self.by_word[0]), (lemma_index, self.by_word[1])):
            for word in words:
                pairs = filed.get(word)
                if pairs:
                    found.update(pairs)
        out = []
        rule_no, kept = -1, None
        for r, v in sorted(found):
            variant = self.runnable[r][1][v]
            if engine._variant_can_be_ignored(variant, token_index, lemma_index):
                continue
            if r != rule_no:
                rule_no, kept = r, []
                out.append((self.runnable[r][0], kept))
            kept.append(variant)
        return out


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


_serials = itertools.count()  # disambiguation pattern tokens, numbered as first asked about
_readings_verdicts_kept: dict[tuple, dict[int, bool]] = {}


def _find_matches(self, sentence):
    """Pinned ``PatternRuleMatcher.find_matches``, trying only the tokens the first pattern token accepts
    (that test is the attempt's first step: a token it refuses ends the attempt)."""
    tokens, verdicts = _readings_verdicts(sentence)
    n = len(tokens)
    if self.pattern_size == 0 or n < self.pattern_size:
        return []
    first = self.pattern_tokens[0]
    serial = first.__dict__.get("_chat_trainer_serial")
    if serial is None:
        serial = first._chat_trainer_serial = next(_serials)
    results = []
    for start_idx in range(n):
        known = verdicts[start_idx]
        passed = known.get(serial)
        if passed is None:
            passed = known[serial] = first.matches_token(tokens[start_idx])
        if passed:
            match = self._match_from(start_idx, tokens)
            if match is not None:
                results.append(match)
    return results


def _readings_verdicts(sentence) -> tuple[list, list]:
    """The sentence's non-blank tokens with the verdicts remembered for each one's readings, kept for the
    sentence last asked about while its tokens keep their readings (the disambiguator makes a new
    sentence for every change)."""
    memo = getattr(_state, "disambiguating", None)
    if memo is not None and memo[0] is sentence:
        # each token's readings the same list as then, of the same length (read in C: it runs once per rule)
        now = list(map(_READINGS, memo[1]))
        if all(map(operator.is_, now, memo[3])) and list(map(len, now)) == memo[4]:
            return memo[1], memo[2]
    tokens = sentence.get_tokens_without_whitespace()
    if len(_readings_verdicts_kept) >= VERDICTS_KEPT:
        _readings_verdicts_kept.clear()
    verdicts = [_readings_verdicts_kept.setdefault(tuple((r.token, r.lemma, r.pos_tag) for r in t.readings), {})
                for t in tokens]
    readings = list(map(_READINGS, tokens))
    _state.disambiguating = (sentence, tokens, verdicts, readings, list(map(len, readings)))
    return tokens, verdicts


_READINGS = operator.attrgetter("readings")
