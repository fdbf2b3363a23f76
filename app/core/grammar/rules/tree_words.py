"""What the tree rules ask of a dependency parse: where a word's phrase begins and ends, which verb a
word hangs on, whether a clause has its subject, where a clause's words give way to the main one's.

The parse of a sentence without its commas is often wrong; these helpers keep to what it tells
reliably (a phrase that is one unbroken stretch, a clean split between two verbs' words).
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.language import Sentence, Token
from app.core.grammar.rules._base import RuleInfo, Text, finding, parses

CLOSING = "»)\"”’]"
GENITIVE_RELATIVE = frozenset({"которого", "которой", "которых", "чьего", "чьей"})
# Conjunctions that open a sentence with a subordinate clause ahead of the main one.
LEADING = frozenset({"если", "ежели", "коли", "когда", "хотя", "пока", "поскольку", "чтобы", "чтоб"})
# Words between two predicates that join them inside one clause or open another: no border there.
NO_CLAUSE_END = frozenset({"и", "или", "а", "но", "да", "либо", "что", "чтобы", "если", "когда", "как", "то"})
STEP_OVER = frozenset({"не", "уже", "тоже", "также", "ещё", "еще", "всегда", "никогда", "сразу", "обязательно",
                       # adverbs of time that go before the verb they tell about: «…жили, давно снесли»
                       "давно", "недавно", "потом", "затем", "снова", "опять", "вдруг", "вскоре", "часто", "редко"})
# adverbs of time and place that most often close the clause they follow: «…пришёл вчера, оказался…»
CLAUSE_CLOSERS = frozenset({"вчера", "сегодня", "ранее", "раньше", "здесь", "там", "тогда", "утром", "вечером",
                            "ночью", "днем", "днём", "летом", "зимой", "весной", "осенью"})


def tree_split(sent: Sentence, v1: Token, v2: Token) -> Token | None:
    """The second verb's subject when the words between the verbs fall into two runs — the first
    verb's words, then the subject and the second verb's — or the second verb itself when none of
    them is the second verb's; None when the tree mixes them or the border is not sure."""
    inside = {t.index for t in sent.subtree(v2.index)}
    if v1.index in inside:
        inside = {v2.index} | {t.index for t in sent.tokens if depends_on(sent, t, v2)}
    between = sent.tokens[v1.index + 1:v2.index]
    split = next((t for t in between if t.index in inside), None)
    if split is None:
        # all of them are the first verb's: fine unless one could be the second verb's subject
        return None if any(t.feat("Case") == "Nom" for t in between) else v2
    if any(t.index not in inside for t in between if t.index > split.index):
        return None
    # only a subject opening the main clause is a sure start: adverbs and phrases could go either way
    return split if split.feat("Case") == "Nom" and split.pos in ("NOUN", "PRON", "PROPN") else None


def clause_words(sent: Sentence, v1: Token, v2: Token, words: tuple[Token, ...]) -> bool:
    """The words after the clause's verb, up to the particles before the main one, are all the clause's
    own by the tree and none could be the main verb's subject: «Когда мы приехали в город(,) уже стемнело»."""
    return all(nearest_verb(sent, t, v1, v2) is v1 and t.feat("Case") != "Nom" and t.pos != "ADV" for t in words)


def nearest_verb(sent: Sentence, tok: Token, v1: Token, v2: Token) -> Token | None:
    """Which of the two verbs ``tok`` hangs on first, climbing the tree (which may loop without commas)."""
    for _ in range(6):
        if tok.head < 0:
            return None
        tok = sent.tokens[tok.head]
        if tok.index in (v1.index, v2.index):
            return tok
    return None


def possessive_relative(noun: str, relative: str) -> bool:
    """«которого», «которой», «которых» right after a noun it cannot refer to (no reading agrees in
    number and gender): it is the genitive of a word further back — «человек, мать которого»."""
    if relative not in GENITIVE_RELATIVE:
        return False
    rel = [p.tag for p in parses(relative) if p.tag.case == "gent"]
    nouns = [p.tag for p in parses(noun) if p.tag.POS == "NOUN"]
    return bool(rel and nouns) and not any(
        n.number == r.number and (r.number == "plur" or n.gender == r.gender or "ms-f" in n) for n in nouns for r in rel)


def depends_on(sent: Sentence, tok: Token, ancestor: Token) -> bool:
    for _ in range(4):
        if tok.head < 0:
            return False
        if tok.head == ancestor.index:
            return True
        tok = sent.tokens[tok.head]
    return False


