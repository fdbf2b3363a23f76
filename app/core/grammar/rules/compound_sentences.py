"""«и» между частями сложносочинённого предложения: «Напишите нам(,) и мы всё исправим», «Заказ
собрали вчера(,) и курьер уже выехал».

After «и» a subject of its own (a personal pronoun, or a noun that can only be a nominative) with a
finite verb agreeing with it opens a second clause; when the words before «и» already hold a
predicate of their own, the two clauses are parted by a comma. Nothing is asked for where the first
part is itself a subordinate clause («знаю, что он пришёл и она ушла» — both parts hang on «что»),
nor where a word standing before the first clause may belong to both («Вчера я пришёл и он ушёл»);
an imperative before «и» always makes two clauses («Позвоните(,) и мы ответим»), also when the part
after «и» has no subject of its own but its verb is neither a request nor the reader's («Сделайте так(,)
и всё получится»).
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, Text, finding, parses
from app.core.grammar.rules.syntax_commas import HOMOGENEOUS

RULES = ()  # the finding is HOMOGENEOUS's, explained there

_PRONOUNS = frozenset(SUBJECT_PRONOUNS)
# negative pronouns are subjects in the nominative only: «и никто не ответил»
_SUBJECTS = _PRONOUNS | {"никто", "ничто"}
# adverbs of time and consequence that open a second clause: «…(,) и теперь мы…», «…(,) и вскоре курьер…»
_OPENING_ADVERBS = frozenset({"теперь", "тогда", "потом", "затем", "вскоре", "наконец", "вдруг", "сейчас", "снова",
                              "опять", "вновь", "поэтому", "скоро", "сегодня", "завтра", "вчера", "иногда"})
_PARTICLES = frozenset({"не", "уже", "тоже", "также", "ещё", "еще", "всегда", "никогда", "сразу", "скоро", "же",
                        "обязательно", "только", "лишь", "все", "всё", "сам", "сама", "сами", "тут", "сейчас"})
# words that make the first part a subordinate clause, or the sentence one whose parts share them
_SUBORDINATE = frozenset({"что", "чтобы", "чтоб", "если", "когда", "пока", "хотя", "где", "куда", "откуда", "как",
                          "который", "которая", "которое", "которые", "которого", "которой", "которому",
                          "которым", "котором", "которую", "которых", "которыми", "кто", "почему", "зачем",
                          "потому", "поскольку", "ибо", "чем", "будто", "словно", "ли"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for start, i, w in t.inside_parts():
        if w.low != "и" or i - start < 2:
            continue
        first = _first_clause(t, start, i)
        if first is None or not (_second_clause(t, i, first) or first == "" and _consequence(t, start, i)):
            continue
        prev = t.words[i - 1]
        found.append(finding(HOMOGENEOUS, prev.start, w.end, f"{prev.text}, {w.text}"))
    return found


_SUBORDINATE_PART = "?"  # a first part with a subordinate clause: its subject is not looked for
_VERBLESS = "-"  # a first part whose predicate is a short form: only a pronoun surely opens a second one
_BEFORE_PARTICLE = frozenset({"так", "то", "что", "чтобы", "как", "тогда", "тоже", "также", "а", "но", "или", "да"})


def _first_clause(t: Text, start: int, i: int) -> str | None:
    """The words before «и» make a clause of their own that shares nothing with the one after it: its
    subject, "" for a request (its subject is the reader), None when the part is no such clause."""
    part = t.words[start:i]
    verbs = [k for k in range(start, i) if _finite(t.words[k].low)]
    if part[0].low == "и":
        return None
    if not verbs:
        # «Заказ готов(,) и мы его везём»: a short form is the first part's predicate
        if len(part) >= 2 and not any(p.low in _SUBORDINATE or p.low in _JOINS for p in part) \
                and any(_short(p.text) for p in part):
            return _VERBLESS
        return None
    if start in verbs and _imperative(part[0].low):
        return ""  # «Скажите ему, что…(,) и он поймёт»: a request, then what follows from it
    if any(p.low in _SUBORDINATE for p in part):
        # «…, что Бога нет(,) и я поверил»: after a clause of its own, «и» with a new subject opens
        # another part — unless a word before «и» makes it a particle: «как ты…, так и твои…»
        # a part that is all one subordinate clause («…, что он пришёл и она ушла») shares its opener;
        # one that opens the sentence does not when the words after «и» run to its end unbroken: they are
        # the main clause («Когда приходит зима(,) и медведь засыпает»)
        if part[-1].low in _BEFORE_PARTICLE or part[0].low in _SUBORDINATE and not (
                t.starts_sentence(start) and _unbroken_to_end(t, i)):
            return None
        return _SUBORDINATE_PART
    # a request has no subject but the reader: «Мы пришли…» is no request, whatever «пришли» may also be
    # nor is a part that opens with a subject its verb agrees with: «Продажи никуда не делись и…» («делись» is
    # also an imperative of «делиться»)
    if any(_imperative(t.words[k].low) for k in verbs) and not any(p.low in _PRONOUNS for p in part) \
            and _opens_with_subject(t, start, verbs[0]) is None:
        return ""
    return _opens_with_subject(t, start, verbs[0])


def _unbroken_to_end(t: Text, i: int) -> bool:
    k = i + 1
    while k < len(t.words) and not t.starts_sentence(k):
        if not t.plain_gap(k):
            return False
        k += 1
    return True


def _second_clause(t: Text, i: int, first: str) -> bool:
    """After «и» at i: a subject of its own and, past a few particles, a finite verb agreeing with it.
    The subject is a pronoun or a word that can only be a nominative; or, when the verb cannot be the
    first subject's, any noun that can be a nominative, with its adjectives before it and a genitive
    after it («и самые старые письма клиентов потерялись»)."""
    k, strict = i + 1, True
    if t.word(k) is not None and t.words[k].low in _OPENING_ADVERBS and t.plain_gap(k):
        k += 1  # «и теперь их ждёт…», «и тогда мы поймём»: an adverb of the second clause before its subject
    start = k
    while k < start + 2 and k < len(t.words) and t.plain_gap(k) and t.words[k].low not in _SUBJECTS \
            and _modifier(t.words[k].text):
        k, strict = k + 1, False
    subject = t.word(k)
    if subject is not None and subject.low == "это" and t.plain_gap(k) and k == start:
        return _neuter_past(t, k + 1)  # «…(,) и это привело к спору»
    if subject is None or not t.plain_gap(k) or not (_nominative(subject.text) or _maybe_nominative(subject.text)):
        return False
    strict = strict and _nominative(subject.text)
    k += 1
    if k < len(t.words) and t.plain_gap(k) and _genitive_noun(t.words[k].text):
        k, strict = k + 1, False
    stop = k + 3
    while k < min(stop, len(t.words)) and t.plain_gap(k) and (
            t.words[k].low in _PARTICLES or _verb_companion(t.words[k].low)):
        k += 1
    verb = t.word(k)
    # after a personal pronoun a verb reading that agrees with it is enough: «и мы исправим» («исправим» is
    # also a short adjective, which could not follow «мы»)
    if verb is None or not t.plain_gap(k) or not (_finite(verb.low) or subject.low in _PRONOUNS) \
            or not _agrees(subject.low, verb.low):
        return False
    if first == _VERBLESS and subject.low not in _SUBJECTS:
        return False
    if first in (_SUBORDINATE_PART, _VERBLESS) \
            and (_nominative(t.words[i - 1].text) or _maybe_nominative(t.words[i - 1].text)) and _plural(verb.low):
        return False  # «…, по которому законы и факты могут…»: two subjects of one verb
    # «более полная и продвинутая поддержка»: «и» joins the adjective before it to the one after it
    if t.words[start].low != subject.low and _adjectives_alike(t.words[i - 1].text, t.words[start].text):
        return False
    # a noun before a verb that takes no object cannot be that verb's object: it is its subject («…(,) и
    # слова любви дрожат») — unless it tells how long («и год жил там»)
    return strict or first == "" or bool(first) and (not _agrees(first, verb.low) or _intransitive(verb.low)
                                                     and subject.low not in _SPANS)


def _consequence(t: Text, start: int, i: int) -> bool:
    """After a request, «и» opens what will follow from it: the first verb after «и», with no clause word,
    conjunction or mark before it, is neither a request nor the reader's own, and cannot be a partner of
    a clause's verb inside the request («Дайте нам знать(,) и через час курьер будет у вас», «Скажите, что
    вам нужно(,) и мы всё подберём»). A request with a second clause of its own, with «а», «но», «или»,
    or a subject right before «и» («…она и корову приведёт») is left alone."""
    part = t.words[start:i]
    if any(w.low in _JOINS for w in part) or t.words[i - 1].low in _PRONOUNS \
            or i + 1 < len(t.words) and _alike(t.words[i - 1].text, t.words[i + 1].text):
        return False
    clause = next((k for k, w in enumerate(part) if w.low in _SUBORDINATE), len(part))
    if [w for w in part[:clause] if _finite(w.low) and not _imperative(w.low)]:
        return False
    inner = [w for w in part[clause:] if _finite(w.low)]
    if clause < len(part) and len(inner) != 1:
        return False
    for k in range(i + 1, min(i + 7, len(t.words))):
        w = t.words[k]
        if not t.plain_gap(k) or w.low in _SUBORDINATE or w.low in _BEFORE_PARTICLE or w.low in _JOINS:
            return False
        if _finite(w.low):
            forms = [p.tag for p in parses(w.text) if p.tag.POS == "VERB"]
            if any("impr" in f or f.person == "2per" for f in forms):
                return False
            return not inner or not any(_agrees_with_verb(f, inner[0].text) for f in forms)
    return False


def _alike(a: str, b: str) -> bool:
    """The words around «и» may be two members of one list: a reading of each with one part of speech and
    one case («Не будь сварливым и неуживчивым…»)."""
    kinds = ("NOUN", "ADJF", "ADJS", "PRTF", "PRTS", "NPRO", "NUMR", "INFN")
    return any(p.tag.POS == q.tag.POS and p.tag.case == q.tag.case
               for p in parses(a) if p.tag.POS in kinds for q in parses(b))


def _adjectives_alike(a: str, b: str) -> bool:
    """Two words that read only as full adjectives or participles share a case: «полная и продвинутая»."""
    ra, rb = [p for p in parses(a) if p.score >= 0.05], [p for p in parses(b) if p.score >= 0.05]
    adjectival = ("ADJF", "PRTF")
    return bool(ra) and bool(rb) and all(p.tag.POS in adjectival for p in ra + rb) and bool(
        {p.tag.case for p in ra} & {p.tag.case for p in rb})


def _agrees_with_verb(form, verb: str) -> bool:
    """Some reading of the verb has the form's person, number, tense and gender: both may share a subject."""
    return any(p.tag.POS == "VERB" and (p.tag.person, p.tag.number, p.tag.tense, p.tag.gender)
               == (form.person, form.number, form.tense, form.gender) for p in parses(verb))


