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

CLAUSE = RuleInfo(
    "OURS_CLAUSE_COMMA",
    "Запятые вокруг придаточного предложения",
    "Придаточное предложение отделяется запятыми.",
    "Придаточное предложение отделяется от главного запятыми с обеих сторон: «Я уточню, когда "
    "курьер приедет», «Если заказ не придёт, напишите нам», «Мастер, который к вам приезжал, "
    "уже в пути». Запятая стоит перед союзом или союзным словом, а если перед ним предлог — "
    "перед предлогом: «Адрес, по которому…».",
    Category.PUNCTUATION,
)
PHRASE = RuleInfo(
    "OURS_PHRASE_COMMA",
    "Запятые при причастном и деепричастном обороте",
    "Оборот нужно выделить запятыми.",
    "Деепричастный оборот выделяется запятыми всегда: «Оформив заказ, вы получите письмо». "
    "Причастный оборот выделяется, когда стоит после слова, к которому относится: «Письмо, "
    "отправленное вчера, дошло», но «Отправленное вчера письмо дошло».",
    Category.PUNCTUATION,
)
HOMOGENEOUS = RuleInfo(
    "OURS_LIST_COMMA",
    "Запятая между однородными членами и частями сложного предложения",
    "Однородные члены или части сложного предложения разделяются запятой.",
    "Однородные члены без союза разделяются запятыми: «Проверьте адрес, телефон, время». Перед "
    "союзами «а», «но», «однако», «зато» запятая нужна всегда: «Заказ собран, но не отправлен». "
    "Две части сложного предложения, у каждой из которых своё подлежащее, разделяются запятой "
    "и перед «и»: «Заказ собран, и курьер уже выехал».",
    Category.PUNCTUATION,
)

RULES = (CLAUSE, PHRASE, HOMOGENEOUS)

_OPENERS = frozenset({"что", "чтобы", "чтоб", "когда", "если", "хотя", "где", "куда", "откуда",
                      "который", "которая", "которое", "которые", "которого", "которой", "которому",
                      "которым", "котором", "которую", "которых", "которыми", "кто", "чей", "чья",
                      "чьё", "чье", "чьи", "почему", "зачем", "сколько", "поскольку", "будто", "словно",
                      "ибо", "как", "какой", "какая", "какое", "какие", "каким", "каких",
                      "какую", "каком", "какому", "какого"})
# After these a clause-opening word may stand without a comma: «потому что», «так как», «не что
# иное как», «лишь когда», «и если», «то, что» is handled by the clause's first word anyway.
_NO_COMMA_AFTER = frozenset({"и", "а", "но", "или", "либо", "да", "ни", "не", "лишь", "только", "именно",
                             "даже", "потому", "оттого", "так", "тогда", "то", "как", "вот", "ведь",
                             "особенно", "хотя", "причем", "притом", "тем", "того", "затем", "словно", "будто",
                             "раньше", "прежде", "после", "перед", "до", "ли", "уже", "еще", "ещё",
                             "также", "тоже", "чем", "что", "это", "просто", "однако", "зато"})
# Words that stand for a noun and take a participle without a comma: «всем проживающим», «тех, кто».
_PRONOUN_HEADS = frozenset({"все", "всем", "всех", "всеми", "те", "тем", "тех", "теми", "каждый", "каждому",
                            "любой", "любому", "многие", "многим", "многих"})
_ADVERSATIVE = frozenset({"а", "но", "однако", "зато"})
_CLOSING = "»)\"”’]"
_CLAUSE_RELS = ("advcl", "ccomp", "acl", "acl:relcl", "csubj", "parataxis")
_FIXED_VERBAL_ADVERBS = frozenset({"молча", "стоя", "сидя", "лежа", "лёжа", "шутя", "нехотя", "спустя",
                                   "благодаря", "начиная", "включая", "судя", "исключая", "погодя", "спеша"})