# a noun's second locative and genitive («в лесу», «чаю») agree with the participle's ordinary ones
_CASES = {"loc2": "loct", "gen2": "gent", "acc2": "accs"}


def agree(noun: str, participle: str) -> bool:
    """Some reading of the participle agrees with some reading of the noun in case, number, gender."""
    for n in parses(noun):
        if n.tag.POS != "NOUN":
            continue
        case = _CASES.get(n.tag.case, n.tag.case)
        for p in parses(participle):
            if p.tag.POS == "PRTF" and p.tag.case == case and p.tag.number == n.tag.number and (
                    n.tag.number == "plur" or p.tag.gender == n.tag.gender) and (
                    # an accusative that tells animacy needs a noun of that animacy: not «приоритет выбранного»
                    p.tag.case != "accs" or not p.tag.animacy or not n.tag.animacy or p.tag.animacy == n.tag.animacy):
                return True
    return False


def infinitive_of_next_verb(sent: Sentence, tok: Token) -> bool:
    """An infinitive right before the verb it hangs on, only «не» between: «Если дозвониться не
    получится…» — one predicate, not a clause that ends before the verb."""
    if tok.feat("VerbForm") != "Inf" or tok.head <= tok.index:
        return False
    between = sent.tokens[tok.index + 1:tok.head]
    if all(t.low == "не" for t in between):
        return True
    # «Если оформить согласие не получится…»: the infinitive's own object between it and an impersonal verb of
    # possibility whose subject it is (not «Чтобы оформить возврат(,) нужно…», a clause of purpose)
    own = {t.index for t in sent.subtree(tok.index)}
    return not any(c.low in ("чтобы", "чтоб", "дабы") for c in sent.children(tok.index)) \
        and any(p.normal_form in MODAL_IMPERSONAL for p in parses(sent.tokens[tok.head].low)[:1]) \
        and all(t.low == "не" or t.index in own and not is_punct(t) for t in between)


# Impersonal verbs an infinitive depends on as their subject («платить не придётся», «дозвониться не получится»)
MODAL_IMPERSONAL = frozenset({"прийтись", "приходиться", "понадобиться", "потребоваться", "требоваться", "удаться",
                              "удаваться", "получиться", "хотеться", "захотеться"})


def has_subject(sent: Sentence, tok: Token) -> bool:
    return any(c.rel.startswith("nsubj") for c in sent.children(tok.index))


def contiguous(sent: Sentence, i: int) -> tuple[Token, Token] | None:
    """First and last word of token i's phrase, if the phrase is one unbroken stretch."""
    sub = [t for t in sent.subtree(i) if not is_punct(t)]
    if not sub or sub[-1].index - sub[0].index + 1 != len(sub) + _inner_punct(sent, sub):
        return None
    return sub[0], sub[-1]


def _inner_punct(sent: Sentence, sub: list[Token]) -> int:
    return sum(1 for t in sent.tokens[sub[0].index:sub[-1].index + 1] if is_punct(t))


def word_before(toks: tuple[Token, ...], i: int) -> Token | None:
    """The word before token i, stepping over closing quotes and brackets; None after other marks."""
    k = i - 1
    while k >= 0 and is_punct(toks[k]) and all(ch in CLOSING for ch in toks[k].text):
        k -= 1
    return toks[k] if k >= 0 and not is_punct(toks[k]) else None


def is_punct(tok: Token) -> bool:
    return tok.pos == "PUNCT" or not any(ch.isalnum() for ch in tok.text)


def missing_comma(t: Text, rule: RuleInfo, left: Token, right: Token) -> Finding | None:
    """The finding that asks for a comma between two words, or None when a comma, a dash or an opening bracket or
    quote is there already (closing ones stay before the comma: «…в „Ромашке“, и…»)."""
    between = t.text[left.end:right.start]
    if between.strip().strip(CLOSING):
        return None
    return finding(rule, left.start, right.end, f"{left.text}{between.strip()}, {right.text}")


NEGATIVE_PRONOUNS = frozenset({"ничего", "ничем", "ничему", "никого", "никому", "никем", "никогда", "нигде", "никуда",
                               "ниоткуда", "никак", "нисколько"})