_JOINS = frozenset({"и", "а", "но", "или", "да", "ни", "либо"})
_INDIRECT = frozenset({"мне", "тебе", "ему", "ей", "нам", "вам", "им", "меня", "тебя", "его", "её", "ее", "нас", "вас",
                       "их", "себе", "себя", "сама", "сам", "сами", "само"})


def _verb_companion(word: str) -> bool:
    """A word that stands between a subject and its verb: «и я вам открою», «и ваше сердце вечно будет»."""
    if word in _INDIRECT:
        return True
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS == "ADVB" and readings[0].score > 0.8


# nouns that tell how long or how often, in the nominative's form: «и год жил там», «и раз ударил»
_SPANS = frozenset({"год", "час", "день", "месяц", "век", "раз", "миг", "вечер", "утро", "полчаса", "полгода",
                    "сутки", "годы", "часы", "дни", "месяцы", "века", "ночь", "неделя", "минута"})


@lru_cache(maxsize=8192)
def _intransitive(verb: str) -> bool:
    readings = [p for p in parses(verb) if p.tag.POS == "VERB"]
    return bool(readings) and all("intr" in p.tag for p in readings)


def _neuter_past(t: Text, k: int) -> bool:
    """Past a few particles, a verb that reads only in the neuter past: «это» can be nothing but its subject."""
    while k < len(t.words) and t.plain_gap(k) and t.words[k].low in _PARTICLES:
        k += 1
    verb = t.word(k)
    readings = [p for p in parses(verb.text) if p.score >= 0.05] if verb is not None and t.plain_gap(k) else []
    return bool(readings) and all(p.tag.POS == "VERB" and p.tag.tense == "past" and p.tag.gender == "neut"
                                  for p in readings)