def check(t: Text) -> list[Finding]:
    if not any(ch.isalpha() for ch in t.text):
        return []
    gaps: dict[int, tuple] = {}  # token start → (rule, left token, right token)
    for sent in t.analysis.sentences:
        for rule, left, right in _relative_clause_end(sent):
            gaps.setdefault(right.start, (rule, left, right))
        for tok in sent.tokens:
            for rule, left, right in _borders(sent, tok):
                if left is not None and right is not None and right.start not in gaps:
                    gaps[right.start] = (rule, left, right)
    found = []
    for rule, left, right in gaps.values():
        between = t.text[left.end:right.start]
        closing = between.strip()
        if closing.strip(_CLOSING):
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
        if not _is_punct(before) and before.low not in ("и", "да", "или", "а", "но"):
            yield HOMOGENEOUS, before, tok  # «но», «а», «зато» always take a comma before them
        return
    if tok.low in _OPENERS and tok.index > 0:
        yield from _opener(sent, tok)
    if tok.feat("VerbForm") == "Part" and tok.pos == "VERB":
        yield from _participle(sent, tok)
    if tok.rel == "conj" and tok.head >= 0:
        yield from _conjunct(sent, tok)
    elif (tok.rel in _CLAUSE_RELS or verbal_adverb) and tok.head >= 0 and tok.feat("VerbForm") != "Part":
        span = _contiguous(sent, tok.index)
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
        left = _word_before(toks, first.index)
        if left is not None and _may_precede(left) and first.pos != "CCONJ":
            yield rule, left, first
        nxt = toks[last.index + 1] if last.index + 1 < len(toks) else None
        if nxt is not None and _closes_on(toks, tok, nxt):
            yield rule, last, nxt


def _closes_on(toks: tuple[Token, ...], tok: Token, nxt: Token) -> bool:
    """The phrase ends before ``nxt`` for sure: ``nxt`` is the main predicate or opens a phrase of
    its own that the main predicate governs («…, в ответ мы пришлём»). A relative clause belongs to
    its noun, so there the predicate is the noun's head («Мастер, который приезжал, уже в пути»)."""
    if _is_punct(nxt) or nxt.low in ("и", "или", "да", "а", "но", "либо"):
        return False
    main = tok.head
    if tok.rel.startswith("acl") and main >= 0:
        main = toks[main].head
    if main < 0 or main < tok.index:
        return main >= 0 and nxt.head == main and nxt.rel in ("nsubj", "nsubj:pass", "advmod", "obj")
    if any(_is_punct(t) for t in toks[nxt.index:main]):
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
    if form == "Conv":
        # «судя по», «благодаря», «молча» work as prepositions or adverbs and take no commas
        return None if tok.low in _FIXED_VERBAL_ADVERBS else "adverbial"
    opener = first
    if opener.pos == "ADP" and opener.index + 1 < len(sent.tokens):
        opener = sent.tokens[opener.index + 1]  # «по которому», «в котором»
    if opener.low not in _OPENERS:
        return None
    after = sent.tokens[opener.index + 1] if opener.index + 1 < len(sent.tokens) else None
    if after is not None and (opener.low, after.low) in (("что", "бы"), ("как", "раз"), ("что", "ли")):
        return None  # «что бы то ни было», «как раз»
    if opener.low == "как" and not _has_subject(sent, tok):
        return None  # «известна как правило»: a comparison, not a clause
    if form not in ("Fin", "") and tok.pos not in ("VERB", "AUX") and not _has_subject(sent, tok):
        return None
    return "clause"


_RELATIVE = frozenset(w for w in _OPENERS if w.startswith("котор"))
_NO_CLAUSE_END = frozenset({"и", "или", "а", "но", "да", "либо", "что", "чтобы", "если", "когда", "как"})