def gerund_start(toks: tuple[Token, ...], tok: Token, first: Token) -> Token | None:
    """Where a verbal-adverb phrase after its verb begins. Adverbs and particles right before the gerund
    («…, постоянно выпивая», «…, так и не став», «…, ничего не сказав») are its own when the tree gives it
    nothing else before them; other words the tree gave it belong to the main verb («Конвертирует текст в
    таблицу(,) используя…»), and then an adverb before the gerund may be either verb's: None, no comma."""
    start = tok
    while start.index > first.index and _adverbial(toks, start.index - 1):
        start = toks[start.index - 1]
    if start.low == "не" and start.index > 0 and toks[start.index - 1].low in NEGATIVE_PRONOUNS:
        return toks[start.index - 1]  # «ушёл(,) ничего не сказав»: the tree hung «ничего» on the main verb
    if start.index == first.index or start.index == tok.index:
        return start
    return None


def _adverbial(toks: tuple[Token, ...], i: int) -> bool:
    t = toks[i]
    return t.pos in ("ADV", "PART") or t.low in NEGATIVE_PRONOUNS or (t.low == "и" and toks[i + 1].low == "не") \
        or (t.low == "образом" and i > 0 and toks[i - 1].low == "таким") or (t.low == "таким" and toks[i + 1].low
                                                                         == "образом")


def introductory_govorya(toks: tuple[Token, ...], tok: Token) -> bool:
    """«честно говоря», «по правде говоря», «говоря откровенно»: an introductory phrase, set off as a whole, not a gerund's phrase."""
    return tok.low == "говоря" and (tok.index > 0 and toks[tok.index - 1].pos in ("ADV", "NOUN", "ADJ") or tok.index + 1
                                    < len(toks) and toks[tok.index + 1].low in SPEAKING_HOW)


# «говоря откровенно», «говоря строго»: the manner after the gerund, an introductory phrase as well
SPEAKING_HOW = frozenset({"откровенно", "честно", "строго", "прямо", "точнее", "иначе", "короче", "проще", "мягко",
                           "грубо", "образно", "по-простому"})


def may_take_object(participle: str, noun: str) -> bool:
    """An active transitive participle and a noun that may be its object: «ячейки, содержащие данные»."""
    return any("tran" in p.tag and "actv" in p.tag for p in parses(participle)) and any(
        n.tag.case == "accs" for n in parses(noun))


def dative_of_predicative(toks: tuple[Token, ...], tok: Token, last: Token, nxt: Token) -> Token | None:
    """«Готовясь к отпуску(,) женщине достаточно…»: a noun in the dative the tree gave the gerund's phrase
    but standing right before the main impersonal predicate («достаточно», «нужно», «легко») is the
    predicate's — the one who needs or can; the phrase ends before it. Returns the dative group's first
    word (the gerund itself when the dative follows it at once and the border is unsure), None otherwise."""
    if last.feat("Case") != "Dat" or last.pos not in ("NOUN", "PRON", "PROPN") or nxt.index != tok.head \
            or nxt.pos not in ("ADV", "ADJ") or not any("PRED" in p.tag or "Prdx" in p.tag for p in parses(nxt.text)):
        return None
    start = last
    while start.index - 1 > tok.index and toks[start.index - 1].pos in ("ADJ", "DET") \
            and toks[start.index - 1].feat("Case") == "Dat":
        start = toks[start.index - 1]
    if toks[start.index - 1].pos == "ADP":
        return None
    return tok if start.index == tok.index + 1 else start


_PERSONAL = frozenset({"я", "ты", "он", "она", "оно", "мы", "вы", "они"})


