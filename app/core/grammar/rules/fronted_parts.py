"""Главное предложение, которое начинается с личного местоимения после придаточного или оборота в начале:
«Если вы оформите заказ до обеда(,) мы отправим его сегодня», «Когда курьер позвонит в дверь(,) вы услышите
звонок», «Получив ваше письмо и проверив данные(,) я сразу ответил», «Встревоженные долгим молчанием(,) они
позвонили снова».

A personal pronoun in the nominative («я», «ты», «мы» …) followed at once by a predicate that agrees with it is
the subject of a clause. When the part of the sentence before it opens with a subordinating conjunction and
already holds that clause's predicate, or opens with a verbal adverb or with a participle that agrees with the
pronoun (and no noun in the nominative stands between, which the participle could belong to), the pronoun
begins the main clause and the comma goes before it. Clauses nested in the fronted one do not matter: a pronoun
right after a conjunction, a relative word, a preposition, a particle or an adverb is not taken for the main
clause's subject («Если вы знаете, как мы работаем…», «Если завтра вы…»). The findings are OURS_CLAUSE_COMMA's
after a clause and OURS_PHRASE_COMMA's after a phrase, explained in :mod:`syntax_commas`.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, Text, agrees_with_pronoun, finding, parses
from app.core.grammar.rules.asyndetic import _OPENERS, _RELATIVES, _first_predicate, _link_word, _own_predicate
from app.core.grammar.rules.syntax_commas import CLAUSE, PHRASE
from app.core.grammar.rules.tree_words import only_gerund

RULES = ()  # the findings are CLAUSE's and PHRASE's

# Conjunctions whose clause may open the sentence and be followed by the main one.
_SUBORDINATORS = frozenset({"если", "ежели", "коли", "когда", "хотя", "пока", "поскольку", "раз", "пусть"})
# A conjunction before the fronted clause joins the sentence to the one before: «Но если вы…», «А когда мы…».
_JOINING = frozenset({"и", "а", "но", "да", "однако"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for start, i, w in t.inside_parts():
        if w.low not in SUBJECT_PRONOUNS or not (w.text.islower() or w.text == "Вы") or i - start < 2:
            continue
        prev = t.words[i - 1]
        if prev.low in _OPENERS or _link_word(prev.low) or not _has_predicate(t, i):
            continue
        first = start + 1 if t.words[start].low in _JOINING and i - start >= 3 else start
        # words before the conjunction that cannot be a clause of their own: «Даже если…», «Наконец, если…»
        lead = next((k for k in range(first, i - 1) if t.words[k].low in _SUBORDINATORS), None)
        if lead is not None and not any(_predicate(x.low) for x in t.words[first:lead]):
            first = lead
        head, inside = t.words[first], t.words[first + 1:i]
        last = max((k for k, x in enumerate(inside) if _predicate(x.low)), default=None)
        if last is not None and any(_clause_word(x.low) for x in inside[last + 1:]):
            continue  # a clause or a phrase opened after the last predicate may hold the pronoun: «…какую глупость он»
        if head.low in _SUBORDINATORS and last is not None:
            rule = CLAUSE
        elif inside and only_gerund(head.low) or _participle_for(head.low, w.low) and not any(
                _may_be_nominative_noun(x.low) for x in inside) and not (
                inside and _noun_with_genitive(head.low, inside[0].low)):
            rule = PHRASE
        else:
            continue
        found.append(finding(rule, prev.start, w.end, f"{prev.text}, {w.text}"))
    return found


def _has_predicate(t: Text, i: int) -> bool:
    """The pronoun at i has a predicate of its own right after it (:func:`asyndetic._own_predicate`), or a verb of
    the conditional after «бы»: «…(,) он бы позвонил»."""
    if _own_predicate(t, i) is not None:
        return True
    if i + 2 >= len(t.words) or t.words[i + 1].low not in ("бы", "б") or not t.plain_gap(i + 2):
        return False
    return any(p.tag.POS == "VERB" and agrees_with_pronoun(p, t.words[i].low) for p in parses(t.words[i + 2].text)[:2])


@lru_cache(maxsize=8192)
def _predicate(word: str) -> bool:
    """A finite verb or a short form (:func:`asyndetic._first_predicate`), or a word like «нужно», «можно»."""
    readings = parses(word)
    return _first_predicate(word) or bool(readings) and readings[0].tag.POS == "PRED" and readings[0].score > 0.5


@lru_cache(maxsize=8192)
def _clause_word(word: str) -> bool:
    """A conjunction or a relative or question word: a clause may open at it («…, какую глупость он скажет»)."""
    readings = parses(word)
    return word in _OPENERS or bool(readings) and (readings[0].tag.POS == "CONJ" or any(
        p.normal_form in _RELATIVES for p in readings[:2]))


@lru_cache(maxsize=8192)
def _participle_for(word: str, pronoun: str) -> bool:
    """The likeliest reading is a full participle in the nominative, of the pronoun's number (and gender, where
    the pronoun has one): «Встревоженные (…) они», «Уставший (…) он»."""
    readings = parses(word)
    if not readings or readings[0].tag.POS != "PRTF" or readings[0].tag.case != "nomn":
        return False
    _, number, gender = SUBJECT_PRONOUNS[pronoun]
    tag = readings[0].tag
    return tag.number == number and (number == "plur" or gender is None or tag.gender == gender)


@lru_cache(maxsize=8192)
def _may_be_nominative_noun(word: str) -> bool:
    """Some reading is a noun or a pronoun in the nominative: the participle may be its attribute («Оставленные
    вещи мы заберём»)."""
    return any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn" for p in parses(word))


def _noun_with_genitive(word: str, nxt: str) -> bool:
    """«Данные владельцев номеров мы не раскрываем»: a word that is a noun too, with a genitive right after it, is
    that noun with its attribute — a participle takes no bare genitive."""
    return any(p.tag.POS == "NOUN" for p in parses(word)) and any(p.tag.case == "gent" for p in parses(nxt)) \
        and not any(p.tag.case == "ablt" or p.tag.POS == "PREP" for p in parses(nxt)[:1])
