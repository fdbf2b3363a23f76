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
from app.core.grammar.rules._base import RuleInfo, Text, finding, parses
from app.core.grammar.rules.clause_openers import opener_between_verbs
from app.core.grammar.rules.conjoined_parts import and_between_clauses, is_question, repeated_conjunction
from app.core.grammar.rules.gerund_borders import (FIXED_VERBAL_ADVERBS, GERUND_IDIOMS, gerund_close, gerund_opening,
                                                   opened_by_its_words)
from app.core.grammar.rules.no_clause_comma import (INFINITIVE_QUESTIONS, no_clause_after, object_set_off,
                                                    then_part_follows)
from app.core.grammar.rules.tree_words import (CLOSING, LEADING, OPENERS, SPEAKING_HOW, adverb_opening_phrase, agree,
                                               contiguous, dative_of_predicative, depends_on, finite, gerund_start,
                                               has_subject, infinitive_of_next_verb, introductory_govorya, is_punct,
                                               may_precede, may_take_object, modifier_of_next, possessive_relative,
                                               subject_of, verb_group_after, word_before)
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

# Words that stand for a noun and take a participle without a comma: «всем проживающим», «тех, кто».
_PRONOUN_HEADS = frozenset({"все", "всем", "всех", "всеми", "те", "тем", "тех", "теми", "каждый", "каждому",
                            "любой", "любому", "многие", "многим", "многих"})
_ADVERSATIVE = frozenset({"а", "но", "однако", "зато"})
_CLAUSE_RELS = ("advcl", "ccomp", "acl", "acl:relcl", "csubj", "parataxis")


def check(t: Text) -> list[Finding]:
    if not any(ch.isalpha() for ch in t.text):
        return []
    gaps: dict[int, tuple] = {}  # token start → (rule, left token, right token)
    for sent in t.analysis.sentences:
        for rule, pairs in ((CLAUSE, opener_between_verbs(sent)), (HOMOGENEOUS, repeated_conjunction(sent)),
                            (HOMOGENEOUS, and_between_clauses(sent)), (PHRASE, gerund_opening(sent))):
            for left, right in pairs:
                left, right = _before_tem_samym(sent.tokens, left, right)
                if right is not None:
                    gaps.setdefault(right.start, (rule, left, right))
        for tok in sent.tokens:
            for rule, left, right in _borders(sent, tok):
                if left is not None and right is not None and left.low == "не":
                    left, right = _before_ne(sent.tokens, left)
                if left is not None and right is not None:
                    left, right = _before_tem_samym(sent.tokens, left, right)
                if left is not None and right is not None and right.start not in gaps:
                    gaps[right.start] = (rule, left, right)
    found = []
    for rule, left, right in gaps.values():
        between = t.text[left.end:right.start]
        closing = between.strip()
        if closing.strip(CLOSING):
            continue  # a comma, a dash or an opening bracket or quote is there already
        if rule is CLAUSE and (right.low in INFINITIVE_QUESTIONS and _no_clause(t, right)
                               or right.low == "если" and _then_follows(t, right)):
            continue  # «Мне есть что сказать», «всё равно что отказ», «Поэтому если…, то…»
        if rule is HOMOGENEOUS and left.pos == "ADV" and "," in t.text[max(0, left.start - 2):left.start]:
            continue  # «сначала за чертежи, потом за расчёты»: the adverb opens the part, the comma is before it
        if rule is HOMOGENEOUS and left.low in ("с", "ч") and t.text[left.start - 1:left.start] == "/":
            continue  # «до 1 Мбит/с до конца месяца»: a unit ends the phrase («/с» per second), no list before «до»
        if rule is PHRASE and right.feat("VerbForm") == "Conv" and t.word_of(left) is not None \
                and opened_by_its_words(t, t.word_of(left)):
            continue
        # after a closing quote or bracket the comma follows it: «…купил „Реал“, чтобы…»
        fixed = f"{left.text}{closing},{between[len(between.rstrip()):] or ' '}{right.text}"
        found.append(finding(rule, left.start, right.end, fixed))
    return found


def _then_follows(t: Text, tok: Token) -> bool:
    k = t.word_of(tok)
    return k is not None and k > 0 and then_part_follows(t, k)


def _no_clause(t: Text, tok: Token) -> bool:
    """The tree's clause opened by «что» (``tok``) is none (:func:`no_clause_after`)."""
    k = t.word_of(tok)
    return k is not None and k > 0 and no_clause_after(t, k)


def _before_ne(toks: tuple[Token, ...], ne: Token) -> tuple[Token | None, Token | None]:
    """«Когда курьер позвонит(,) не забудьте…»: the tree gave the clause the next word's «не». No comma follows
    «не», it goes before it."""
    before = toks[ne.index - 1] if ne.index > 0 else None
    if before is None or is_punct(before):
        return None, None
    return before, ne


def _before_tem_samym(toks: tuple[Token, ...], left: Token, right: Token) -> tuple[Token | None, Token | None]:
    """«…(,) тем самым ускорив работу»: «тем самым» opens the phrase after it; the comma goes before it
    (none when a mark stands there already)."""
    if left.low == "самым" and left.index >= 1 and toks[left.index - 1].low == "тем":
        before = toks[left.index - 2] if left.index >= 2 else None
        return (None, None) if before is None or is_punct(before) else (before, toks[left.index - 1])
    return left, right


