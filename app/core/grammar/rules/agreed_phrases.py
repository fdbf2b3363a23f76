"""Запятые, которые находит согласование слов, когда дерево без запятых ошибается: причастный оборот
после своего существительного («посылка из магазина, содержащая два товара»), однородные сказуемые
(«приехал, проверил счётчик»), вторая часть сложного предложения («позвонил, он не ответил»).

The tagger, lost without the commas, often makes a participle a noun or hangs it on the wrong
word; the dictionary's readings of the words decide instead. A comma is asked for only when the
agreement leaves one reading: the participle agrees with a noun before it and not with the word
after it, no verb stands between them; the listed nouns share a case that is not the genitive
(«заказ курьера склада и магазина» is a chain, not a list).
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, Text, finding, has_tag, parses
from app.core.grammar.rules.bare_lists import VERB_LINKS
from app.core.grammar.rules.syntax_commas import HOMOGENEOUS, PHRASE

RULES = ()  # the findings carry the tree rules' ids: one rule to the learner, two ways of finding it

_NO_COMMA_AFTER = frozenset({"и", "а", "но", "или", "либо", "да", "ни", "не", "уже", "еще", "ещё", "тоже",
                             "также", "лишь", "только", "даже", "как", "что", "это", "всех", "всем", "все"})
_STOP = ("VERB", "INFN", "GRND", "CONJ", "PRTS", "ADJS", "PRED")


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(1, len(t.words)):
        _participle(t, i, found)
    _verb_list(t, found)
    _and_new_subject(t, found)
    _pronoun_clause(t, found)
    _gerund_end(t, found)
    _gerund_after_and(t, found)
    return found


# participles that work as plain adjectives: «в следующем месяце», «настоящий паспорт»
_ADJECTIVE_LIKE = ("следующ", "настоящ", "будущ", "бывш", "текущ", "действующ", "подходящ", "блестящ")


@lru_cache(maxsize=8192)
def _participle_readings(word: str) -> tuple:
    """The readings of a full participle that is not used as a noun («управляющий»); the word may
    also read as an adjective of the same form («говорящий»), but as nothing else."""
    readings = parses(word)
    if not readings or word.startswith(_ADJECTIVE_LIKE) or not any(p.tag.POS == "PRTF" for p in readings) \
            or any(p.tag.POS not in ("PRTF", "ADJF") or "Subx" in p.tag for p in readings):
        return ()
    return tuple(p.tag for p in readings if p.tag.POS == "PRTF")


# adjectives that take words of their own after them, like a participle: «готовый помочь», «полный воды»
_GOVERNING = frozenset({"готовый", "способный", "неспособный", "полный", "довольный", "недовольный", "похожий",
                        "непохожий", "известный", "знакомый", "благодарный", "верный", "свободный", "равный",
                        "подобный", "склонный", "уверенный", "преданный", "согласный", "достойный", "богатый",
                        "чуждый", "характерный", "привычный", "близкий", "далёкий", "далекий", "обязанный"})


@lru_cache(maxsize=8192)
def _governing_adjective(word: str) -> tuple:
    """The full-form readings of an adjective that governs words after it (and reads as nothing else)."""
    readings = [p for p in parses(word) if p.score >= 0.05]
    if not readings or any(p.tag.POS != "ADJF" or p.normal_form not in _GOVERNING for p in readings):
        return ()
    return tuple(p.tag for p in readings)


def _complement(word: str) -> bool:
    """An infinitive, a preposition or a noun in an oblique case: what such an adjective governs."""
    readings = [p for p in parses(word) if p.score >= 0.1]
    return bool(readings) and (readings[0].tag.POS in ("INFN", "PREP") or all(
        p.tag.POS in ("NOUN", "NPRO") and p.tag.case in ("gent", "datv", "ablt") for p in readings))


# personal pronouns a participial phrase refers to; the phrase is set off wherever it stands
_PERSONAL = frozenset(SUBJECT_PRONOUNS)


def _agrees(word: str, tags: tuple, pos: tuple[str, ...] = ("NOUN",)) -> bool:
    if word.lower() in _PERSONAL and "NOUN" in pos:
        pos = (*pos, "NPRO")  # «Мы(,) уставшие после работы(,) легли спать»
    for n in parses(word):
        if n.tag.POS not in pos or n.score < 0.05 or "Abbr" in n.tag:  # «в» read as a unit («В», volt)
            continue
        if _agrees_as(n.tag, tags):
            return True
    return False


def _agrees_as(noun, tags: tuple) -> bool:
    """The noun's reading has the case, number and gender of one of the participle's readings."""
    return any(p.case == noun.case and p.number == noun.number and (
        noun.number == "plur" or p.gender == noun.gender or "ms-f" in noun) and _same_animacy(p, noun) for p in tags)


def _object_of(tags: tuple, word: str) -> bool:
    """An active transitive participle and a noun after it that may be its object in the accusative: «номер
    заказа(,) определяющий порядок доставки» — a noun before the participle that agrees with it decides. Not
    when the reading that agrees with the participle is far likelier than the accusative: «во главе атакующей
    роты» is the company that attacks, not an attack on it."""
    if not any("tran" in p and "actv" in p for p in tags) or _top(word) not in ("NOUN", "NPRO"):
        return False
    readings = parses(word)
    accusative = max((n.score for n in readings if n.tag.case == "accs"), default=0.0)
    agreeing = max((n.score for n in readings if _agrees_as(n.tag, tags)), default=0.0)
    return accusative >= 0.1 and agreeing < 3 * accusative


def _same_animacy(p, n) -> bool:
    """An accusative that tells animacy («вопиющего» is animate) needs a noun of that animacy."""
    if p.case != "accs" or not ({"anim", "inan"} & p.grammemes) or not ({"anim", "inan"} & n.grammemes):
        return True
    return ("anim" in p) == ("anim" in n)


_DEGREE = frozenset({"так", "очень", "совсем", "весьма", "слишком", "довольно", "уже", "еще", "ещё", "давно"})


@lru_cache(maxsize=8192)
def _only_adverb(word: str) -> bool:
    """An adverb by its likeliest reading, and never a noun, an adjective or a conjunction."""
    if word.lower() in _DEGREE:
        return True
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS == "ADVB" and not any(
        p.tag.POS in ("NOUN", "ADJF", "CONJ", "NPRO") and p.score >= 0.1 for p in readings)


def _top(word: str) -> str:
    readings = parses(word)
    return readings[0].tag.POS if readings else ""


def _participle(t: Text, i: int, found: list[Finding]) -> None:
    """«Мы отправили письмо менеджеру(,) отвечающему за доставку»."""
    tags = _participle_readings(t.words[i].low)
    nxt = t.word(i + 1)
    if not t.plain_gap(i) or nxt is None or not t.plain_gap(i + 1):
        return
    if not tags and _complement(nxt.text):
        tags = _governing_adjective(t.words[i].low)  # «человек(,) всегда готовый помочь»
    if not tags:
        return
    if nxt.low in ("и", "но") and any(_verb_form(w.text) for w in t.words[i + 2:i + 5]):
        return  # «врачи очень квалифицированные и не позволяют себе…»: a predicate joined to a verb, no phrase
    # it stands before its own noun («выбранный вами товар»), unless that noun can be its object
    objects = tuple(p for p in tags if p.case != "accs" or "tran" not in p or "pssv" in p)  # a passive takes none
    if _agrees(nxt.text, objects, ("NOUN", "ADJF", "PRTF", "NPRO")) and not _object_of(tags, nxt.text):
        return
    if (_only_adverb(nxt.text) or _top(nxt.text) == "NPRO" and parses(nxt.text)[0].tag.case in ("ablt", "datv")) \
            and (after := t.word(i + 2)) is not None \
            and _top(after.text) in ("NOUN", "ADJF") and _agrees(after.text, objects, ("NOUN", "ADJF")):
        return  # «в корзину выбранную вами модель»: the participle and its agent before their noun
    first = i  # adverbs right before the participle are its own: «…, уже улыбающаяся», «…, сами знающие»
    while first - 1 > 0 and t.plain_gap(first) and (_only_adverb(t.words[first - 1].text)
                                                    or t.words[first - 1].low in _SAM):
        first -= 1
    if not t.plain_gap(first):
        return
    left = t.words[first - 1]
    if left.low in _NO_COMMA_AFTER or _top(left.text) in ("PREP", "CONJ", "PRCL", "NUMR"):
        return
    if left.low == "числе" and first >= 3 and (t.words[first - 3].low, t.words[first - 2].low) == ("в", "том"):
        return  # «…, в том числе принятые…»: the comma stands before «в том числе» (the additions rule's)
    if _agrees(left.text, tags, ("ADJF",)) and not any(p.tag.POS == "NOUN" for p in parses(left.text)) and any(
            _agrees(w.text, tags) for w in t.words[i + 1:i + 5]):
        return  # «единственный известный мне мастер»: two attributes before their noun
    j = first - 1
    while True:
        word = t.words[j]
        if _agrees(word.text, tags):
            break
        if _top(word.text) in _STOP or j == 0 or t.starts_sentence(j) or not t.plain_gap(j):
            return
        j -= 1
    found.append(finding(PHRASE, left.start, t.words[first].end, f"{left.text}, {t.words[first].text}"))
    _phrase_end(t, j, i, tags, found)


def _phrase_end(t: Text, noun: int, participle: int, tags: tuple, found: list[Finding]) -> None:
    """The closing comma, when the noun is the subject and the predicate follows the phrase:
    «Оператор(,) знающий продукт(,) ответит быстрее», «Вчера курьер(,) заблудившийся в городе(,) был
    уволен». Nothing but adjectives and adverbs may stand before the noun (a verb there would be the
    noun's predicate already), and the verb after the phrase must agree with the noun."""
    for k in range(noun - 1, -1, -1):
        if _top(t.words[k].text) not in ("ADJF", "ADVB") or t.words[k].low in _CLAUSE_WORDS:
            return
        if t.starts_sentence(k):
            break
    if not any(p.case == "nomn" for p in tags):
        return
    subject = [p.tag for p in parses(t.words[noun].text) if p.tag.case == "nomn" and p.tag.POS in ("NOUN", "NPRO")]
    for v in range(participle + 2, len(t.words)):
        if not _quoted_gap(t, v):
            return
        w = t.words[v]
        if _top(w.text) in ("CONJ",) or w.low in ("и", "или", "а", "но") or w.low in _CLAUSE_WORDS:
            return  # the verb after a relative word is that clause's: «…формате(,) из которой будет…»
        short = _short_predicate(w.low)  # «Все теории(,) объясняющие явления(,) должны быть смелы»
        if _top(w.text) == "VERB" and "indc" in parses(w.text)[0].tag or short is not None:
            form = short or _verb_form(w.low)
            if form is None or not any(_may_be_subject(tag, form) for tag in subject):
                return
            right = v
            while right - 1 > participle + 1 and t.words[right - 1].low in _BEFORE_VERB | _PREVERBAL and t.plain_gap(right):
                right -= 1  # «…(,) уже позвонил», «…(,) давно опустел»: the predicate's particles go with it
            if t.words[right].low == "не" and any(t.words[j].low == "ни" for j in range(participle + 1, right)):
                return  # «ни в чём не уступают»: the negative words go with the predicate's «не»
            before = t.words[right - 1]
            if right - 1 <= participle or _top(before.text) in ("ADVB", "PRCL", "PREP", "CONJ") \
                    or any(_may_be_subject(p.tag, form) for p in parses(before.text)):
                return  # the phrase and the predicate's own words are not told apart
            closing = t.text[before.end:t.words[right].start].strip()  # a closing quote stays before the comma
            found.append(finding(PHRASE, before.start, t.words[right].end,
                                 f"{before.text}{closing}, {t.words[right].text}"))
            return


_SAM = frozenset({"сам", "сама", "само", "сами"})


def _quoted_gap(t: Text, i: int) -> bool:
    """Word i follows word i-1 in one sentence with only spaces and quotes between: «по «мишени» был»."""
    return i > 0 and not t.gap_before(i).strip(" \u00a0«»\"„“”")


_CLAUSE_WORDS = frozenset({"что", "чтобы", "чтоб", "как", "если", "когда", "где", "куда", "откуда", "кто", "который",
                           "которая", "которое", "которые", "которого", "которой", "которому", "которым",
                           "котором", "которую", "которых", "которыми", "пока", "хотя", "раз", "чем", "бы", "ли",
                           "будто", "чего", "чему", "кого", "кому", "кем", "ком", "почему", "зачем", "сколько",
                           "поэтому", "потому", "ибо", "словно"})
# relative words that open a clause with a subject of its own: «от того, какой тариф вы выберете» is one clause
_RELATIVE_WORDS = frozenset({"какой", "какая", "какое", "какие", "какого", "какому", "каким", "каком", "какую", "каких",
                             "какими", "чей", "чья", "чьё", "чье", "чьи", "чьего", "чьей", "чьих", "насколько",
                             "отчего"})


def _verb_form(word: str, after_pronoun: bool = False):
    """(tense, number, gender or person) of a verb that can only be indicative, else None. Right after its
    personal pronoun a form that also reads as «let us…» is the indicative: «мы перезвоним»."""
    readings = [p for p in parses(word) if p.score >= 0.1 and not (after_pronoun and "incl" in p.tag)]
    # plain strings: pymorphy3's grammeme attributes refuse comparison with values of another kind
    if readings and all(p.tag.POS in ("PRTS", "ADJS") for p in readings) \
            and any(p.tag.POS == "PRTS" for p in readings):  # «собран(,) упакован»
        tag = readings[0].tag
        return "short", str(tag.number or ""), str(tag.gender or "")
    if not readings or any(p.tag.POS != "VERB" or "indc" not in p.tag for p in readings):
        return None
    tag = readings[0].tag
    return str(tag.tense or ""), str(tag.number or ""), str((tag.gender if tag.tense == "past" else tag.person) or "")


@lru_cache(maxsize=8192)
def _short_predicate(word: str):
    """("short", number, gender) of a word that can only be a short adjective or participle: «должны», «обязан»."""
    readings = [p for p in parses(word) if p.score >= 0.1]
    if not readings or any(p.tag.POS not in ("ADJS", "PRTS") for p in readings):
        return None
    return "short", str(readings[0].tag.number or ""), str(readings[0].tag.gender or "")


def _may_be_subject(tag, form) -> bool:
    """The word in this reading could be the subject of a verb of this form."""
    if tag.case != "nomn":
        return False
    tense, number, gender_or_person = form
    if tag.number and number and str(tag.number) != number:
        return False
    if tense == "short":
        return number == "plur" or str(tag.gender) == gender_or_person or "ms-f" in tag
    if tense == "past" and number == "sing" and tag.gender and gender_or_person and "ms-f" not in tag:
        return str(tag.gender) == gender_or_person
    if tense != "past" and tag.POS == "NPRO" and tag.person:
        return str(tag.person) == gender_or_person
    return tense == "past" or gender_or_person == "3per"


def _likely_object(word: str) -> bool:
    """A noun whose accusative reading is a likely one («крючок», «звонок»; not «клиент»)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "accs" and p.score >= 0.25 for p in parses(word))


# adverbs of time that stand before the verb they tell about: «…, недавно выиграла»
_PREVERBAL = frozenset({"недавно", "потом", "затем", "сразу", "снова", "опять", "вдруг", "тотчас", "немедленно",
                        "вскоре", "наконец", "тут", "давно", "часто", "редко", "обычно", "всегда", "никогда"})


def _same_subject_form(a: tuple, b: tuple) -> bool:
    """A present and a past of one number that one subject may have («занимается, недавно выиграла»)."""
    tenses = {a[0], b[0]}
    return tenses == {"pres", "past"} and a[1] == b[1] and "1per" not in (a[2], b[2]) and "2per" not in (a[2], b[2])


def _verb_list(t: Text, found: list[Finding]) -> None:
    """«Он расстегнул куртку отыскал пульс» → «куртку, отыскал»: two predicates of one form with no
    conjunction between them share a subject and are parted by a comma. The comma goes right before
    the second verb (or its «не»), so only when the word there cannot be that verb's subject."""
    last = None  # (index, form) of the last verb in the sentence
    for i, w in enumerate(t.words):
        if t.starts_sentence(i) or not t.plain_gap(i) or w.low in _CLAUSE_WORDS or w.low in ("и", "или", "а", "но",
                                                                                                "да", "либо"):
            last = None
        if _top(w.text) in ("CONJ",) and w.low not in ("так",):
            last = None
        form = _verb_form(w.low)
        nxt = t.word(i + 1)
        if form is None or w.low == "стало" and nxt is not None and nxt.low == "быть":  # «стало быть»: an aside
            continue
        # «почему бы то ни было попадает», «как следует попарился»: a verb of a set phrase is no predicate
        if last is not None and (last[1] == form or _same_subject_form(last[1], form) and not any(
                p.normal_form == "быть" for k in (last[0], i) for p in parses(t.words[k].text))
                and (last[0] == 0 or t.words[last[0] - 1].low != "как")):
            right = i - 1 if t.words[i - 1].low == "не" else i
            if right == last[0] + 1 and right < i and t.words[last[0]].low == w.low:
                last = (i, form)
                continue  # «хочешь не хочешь», «верь не верь»: a set phrase, one whole, no comma inside
            if right == last[0] + 1 and any(p.normal_form in VERB_LINKS for p in parses(t.words[last[0]].text)[:1]):
                last = (i, form)
                continue  # «пойду посмотрю», «сидит читает»: a verb of motion or posture and its aim, one predicate
            if right - 1 > last[0] and t.words[right - 1].low in _PREVERBAL and t.plain_gap(right) \
                    and not any(p.tag.POS in ("ADVB", "PRCL") for p in parses(t.words[right - 2].text) if p.score >= 0.1):
                right -= 1  # «…, недавно выиграла»: an adverb of time that goes before its verb
            before = t.words[right - 1]
            # a noun that may be the first verb's object is not taken for a subject: «расстегнул крючок»
            transitive = has_tag(t.words[last[0]].text, "tran")
            subject = any(_may_be_subject(p.tag, form) for w2 in t.words[last[0] + 1:right]
                          if not (transitive and _likely_object(w2.text))
                          for p in parses(w2.text) if p.score >= 0.1  # «…, душа человека выразила»
                          # an adjective before a noun is that noun's, not a subject («старый счётчик»)
                          and (p.tag.POS not in ("ADJF", "PRTF") or w2.index == right - 1))
            if right - 1 >= last[0] and t.plain_gap(right) and not subject and not any(
                    p.tag.POS in ("ADVB", "PRCL", "PREP", "CONJ", "INFN", "PRED")
                    for p in parses(before.text) if p.score >= 0.1):
                found.append(finding(HOMOGENEOUS, before.start, t.words[right].end,
                                     f"{before.text}, {t.words[right].text}"))
        last = (i, form)


_BEFORE_VERB = frozenset({"не", "уже", "тоже", "также", "сам", "сама", "само", "сами", "всегда", "еще", "ещё",
                          "сразу", "сейчас", "теперь", "уж", "же"})


def _and_new_subject(t: Text, found: list[Finding]) -> None:
    """«Мы проверили заказ и курьер уже выехал»: after «и» a subject of its own and a verb that
    agrees with it start a second clause, which takes a comma. Not when a conjunction or a relative
    word before «и» opens a clause both parts share («…, что он пришёл и она ушла»), nor in a question:
    one question's intonation joins both parts and no comma parts them («Склад закрылся и курьер не
    приехал?», as «Вы придёте ко мне или мне прийти к вам?» in Rosenthal's handbook)."""
    verb_seen = shared = False
    for i, w in enumerate(t.words):
        if t.starts_sentence(i) or not t.plain_gap(i):
            # a dash between nouns, no verb before it, is the predicate: «Жизнь — подарок(,) и каждый его ценит»
            verb_seen = not t.starts_sentence(i) and t.gap_before(i).strip() in ("—", "–", "-") and not any(
                _top(t.words[j].text) == "VERB" for j in range(t.run_start(i - 1), i)) and _top(t.words[i - 1].text) \
                in ("NOUN", "NPRO", "ADJF") and (_top(w.text) in ("NOUN", "NPRO") or w.low == "это")
            # «Уже сошёл снег и грунт прогрелся»: a word before the first clause may belong to both
            shared = t.starts_sentence(i) and _top(w.text) in ("ADVB", "PREP", "PRCL")
        if w.low in _CLAUSE_WORDS:
            shared = True
        if _verb_form(w.low) is not None:
            verb_seen = True
        if w.low != "и" or not verb_seen or shared or i + 2 >= len(t.words) or not t.plain_gap(i) or t.asks(i):
            continue
        k = i + 1
        while k < len(t.words) and t.plain_gap(k) and _top(t.words[k].text) == "ADJF":
            k += 1  # «и этот звук», «и наш курьер»
        if k >= len(t.words) or not t.plain_gap(k):
            continue
        subject = t.words[k]
        readings = [p for p in parses(subject.text) if p.score >= 0.1 and p.tag.case == "nomn"]
        if subject.low not in _PERSONAL and not any(p.tag.POS == "NOUN" for p in readings):
            if _inverted_clause(t, i + 1):
                before = t.words[i - 1]
                found.append(finding(HOMOGENEOUS, before.start, w.end, f"{before.text}, {w.text}"))
            continue
        v = k + 1
        while v < len(t.words) and t.plain_gap(v) and t.words[v].low in _BEFORE_VERB:
            v += 1
        form = _verb_form(t.words[v].low) if v < len(t.words) and t.plain_gap(v) else None
        if form is not None and any(_may_be_subject(p.tag, form) for p in readings):
            before = t.words[i - 1]
            found.append(finding(HOMOGENEOUS, before.start, w.end, f"{before.text}, {w.text}"))


def _inverted_clause(t: Text, k: int) -> bool:
    """From word k: a phrase with a preposition, then a verb, then a noun only in the nominative that
    agrees with it — a clause of its own with the subject after its verb («…, и у дома толпятся люди»)."""
    v = _past_preposition(t, k)
    while v < len(t.words) and t.plain_gap(v) and t.words[v].low in _BEFORE_VERB | {"всегда", "часто", "теперь"}:
        v += 1
    if v == k or v + 1 >= len(t.words) or not t.plain_gap(v) or not t.plain_gap(v + 1):
        return False
    form = _verb_form(t.words[v].low)
    readings = [p for p in parses(t.words[v + 1].text) if p.score >= 0.1]
    return form is not None and bool(readings) and t.words[v + 1].text.islower() and all(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in readings) and any(_may_be_subject(p.tag, form)
                                                                                 for p in readings)


@lru_cache(maxsize=8192)
def _genitive_only(word: str) -> bool:
    readings = [p for p in parses(word) if p.score >= 0.05]
    # an animate noun's genitive reads as an accusative too; either way the noun before it is the subject
    return any(p.tag.case in ("gent", "gen2") for p in readings) and all(
        p.tag.POS == "NOUN" and p.tag.case in ("gent", "gen2", "accs") for p in readings)


def _only_genitive_noun(w) -> bool:
    """A common noun that can only be a genitive, or a genitive-looking accusative («человека»)."""
    return w.text.islower() and _genitive_only(w.low)


def _subject_ahead(t: Text, i: int) -> int | None:
    """If a subject starts at word i — a personal pronoun, or a noun in the nominative after its
    adjectives («наш курьер») — and a verb agreeing with it follows, the index of that verb."""
    k = i
    while k < len(t.words) and t.plain_gap(k) and t.words[k].low not in _PERSONAL \
            and _top(t.words[k].text) == "ADJF":
        k += 1
    if k >= len(t.words) or not t.plain_gap(k):
        return None
    head = t.words[k]
    if head.low in _PERSONAL:
        readings = [p for p in parses(head.low) if p.tag.case == "nomn"]
    else:
        readings = [p for p in parses(head.text) if p.score >= 0.1]
        if not readings or head.text[:1].isupper() or any(p.tag.POS != "NOUN" for p in readings) \
                or not any(p.tag.case == "nomn" for p in readings):
            return None
        readings = [p for p in readings if p.tag.case == "nomn"]
    v = k + 1
    if head.low not in _PERSONAL and v < len(t.words) and t.plain_gap(v) and _only_genitive_noun(t.words[v]):
        v += 1  # the subject's own genitive: «душа человека выразила»
    if head.low in _PERSONAL:
        v = _past_preposition(t, v)  # «я с ним поговорю», «мы в пятницу приедем»
        if v < len(t.words) and t.plain_gap(v) and t.words[v].low in _PRONOUN_OBJECTS:
            v += 1  # «мы вам перезвоним», «он её проверит»
    while v < len(t.words) and t.plain_gap(v) and t.words[v].low in _BEFORE_VERB:
        v += 1
    form = _verb_form(t.words[v].low, head.low in _PERSONAL) if v < len(t.words) and t.plain_gap(v) else None
    if form is not None and any(_may_be_subject(p.tag, form) for p in readings):
        return v
    return None


# a personal pronoun's object between it and its verb
_PRONOUN_OBJECTS = frozenset({"мне", "тебе", "ему", "ей", "нам", "вам", "им", "меня", "тебя", "его", "её", "ее", "нас",
                              "вас", "их"})


def _past_preposition(t: Text, v: int) -> int:
    """The word after a phrase with a preposition that starts at word v (a preposition and a noun or
    pronoun, with adjectives between), or v when no such phrase is there."""
    if v >= len(t.words) or not t.plain_gap(v) or _top(t.words[v].text) != "PREP":
        return v
    k = v + 1
    while k < len(t.words) and t.plain_gap(k) and _top(t.words[k].text) == "ADJF":
        k += 1
    if k < len(t.words) and t.plain_gap(k) and _top(t.words[k].text) in ("NOUN", "NPRO") \
            and not any(p.tag.case == "nomn" for p in parses(t.words[k].text) if p.score >= 0.1):
        return k + 1
    return v


def _pronoun_clause(t: Text, found: list[Finding]) -> None:
    """«Я позвонил он не ответил», «Я думаю он придёт»: a personal pronoun in the nominative with a
    verb agreeing with it, after a clause with a verb of its own and no conjunction between, opens a
    second clause — the comma goes before the pronoun."""
    verb_seen, last_form, last_at = False, None, -1
    for i, w in enumerate(t.words):
        if t.starts_sentence(i) or not t.plain_gap(i) or w.low in _CLAUSE_WORDS or _top(w.text) == "CONJ":
            verb_seen = False
        subject = _subject_ahead(t, i) if verb_seen and i > 0 and t.plain_gap(i) else None
        if subject is not None:
            before = t.words[i - 1]
            # the noun may be the first verb's own subject after it: «На пристани стоит человек»
            own = last_form is not None and last_at == i - 1 and w.low not in _PERSONAL and any(
                _may_be_subject(p.tag, last_form) for p in parses(w.text) if p.tag.case == "nomn" and p.score >= 0.1)
            if not own and _top(before.text) not in ("PREP", "PRCL", "CONJ", "NUMR", "ADVB") \
                    and before.low not in _BEFORE_VERB:
                found.append(finding(HOMOGENEOUS, before.start, w.end, f"{before.text}, {w.text}"))
            verb_seen = False
        elif (form := _verb_form(w.low)) is not None or w.low == "спасибо" or _top(w.text) in ("ADJS", "PRTS"):
            # a predicate: «Вы правы(,) мы ошиблись», «Спасибо за ожидание(,) мы…»
            verb_seen, last_form, last_at = True, form, i
        if w.low in _RELATIVE_WORDS:
            verb_seen = False  # the comma before it may be due, but the clause it opens has its own subject


@lru_cache(maxsize=8192)
def _only_gerund(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and all(p.tag.POS == "GRND" for p in readings)


def _gerund_end(t: Text, found: list[Finding]) -> None:
    """«Мы, проверив данные(,) вернём деньги»: a verbal-adverb phrase the writer opened with a comma,
    or one right after the subject that opens the sentence, ends before the predicate that follows it."""
    for i, w in enumerate(t.words):
        if i == 0 or not _only_gerund(w.low) or "," not in t.gap_before(i) and not _opens_with_subject(t, i - 1):
            continue
        for j in range(i + 1, len(t.words)):
            cur = t.words[j]
            if not t.plain_gap(j) or cur.low in _CLAUSE_WORDS or cur.low in ("и", "или", "а", "но", "да"):
                break
            if not all(p.tag.POS == "VERB" for p in parses(cur.low)):
                continue
            right = j - 1 if t.words[j - 1].low == "не" else j
            before = t.words[right - 1]
            if right - 1 > i and _top(before.text) not in ("ADVB", "PRCL", "PREP", "CONJ"):
                found.append(finding(PHRASE, before.start, t.words[right].end, f"{before.text}, {t.words[right].text}"))
            break


def _opens_with_subject(t: Text, i: int) -> bool:
    """Word i is a noun or pronoun only in the nominative that opens its sentence after its
    adjectives, with nothing but spaces after it: «Кошка(,) свернувшись клубком(,) спала»."""
    readings = [p for p in parses(t.words[i].text) if p.score >= 0.05]
    if not t.plain_gap(i + 1) or not readings or any(p.tag.POS not in ("NOUN", "NPRO") or p.tag.case != "nomn"
                                                     for p in readings):
        return False
    k = i
    while not t.starts_sentence(k):
        k -= 1
        if _top(t.words[k].text) != "ADJF" or not t.plain_gap(k + 1):
            return False
    return True


# a lone verbal adverb that works as an adverb keeps no commas: «ушёл и молча сел»
_ADVERB_LIKE_GERUNDS = frozenset({"молча", "сидя", "стоя", "лежа", "лёжа", "шутя", "нехотя", "играя", "лежмя"})


def _gerund_after_and(t: Text, found: list[Finding]) -> None:
    """«Оператор встал и(,) улыбаясь(,) подошёл»: a verbal-adverb phrase right after the «и» that joins
    two predicates is set off on both sides; an adverb right before the second verb is that verb's own
    («…и, напевая песню, легко закружилась»)."""
    verb_seen = False
    for i, w in enumerate(t.words):
        if t.starts_sentence(i) or not t.plain_gap(i) or w.low in _CLAUSE_WORDS:
            verb_seen = False
        if _verb_form(w.low) is not None:
            verb_seen = True
        g = i + 1 + (t.word(i + 1) is not None and t.words[i + 1].low == "не")
        if w.low != "и" or not verb_seen or g >= len(t.words) or not all(t.plain_gap(k) for k in range(i + 1, g + 1)) \
                or not _only_gerund(t.words[g].low):
            continue
        for j in range(g + 1, len(t.words)):
            cur = t.words[j]
            if not t.plain_gap(j) or cur.low in _CLAUSE_WORDS or cur.low in ("и", "или", "а", "но", "да"):
                break
            if _verb_form(cur.low) is None:
                continue
            right = j - 1 if t.words[j - 1].low == "не" else j
            if right - 1 > g and _only_adverb(t.words[right - 1].text) and t.words[right - 1].low not in _DEGREE:
                right -= 1
            before = t.words[right - 1]
            if (right - 1 > g or right - 1 == g and t.words[g].low not in _ADVERB_LIKE_GERUNDS) \
                    and _top(before.text) not in ("ADVB", "PRCL", "PREP", "CONJ"):
                nxt = t.words[i + 1]
                found.append(finding(PHRASE, w.start, nxt.end, f"{w.text}, {nxt.text}"))
                found.append(finding(PHRASE, before.start, t.words[right].end,
                                     f"{before.text}, {t.words[right].text}"))
            break
