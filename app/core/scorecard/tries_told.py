"""«кэш чистила, в Edge то же самое» — «Очистите кэш браузера»: a step the customer has told they took, in a plain
past with no word that it failed.

:func:`first_tries.taken_already` reads a try the customer says failed («уже», «не помогло», «несколько раз»); but a
customer who writes about a fault and lists what they did («телефон перезагружала, симку переставляла», «провод
проверила», «перезагружала ноутбук») tells by writing at all that it did not help. The customer's own doing is a past
verb (not negated) with no subject of another's in its part — no noun or pronoun in the nominative that may agree with
it («курьер написал», «деньги не списались» are others' or not done); neuter is no person's («пропало»). A step matches
such a doing when its verb (or the verbs a lead-in «попробуйте / рекомендуем» leads to) is the same doing in either
aspect or with a prefix of aspect: «очистить» and «чистить», «обновить» and «обновлять», «перезагрузить» and
«перезагружать» — the stems without their infinitive ending, one a prefix of the other but for the last two letters
(«обнов-» of «обновл-»), or the one ending the other («о-чистить»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import PART_RE, Token, message_sentences, morph, tokenize

# Words that only lead in the step: «Попробуйте перезагрузить…», «Рекомендуем очистить…».
_LEADS = frozenset({"попробовать", "пробовать", "рекомендовать", "советовать", "стоить", "мочь", "смочь", "нужно",
                    "надо", "необходимо"})
_OURS = frozenset({"я", "мы"})
_ENDINGS = ("ировать", "овать", "ить", "ать", "ять", "еть", "уть", "ыть", "ти", "чь")
# Telling, asking and being are no tries: «писала вам», «спрашивала в чате», «была в офисе».
_NO_TRY = frozenset({"писать", "написать", "спрашивать", "спросить", "звонить", "позвонить", "быть", "сказать",
                     "говорить", "получить", "купить", "заказать", "оплатить", "прийти", "приходить", "ждать",
                     "подождать", "обращаться", "обратиться", "хотеть", "мочь"})


def _stem(lemma: str) -> str:
    for end in _ENDINGS:
        if lemma.endswith(end) and len(lemma) - len(end) >= 4:
            return lemma[:-len(end)]
    return lemma


def same_doing(a: str, b: str) -> bool:
    """Two verbs' lemmas name one doing: the same stem in the other aspect («обнов-ить» / «обновл-ять»,
    «перезагруз-ить» / «перезагруж-ать»), or one with a prefix of aspect («о-чистить» / «чистить»)."""
    x, y = (_stem(v)[:1] + _stem(v)[1:].replace("о", "а") for v in (a, b))  # «сбрОсить» — «сбрАсывать»
    short, long_ = sorted((x, y), key=len)
    if len(short) < 4:
        return False
    if long_.endswith(short) and len(long_) - len(short) <= 2:
        return True  # «о-чист», «по-чист»
    common = next((k for k, (p, q) in enumerate(zip(x, y)) if p != q), len(short))
    if common == len(short):  # «обнов» of «обновл»
        return True
    # «перезагруЗ» — «перезагруЖ», «оплаТ» — «оплаЧ»: the last consonant alternates
    return common == len(short) - 1 >= 4 and (short[-1], long_[common]) in _ALTERNATING


# Consonants that alternate between a verb's two aspects: «грузить — гружать», «платить — плачивать».
_ALTERNATING = frozenset({("з", "ж"), ("с", "ш"), ("т", "ч"), ("д", "ж"), ("т", "щ"), ("ж", "з"), ("ш", "с"),
                          ("ч", "т"), ("ж", "д"), ("щ", "т")})


@lru_cache(maxsize=256)
def told_tries(messages: tuple[str, ...]) -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
    """The customer's own past doings: each past verb, not negated, with no subject of another's in its part (a «я /
    мы» is theirs; a plural with no «мы» — «прислали», «списали» — is others'), not neuter, not telling, asking, buying
    or being; with the lemmas of its part's words and the part itself (what it was done to)."""
    found = []
    for message in messages:
        for sentence in message_sentences(message):
            for part in PART_RE.finditer(sentence):
                words = tokenize(part.group())
                for k, t in enumerate(words):
                    if not t.tag.startswith("VERB") or "past" not in t.tag or "neut" in t.tag \
                            or t.lemmas & _NO_TRY or (k and words[k - 1].lower in ("не", "ни")):
                        continue
                    if "plur" in t.tag and not any(w.lower == "мы" for w in words):
                        continue
                    # «Телефон перезагружал»: a transitive verb with no object after it has its object before it
                    bare = "tran" in t.tag and not any(_accusative(w) for w in words[k + 1:])
                    if any(w is not t and _may_be_subject(w, t) and not (bare and n < k and _accusative(w))
                           for n, w in enumerate(words)):
                        continue
                    found.append((t.lemmas, frozenset(x for w in words for x in w.lemmas), part.group().lower()))
    return tuple(found)


def _may_be_subject(word: Token, verb: Token) -> bool:
    """Another's subject: a pronoun other than «я / мы», or a noun one of whose readings is a nominative agreeing
    with the past verb in number («соседи», «деньги»)."""
    if word.lower in _OURS:
        return False
    if word.tag.startswith("NPRO"):
        return "nomn" in word.tag
    if not word.tag.startswith("NOUN"):
        return False
    plural = "plur" in verb.tag
    for p in morph().parse(word.lower):
        tag = str(p.tag)
        if "NOUN" in tag and "nomn" in tag and ("plur" in tag) == plural \
                and (plural or "anim" in tag or _gender_agrees(tag, verb.tag)):
            return True
    return False


def _accusative(word: Token) -> bool:
    """A noun one of whose readings is the accusative («телефон», «списки»)."""
    return word.tag.startswith("NOUN") and any("accs" in str(p.tag) for p in morph().parse(word.lower))


def _gender_agrees(noun: str, verb: str) -> bool:
    return not any(g in verb and g not in noun for g in ("masc", "femn", "neut"))


def told_tried(r: Reply, span: Span) -> bool:
    """The step at ``span`` (or every verb its lead-in leads to, in its part) is a doing the customer told they
    took."""
    i = next((k for k, t in enumerate(r.tokens) if t.start == span[0]), None)
    if i is None:
        return False
    tries = told_tries(tuple(r.customer_messages))
    if not tries:
        return False
    part = r.part_at(span[0]) or (span[0], len(r.text))
    start, _ = r.sentence_at(span[0])
    if any(t.lower == "если" for t in r.tokens_in(start, span[0])):  # «Если позвонят снова, положите трубку»: advice
        return False
    verbs = [r.tokens[i]]
    if r.tokens[i].lemmas & _LEADS or not r.tokens[i].tag.startswith("VERB"):
        verbs = [t for t in r.tokens[i + 1:] if t.start < part[1] and t.tag.startswith("INFN")] or verbs
    # the same doing to another thing is another step: «уже нажала «Оформить»» — «нажмите «У меня есть промокод»»
    things = [t for t in r.tokens[i + 1:] if t.start < part[1] and t.tag.startswith(("NOUN", "LATN"))]
    quoted = [q.lower() for q in re.findall(r"«([^»]+)»", r.text[span[0]:part[1]])]
    return all(any(any(same_doing(x, y) for x in v.lemmas for y in lemmas)
                   and (not things or any(t.lemmas & words for t in things)) and all(q in said for q in quoted)
                   for lemmas, words, said in tries) for v in verbs)


# Doing it again: «попробуйте ещё раз», «откройте урок снова».
_AGAIN_RE = re.compile(r"(?i)\bещ[её]\s+раз\b|\bснова\b|\bзаново\b|\bповторно\b")
_TRY = frozenset({"попробовать", "пробовать", "повторить"})


def retried(r: Reply, span: Span) -> bool:
    """«Попробуйте ещё раз», «попробуйте открыть урок снова»: a try bidden again of one doing is the doing the customer
    has already done and writes about — no step by itself (after a fix, «блокировку сняла, попробуйте оплатить ещё
    раз», the fix is what passes). A try again of two doings («удалить приложение и установить его заново») is a
    first try, which :mod:`first_tries` weighs."""
    i = next((k for k, t in enumerate(r.tokens) if t.start == span[0]), None)
    if i is None or not r.tokens[i].lemmas & _TRY:
        return False
    part = r.part_at(span[0]) or (span[0], len(r.text))
    if not _AGAIN_RE.search(r.text, span[0], part[1]):
        return False
    return len([t for t in r.tokens[i + 1:] if t.start < part[1] and t.tag.startswith("INFN")]) <= 1
