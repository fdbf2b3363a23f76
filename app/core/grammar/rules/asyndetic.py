"""Бессоюзное сложное предложение, вторая часть которого начинается с подлежащего — личного местоимения или
существительного: «Курьер опоздал(,) он попал в пробку», «Заказ готов(,) мы отправим его завтра», «Позвоните(,) мы
всё объясним», «Курьер опоздал(,) машина сломалась».

A personal pronoun in the nominative («он», «мы», «они» …) is a subject; when a predicate agreeing with it follows
at once (after particles and adverbs) and the words before it already hold a predicate of their own — a finite
verb, an imperative, a short adjective or participle — the pronoun opens a second clause, and the two are parted
by a comma. The tree rules find such borders between two verbs; this one also takes a short form or an
imperative as the first predicate («Слушатели были правы(,) они…», where the tree, lost without commas, is unsure).
Nothing is asked for where a conjunction, a relative word, a preposition or an adverb stands right before the
pronoun («…, поэтому он ушёл», «знаю, куда он ушёл»): there the border is elsewhere or there is none. A verb of
the speaker's opinion opening the sentence takes its clause without «что» after a comma: «Думаю(,) его можно
заменить». The findings are OURS_LIST_COMMA's, explained in :mod:`syntax_commas`.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, Text, agrees_with_pronoun, finding, parses
from app.core.grammar.rules.syntax_commas import HOMOGENEOUS
from app.core.grammar.rules.tree_words import OPENERS as _CLAUSE_OPENERS, is_punct, subject_of

RULES = ()  # the findings are HOMOGENEOUS's

_PARTICLES = frozenset({"не", "уже", "тоже", "также", "еще", "ещё", "всегда", "никогда", "сразу", "скоро", "же", "ж",
                        "обязательно", "только", "лишь", "всё", "все", "сам", "сама", "сами", "тут", "сейчас", "и",
                        "даже", "просто", "точно", "наверняка"})
# a first «predicate» that is a form of «быть» alone, a particle-like verb or a word of a compound predicate:
# «Есть он не хочет», «Давай мы пойдём», «Было он ушёл», «Будь ты проклят»
_NOT_FIRST = frozenset({"есть", "был", "была", "было", "были", "будет", "будут", "давай", "давайте", "пусть",
                        "пускай", "бы", "б", "будь", "будьте", "стоит", "стоило", "нет", "значит", "кажется", "казалось"})
# words opening a part of the sentence: where one of them stands, the first part may be a clause inside another
_OPENERS = frozenset({"что", "чтобы", "чтоб", "если", "когда", "как", "где", "куда", "откуда", "почему", "зачем",
                      "пока", "хотя", "который", "которая", "которое", "которые", "которого", "которой", "которому",
                      "которым", "котором", "которую", "которых", "которыми", "кто", "чей", "чья", "чьё", "чьи",
                      "ли", "будто", "словно", "чем", "тем", "потому", "поэтому", "так", "то", "и", "а", "но",
                      "или", "да", "ни", "либо", "зато", "однако", "раз", "коли", "ведь", "вот", "сколько"})


_RELATIVES = frozenset({"кто", "что", "какой", "каков", "который", "чей", "сколько", "кой", "коий", "некоторый"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for start, i, w in t.inside_parts():
        if w.low not in SUBJECT_PRONOUNS or not w.text.islower():
            continue
        if i - start == 1 and not _speaker_or_listener(t.words[start].low):
            continue  # one word before the pronoun is a clause only as a verb of «я» or «ты»: «Боюсь(,) мы опоздаем»
        prev = t.words[i - 1]
        if prev.low in _OPENERS or _link_word(prev.low):
            continue
        first = next((k for k in range(i - 1, max(start, i - 4) - 1, -1) if _first_predicate(t.words[k].low)), None)
        if first is None or any(_opens_part(x.low) for x in t.words[start:i]):
            continue
        verb = _own_predicate(t, i)
        if verb is None or first < i - 1 and _object_of(prev.text, verb):
            continue  # «Берегите фигуру а лицо мы сделаем»: the word before the pronoun is its verb's object
        found.append(finding(HOMOGENEOUS, prev.start, w.end, f"{prev.text}, {w.text}"))
    for sent in t.analysis.sentences:
        for before, first in _noun_subject_parts(sent):
            found.append(finding(HOMOGENEOUS, before.start, first.end, f"{before.text}, {first.text}"))
    _opinion_clause(t, found)
    _object_first_clause(t, found)
    return found


# an object pronoun opening a clause of «можно» / «нужно» + infinitive: «…(,) его можно докупить»
_OBJECT_PRONOUNS = frozenset({"его", "её", "ее", "их"})
_MODAL_PREDICATIVES = frozenset({"можно", "нужно", "надо", "необходимо", "нельзя"})


def _object_first_clause(t: Text, found: list[Finding]) -> None:
    """«Багаж в тариф не входит(,) его можно докупить», «Код придёт на почту(,) его нужно ввести»: «его», «её»,
    «их» right before «можно», «нужно», «надо», «нельзя» and an infinitive is that infinitive's object opening a
    clause of its own; when a finite verb or an imperative stands before it in the same part, with no conjunction
    or relative word after that verb, the two clauses are parted by a comma. «Теперь его можно забрать» (no verb
    before) and «Я знаю, что его можно забрать» (a comma there) are left alone."""
    for start, i, w in t.inside_parts():
        if w.low not in _OBJECT_PRONOUNS or i + 2 >= len(t.words) or not w.text.islower():
            continue
        modal, nxt = t.words[i + 1], t.words[i + 2]
        if modal.low not in _MODAL_PREDICATIVES or not t.plain_gap(i + 1) or not t.plain_gap(i + 2):
            continue
        if nxt.low == "будет" and i + 3 < len(t.words) and t.plain_gap(i + 3):
            nxt = t.words[i + 3]  # «его нужно будет подписать»
        if not any(p.tag.POS == "INFN" for p in parses(nxt.text)[:1]):
            continue
        verb = next((k for k in range(i - 1, start - 1, -1) if _first_predicate(t.words[k].low)), None)
        if verb is None or verb == i - 1 and not all("intr" in p.tag for p in parses(t.words[verb].text)) or any(
                x.low in _OPENERS or _relative(x.low) for x in t.words[verb + 1:i]):
            continue  # right after a verb that takes an object «его» may be its object; a conjunction opens the clause earlier
        prev = t.words[i - 1]
        found.append(finding(HOMOGENEOUS, prev.start, w.end, f"{prev.text}, {w.text}"))


@lru_cache(maxsize=8192)
def _relative(word: str) -> bool:
    return any(p.normal_form in _RELATIVES for p in parses(word)[:2])


# the speaker's opinion or hope, followed by what is thought without «что»: «Думаю(,) вам стоит подождать»
_OPINION = frozenset({"думаю", "думаем", "считаю", "считаем", "полагаю", "полагаем", "надеюсь", "надеемся"})
# after these the verb governs what follows or the clause is one of its own kind: «думаю о вас», «думаю так же»
_NOT_AFTER_OPINION = frozenset({"что", "чтобы", "чтоб", "как", "ли", "же", "бы", "так", "то", "иначе", "также",
                                "тоже", "только", "лишь", "себя"})


def _opinion_clause(t: Text, found: list[Finding]) -> None:
    """«Думаю(,) его можно заменить», «Я надеюсь(,) вас это устроит»: a verb of opinion of the first person that
    opens the sentence (after «я» or «мы» at most) and is followed, without «что», by words with a predicate of
    their own — a finite verb, a word like «можно», a short form — has its clause after a comma. Not before a
    preposition, an infinitive or an object with no predicate after it («Считаю его честным», «Думаю поехать»)."""
    for i, w in enumerate(t.words[:-2]):
        if w.low not in _OPINION or not t.plain_gap(i + 1):
            continue
        k = i - 1 if i > 0 and t.words[i - 1].low in ("я", "мы") and t.plain_gap(i) else i
        nxt = t.words[i + 1]
        readings = parses(nxt.text)
        if not t.starts_sentence(k) or nxt.low in _NOT_AFTER_OPINION or not readings \
                or readings[0].tag.POS in ("PREP", "CONJ", "INFN"):
            continue
        after = t.word(i + 2)
        if nxt.low == "это" and after is not None and t.plain_gap(i + 2) and parses(after.text) \
                and parses(after.text)[0].tag.POS not in ("INFN", "PREP"):
            # «Думаю(,) это ошибка склада»: «это» names the subject of a clause whose predicate may be a noun
            found.append(finding(HOMOGENEOUS, w.start, nxt.end, f"{w.text}, {nxt.text}"))
            continue
        for j in range(i + 1, len(t.words)):
            if j > i + 1 and not t.plain_gap(j) or t.words[j].low in _OPENERS:
                break
            top = parses(t.words[j].text)[0] if parses(t.words[j].text) else None
            if top is not None and (top.tag.POS == "VERB" and "indc" in top.tag or top.tag.POS in ("PRED", "ADJS", "PRTS")):
                found.append(finding(HOMOGENEOUS, w.start, nxt.end, f"{w.text}, {nxt.text}"))
                break


def _noun_subject_parts(sent):
    """«Курьер опоздал(,) машина сломалась»: a first part with its subject and finite verb, then a noun that is a
    nominative only and a finite verb agreeing with it (particles between): the noun opens a second clause. The
    comma goes before the noun's group when the word before it is the first part's (not an adverb, which may be
    either part's) and nothing before opens a clause or a phrase; the first verb needs a subject of its own before
    it, or «Пришёл курьер(?) принёс пакет» would be cut."""
    toks = sent.tokens
    for noun in toks[2:]:
        if noun.pos not in ("NOUN", "PROPN") or not _nominative_only(noun.text):
            continue
        v2 = _verb_after(toks, noun.index + 1)
        if v2 is None or not subject_of(noun.text, v2.text):
            continue
        v1 = next((t for t in reversed(toks[:noun.index]) if _finite_verb(t)), None)
        if v1 is None or not any(t.pos in ("NOUN", "PRON", "PROPN") and subject_of(t.text, v1.text)
                                 for t in toks[:v1.index]):
            break
        start = noun
        while start.index - 1 > v1.index and toks[start.index - 1].pos in ("ADJ", "DET") \
                and toks[start.index - 1].feat("Case") == "Nom":
            start = toks[start.index - 1]
        before = toks[start.index - 1]
        if before.pos in ("ADV", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "PRON") or before.pos in ("NOUN", "PROPN") \
                and before.feat("Case") == "Nom" or any(
                p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" for p in parses(before.text)) or any(
                is_punct(t) or t.pos in ("SCONJ", "CCONJ") or t.low in _CLAUSE_OPENERS or t.low in _OPENERS
                or t.feat("VerbForm") in ("Conv", "Part", "Inf") for t in toks[:start.index]):
            break
        yield before, start
        break


def _finite_verb(tok) -> bool:
    return tok.pos == "VERB" and tok.feat("VerbForm") == "Fin"


def _verb_after(toks, i: int):
    """A finite verb at i, or after particles («уже выехал»)."""
    while i < len(toks) and toks[i].low in _PARTICLES:
        i += 1
    return toks[i] if i < len(toks) and _finite_verb(toks[i]) else None


@lru_cache(maxsize=8192)
def _nominative_only(word: str) -> bool:
    readings = [p for p in parses(word) if p.tag.POS in ("NOUN", "NPRO")]
    return bool(readings) and all(p.tag.case == "nomn" for p in readings)


def _own_predicate(t: Text, i: int):
    """After the pronoun at i, past particles and adverbs, a predicate that agrees with it (its reading)."""
    k = i + 1
    while k < len(t.words) and t.plain_gap(k) and (t.words[k].low in _PARTICLES or _adverb(t.words[k].low)):
        k += 1
    if k >= len(t.words) or not t.plain_gap(k) or k - i > 3:
        return None
    pronoun = t.words[i].low
    for p in parses(t.words[k].text)[:2]:
        if p.tag.POS == "VERB" and "impr" not in p.tag and agrees_with_pronoun(p, pronoun):
            return p
        if p.tag.POS in ("ADJS", "PRTS") and _short_fits(p, pronoun):
            return p
    return None


def _object_of(word: str, verb) -> bool:
    """The word could be the object or an adverbial in a case of the verb after the pronoun: it may belong to the
    second part («…а лицо мы сделаем», «…мертвым оно пахнет»)."""
    cases = {p.tag.case for p in parses(word) if p.tag.POS in ("NOUN", "NPRO", "ADJF", "PRTF", "NUMR")}
    return bool(cases - {"nomn"}) or not cases and not _first_predicate(word.lower())


@lru_cache(maxsize=8192)
def _opens_part(word: str) -> bool:
    """A conjunction, a relative or question word, or a preposition: a part of the sentence begins at it, and
    the words up to the pronoun may be a clause or a phrase inside the second part."""
    if word in _OPENERS:
        return True
    readings = parses(word)
    return bool(readings) and (readings[0].tag.POS in ("PREP", "CONJ") or any(
        p.normal_form in _RELATIVES for p in readings[:2]))


def _short_fits(reading, pronoun: str) -> bool:
    _, number, gender = SUBJECT_PRONOUNS[pronoun]
    return reading.tag.number == number and (number == "plur" or gender is None or reading.tag.gender == gender)


@lru_cache(maxsize=8192)
def _first_predicate(word: str) -> bool:
    """A word that can only be a predicate: a finite verb or an imperative by every reading, a short adjective
    or participle by the likeliest one."""
    if word in _NOT_FIRST:
        return False
    readings = parses(word)
    if not readings:
        return False
    if all(p.tag.POS == "VERB" for p in readings):
        return True
    return readings[0].tag.POS in ("ADJS", "PRTS") and readings[0].score > 0.5


@lru_cache(maxsize=8192)
def _speaker_or_listener(word: str) -> bool:
    """Every reading is a verb of the first or second person or an imperative: «Боюсь», «Знаешь», «Смотри»."""
    readings = parses(word)
    return _first_predicate(word) and all(p.tag.person in ("1per", "2per") or "impr" in p.tag for p in readings)


@lru_cache(maxsize=8192)
def _link_word(word: str) -> bool:
    """A conjunction, a particle, a preposition, an interjection or an adverb: the pronoun after it is not sure
    to open a clause («…, поэтому он», «вчера он» may belong to either part)."""
    readings = parses(word)
    return not readings or readings[0].tag.POS in ("CONJ", "PRCL", "PREP", "INTJ", "ADVB", "PRED", "COMP")


@lru_cache(maxsize=8192)
def _adverb(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS == "ADVB" and readings[0].score > 0.5