def _borders(sent: Sentence, tok: Token):
    """(rule, token before the missing comma, token after it) for the phrase ``tok`` heads."""
    toks = sent.tokens
    verbal_adverb = tok.feat("VerbForm") == "Conv" and tok.head >= 0
    if tok.low in _ADVERSATIVE and tok.pos in ("CCONJ", "ADV") and tok.index > 0:
        before = toks[tok.index - 1]
        if not is_punct(before) and before.low not in ("и", "да", "или", "а", "но", "ну", "всяких", "никаких", "без"):
            yield HOMOGENEOUS, before, tok  # «но», «а», «зато» always take a comma before them
        return
    if tok.low in OPENERS and tok.index > 0:
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
        if kind is None and first.index > 0 and toks[first.index - 1].low in OPENERS \
                and tok.rel in ("acl:relcl", "ccomp", "advcl"):
            first = toks[first.index - 1]  # «всё, что сможем»: the tree hung «что» on the word before
            kind = _kind(sent, tok, first)
        if kind is None:
            return
        rule = CLAUSE if kind == "clause" else PHRASE
        if kind == "clause":
            first = _clause_start(toks, first)
        if verbal_adverb and (tok.head < tok.index or tok.head == tok.index  # a broken tree: the verb before it
                              and any(finite(t) for t in toks[:first.index])):
            first = gerund_start(toks, tok, first)
        left = word_before(toks, first.index) if first is not None else None
        if left is not None and may_precede(left) and first.pos != "CCONJ" \
                and not (first is tok and introductory_govorya(toks, tok)) and not adverb_opening_phrase(toks, left):
            yield rule, left, first
        if verbal_adverb:
            closing = gerund_close(sent, tok, last)
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
        elif nxt is not None and _closes_on(toks, tok, nxt) and not _second_subject(sent, tok, last, nxt) \
                and not object_set_off(sent, first, last, nxt):
            yield rule, last, nxt
        elif nxt is not None and _object_of_clause(toks, tok, nxt):
            yield rule, nxt, toks[nxt.head]


def _second_subject(sent: Sentence, tok: Token, last: Token, nxt: Token) -> bool:
    """The tree gave the clause two subjects, the second of them last and agreeing with the verb after
    it (particles or adverbs between: «он всё же привёз»): that one is the main verb's («Если вы готовы мы начнём» — not
    «мы, начнём»)."""
    toks = sent.tokens
    while nxt.pos in ("PART", "ADV") and nxt.index + 1 < len(toks):
        nxt = toks[nxt.index + 1]
    return last.rel.startswith("nsubj") and subject_of(last.text, nxt.text) and any(
        t.rel.startswith("nsubj") and t.index != last.index for t in sent.children(tok.index))


def _closes_on(toks: tuple[Token, ...], tok: Token, nxt: Token) -> bool:
    """The phrase ends before ``nxt`` for sure: ``nxt`` is the main predicate or opens a phrase of
    its own that the main predicate governs («…, в ответ мы пришлём»). A relative clause belongs to
    its noun, so there the predicate is the noun's head («Мастер, который приезжал, уже в пути»)."""
    if is_punct(nxt) or nxt.low in ("и", "или", "да", "а", "но", "либо") or verb_group_after(toks, tok, nxt):
        return False
    subject = nxt
    while subject.pos in ("ADV", "PART", "DET") and subject.index + 1 < len(toks):
        subject = toks[subject.index + 1]  # «Если будут ещё (какие-то) вопросы»: the words before the noun
    if tok.feat("VerbForm") == "Fin" and not any(t.head == tok.index and t.rel.startswith("nsubj") for t in toks) \
            and subject_of(subject.text, tok.text):
        return False  # «…что шёл дождь»: the noun after the clause's verb is its subject
    main = tok.head
    if tok.rel.startswith("acl") and main >= 0:
        main = toks[main].head
    if main < 0 or main < tok.index:
        # «…, если документы будут готовы позже 14-го»: a comparative right after the clause's predicate compares
        # within the clause, wherever the tree hung it
        return main >= 0 and nxt.head == main and nxt.rel in ("nsubj", "nsubj:pass", "advmod", "obj") \
            and not (nxt.rel == "advmod" and nxt.feat("Degree") == "Cmp")
    if any(is_punct(t) for t in toks[nxt.index:main]):
        return False  # the writer has closed the clause further on
    if nxt.index == main:
        return True
    k = nxt
    while k.head > k.index and k.head != main and toks[k.head].pos not in ("VERB", "AUX"):
        k = toks[k.head]  # climb the phrase ``nxt`` opens, rightwards, never past a verb
    if k.rel == "obj" and _second_object(toks, k):
        return False  # see _object_of_clause
    return k.head == main and k.rel in ("nsubj", "nsubj:pass", "advmod", "obj", "obl", "xcomp")