def _relative_clause_end(sent: Sentence):
    """«Мастер, который к вам приезжал(,) уже в пути»: a subject opens the sentence and a
    «который» clause follows it; the clause ends before the next verb. Tagging finite verbs is
    sure even where the tree, lost without the commas, is not."""
    toks = sent.tokens
    words = [t for t in toks if not _is_punct(t)]
    if len(words) < 5 or words[0].pos not in ("NOUN", "PROPN") or words[1].low not in _RELATIVE:
        return
    if any(_is_punct(t) for t in toks[:words[-1].index]):
        return  # the writer has put some marks in: trust them
    verbs = [t for t in words[2:] if t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin"]
    if len(verbs) != 2 or any(t.low in _NO_CLAUSE_END for t in toks[verbs[0].index + 1:verbs[1].index]):
        return
    right = verbs[1]
    while right.index - 1 > verbs[0].index and toks[right.index - 1].low in ("не", "уже", "тоже", "также", "ещё",
                                                                             "еще", "всегда", "никогда"):
        right = toks[right.index - 1]
    if right.index - 1 >= verbs[0].index:
        yield CLAUSE, toks[right.index - 1], right


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
    right = tok
    if tok.index >= 2 and toks[tok.index - 1].pos == "ADP":
        right = toks[tok.index - 1]
    if right.index == 0:
        return
    left = _word_before(toks, right.index)
    if left is None or not _may_precede(left) or _kind(sent, verb, tok) != "clause":
        return
    yield CLAUSE, left, right


def _participle(sent: Sentence, tok: Token):
    """A participle with words of its own right after the noun it agrees with: «письмо, отправленное
    вчера». The tree often hangs such a participle on the wrong word, so agreement decides."""
    toks = sent.tokens
    if tok.index < 1 or tok.index + 1 >= len(toks):
        return
    noun, nxt = toks[tok.index - 1], toks[tok.index + 1]
    if noun.pos not in ("NOUN", "PROPN") or noun.low in _PRONOUN_HEADS or _is_punct(nxt):
        return
    if not _depends_on(sent, nxt, tok):
        return  # the participle has no words of its own after it: «выбранный товар» stays as it is
    if not agree(noun.text, tok.text):
        return
    yield PHRASE, noun, tok
    end = _contiguous(sent, tok.index)
    if end is not None and end[0].index == tok.index and end[1].index + 1 < len(toks):
        after = toks[end[1].index + 1]
        if not _is_punct(after) and after.low not in ("и", "или", "а", "но"):
            yield PHRASE, end[1], after


def _conjunct(sent: Sentence, tok: Token):
    toks = sent.tokens
    head = toks[tok.head]
    if tok.index < head.index:
        return
    span = _contiguous(sent, tok.index)
    if span is None:
        return
    first = span[0]
    if first.index == 0 or _is_punct(toks[first.index - 1]):
        return
    if first.pos == "CCONJ" or any(c.rel == "cc" and c.index < tok.index for c in sent.children(tok.index)):
        # «а», «но» are handled on their own; «и» between two clauses, each with its subject
        shared_opener = head.rel in _CLAUSE_RELS or any(  # «когда открыты видео и сданы задания»
            t.rel == "mark" or t.low in _OPENERS for t in toks[head.index:first.index])
        if first.low == "и" and not shared_opener and _own_clause(sent, head) and _own_clause(sent, tok):
            yield HOMOGENEOUS, toks[first.index - 1], first
        return
    if head.pos != tok.pos or tok.pos not in ("NOUN", "ADJ", "PROPN"):
        return  # without a conjunction the tree joins verbs too eagerly to be trusted
    if tok.pos in ("NOUN", "ADJ", "PROPN") and (head.feat("Case") != tok.feat("Case") or not tok.feat("Case")):
        return
    previous = toks[first.index - 1]
    if previous.index not in {t.index for t in sent.subtree(head.index)}:
        return  # the conjunct does not follow the words of the one before it
    yield HOMOGENEOUS, previous, first


def _depends_on(sent: Sentence, tok: Token, ancestor: Token) -> bool:
    for _ in range(4):
        if tok.head < 0:
            return False
        if tok.head == ancestor.index:
            return True
        tok = sent.tokens[tok.head]
    return False


def agree(noun: str, participle: str) -> bool:
    """Some reading of the participle agrees with some reading of the noun in case, number, gender."""
    for n in parses(noun):
        if n.tag.POS != "NOUN":
            continue
        for p in parses(participle):
            if p.tag.POS == "PRTF" and p.tag.case == n.tag.case and p.tag.number == n.tag.number and (
                    n.tag.number == "plur" or p.tag.gender == n.tag.gender):
                return True
    return False


def _own_clause(sent: Sentence, tok: Token) -> bool:
    # a finite verb or a short participle («собран») with a subject of its own
    return tok.pos in ("VERB", "AUX") and tok.feat("VerbForm") in ("Fin", "Part") and _has_subject(sent, tok)


def _has_subject(sent: Sentence, tok: Token) -> bool:
    return any(c.rel.startswith("nsubj") for c in sent.children(tok.index))


def _contiguous(sent: Sentence, i: int) -> tuple[Token, Token] | None:
    """First and last word of token i's phrase, if the phrase is one unbroken stretch."""
    sub = [t for t in sent.subtree(i) if not _is_punct(t)]
    if not sub or sub[-1].index - sub[0].index + 1 != len(sub) + _inner_punct(sent, sub):
        return None
    return sub[0], sub[-1]


def _inner_punct(sent: Sentence, sub: list[Token]) -> int:
    return sum(1 for t in sent.tokens[sub[0].index:sub[-1].index + 1] if _is_punct(t))


def _word_before(toks: tuple[Token, ...], i: int) -> Token | None:
    """The word before token i, stepping over closing quotes and brackets; None after other marks."""
    k = i - 1
    while k >= 0 and _is_punct(toks[k]) and all(ch in _CLOSING for ch in toks[k].text):
        k -= 1
    return toks[k] if k >= 0 and not _is_punct(toks[k]) else None


def _may_precede(tok: Token) -> bool:
    return tok.low not in _NO_COMMA_AFTER and tok.pos not in ("ADP", "CCONJ", "SCONJ", "PART")


def _is_punct(tok: Token) -> bool:
    return tok.pos == "PUNCT" or not any(ch.isalnum() for ch in tok.text)
