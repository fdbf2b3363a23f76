"""Вводные предложения: «Он, я думаю, придёт», «Заказ, насколько я знаю, уже в пути», «Это, как вы знаете, бесплатно».

A whole small clause can stand inside a sentence as an aside, the way an introductory word does: the speaker
saying where the thought comes from or how sure he is. Two shapes are sure enough to ask for commas:
- «насколько я знаю», «как я понимаю», «как вы знаете», «как мне известно» — a «насколько» or «как» with a
  personal pronoun and a verb of knowing or thinking, when no object of that verb follows («как я думаю о
  вас» is no aside) and no verb before «как» takes it as its clause («сделаю, как я думаю»);
- «я думаю», «я считаю», «я настаиваю» … between a subject and its predicate, when the predicate agrees with
  the subject and not with «я»: «Карфаген, я настаиваю, должен быть разрушен».
At the start of a sentence «Я думаю(,) он придёт» is a main clause and the one after it — the clause rules'.
The findings are OURS_INTRO_COMMA's.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, parses
from app.core.grammar.rules.introductory import INTRO_COMMA
from app.core.grammar.rules.tree_words import subject_of
from app.core.phrase import phrase

RULES = ()  # the finding is INTRO_COMMA's, explained there

_MESSAGE = phrase("Вводное предложение выделяется запятыми.")

# pronoun → the verbs of knowing and thinking it takes in an aside
_KNOWING = frozenset({"знаю", "знаем", "знаете", "знаешь", "понимаю", "понимаем", "понимаете", "понимаешь", "помню",
                      "помним", "помните", "помнишь", "думаю", "думаем", "полагаю", "полагаем", "считаю", "считаем",
                      "слышал", "слышала", "слышали", "видим", "видите", "видишь", "вижу"})
_KNOWING_PRONOUNS = frozenset({"я", "мы", "вы", "ты"})
_KNOWN = (("мне", "известно"), ("нам", "известно"), ("вам", "известно"), ("можно", "судить"))
# the asides of opinion that stand between a subject and its predicate
_OPINION = frozenset({"думаю", "считаю", "полагаю", "надеюсь", "уверен", "уверена", "настаиваю", "повторяю",
                      "признаюсь", "подозреваю", "убежден", "убеждена", "убеждён", "думаем", "считаем", "полагаем",
                      "надеемся", "уверены"})
# after these «как …» is the clause a word before it announces or the way something is done, not an aside
_NOT_AFTER_KAK = frozenset({"так", "не", "именно", "то", "тем", "того", "такой", "такая", "такое", "такие", "и", "а",
                            "но", "или", "что", "вот", "только", "лишь", "же", "даже", "все", "всё", "точно", "ровно"})
_CONJUNCTIONS = frozenset({"и", "а", "но", "или", "либо", "однако", "зато", "что", "чтобы", "если", "когда", "хотя",
                           "ведь", "да"})
# an object or a clause of the verb after it: the verb is the sentence's own, not an aside
_OBJECT_NEXT = frozenset({"о", "об", "обо", "про", "над", "что", "чтобы", "как", "ли", "его", "ее", "её", "их", "это",
                          "этого", "то", "того", "все", "всё", "так", "на", "в", "себя", "сам", "сама", "сами",
                          "тебя", "вас", "нас", "меня", "им", "ему", "ей", "нам", "вам", "мне", "тебе"})
_PARTICLES = frozenset({"не", "уже", "тоже", "также", "еще", "ещё", "всегда", "никогда", "бы", "же", "обязательно"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words)):
        end = _knowing_aside(t, i) or _opinion_aside(t, i)
        if end is not None:
            _commas(t, i, end, found)
    return found


def _knowing_aside(t: Text, i: int) -> int | None:
    """«насколько я знаю», «как вы знаете», «насколько мне известно»: the index of the aside's last word."""
    w = t.words[i]
    if w.low not in ("как", "насколько") or i + 2 >= len(t.words) + 1:
        return None
    pair = tuple(x.low for x in t.words[i + 1:i + 3])
    if len(pair) < 2 or not (t.plain_gap(i + 1) and t.plain_gap(i + 2)):
        return None
    if not (pair[0] in _KNOWING_PRONOUNS and pair[1] in _KNOWING and _agrees(pair[0], pair[1]) or pair in _KNOWN):
        return None
    if w.low == "как" and (pair[1] in ("думаю", "думаем", "считаю", "считаем", "вижу") or pair == ("можно", "судить")):
        return None  # «как я думаю» and «как я считаю» tell more often the way than the source
    last = i + 2
    nxt = t.word(last + 1)
    if nxt is not None and t.plain_gap(last + 1) and (nxt.low in _OBJECT_NEXT or _may_be_object(nxt.text)):
        return None
    prev = t.words[i - 1] if i > 0 and not t.starts_sentence(i) else None
    if prev is not None and w.low == "как" and t.plain_gap(i) and (prev.low in _NOT_AFTER_KAK or _verbal(prev.text)):
        return None  # «сделайте, как вы знаете» is the way, «так, как я помню» a comparison
    if prev is not None and w.low == "насколько" and t.plain_gap(i) and prev.low in ("настолько", "не", "так"):
        return None
    return last