def _second_object(toks: tuple[Token, ...], obj: Token) -> bool:
    """The verb the tree hung ``obj`` on has another object after it."""
    return any(t.head == obj.head and t.rel == "obj" and t.index > obj.index for t in toks)


def _object_of_clause(toks: tuple[Token, ...], tok: Token, nxt: Token) -> bool:
    """The tree gave the main verb right after ``nxt`` two objects, ``nxt`` and one after the verb: ``nxt`` is
    the clause's own, and the clause ends after it («Если вы не получили письмо(,) проверьте папку»)."""
    return nxt.rel == "obj" and nxt.head == tok.head == nxt.index + 1 and _second_object(toks, nxt)


def _kind(sent: Sentence, tok: Token, first: Token) -> str | None:
    """"clause", "participle", "adverbial" — or None when no comma is due or the tree is unsure."""
    form = tok.feat("VerbForm")
    if form == "Conv" and not any(p.tag.POS == "GRND" for p in parses(tok.text)):
        return None  # the tagger's gerund the dictionary does not know as one: «…, подключу по просьбе»
    if form == "Conv":
        # «судя по», «благодаря», «молча» work as prepositions or adverbs and take no commas
        nxt = sent.tokens[tok.index + 1] if tok.index + 1 < len(sent.tokens) else None
        if tok.low in FIXED_VERBAL_ADVERBS or nxt is not None and ((tok.low, nxt.low) in GERUND_IDIOMS
                                                                    or tok.low == "говоря" and nxt.low in SPEAKING_HOW):
            return None  # «работали не покладая рук»: an idiom, no commas
        if nxt is not None and nxt.index == tok.head and all(t.index == tok.index or t.low == "не"
                                                             for t in sent.subtree(tok.index)):
            return None  # a lone gerund right before its verb tells how: «не глядя подписал»
        return "adverbial"
    opener = first
    if opener.pos == "ADP" and opener.index + 1 < len(sent.tokens):
        opener = sent.tokens[opener.index + 1]  # «по которому», «в котором»
    if opener.low not in OPENERS:
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
    if words and words[0].low in LEADING and not any(finite(t) for t in words[1:]):
        return  # «Если кто что знает»: inside a clause still waiting for its verb «что» means «что-нибудь»
    right = _clause_start(toks, tok)
    if right.index == 0:
        return
    left = word_before(toks, right.index)
    if left is None or not may_precede(left) or _kind(sent, verb, tok) != "clause":
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
            t.rel == "mark" or t.low in OPENERS for t in toks[head.index:first.index])
        if first.low == "и" and first.head == tok.index and not shared_opener and not is_question(sent) \
                and _own_clause(sent, head) and _own_clause(sent, tok):
            yield HOMOGENEOUS, toks[first.index - 1], first
        return
    if head.pos != tok.pos or tok.pos not in ("NOUN", "ADJ", "PROPN"):
        return  # without a conjunction the tree joins verbs too eagerly to be trusted
    if tok.pos in ("NOUN", "ADJ", "PROPN") and (head.feat("Case") != tok.feat("Case") or not tok.feat("Case")):
        return
    previous = toks[first.index - 1]
    if previous.pos == "CCONJ" or previous.index not in {t.index for t in sent.subtree(head.index)} \
            or modifier_of_next(toks, previous, tok) or _said_of_noun_before(previous, first):
        return  # the conjunct does not follow the words of the one before it, or takes the word before as its own
    yield HOMOGENEOUS, previous, first


def _said_of_noun_before(noun: Token, adjective: Token) -> bool:
    """An adjective right after a noun it agrees with says something of that noun («Сервис отличный, но доставка
    долгая»; the tree may join both words to the adjective before): no comma goes between the two."""
    if adjective.pos != "ADJ" or noun.pos not in ("NOUN", "PROPN"):
        return False
    return all(noun.feat(f) == adjective.feat(f) for f in ("Case", "Number")) and not (
        noun.feat("Gender") and adjective.feat("Gender") and noun.feat("Gender") != adjective.feat("Gender"))


# Units of time: after its verb such a noun tells how long («действует год», «длится неделю»), it is no subject.
# Any form: «действуют 6 месяцев», «длится две недели».
_DURATIONS = frozenset({"год", "месяц", "неделя", "день", "сутки", "час", "минута", "секунда", "полгода"})


def _own_clause(sent: Sentence, tok: Token) -> bool:
    # a finite verb, a short participle («собран») or a short adjective («готов») with a subject of its own — not
    # a duration the tree took for one («…придёт после оплаты и действует год»)
    # (a short adjective only with no «и» before it: «Курьер и оператор свободны и они…» may be one list)
    short = tok.pos == "ADJ" and tok.feat("Variant") == "Short" \
        and not any(t.low == "и" for t in sent.tokens[:tok.index])
    if not short and (tok.pos not in ("VERB", "AUX") or tok.feat("VerbForm") not in ("Fin", "Part")):
        return False
    return any(c.rel.startswith("nsubj") and not (c.index > tok.index and (c.low in _DURATIONS or any(
        p.tag.POS == "NOUN" and p.normal_form in _DURATIONS for p in parses(c.text)))) for c in sent.children(tok.index))