@lru_cache(maxsize=8192)
def _short(word: str) -> bool:
    """Every likely reading is a short adjective or participle, not in the neuter (that is also an adverb)."""
    readings = [p for p in parses(word) if p.score >= 0.05]
    return word.islower() and bool(readings) and all(p.tag.POS in ("ADJS", "PRTS") and p.tag.gender != "neut"
                                                     for p in readings)


def _plural(verb: str) -> bool:
    return any(p.tag.POS == "VERB" and p.tag.number == "plur" for p in parses(verb))


def _maybe_nominative(word: str) -> bool:
    readings = parses(word)
    return word.islower() and bool(readings) and readings[0].tag.POS == "NOUN" and any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in readings[:3])


def _genitive_noun(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS == "NOUN" and readings[0].tag.case == "gent"


def _opens_with_subject(t: Text, start: int, verb: int) -> str | None:
    """The first part opens with its subject (maybe after its adjectives), so no word before it can
    be shared by both parts: «Мы проверили заказ и…», «Наш курьер приехал и…». The subject, or None."""
    for k in range(start, verb):
        w = t.words[k]
        text = w.text.lower() if t.starts_sentence(k) else w.text  # the sentence's capital is no name's
        if (_nominative(text) or _maybe_nominative(text)) and _agrees(w.low, t.words[verb].low):
            return w.low if all(_modifier(t.words[j].text) for j in range(start, k)) else None
    return None


def _modifier(word: str) -> bool:
    readings = parses(word)
    # «этот», «наш»: the likeliest reading of an inanimate masculine's adjective may be the accusative
    return bool(readings) and readings[0].tag.POS in ("ADJF", "PRTF", "NPRO") and any(
        p.tag.case == "nomn" and p.tag.POS == readings[0].tag.POS for p in readings[:2])


@lru_cache(maxsize=8192)
def _nominative(word: str) -> bool:
    """A personal or negative pronoun in the nominative, or a common noun every reading of which is a nominative."""
    low = word.lower()
    if low in _SUBJECTS:
        return True
    readings = parses(word)
    return word.islower() and bool(readings) and all(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in readings)


@lru_cache(maxsize=8192)
def _finite(word: str) -> bool:
    readings = [p for p in parses(word) if p.score >= 0.05]
    return bool(readings) and all(p.tag.POS == "VERB" for p in readings)


def _imperative(word: str) -> bool:
    return any("impr" in p.tag for p in parses(word) if p.score >= 0.1)


def _agrees(noun: str, verb: str) -> bool:
    for n in parses(noun):
        if n.tag.case != "nomn" or n.tag.POS not in ("NOUN", "NPRO"):
            continue
        for v in parses(verb):
            if v.tag.POS != "VERB" or "impr" in v.tag or v.tag.number != n.tag.number:
                continue
            if v.tag.person and v.tag.person != (n.tag.person or "3per"):
                continue
            if v.tag.gender and n.tag.gender and v.tag.gender != n.tag.gender and n.tag.number == "sing":
                continue
            return True
    return False