def _opinion_aside(t: Text, i: int) -> int | None:
    """«Он, я думаю, придёт»: the index of the aside's last word."""
    if i == 0 or t.starts_sentence(i) or t.words[i].low not in ("я", "мы") or i + 2 >= len(t.words):
        return None
    verb, subject = t.words[i + 1], t.words[i - 1]
    if verb.low not in _OPINION or not t.plain_gap(i + 1) or subject.low in _KNOWING_PRONOUNS:
        return None
    if not any(p.tag.case == "nomn" and p.tag.POS in ("NOUN", "NPRO") for p in parses(subject.text)):
        return None
    k = i + 2
    while k < len(t.words) and t.plain_gap(k) and t.words[k].low in _PARTICLES:
        k += 1
    if k >= len(t.words) or not t.plain_gap(k):
        return None
    predicate = t.words[k].text
    if _agrees(t.words[i].low, predicate, short=False):
        return None
    if not (subject_of(subject.text, predicate) or _short_agrees(subject.text, predicate)):
        return None
    return i + 1


def _commas(t: Text, first: int, last: int, found: list[Finding]) -> None:
    prev = t.words[first - 1] if first > 0 and not t.starts_sentence(first) else None
    nxt = t.word(last + 1)
    before = prev is not None and t.plain_gap(first) and prev.low not in _CONJUNCTIONS
    after = nxt is not None and t.plain_gap(last + 1)
    if not (before or after):
        return
    start = prev.start if before else t.words[first].start
    end = nxt.end if after else t.words[last].end
    aside = t.text[t.words[first].start:t.words[last].end]
    fixed = (prev.text + ", " if before else "") + aside + (", " + nxt.text if after else "")
    found.append(finding(INTRO_COMMA, start, end, fixed, message=_MESSAGE))


def _agrees(pronoun: str, verb: str, short: bool = True) -> bool:
    """The verb's form (or, with ``short``, a short adjective's) may go with the pronoun: «я знаю», «вы знаете»,
    «я уверен», not «я знаем»."""
    person = {"я": "1per", "мы": "1per", "вы": "2per", "ты": "2per"}[pronoun]
    number = "sing" if pronoun in ("я", "ты") else "plur"
    for p in parses(verb):
        if p.tag.POS == "VERB" and (p.tag.tense == "past" and p.tag.number == number or p.tag.person == person
                                    and p.tag.number == number):
            return True
        if short and p.tag.POS == "ADJS" and p.tag.number == number:
            return True
    return False


def _short_agrees(noun: str, word: str) -> bool:
    """A short adjective or participle that agrees with the noun: «Карфаген … должен», «заказ … готов»."""
    for n in parses(noun):
        if n.tag.case != "nomn" or n.tag.POS not in ("NOUN", "NPRO"):
            continue
        for p in parses(word):
            if p.tag.POS in ("ADJS", "PRTS") and p.tag.number == n.tag.number and (
                    n.tag.number == "plur" or p.tag.gender == n.tag.gender):
                return True
    return False


def _may_be_object(word: str) -> bool:
    """A noun, adjective or pronoun with an accusative reading and none of a predicate: «как я понимаю такие
    вещи» is no aside, «как я понимаю, готов» is."""
    readings = parses(word)
    return any(p.tag.case == "accs" and p.tag.POS in ("NOUN", "NPRO", "ADJF", "PRTF", "NUMR") for p in readings) \
        and not any(p.tag.POS in ("ADJS", "PRTS", "VERB") for p in readings)


def _verbal(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in ("VERB", "INFN", "GRND")