def subject_after_gerund(toks: tuple[Token, ...], tok: Token) -> Token | None:
    """«Прорвав оцепление(,) войско вновь двинулось», «Оставив дом(,) Капуе ушёл», «Прочитав книгу(,) ты лучше
    поймёшь»: a gerund opens the sentence and the first finite verb after it has its subject right before it
    (adverbs and particles aside) — the phrase ends before that subject, whatever the tree says. The subject is a
    personal pronoun, a word that is a nominative only, or a name (capitalised, not in the dictionary or not
    declined) that agrees with the verb — then after at least one word of the gerund's own. The first word of
    the subject's group («наши воины»), None when no such subject stands there."""
    if any(not is_punct(t) for t in toks[:tok.index]) or introductory_govorya(toks, tok):
        return None
    verb = next((t for t in toks[tok.index + 1:] if finite(t) or is_punct(t) or t.pos in ("CCONJ", "SCONJ")
                 or t.feat("VerbForm") == "Conv"), None)
    if verb is None or not finite(verb):
        return None
    subject = toks[verb.index - 1]
    while subject.index > tok.index and (subject.pos in ("ADV", "PART") or subject.low in STEP_OVER):
        subject = toks[subject.index - 1]
    if subject.index <= tok.index or not subject_of(subject.text, verb.text) and not _name(subject, verb) or any(
            relative(t) for t in toks[tok.index + 1:subject.index]):
        return None  # «Проверяя того кому(?) мы…»: a clause inside the phrase, its end is not sure
    readings = [p for p in parses(subject.text) if p.tag.POS in ("NOUN", "NPRO")]
    sure = subject.low in _PERSONAL or subject.pos != "PROPN" and bool(readings) and all(
        p.tag.case == "nomn" for p in readings)
    if not sure and subject.pos != "PROPN":
        return None
    start = subject
    while subject.low not in _PERSONAL and start.index - 1 > tok.index and _agreeing_word(toks[start.index - 1]):
        start = toks[start.index - 1]
    before = toks[start.index - 1]
    if before.pos in ("ADP", "CCONJ", "SCONJ") or start.index == tok.index + 1 and not sure \
            or subject.pos == "PROPN" and (before.pos == "PROPN" or before.pos == "NOUN" and before.feat("Case") == "Nom"):
        return None  # «Разбив войско Мал Раванала Кай…», «…сэр Геррик»: where a name begins is not sure
    return start


_RELATIVES = frozenset({"кто", "что", "который", "какой", "чей", "где", "куда", "откуда", "когда", "как", "почему",
                        "зачем", "сколько"})


def relative(tok: Token) -> bool:
    """A conjunction or a relative word («который», «до чего», «кому»): a clause begins at it."""
    readings = parses(tok.text)
    return tok.pos == "SCONJ" or tok.low in _RELATIVES or bool(readings) and readings[0].normal_form in _RELATIVES


def _agreeing_word(tok: Token) -> bool:
    """An adjective or a pronoun of the subject's group: «наши воины»."""
    return tok.pos in ("ADJ", "DET") and any(p.tag.POS in ("ADJF", "PRTF", "NPRO") and p.tag.case == "nomn"
                                             for p in parses(tok.text))


def _name(tok: Token, verb: Token) -> bool:
    """A capitalised name the dictionary does not decline or does not know, before a verb in the singular."""
    if tok.pos != "PROPN" or not tok.text[:1].isupper():
        return False
    readings = parses(tok.text)
    if readings and not any("Fixd" in p.tag or "UNKN" in p.tag or p.tag.case == "nomn" for p in readings):
        return False
    return any(p.tag.POS == "VERB" and p.tag.number == "sing" for p in parses(verb.text))


def nominative_only(tok: Token) -> bool:
    """A noun or pronoun the tagger puts in the nominative and the dictionary has in no other case."""
    readings = [p for p in parses(tok.text) if p.tag.POS in ("NOUN", "NPRO")]
    return tok.pos in ("NOUN", "PRON", "PROPN") and tok.feat("Case") == "Nom" and bool(readings) \
        and all(p.tag.case == "nomn" for p in readings)


@lru_cache(maxsize=8192)
def only_gerund(word: str) -> bool:
    """Every dictionary reading of the word is a verbal adverb."""
    readings = parses(word)
    return bool(readings) and all(p.tag.POS == "GRND" for p in readings)


def verb_group_after(toks: tuple[Token, ...], verb: Token, nxt: Token) -> bool:
    """Where the tree ends a clause on its own finite verb, the words right after it may still be the verb's: a
    preposition («Когда они закончат(?) с этим…») or an adjective agreeing in an oblique case with the noun after
    it («Если вы измените(?) ваши настройки…»). The clause's end is not sure there."""
    if nxt.index != verb.index + 1 or verb.feat("VerbForm") != "Fin":
        return False
    if nxt.pos == "ADP":
        return True
    noun = toks[nxt.index + 1] if nxt.index + 1 < len(toks) else None
    return nxt.pos in ("ADJ", "DET") and noun is not None and noun.pos == "NOUN" \
        and nxt.feat("Case") == noun.feat("Case") not in ("Nom", None)


