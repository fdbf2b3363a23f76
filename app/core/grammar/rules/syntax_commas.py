"""Запятые по синтаксическому дереву: придаточные, причастные и деепричастные обороты, однородные
члены и части сложного предложения.

The dependency parse (:mod:`app.core.grammar.language`) says where a clause or a phrase begins
and ends; a comma is asked for only at a border the tree draws clearly — a clause that opens
with a conjunction or a relative word, a participle with words of its own after its noun, a
verbal adverb, conjuncts of one kind. Where the tree is ambiguous (compound conjunctions,
particles before the conjunction, a phrase torn apart) nothing is reported.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.language import Sentence, Token
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, RuleInfo, Text, finding, parses
from app.core.grammar.rules.tree_words import (CLAUSE_CLOSERS, CLOSING, LEADING, NEGATIVE_PRONOUNS, SPEAKING_HOW,
                                               STEP_OVER, adverb_opening_phrase, agree, contiguous, dative_of_predicative,
                                               depends_on, gerund_start, has_subject, infinitive_of_next_verb,
                                               introductory_govorya, is_punct, may_take_object, modifier_of_next,
                                               never_finite, nominative_only, only_finite, only_gerund,
                                               possessive_relative, subject_after_gerund, word_before)
from app.core.phrase import phrase

CLAUSE = RuleInfo(
    "OURS_CLAUSE_COMMA",
    phrase("Запятые вокруг придаточного предложения"),
    phrase("Придаточное предложение отделяется запятыми."),
    phrase("Придаточное предложение отделяется от главного запятыми с обеих сторон: «Я уточню, когда "
    "курьер приедет», «Если заказ не придёт, напишите нам», «Мастер, который к вам приезжал, "
    "уже в пути». Запятая стоит перед союзом или союзным словом, а если перед ним предлог — "
    "перед предлогом: «Адрес, по которому…»."),
    Category.PUNCTUATION,
)
PHRASE = RuleInfo(
    "OURS_PHRASE_COMMA",
    phrase("Запятые при причастном и деепричастном обороте"),
    phrase("Оборот нужно выделить запятыми."),
    phrase("Деепричастный оборот выделяется запятыми всегда: «Оформив заказ, вы получите письмо». "
    "Причастный оборот выделяется, когда стоит после слова, к которому относится: «Письмо, "
    "отправленное вчера, дошло», но «Отправленное вчера письмо дошло»."),
    Category.PUNCTUATION,
)
HOMOGENEOUS = RuleInfo(
    "OURS_LIST_COMMA",
    phrase("Запятая между однородными членами и частями сложного предложения"),
    phrase("Однородные члены или части сложного предложения разделяются запятой."),
    phrase("Однородные члены без союза разделяются запятыми: «Проверьте адрес, телефон, время». Перед "
    "союзами «а», «но», «однако», «зато» и «да» в значении «но» запятая нужна всегда: «Заказ собран, "
    "но не отправлен». Две части сложного предложения, у каждой из которых своё подлежащее, "
    "разделяются запятой и перед «и»: «Заказ собран, и курьер уже выехал»."),
    Category.PUNCTUATION,
)

RULES = (CLAUSE, PHRASE, HOMOGENEOUS)

_OPENERS = frozenset({"что", "чтобы", "чтоб", "когда", "если", "хотя", "где", "куда", "откуда", "который",
                      "которая", "которое", "которые", "которого", "которой", "которому", "которым", "котором",
                      "которую", "которых", "которыми", "кто", "чей", "чья", "чьё", "чье", "чьи", "почему",
                      "зачем", "сколько", "поскольку", "будто", "словно", "ибо", "как", "какой", "какая", "какое",
                      "какие", "каким", "каких", "какую", "каком", "какому", "какого"})
# After these a clause-opening word may stand without a comma: «потому что», «так как», «не что
# иное как», «лишь когда», «и если», «то, что» is handled by the clause's first word anyway.
_NO_COMMA_AFTER = frozenset({"и", "а", "но", "или", "либо", "да", "ни", "не", "лишь", "только", "именно",
                             "даже", "потому", "оттого", "так", "тогда", "то", "как", "вот", "ведь",
                             "особенно", "хотя", "причем", "притом", "тем", "того", "затем", "словно", "будто",
                             "раньше", "прежде", "после", "перед", "до", "ли", "уже", "еще", "ещё",
                             "также", "тоже", "чем", "что", "это", "просто", "однако", "зато",
                             "более"})  # «тем более что»
# Words that stand for a noun and take a participle without a comma: «всем проживающим», «тех, кто».
_PRONOUN_HEADS = frozenset({"все", "всем", "всех", "всеми", "те", "тем", "тех", "теми", "каждый", "каждому",
                            "любой", "любому", "многие", "многим", "многих"})
_ADVERSATIVE = frozenset({"а", "но", "однако", "зато"})
_CLAUSE_RELS = ("advcl", "ccomp", "acl", "acl:relcl", "csubj", "parataxis")
_FIXED_VERBAL_ADVERBS = frozenset({"молча", "стоя", "сидя", "лежа", "лёжа", "шутя", "нехотя", "спустя",
                                   "благодаря", "начиная", "включая", "судя", "исключая", "погодя", "спеша"})


def check(t: Text) -> list[Finding]:
    if not any(ch.isalpha() for ch in t.text):
        return []
    gaps: dict[int, tuple] = {}  # token start → (rule, left token, right token)
    for sent in t.analysis.sentences:
        for rule, left, right in (*_opener_between_verbs(sent), *_repeated_conjunction(sent),
                                  *_and_between_clauses(sent), *_gerund_opening(sent)):
            gaps.setdefault(right.start, (rule, left, right))
        for tok in sent.tokens:
            for rule, left, right in _borders(sent, tok):
                if left is not None and right is not None and right.start not in gaps:
                    gaps[right.start] = (rule, left, right)
    found = []
    for rule, left, right in gaps.values():
        between = t.text[left.end:right.start]
        closing = between.strip()
        if closing.strip(CLOSING):
            continue  # a comma, a dash or an opening bracket or quote is there already
        # after a closing quote or bracket the comma follows it: «…купил „Реал“, чтобы…»
        fixed = f"{left.text}{closing},{between[len(between.rstrip()):] or ' '}{right.text}"
        found.append(finding(rule, left.start, right.end, fixed))
    return found


def _borders(sent: Sentence, tok: Token):
    """(rule, token before the missing comma, token after it) for the phrase ``tok`` heads."""
    toks = sent.tokens
    verbal_adverb = tok.feat("VerbForm") == "Conv" and tok.head >= 0
    if tok.low in _ADVERSATIVE and tok.pos in ("CCONJ", "ADV") and tok.index > 0:
        before = toks[tok.index - 1]
        if not is_punct(before) and before.low not in ("и", "да", "или", "а", "но", "ну", "всяких", "никаких", "без"):
            yield HOMOGENEOUS, before, tok  # «но», «а», «зато» always take a comma before them
        return
    if tok.low in _OPENERS and tok.index > 0:
        yield from _opener(sent, tok)
    if tok.feat("VerbForm") == "Part" and tok.pos == "VERB":
        yield from _participle(sent, tok)
    if tok.rel == "conj" and tok.head >= 0:
        yield from _conjunct(sent, tok)
    elif (tok.rel in _CLAUSE_RELS or verbal_adverb) and tok.head >= 0 and tok.feat("VerbForm") != "Part" \
            and not infinitive_of_next_verb(sent, tok):
        span = contiguous(sent, tok.index)
        if span is None:
            return
        first, last = span
        kind = _kind(sent, tok, first)
        if kind is None and first.index > 0 and toks[first.index - 1].low in _OPENERS \
                and tok.rel in ("acl:relcl", "ccomp", "advcl"):
            first = toks[first.index - 1]  # «всё, что сможем»: the tree hung «что» on the word before
            kind = _kind(sent, tok, first)
        if kind is None:
            return
        rule = CLAUSE if kind == "clause" else PHRASE
        if kind == "clause":
            first = _clause_start(toks, first)
        if verbal_adverb and (tok.head < tok.index or tok.head == tok.index  # a broken tree: the verb before it
                              and any(_finite(t) for t in toks[:first.index])):
            first = gerund_start(toks, tok, first)
        left = word_before(toks, first.index) if first is not None else None
        if left is not None and _may_precede(left) and first.pos != "CCONJ" \
                and not (first is tok and introductory_govorya(toks, tok)) and not adverb_opening_phrase(toks, left):
            yield rule, left, first
        if verbal_adverb:
            closing = _gerund_close(sent, tok, last)
            if closing is tok:
                return
            if closing is not None:
                yield rule, toks[closing.index - 1], closing
                return
        nxt = toks[last.index + 1] if last.index + 1 < len(toks) else None
        if tok.pos == "AUX":
            return  # «Хотя было уже поздно…»: the tree hangs the predicate's word on the main verb
        dative = verbal_adverb and nxt is not None and dative_of_predicative(toks, tok, last, nxt)
        if dative:  # «Готовясь к отпуску(,) женщине достаточно…»
            yield from (() if dative is tok else ((rule, toks[dative.index - 1], dative),))
        elif nxt is not None and _closes_on(toks, tok, nxt) and not _second_subject(sent, tok, last, nxt):
            yield rule, last, nxt


def _gerund_close(sent: Sentence, tok: Token, last: Token) -> Token | None:
    """Where a verbal-adverb phrase surely ends, whatever span the tree gave it: before a noun only in
    the nominative that is the main verb's subject («Увидев нас(,) собака залаяла» — no gerund has a
    subject of its own); for a phrase that opens the sentence with no subject after it, before the
    first finite verb and its particles («Выезжая на работу по утрам(,) не завтракал»). The gerund itself
    when the end is not sure (an adverb before the verb may be either clause's): no closing comma then."""
    toks = sent.tokens
    after = toks[last.index + 1:last.index + 3]
    if len(after) == 2 and after[0].low in CLAUSE_CLOSERS and after[1].low in SUBJECT_PRONOUNS \
            and all(is_punct(t) for t in toks[:tok.index]):
        return after[1]  # «Проверив заказ вчера(,) я отправил его»: the adverb of time closes the phrase
    subject = subject_after_gerund(toks, tok, _finite, _subject_of)
    if subject is not None:
        return subject
    main = toks[tok.head]
    subject = next((t for t in toks[tok.index + 1:last.index + 1] if nominative_only(t)), None)
    if subject is not None and main.index > subject.index and _finite(main) and _subject_of(subject.text, main.text) \
            and not any(t.low in _OPENERS or t.pos in ("SCONJ", "CCONJ") for t in toks[tok.index + 1:subject.index]):
        return subject
    start = max((t.index + 1 for t in toks[:tok.index] if t.text in (":", ";")), default=0)
    opens = all(is_punct(t) for t in toks[start:tok.index])  # the first word of the sentence or after a colon
    verb = next((t for t in toks[tok.index + 1:] if _finite(t) or is_punct(t)), None)
    if not opens or verb is None or is_punct(verb) or verb.index <= tok.index + 1:
        return None
    between = toks[tok.index + 1:verb.index]
    # an infinitive right after the gerund is its own: «Стараясь понять клиента(,) легко найдёшь решение»
    own = 1 if between and between[0].feat("VerbForm") == "Inf" else 0
    if any(t.feat("Case") == "Nom" or t.low in _OPENERS or t.pos in ("SCONJ", "CCONJ", "VERB", "AUX")
           for t in between[own:]):
        return None
    right = verb
    while right.index - 1 > tok.index + 1 + own and toks[right.index - 1].low in STEP_OVER | {"только", "лишь"}:
        right = toks[right.index - 1]
    before = toks[right.index - 1]
    if before.index > tok.index + own and before.pos == "ADV" and before.low not in CLAUSE_CLOSERS:
        return tok  # «…высоко(?) только ускоряешь»: the adverb may be either clause's, so no comma at all
    return right


def _second_subject(sent: Sentence, tok: Token, last: Token, nxt: Token) -> bool:
    """The tree gave the clause two subjects, the second of them last and agreeing with the verb after
    it: that one is the main verb's («Если вы готовы мы начнём» — not «мы, начнём»)."""
    return last.rel.startswith("nsubj") and _subject_of(last.text, nxt.text) and any(
        t.rel.startswith("nsubj") and t.index != last.index for t in sent.children(tok.index))


def _closes_on(toks: tuple[Token, ...], tok: Token, nxt: Token) -> bool:
    """The phrase ends before ``nxt`` for sure: ``nxt`` is the main predicate or opens a phrase of
    its own that the main predicate governs («…, в ответ мы пришлём»). A relative clause belongs to
    its noun, so there the predicate is the noun's head («Мастер, который приезжал, уже в пути»)."""
    if is_punct(nxt) or nxt.low in ("и", "или", "да", "а", "но", "либо"):
        return False
    subject = nxt
    while subject.pos in ("ADV", "PART", "DET") and subject.index + 1 < len(toks):
        subject = toks[subject.index + 1]  # «Если будут ещё (какие-то) вопросы»: the words before the noun
    if tok.feat("VerbForm") == "Fin" and not any(t.head == tok.index and t.rel.startswith("nsubj") for t in toks) \
            and _subject_of(subject.text, tok.text):
        return False  # «…что шёл дождь»: the noun after the clause's verb is its subject
    main = tok.head
    if tok.rel.startswith("acl") and main >= 0:
        main = toks[main].head
    if main < 0 or main < tok.index:
        return main >= 0 and nxt.head == main and nxt.rel in ("nsubj", "nsubj:pass", "advmod", "obj")
    if any(is_punct(t) for t in toks[nxt.index:main]):
        return False  # the writer has closed the clause further on
    if nxt.index == main:
        return True
    k = nxt
    while k.head > k.index and k.head != main and toks[k.head].pos not in ("VERB", "AUX"):
        k = toks[k.head]  # climb the phrase ``nxt`` opens, rightwards, never past a verb
    return k.head == main and k.rel in ("nsubj", "nsubj:pass", "advmod", "obj", "obl", "xcomp")


def _kind(sent: Sentence, tok: Token, first: Token) -> str | None:
    """"clause", "participle", "adverbial" — or None when no comma is due or the tree is unsure."""
    form = tok.feat("VerbForm")
    if form == "Conv" and not any(p.tag.POS == "GRND" for p in parses(tok.text)):
        return None  # the tagger's gerund the dictionary does not know as one: «…, подключу по просьбе»
    if form == "Conv":
        # «судя по», «благодаря», «молча» work as prepositions or adverbs and take no commas
        nxt = sent.tokens[tok.index + 1] if tok.index + 1 < len(sent.tokens) else None
        if tok.low in _FIXED_VERBAL_ADVERBS or nxt is not None and ((tok.low, nxt.low) in _GERUND_IDIOMS
                                                                    or tok.low == "говоря" and nxt.low in SPEAKING_HOW):
            return None  # «работали не покладая рук»: an idiom, no commas
        if nxt is not None and nxt.index == tok.head and all(t.index == tok.index or t.low == "не"
                                                             for t in sent.subtree(tok.index)):
            return None  # a lone gerund right before its verb tells how: «не глядя подписал»
        return "adverbial"
    opener = first
    if opener.pos == "ADP" and opener.index + 1 < len(sent.tokens):
        opener = sent.tokens[opener.index + 1]  # «по которому», «в котором»
    if opener.low not in _OPENERS:
        return None
    after = sent.tokens[opener.index + 1] if opener.index + 1 < len(sent.tokens) else None
    if after is not None and (opener.low, after.low) in (("что", "бы"), ("как", "раз"), ("что", "ли")):
        return None  # «что бы то ни было», «как раз»
    if after is not None and after.low in ("хочешь", "хотите", "угодно", "попало"):
        return None  # «делай что хочешь», «где попало»: set phrases, not clauses
    if opener.low == "как" and not has_subject(sent, tok):
        return None  # «известна как правило»: a comparison, not a clause
    if form not in ("Fin", "") and tok.pos not in ("VERB", "AUX") and not has_subject(sent, tok):
        return None
    return "clause"


# Words that open an indirect question or a clause after a main clause: «знаю, где он живёт».
_CLAUSE_WORDS = frozenset({"что", "когда", "где", "куда", "откуда", "почему", "зачем", "кто", "как", "пока"})
# «в то время как», «по мере того как», «так же как»: the comma of these goes before their first word
_NOT_BEFORE_KAK = frozenset({"время", "мере", "пор", "тем", "того", "тому", "то", "том", "подобно", "такие", "такой",
                             "такая", "такое", "таким", "же", "иначе", "именно", "только", "лишь", "точно"})
# «делай что хочешь», «где попало», «кто угодно», «что ли», «куда ни»: no clause, no comma
_SET_PHRASE_NEXT = frozenset({"хочешь", "хотите", "хочет", "угодно", "попало", "придется", "придётся",
                              "бы", "ли", "именно", "же", "нибудь", "либо", "ни", "глаза"})  # «куда глаза глядят»


def _opener_between_verbs(sent: Sentence):
    """A clause word with a predicate before it and a verb of its own after it: «Мы видели где
    курьер оставил заказ» → «видели, где». Needs no tree: finite verbs are tagged surely."""
    toks = sent.tokens
    for tok in toks[2:]:
        if tok.low not in _CLAUSE_WORDS:
            continue
        prev = toks[tok.index - 1]
        if is_punct(prev) or not _may_precede(prev) or prev.pos == "ADP":
            continue
        nxt = toks[tok.index + 1] if tok.index + 1 < len(toks) else None
        if nxt is None or nxt.low in _SET_PHRASE_NEXT or tok.low == "пока" and nxt.low == "что" or tok.low == "как" \
                and (prev.low in _NOT_BEFORE_KAK or nxt.low in ("будто", "раз", "правило", "можно", "нельзя", "и") or any(
                    toks[k].low == "так" and toks[k + 1].low == "и" for k in range(tok.index + 2, len(toks) - 1))):
            continue  # «можно как добавлять…, так и…»: a double conjunction, its comma stands before «так и»
        before = toks[:tok.index]
        start = max((t.index for t in before if is_punct(t)), default=-1) + 1
        if not any(_predicate(t) for t in toks[start:tok.index - 0]):
            continue  # no main clause before it: «Ты где живёшь?»
        after = []
        for t in toks[tok.index + 1:]:
            if is_punct(t) or t.pos in ("CCONJ", "SCONJ") or t.low in _OPENERS:
                break
            after.append(t)
        if len(after) == 1 and after[0].feat("Tense") != "Past":
            continue  # «приходи когда вздумается», «ночевал где придётся»: whole expressions, no comma
        if tok.low == "как" and not _kak_clause(after):
            continue
        if any(_finite(t) and not never_finite(t.low) or t.feat("VerbForm") == "Inf" and tok.low != "пока"
               for t in after):
            yield CLAUSE, prev, tok  # «пока» opens no infinitive clause: «Помогите нам пока защититься» is «for now»


# «как надо», «как все», «как обычно», «как по маслу»: set comparisons, not clauses
_KAK_SET = frozenset({"надо", "нужно", "все", "всегда", "обычно", "следует", "положено", "принято", "полагается"})


def _kak_clause(after: list[Token]) -> bool:
    """After «как» a clause of its own begins at once: a verb within three words, with only a pronoun,
    adverbs, particles or one noun before it («знаю, как её зовут», «делай, как мулла говорит») —
    not a comparison with a noun that the next clause's words follow («холодна как рыба…»)."""
    if not after or after[0].low in _KAK_SET:
        return False
    verb = next((k for k, t in enumerate(after[:3])
                 if _finite(t) and not never_finite(t.low) or t.feat("VerbForm") == "Inf"), None)
    if verb is None:
        return False
    lead = after[:verb]
    if after[verb].feat("VerbForm") == "Inf" and any(t.pos == "NOUN" and after[verb].head == t.index for t in lead):
        return False  # the noun's infinitive: «рассматривают как способ сэкономить» is a role, not a clause
    return all(t.pos in ("PRON", "ADV", "PART", "NOUN", "PROPN") for t in lead) \
        and sum(t.pos in ("NOUN", "PROPN") for t in lead) <= 1


def _predicate(tok: Token) -> bool:
    return _finite(tok) or tok.feat("Variant") == "Short" or any(
        p.tag.POS in ("PRED", "ADJS", "PRTS") for p in parses(tok.text)[:1])


_REPEATED = frozenset({"и", "ни", "или", "либо", "то"})
# set phrases with a repeated conjunction and no comma: «ни свет ни заря», «и так и сяк»
_REPEATED_IDIOMS = frozenset({("свет", "заря"), ("так", "сяк"), ("рыба", "мясо"), ("то", "се"),
                              ("жив", "мертв"), ("днем", "ночью"), ("день", "ночь"), ("больше", "меньше"),
                              ("дать", "взять"), ("так", "этак"), ("слуху", "духу"), ("конца", "края"),
                              ("много", "мало"), ("взад", "вперед"), ("себе", "людям"), ("два", "полтора"),
                              ("смех", "грех"), ("туда", "сюда"), ("там", "тут"), ("тут", "там"),
                              ("там", "здесь"), ("здесь", "там"), ("пуха", "пера"), ("кола", "двора"),
                              ("сном", "духом"), ("складу", "ладу"), ("богу", "черту"), ("стыда", "совести"),
                              ("стать", "сесть"), ("тпру", "ну"), ("днем", "ночью"), ("туда", "сюда")})


def _repeated_conjunction(sent: Sentence):
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
        yield HOMOGENEOUS, a, second
        k = second.index + 2  # a third member and more: «то сестра, то брат, то ещё кто-нибудь»
        while k + 1 < len(toks) and toks[k].low == first.low and not is_punct(toks[k - 1]) \
                and not is_punct(toks[k + 1]):
            yield HOMOGENEOUS, toks[k - 1], toks[k]
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


def _and_between_clauses(sent: Sentence):
    """«Мы проверили заказ и курьер уже выехал»: each part opens with its own subject and has its
    own verb, so «и» joins two clauses and takes a comma. Only when the sentence starts with the
    first subject — a word before it («Вчера шёл дождь и дул ветер») may belong to both parts."""
    toks = sent.tokens
    if len(toks) < 6 or toks[0].low in _OPENERS:
        return
    s1 = toks[0]
    v1 = _verb_after(toks, 1)
    if v1 is None or not _subject_of(s1.text, v1.text):
        # «Газету не принесли и отец пошёл сам»: an object first, then the verb, no subject to share
        v1 = _verb_after(toks, 1) or _verb_after(toks, 2)
        if v1 is None or s1.pos not in ("NOUN", "PRON") or s1.feat("Case") in ("Nom", "") \
                or any(_subject_of(t.text, v1.text) for t in toks[:v1.index]):
            return
    for k in range(v1.index + 1, len(toks) - 2):
        tok = toks[k]
        if is_punct(tok) or tok.low in _OPENERS or tok.pos == "SCONJ":
            return
        if tok.low != "и":
            continue
        s2 = toks[k + 1]
        v2 = _verb_after(toks, k + 2)
        if v2 is not None and s2.pos in ("NOUN", "PRON", "PROPN") and _subject_of(s2.text, v2.text):
            yield HOMOGENEOUS, toks[k - 1], tok
        return


def _verb_after(toks: tuple[Token, ...], i: int) -> Token | None:
    """A finite verb at i, or after particles standing there («уже выехал»)."""
    while i < len(toks) and toks[i].low in _PARTICLES:
        i += 1
    return toks[i] if i < len(toks) and _finite(toks[i]) else None


def _subject_of(noun: str, verb: str) -> bool:
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


# Gerunds frozen into idioms, written without commas (Розенталь): «сломя голову», «спустя рукава»…; and «исходя
# из» after its verb, a preposition there whose comma is optional («цена рассчитывается исходя из веса»; at the
# start of a sentence the phrase is still set off, by the opening-gerund check).
_GERUND_IDIOMS = frozenset({("сломя", "голову"), ("спустя", "рукава"), ("сложа", "руки"), ("скрепя", "сердце"),
                            ("затаив", "дыхание"), ("разинув", "рот"), ("высунув", "язык"), ("засучив", "рукава"),
                            ("покладая", "рук"), ("очертя", "голову"), ("положа", "руку"), ("исходя", "из")})



def _gerund_opening(sent: Sentence):
    """«Мы вернём деньги проверив данные» → «деньги, проверив»: a word that can only be a verbal
    adverb, with words of its own after it, opens a phrase, whatever the tree made of it. A «не»
    before the gerund goes into the phrase: «…, не дожидаясь ответа»."""
    toks = sent.tokens
    if toks and toks[0].head < 0 and only_gerund(toks[0].low) and (s := subject_after_gerund(toks, toks[0], _finite,
                                                                                              _subject_of)):
        yield PHRASE, toks[s.index - 1], s  # the tree made the opening gerund the root: «Прочитав книгу(,) ты…»
    for tok in toks[1:]:
        if tok.low in _FIXED_VERBAL_ADVERBS or not only_gerund(tok.low) or introductory_govorya(toks, tok):
            continue
        nxt = toks[tok.index + 1] if tok.index + 1 < len(toks) else None
        if nxt is None or is_punct(nxt) or _finite(nxt) or (tok.low, nxt.low) in _GERUND_IDIOMS:
            continue  # a lone gerund by its verb tells how: «не глядя подписал»
        right = tok
        if toks[tok.index - 1].low == "не" and tok.index >= 2:
            right = toks[tok.index - 1]
            if right.index >= 2 and toks[right.index - 1].low in NEGATIVE_PRONOUNS:
                right = toks[right.index - 1]  # «ничего не скрывая»: the negative pronoun is the gerund's
        left = toks[right.index - 1]
        if left.low in ("сам", "сама", "само", "сами") and any(_finite(t) for t in toks[:left.index]):
            right, left = left, toks[left.index - 1]  # «Я всё видел(,) сам оставаясь незамеченным»
        # an adverb before the gerund is likely its own («быстро собрав вещи»): the border is unsure
        if is_punct(left) or not _may_precede(left) or left.low in _OPENERS or left.pos == "ADV" \
                or parses(left.text)[0].tag.POS == "ADVB":  # the tagger may call «почтительно» a verb
            continue
        yield PHRASE, left, right


def _finite(tok: Token) -> bool:
    """A finite verb by the tagger, or a word every dictionary reading of which is a finite verb
    (the tagger, lost without commas, calls «введите» an adjective)."""
    return tok.pos in ("VERB", "AUX") and tok.feat("VerbForm") == "Fin" or only_finite(tok.low)


def _opener(sent: Sentence, tok: Token):
    """A conjunction or relative word that the tree hangs on the verb of a clause after it:
    the comma goes before it (before its preposition: «адрес, по которому»), however the rest of
    the clause was attached («в зале, когда выключили свет»)."""
    toks = sent.tokens
    verb = toks[tok.head] if tok.head >= 0 else None
    if verb is None or verb.index < tok.index or verb.pos not in ("VERB", "AUX"):
        return
    if verb.rel not in _CLAUSE_RELS:
        return
    if verb.feat("VerbForm") != "Fin" and not (tok.low in ("чтобы", "чтоб") and verb.feat("VerbForm") == "Inf"):
        return
    words = [t for t in toks[:tok.index] if not is_punct(t)]
    if words and words[0].low in LEADING and not any(_finite(t) for t in words[1:]):
        return  # «Если кто что знает»: inside a clause still waiting for its verb «что» means «что-нибудь»
    right = _clause_start(toks, tok)
    if right.index == 0:
        return
    left = word_before(toks, right.index)
    if left is None or not _may_precede(left) or _kind(sent, verb, tok) != "clause":
        return
    yield CLAUSE, left, right


def _clause_start(toks: tuple[Token, ...], opener: Token) -> Token:
    """Where the comma before a clause's opening word goes: before its preposition («адрес, по
    которому»), before the noun a genitive relative word hangs on and that noun's preposition
    («друг, с сыном которого», «человек, мать которого»)."""
    right = opener
    if opener.index >= 2 and toks[opener.index - 1].pos == "NOUN" and possessive_relative(toks[opener.index - 1].text,
                                                                                      opener.low):
        right = toks[opener.index - 1]
        # the noun's adjectives and numerals, and the noun a genitive hangs on: «на обоих берегах которой»,
        # «часть помещений которого»
        while right.index >= 2 and (toks[right.index - 1].pos in ("ADJ", "DET", "NUM") or toks[right.index - 1].pos
                                    == "NOUN" and right.feat("Case") == "Gen"):
            right = toks[right.index - 1]
    if right.index >= 2 and toks[right.index - 1].pos == "ADP":
        right = toks[right.index - 1]
    return right


def _participle(sent: Sentence, tok: Token):
    """A participle with words of its own right after the noun it agrees with: «письмо, отправленное
    вчера». The tree often hangs such a participle on the wrong word, so agreement decides."""
    toks = sent.tokens
    # «не» belongs to the phrase: «человек, не знающий устали»
    first = toks[tok.index - 1] if tok.index >= 2 and toks[tok.index - 1].low == "не" else tok
    if first.index < 1 or tok.index + 1 >= len(toks):
        return
    noun, nxt = toks[first.index - 1], toks[tok.index + 1]
    if noun.pos not in ("NOUN", "PROPN") or noun.low in _PRONOUN_HEADS or is_punct(nxt):
        return
    if not depends_on(sent, nxt, tok):
        return  # the participle has no words of its own after it: «выбранный товар» stays as it is
    if not agree(noun.text, tok.text):
        return
    if tok.head > tok.index and toks[tok.head].pos == "NOUN" and agree(toks[tok.head].text, tok.text) \
            and not may_take_object(tok.text, toks[tok.head].text):
        return  # it stands before its own noun: «приоритет выбранного в списке модуля»
    yield PHRASE, noun, first
    end = contiguous(sent, tok.index)
    if end is not None and end[0].index == first.index and end[1].index + 1 < len(toks):
        after = toks[end[1].index + 1]
        # a noun in an oblique case after the phrase is most often still its own: «…в буфере(?) обмена»
        if not is_punct(after) and after.low not in ("и", "или", "а", "но") and not (
                after.pos in ("NOUN", "PROPN") and not any(p.tag.case == "nomn" for p in parses(after.text))):
            yield PHRASE, end[1], after


def _conjunct(sent: Sentence, tok: Token):
    toks = sent.tokens
    head = toks[tok.head]
    if tok.index < head.index:
        return
    span = contiguous(sent, tok.index)
    if span is None:
        return
    first = span[0]
    if first.index == 0 or is_punct(toks[first.index - 1]):
        return
    if first.pos == "CCONJ" or any(c.rel == "cc" and c.index < tok.index for c in sent.children(tok.index)):
        # «а», «но» are handled on their own; «и» (the conjunct's own) between two clauses, each with its subject
        shared_opener = head.rel in _CLAUSE_RELS or any(  # «когда открыты видео и сданы задания»
            t.rel == "mark" or t.low in _OPENERS for t in toks[head.index:first.index])
        if first.low == "и" and first.head == tok.index and not shared_opener and _own_clause(sent, head) \
                and _own_clause(sent, tok):
            yield HOMOGENEOUS, toks[first.index - 1], first
        return
    if head.pos != tok.pos or tok.pos not in ("NOUN", "ADJ", "PROPN"):
        return  # without a conjunction the tree joins verbs too eagerly to be trusted
    if tok.pos in ("NOUN", "ADJ", "PROPN") and (head.feat("Case") != tok.feat("Case") or not tok.feat("Case")):
        return
    previous = toks[first.index - 1]
    if previous.pos == "CCONJ" or previous.index not in {t.index for t in sent.subtree(head.index)} \
            or modifier_of_next(toks, previous, tok):
        return  # the conjunct does not follow the words of the one before it, or takes the word before as its own
    yield HOMOGENEOUS, previous, first


# Units of time: after its verb such a noun tells how long («действует год», «длится неделю»), it is no subject.
_DURATIONS = frozenset({"год", "месяц", "неделю", "неделя", "день", "сутки", "час", "минуту", "минута", "полгода"})


def _own_clause(sent: Sentence, tok: Token) -> bool:
    # a finite verb or a short participle («собран») with a subject of its own — not a duration the tree took
    # for one («…придёт после оплаты и действует год»)
    if tok.pos not in ("VERB", "AUX") or tok.feat("VerbForm") not in ("Fin", "Part"):
        return False
    return any(c.rel.startswith("nsubj") and not (c.index > tok.index and c.low in _DURATIONS)
               for c in sent.children(tok.index))


def _may_precede(tok: Token) -> bool:
    return tok.low not in _NO_COMMA_AFTER and tok.pos not in ("ADP", "CCONJ", "SCONJ", "PART")
