"""Our own Russian rules for what LanguageTool's rules miss in chat replies.

``check_rules(text, language)`` runs every rule family over the text and returns findings with
``source="ours"``; ``RULES`` maps each rule id to its title, message, explanation and category
(for the GUI and the documentation). No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.grammar.findings import Finding
from app.core.grammar.misreads import heading_end
from app.core.grammar.rules import (about_za, additions, bare_places, address, adverb_prepositions, adjective_lists, adverbs, adversative_da, adversatives,
                                    agreed_phrases, agreement, announced_questions, asides, asyndetic, bare_lists,
                                    capitals, chat_slips, colloquial_asides,
                                    clarifying, clause_borders, clause_ends, comparisons, compound_sentences, context_paronyms,
                                    conditional_imperatives, confusions, conjunction_junction, conjunctions, correlatives,
                                    dative_clauses, detached_phrases, determiner_chains, direct_speech, double_subject, elliptical_dash, eto_clauses, eto_predicates, extra_commas, fronted_parts,
                                    genitive_subject, gerund_phrases, governed_case, greeted_answers, intensified_requests,
                                    government, half_numerals, indirect_questions, infinitive_predicate, interjections, introductory,
                                    joined_clauses,
                                    lexical_slips, mixed_idioms, needed_agreement, needless_commas, negated_genitive, negated_requests, negation, noun_genitive, noun_lists, numeral_subjects,
                                    numeral_phrases, oblique_case, opening_phrases, otherwise_clause, paronyms, participle_phrases, predicate_agreement, predicate_pairs,
                                    preposition_phrases, preposition_slips, prepositions, pronoun_predicates,
                                    relative_agreement, relative_ends, repeated_conjunctions, style, syntax_commas,
                                    thanks_clause, together_apart, tsya, typography, until_clauses, which_verb, word_government)
from app.core.grammar.rules._base import RuleInfo, Text, parses
from app.core.typography import TypographyPolicy

# clause_ends before syntax_commas: a comma both ask for is explained as the clause's end
_FAMILIES = (address, thanks_clause, introductory, greeted_answers, colloquial_asides, interjections, asides, until_clauses, conjunctions, prepositions, government, governed_case, oblique_case,
             together_apart, tsya, agreement, numeral_subjects, determiner_chains, extra_commas, typography, capitals, style, confusions, clause_ends,
             syntax_commas, agreed_phrases, noun_lists, adjective_lists, bare_lists, clarifying, correlatives,
             announced_questions, comparisons, compound_sentences, detached_phrases, gerund_phrases,
             participle_phrases, preposition_phrases,
             additions, predicate_agreement, relative_agreement, which_verb, noun_genitive, numeral_phrases, word_government, bare_places, double_subject,
             preposition_slips, clause_borders, relative_ends, adversative_da, adversatives, asyndetic,
             repeated_conjunctions, predicate_pairs, indirect_questions, dative_clauses, eto_clauses, fronted_parts, joined_clauses, negated_requests, eto_predicates, conditional_imperatives, chat_slips, direct_speech,
             conjunction_junction, otherwise_clause, infinitive_predicate, elliptical_dash,
             negated_genitive, genitive_subject, intensified_requests, negation, pronoun_predicates, needed_agreement, about_za, half_numerals, adverb_prepositions, lexical_slips, mixed_idioms, paronyms, context_paronyms, adverbs, needless_commas, opening_phrases)
# agreed_phrases' too; bare_lists' list commas yield, like the tree's, to a rule that asks for the same comma
_SYNTAX_COMMAS = frozenset(rule.rule_id for rule in (*syntax_commas.RULES, *bare_lists.RULES))

RULES: dict[str, RuleInfo] = {rule.rule_id: rule for family in _FAMILIES for rule in family.RULES}

_CHECKS: tuple[Callable[[Text], list[Finding]], ...] = tuple(family.check for family in _FAMILIES)


def check_rules(text: str, language: str, typography: TypographyPolicy | None = None) -> list[Finding]:
    """Findings of our rules, sorted by offset; [] for any language but Russian. ``typography`` is the
    learner's policy where one applies: straight quotes are flagged only when it does not accept them.
    A heading in capitals before the first sentence («ЗАКОН ОФИСА Все принтеры ломаются…») is no part of it:
    the rules read the sentence without it, so its words are taken for no subject and ask for no comma."""
    if language != "ru" or not text:
        return []
    heading = heading_end(text)
    t = Text(" " * heading + text[heading:], typography)
    found: dict[tuple, Finding] = {}
    for f in (f for check in _CHECKS for f in check(t)):
        # two ways of finding one slip (the word next to it, the tree) give one finding: the first family's
        if not any(g.rule_id == f.rule_id and g.category != "punctuation" and _overlap(f, g) for g in found.values()):
            found.setdefault((f.offset, f.length, f.rule_id), f)
    # a comma the word-level rules already ask for is not asked for twice by the tree
    worded = [f for f in found.values() if f.category == "punctuation" and f.rule_id not in _SYNTAX_COMMAS]
    kept = [f for f in found.values()
            if f.rule_id not in _SYNTAX_COMMAS or not any(_same_comma(f, w, text) for w in worded)]
    # no comma that would part an adjective from its noun
    kept = [f for f in kept if f.category != "punctuation" or not any(
        _splits_attribute(t, k) for k in _commas_added(f, text))]
    # one comma asked for by two tree rules («Пока он спал(,) мы…» is a clause border and a second clause)
    # is one finding: the first family's
    unique = {}
    for f in kept:
        key = (f.offset, f.length, f.replacements) if f.rule_id in _SYNTAX_COMMAS else (f.offset, f.length, f.rule_id)
        unique.setdefault(key, f)
    return sorted(unique.values(), key=lambda f: (f.offset, f.length, f.rule_id))


def _splits_attribute(t: Text, at: int) -> bool:
    """A comma at ``at`` would part an adjective from the noun after it that it agrees with in an oblique
    case: «мерзких орков или вонючих(,) пещер» (between nominatives it may end a clause: «Дом старый, забор…»)."""
    k = next((w.index for w in t.words if w.end == at), None)
    if k is None or k + 1 >= len(t.words) or not t.plain_gap(k + 1):
        return False
    adjs, nouns = parses(t.words[k].text), parses(t.words[k + 1].text)
    if any(p.tag.POS in ("ADJF", "PRTF") for p in nouns):
        return False  # «по сырому, холодному тоннелю»: two adjectives of one noun
    nouns = [p for p in nouns if p.tag.POS == "NOUN" and p.score >= 0.05]
    if not adjs or not nouns or any(p.tag.POS not in ("ADJF", "PRTF") for p in adjs):
        return False
    return any(a.tag.case == n.tag.case not in ("nomn", "accs") and a.tag.number == n.tag.number and (
        n.tag.number == "plur" or a.tag.gender == n.tag.gender) for a in adjs for n in nouns)


def _overlap(a: Finding, b: Finding) -> bool:
    return a.offset < b.offset + max(1, b.length) and b.offset < a.offset + max(1, a.length)


def _commas_added(f: Finding, text: str) -> frozenset[int]:
    """Where in the text the finding's first fix puts commas (positions of the original text)."""
    if not f.replacements:
        return frozenset()
    span, fix = text[f.offset:f.offset + f.length], f.replacements[0]
    at, i, j = set(), 0, 0
    while j < len(fix):
        if i < len(span) and fix[j] == span[i]:
            i += 1
        elif fix[j] == ",":
            at.add(f.offset + i)
        elif i < len(span) and fix[j].lower() == span[i].lower():
            i += 1
        j += 1
    return frozenset(at)


def _same_comma(tree: Finding, worded: Finding, text: str) -> bool:
    """The word-level finding asks for the tree finding's comma already (or, when it adds no comma,
    covers the same words): «Он отрицает ошибку(,) говорит(,) что…» are two commas, both kept."""
    mine, theirs = _commas_added(tree, text), _commas_added(worded, text)
    if mine and theirs:
        return bool(mine & theirs)
    return tree.offset < worded.offset + max(1, worded.length) and worded.offset < tree.offset + tree.length


__all__ = ["RULES", "RuleInfo", "check_rules"]