@lru_cache(maxsize=8192)
def never_finite(word: str) -> bool:
    """The dictionary knows the word only as a full participle, an adjective or a noun: the tagger's finite verb
    is a misreading («отметьте сообщение как пересланное»)."""
    readings = parses(word)
    return bool(readings) and all(p.is_known and p.tag.POS in ("PRTF", "ADJF", "NOUN") for p in readings)


@lru_cache(maxsize=8192)
def only_finite(word: str) -> bool:
    """Every dictionary reading of the word is a finite verb, and a likely one."""
    readings = parses(word)
    return bool(readings) and all(p.tag.POS == "VERB" for p in readings) and readings[0].score > 0.5


def adverb_opening_phrase(toks: tuple[Token, ...], left: Token) -> bool:
    """``left`` is an adverb (by the dictionary: the tagger may call «почтительно» a verb) with a comma or the
    sentence's start before it: it opens the phrase after it («…, торопливо попрощавшись»), no comma follows it."""
    readings = parses(left.text)
    return (left.pos == "ADV" or bool(readings) and readings[0].tag.POS == "ADVB") \
        and (left.index == 0 or is_punct(toks[left.index - 1]))


def modifier_of_next(toks: tuple[Token, ...], word: Token, noun: Token) -> bool:
    """``word``, an adjective or a participle right before ``noun`` and agreeing with it, after a conjunction, «не»
    or a comma, is the noun's own — not the end of a conjunct before it: «сила и прочная чешуя», «не водка и не
    гуляющая девушка» (the tree may hang the adjective on the first noun)."""
    if word.index + 1 != noun.index or word.pos not in ("ADJ", "DET") and word.feat("VerbForm") != "Part":
        return False
    if any(word.feat(f) != noun.feat(f) for f in ("Case", "Number")) or word.feat("Gender") and noun.feat("Gender") \
            and word.feat("Gender") != noun.feat("Gender"):
        return False
    return word.index == 0 or toks[word.index - 1].pos in ("CCONJ", "PART") or is_punct(toks[word.index - 1])


# Words that open a subordinate clause; the comma goes before them (or before their preposition).
OPENERS = frozenset({"что", "чтобы", "чтоб", "когда", "если", "хотя", "где", "куда", "откуда", "который",
                     "которая", "которое", "которые", "которого", "которой", "которому", "которым", "котором",
                     "которую", "которых", "которыми", "кто", "чей", "чья", "чьё", "чье", "чьи", "почему",
                     "зачем", "сколько", "поскольку", "будто", "словно", "ибо", "как", "какой", "какая", "какое",
                     "какие", "каким", "каких", "какую", "каком", "какому", "какого"})
# After these a clause-opening word may stand without a comma: «потому что», «так как», «не что
# иное как», «лишь когда», «и если», «то, что» is handled by the clause's first word anyway.
NO_COMMA_AFTER = frozenset({"и", "а", "но", "или", "либо", "да", "ни", "не", "лишь", "только", "именно",
                            "даже", "потому", "оттого", "так", "тогда", "то", "как", "вот", "ведь",
                            "особенно", "хотя", "причем", "притом", "тем", "того", "затем", "словно", "будто",
                            "раньше", "прежде", "после", "перед", "до", "ли", "уже", "еще", "ещё",
                            "также", "тоже", "чем", "что", "это", "просто", "однако", "зато",
                            "более"})  # «тем более что»


def subject_of(noun: str, verb: str) -> bool:
    """Some nominative reading of the word agrees with some finite reading of the verb."""
    for n in parses(noun):
        if n.tag.case != "nomn" or n.tag.POS not in ("NOUN", "NPRO"):
            continue
        for v in parses(verb):
            if v.tag.POS != "VERB" or v.tag.number != n.tag.number:
                continue
            person = n.tag.person or "3per"
            if v.tag.person and v.tag.person != person:
                continue
            if v.tag.gender and n.tag.gender and v.tag.gender != n.tag.gender and n.tag.number == "sing":
                continue
            return True
    return False


def finite(tok: Token) -> bool:
    """A finite verb by the tagger, or a word every dictionary reading of which is a finite verb
    (the tagger, lost without commas, calls «введите» an adjective)."""
    return tok.pos in ("VERB", "AUX") and tok.feat("VerbForm") == "Fin" or only_finite(tok.low)


def may_precede(tok: Token) -> bool:
    """A comma may stand after the word: not after a preposition, a conjunction or a particle."""
    return tok.low not in NO_COMMA_AFTER and tok.pos not in ("ADP", "CCONJ", "SCONJ", "PART")
