"""Члены и части, которые соединяет повторяющийся союз или «и» между двумя предложениями: «и яблоки(,) и
груши», «то сестра(,) то брат», «Мама готовила обед(,) и папа читал газету».

With a repeated conjunction the members are parted by commas: one-word members of one part of speech and
case are checked here. «и» between two parts, each opening with its own subject and verb, joins two
clauses. The findings are OURS_LIST_COMMA's, explained in :mod:`syntax_commas`.
"""

from __future__ import annotations

from app.core.grammar.language import Sentence, Token
from app.core.grammar.rules._base import parses
from app.core.grammar.rules.tree_words import OPENERS, finite, is_punct, subject_of

_REPEATED = frozenset({"и", "ни", "или", "либо", "то"})
# set phrases with a repeated conjunction and no comma: «ни свет ни заря», «и так и сяк»
_REPEATED_IDIOMS = frozenset({("свет", "заря"), ("так", "сяк"), ("рыба", "мясо"), ("то", "се"),
                              ("жив", "мертв"), ("днем", "ночью"), ("день", "ночь"), ("больше", "меньше"),
                              ("дать", "взять"), ("так", "этак"), ("слуху", "духу"), ("конца", "края"),
                              ("много", "мало"), ("взад", "вперед"), ("себе", "людям"), ("два", "полтора"),
                              ("смех", "грех"), ("туда", "сюда"), ("там", "тут"), ("тут", "там"),
                              ("там", "здесь"), ("здесь", "там"), ("пуха", "пера"), ("кола", "двора"),
                              ("сном", "духом"), ("складу", "ладу"), ("богу", "черту"), ("стыда", "совести"),
                              ("стать", "сесть"), ("тпру", "ну"), ("днем", "ночью"), ("туда", "сюда"),
                              # «и то и другое» in every case
                              ("то", "другое"), ("того", "другого"), ("тому", "другому"), ("тем", "другим"),
                              ("том", "другом"), ("те", "другие"), ("тех", "других")})


def repeated_conjunction(sent: Sentence):
    """«и A и B», «ни A ни B», «то A то B»: with a repeated conjunction the members are parted by
    commas — «и яблоки, и груши». Only one-word members of one part of speech and case; «то» only
    before verbs and adverbs, where it cannot be a pronoun («то платье и то»)."""
    toks = sent.tokens
    for first in toks:
        if first.low not in _REPEATED or first.index + 3 >= len(toks):
            continue
        a, second, b = toks[first.index + 1:first.index + 4]
        if second.low != first.low or (a.low, b.low) in _REPEATED_IDIOMS:
            continue
        if first.index > 0 and toks[first.index - 1].low == first.low:
            continue
        if is_punct(a) or is_punct(b) or not (_alike(a.text, b.text, first.low == "то") or (
                first.low == "то" and _both_nominative_nouns(a.text, b.text))):  # «то сестра, то брат»
            continue
        yield a, second
        k = second.index + 2  # a third member and more: «то сестра, то брат, то ещё кто-нибудь»
        while k + 1 < len(toks) and toks[k].low == first.low and not is_punct(toks[k - 1]) \
                and not is_punct(toks[k + 1]):
            yield toks[k - 1], toks[k]
            k += 2


def _both_nominative_nouns(a: str, b: str) -> bool:
    """Both words read only as common nouns, and as nominatives among those readings."""
    def nominative(word):
        readings = parses(word)
        return bool(readings) and word.islower() and all(p.tag.POS == "NOUN" for p in readings) \
            and any(p.tag.case == "nomn" for p in readings)
    return nominative(a) and nominative(b)


def _alike(a: str, b: str, verbs_only: bool) -> bool:
    """Some dictionary readings of the two words share the part of speech and the case (the tagger,
    lost without the commas, often gives the second member another case)."""
    kinds = ("VERB", "INFN", "ADVB") if verbs_only else ("NOUN", "NPRO", "ADJF", "VERB", "INFN", "ADVB")
    for x in parses(a):
        for y in parses(b):
            if x.tag.POS == y.tag.POS and x.tag.POS in kinds and x.tag.case == y.tag.case:
                return True
    return False


_PARTICLES = frozenset({"не", "уже", "тоже", "также", "ещё", "еще", "всегда", "никогда", "сразу", "скоро"})


def is_question(sent: Sentence) -> bool:
    """The sentence ends in «?»: its parts joined by a single «и» are two questions and take no comma
    («Кто звонил утром и кто ответил?» — Rosenthal's rule for interrogative parts)."""
    return any(is_punct(t) and "?" in t.text for t in sent.tokens[-2:])


def and_between_clauses(sent: Sentence):
    """«Мы проверили заказ и курьер уже выехал»: each part opens with its own subject and has its
    own verb, so «и» joins two clauses and takes a comma. Only when the sentence starts with the
    first subject — a word before it («Вчера шёл дождь и дул ветер») may belong to both parts."""
    toks = sent.tokens
    if len(toks) < 6 or toks[0].low in OPENERS or is_question(sent):
        return
    s1 = toks[0]
    v1 = _verb_after(toks, 1) or _short_predicate(toks, s1)  # «Заказ готов и курьер уже выехал»
    if v1 is None or not (subject_of(s1.text, v1.text) or v1.index == 1 and not finite(v1)):
        # «Газету не принесли и отец пошёл сам»: an object first, then the verb, no subject to share
        v1 = _verb_after(toks, 1) or _verb_after(toks, 2)
        if v1 is None or s1.pos not in ("NOUN", "PRON") or s1.feat("Case") in ("Nom", "") \
                or any(subject_of(t.text, v1.text) for t in toks[:v1.index]):
            return
    for k in range(v1.index + 1, len(toks) - 2):
        tok = toks[k]
        if is_punct(tok) or tok.low in OPENERS or tok.pos == "SCONJ":
            return
        if tok.low != "и":
            continue
        s2 = toks[k + 1]
        v2 = _verb_after(toks, k + 2)
        if v2 is not None and s2.pos in ("NOUN", "PRON", "PROPN") and subject_of(s2.text, v2.text):
            yield toks[k - 1], tok
        return


def _verb_after(toks: tuple[Token, ...], i: int) -> Token | None:
    """A finite verb at i, or after particles standing there («уже выехал»)."""
    while i < len(toks) and toks[i].low in _PARTICLES:
        i += 1
    return toks[i] if i < len(toks) and finite(toks[i]) else None


def _short_predicate(toks: tuple[Token, ...], subject: Token) -> Token | None:
    """The short adjective or participle right after the subject that agrees with it: «Заказ готов», «Склад пуст»."""
    if len(toks) < 2 or subject.pos not in ("NOUN", "PRON", "PROPN"):
        return None
    word = toks[1]
    nouns = [p for p in parses(subject.text) if p.tag.case == "nomn" and p.tag.POS in ("NOUN", "NPRO")]
    for p in parses(word.text):
        if p.tag.POS in ("ADJS", "PRTS") and any(p.tag.number == n.tag.number and (
                n.tag.number == "plur" or p.tag.gender == n.tag.gender or n.tag.gender is None) for n in nouns):
            return word
    return None
