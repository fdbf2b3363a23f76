"""Где начинается и кончается деепричастный оборот, когда дерево без запятых ошибается.

A word that can only be a verbal adverb opens a phrase whatever the tree made of it; where the phrase
ends is decided by the words after it (a subject in the nominative, the first finite verb of the main
clause). Set phrases («сломя голову») and gerunds that work as prepositions («судя по») take no commas.
The findings are OURS_PHRASE_COMMA's, explained in :mod:`syntax_commas`.
"""

from __future__ import annotations

from app.core.grammar.language import Sentence, Token
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, Text, parses
from app.core.grammar.rules.tree_words import (CLAUSE_CLOSERS, NEGATIVE_PRONOUNS, OPENERS, STEP_OVER,
                                               introductory_govorya, is_punct, may_precede, finite,
                                               nominative_only, only_gerund, subject_after_gerund, subject_of)

# Verbal adverbs that work as adverbs or prepositions and take no commas: «молча», «судя по», «благодаря».
FIXED_VERBAL_ADVERBS = frozenset({"молча", "стоя", "сидя", "лежа", "лёжа", "шутя", "нехотя", "спустя",
                                  "благодаря", "начиная", "включая", "судя", "исключая", "погодя", "спеша"})
# Gerunds frozen into idioms, written without commas (Розенталь): «сломя голову», «спустя рукава»…; and «исходя
# из» after its verb, a preposition there whose comma is optional («цена рассчитывается исходя из веса»; at the
# start of a sentence the phrase is still set off, by the opening-gerund check).
GERUND_IDIOMS = frozenset({("сломя", "голову"), ("спустя", "рукава"), ("сложа", "руки"), ("скрепя", "сердце"),
                           ("затаив", "дыхание"), ("разинув", "рот"), ("высунув", "язык"), ("засучив", "рукава"),
                           ("покладая", "рук"), ("очертя", "голову"), ("положа", "руку"), ("исходя", "из")})


def gerund_opening(sent: Sentence):
    """«Мы вернём деньги проверив данные» → «деньги, проверив»: a word that can only be a verbal
    adverb, with words of its own after it, opens a phrase, whatever the tree made of it. A «не»
    before the gerund goes into the phrase: «…, не дожидаясь ответа»."""
    toks = sent.tokens
    if toks and toks[0].head < 0 and only_gerund(toks[0].low) and (s := subject_after_gerund(toks, toks[0])):
        yield toks[s.index - 1], s  # the tree made the opening gerund the root: «Прочитав книгу(,) ты…»
    for tok in toks[1:]:
        if tok.low in FIXED_VERBAL_ADVERBS or not only_gerund(tok.low) or introductory_govorya(toks, tok):
            continue
        nxt = toks[tok.index + 1] if tok.index + 1 < len(toks) else None
        if nxt is None or is_punct(nxt) or finite(nxt) or (tok.low, nxt.low) in GERUND_IDIOMS:
            continue  # a lone gerund by its verb tells how: «не глядя подписал»
        right = tok
        if toks[tok.index - 1].low == "не" and tok.index >= 2:
            right = toks[tok.index - 1]
            if right.index >= 2 and toks[right.index - 1].low in NEGATIVE_PRONOUNS:
                right = toks[right.index - 1]  # «ничего не скрывая»: the negative pronoun is the gerund's
        left = toks[right.index - 1]
        if left.low in ("сам", "сама", "само", "сами") and any(finite(t) for t in toks[:left.index]):
            right, left = left, toks[left.index - 1]  # «Я всё видел(,) сам оставаясь незамеченным»
        # an adverb before the gerund is likely its own («быстро собрав вещи»): the border is unsure
        if is_punct(left) or not may_precede(left) or left.low in OPENERS or left.pos == "ADV" \
                or parses(left.text)[0].tag.POS == "ADVB":  # the tagger may call «почтительно» a verb
            continue
        yield left, right


# Parts of speech that belong to a clause of their own, not to a gerund's words before it.
_NOT_GERUNDS_OWN = frozenset({"VERB", "CONJ", "PRTS", "ADJS", "PRED"})


def opened_by_its_words(t: Text, left: int) -> bool:
    """Up to three words before a gerund, word ``left`` the last of them, follow a comma, a dash or a bracket and
    can all be the gerund's own — an object, an adverb, a phrase with a preposition, no verb, conjunction or word
    that can only be a subject: the phrase opens at that mark, set off already («…, подробно ему всё объясняя»,
    «…, вместо этого оставив записку», «…, сам того не заметив»)."""
    for k in range(left, max(left - 3, 0), -1):
        readings = parses(t.words[k].text)[:2]
        if not readings or any(p.tag.POS in _NOT_GERUNDS_OWN for p in readings[:1]) \
                or all(p.tag.case == "nomn" for p in readings):
            return False
        gap = t.gap_before(k)
        if any(mark in gap for mark in ",—–("):
            return True
        if not t.plain_gap(k):
            return False
    return False


def gerund_close(sent: Sentence, tok: Token, last: Token) -> Token | None:
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
    subject = subject_after_gerund(toks, tok)
    if subject is not None:
        return subject
    main = toks[tok.head]
    subject = next((t for t in toks[tok.index + 1:last.index + 1] if nominative_only(t)), None)
    if subject is not None and main.index > subject.index and finite(main) and subject_of(subject.text, main.text) \
            and not any(t.low in OPENERS or t.pos in ("SCONJ", "CCONJ") for t in toks[tok.index + 1:subject.index]):
        return subject
    start = max((t.index + 1 for t in toks[:tok.index] if t.text in (":", ";")), default=0)
    opens = all(is_punct(t) for t in toks[start:tok.index])  # the first word of the sentence or after a colon
    verb = next((t for t in toks[tok.index + 1:] if finite(t) or is_punct(t)), None)
    if not opens or verb is None or is_punct(verb) or verb.index <= tok.index + 1:
        return None
    between = toks[tok.index + 1:verb.index]
    # an infinitive right after the gerund is its own: «Стараясь понять клиента(,) легко найдёшь решение»
    own = 1 if between and between[0].feat("VerbForm") == "Inf" else 0
    if any(t.feat("Case") == "Nom" or t.low in OPENERS or t.pos in ("SCONJ", "CCONJ", "VERB", "AUX")
           for t in between[own:]):
        return None
    right = verb
    while right.index - 1 > tok.index + 1 + own and toks[right.index - 1].low in STEP_OVER | {"только", "лишь"}:
        right = toks[right.index - 1]
    before = toks[right.index - 1]
    if before.index > tok.index + own and before.pos == "ADV" and before.low not in CLAUSE_CLOSERS:
        return tok  # «…высоко(?) только ускоряешь»: the adverb may be either clause's, so no comma at all
    return right
