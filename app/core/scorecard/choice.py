"""A choice the customer asks help with: «Какой тариф взять — «Лайт» или «Стандарт»?», «Что лучше — поезд или
самолёт?», «Выбираю пылесос: S5 или M3. Что лучше?».

Such a question is answered by a pick: a sentence that names one of the two options and not the other, with a word
that chooses — a comparative of quality («лучше», «выгоднее», «надёжнее»), a verb of advising or fitting («советую»,
«рекомендую», «подойдёт»), or a bidding («берите», «выбирайте»). A reply that names both and picks neither («У нас
есть потребительский кредит и кредитная карта»; «Можете оформить возврат или обмен»), or none of them («Оба
направления востребованы, выбирайте по душе»), leaves the question open: the customer knew the options already.

The choice handed back is another miss (:func:`choice_handed_back`): the customer asks which one to take, and the
reply tells them to choose. «Какой курс выбрать — аналитик или тестировщик?» — «Оба направления востребованы,
выбирайте то, что больше по душе»; «Куда поехать в ноябре?» — «Таиланд, Египет, ОАЭ — выбирайте направление в
каталоге»: the reply leaves the customer where they were. The choosing verb («выбирайте», «решайте») addressed to the
customer with its object left open — any one («любую»), the one they like («то, что нравится», «подходящую»), by their
own measure («по цене», «сами») or no option named at all — is no pick. «Выберите в приложении тариф «Базовый»» names
the pick and is a step; a reply that recommends in another sentence («Советую «Бриз» … а номер выбирайте сами») has
picked already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.kin_words import kin_taken_up
from app.core.scorecard.questions import questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import PART_RE, Token, sentences, tokenize

# Verbs that ask or tell which to choose: «какой взять», «что посоветуете», «вам подойдёт».
_CHOOSING = frozenset({"выбрать", "выбирать", "взять", "брать", "посоветовать", "советовать", "порекомендовать",
                       "рекомендовать", "предпочесть"}) | frozenset({"подойти", "подходить", "хватить", "годиться"})
# «Для работы подходят оба», «хватит любого»: both options fit — an answer, unlike «выбирайте любой по душе»
_FITTING = frozenset({"подойти", "подходить", "хватить", "годиться"})
_EITHER = frozenset({"оба", "обе", "любой", "каждый"})
# Comparatives of quantity say how much, not which is better: «в «Бизнесе» больше возможностей».
_QUANTITY = frozenset({"больше", "меньше", "более", "менее", "дольше", "раньше", "позже", "позднее", "чаще", "реже"})
_ASKING = frozenset({"какой", "что", "как", "куда", "кто"})
_BOUNDARY_RE = re.compile(r"[—–:;,]|\s-\s")
_OPTION_POS = ("NOUN", "ADJF", "ADJS", "INFN", "VERB", "LATN", "ADVB", "NUMB", "PRTF")


def _chooses(tok: Token) -> bool:
    return tok.tag.startswith("COMP") and tok.lower not in _QUANTITY or bool(tok.lemmas & _CHOOSING)


def _options(text: str) -> tuple[list[Token], list[Token]] | None:
    """The two options of «… A или B …»: the words after the last break before «или», and those after it up to the
    next break; None unless both hold a word of their own."""
    m = re.search(r"\bили\b", text)
    if not m:
        return None
    left = _BOUNDARY_RE.split(text[:m.start()])[-1]
    right = _BOUNDARY_RE.split(text[m.end():])[0]
    words = [[t for t in tokenize(side) if t.tag.startswith(_OPTION_POS) and not _chooses(t)
              and not t.lemmas & _ASKING] for side in (left, right)]
    a, b = words
    a_only = [t for t in a if not any(t.lemmas & u.lemmas for u in b)]
    b_only = [t for t in b if not any(t.lemmas & u.lemmas for u in a)]
    return (a_only, b_only) if a_only and b_only else None


def choice_asked(r: Reply) -> tuple[str, tuple[list[Token], list[Token]]] | None:
    """The customer's question of choice and its two options, or None. The options stand in the question
    («Что лучше — поезд или самолёт?») or in a sentence of the customer's before it («Выбираю: S5 или M3. Что
    лучше?»)."""
    said = " ".join(r.customer_messages)
    for chunk in questions(r):
        words = tokenize(chunk)
        if not any(t.lemmas & _ASKING or t.lower in _ASKING for t in words) or not any(_chooses(t) for t in words):
            continue
        options = _options(chunk)
        if options is None and not re.search(r"\bили\b", chunk):
            before = said[:said.find(chunk)] if chunk in said else ""
            sentences = [s for s in re.split(r"(?<=[.!?…])\s+|\n", before) if re.search(r"\bили\b", s)]
            options = _options(sentences[-1]) if sentences else None
        if options is not None:
            return chunk.rstrip("?!. ").strip(), options
    return None


def _names(words: Sequence[Token], option: Sequence[Token]) -> bool:
    return any(t.lemmas & o.lemmas for t in words for o in option) or kin_taken_up(option, words)


def options_named(r: Reply, words: Sequence[Token], refs: frozenset[str] = frozenset()) -> frozenset[int]:
    """Which of the customer's two options (0, 1) the words name, by a word of their own or by a pronoun that stands
    for one (``refs``: the stems it stands for, as :mod:`contradiction` finds them); empty when no choice is asked.
    «в нём бесплатный обмен … в «Лайте» обмен стоит 3 000 ₽» speaks of two options, not of one thing twice."""
    asked = choice_asked(r)
    if asked is None:
        return frozenset()
    return frozenset(n for n, option in enumerate(asked[1]) if _names(words, option) or any(
        (x[:6] if len(x) >= 7 else x) in refs for o in option for x in o.lemmas) or any(
        # a name declined past the dictionary: «в «Лайте»» (read as «лаять») for «Лайт»
        len(o.lower) >= 3 and t.lower.startswith(o.lower) and len(t.lower) - len(o.lower) <= 2
        for t in words for o in option))


def choice_made(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """The sentence that picks one of the customer's two options, as a span; [] if none does (or nothing is asked).
    A sentence picks the option a word after its choosing word names («выбирайте кредит на 12 месяцев», «хватит и 100
    Мбит/с»), or the only one it names at all with a choosing word anywhere; «подходят оба» picks both."""
    asked = choice_asked(r)
    if asked is None:
        return []
    first, second = asked[1]
    bids = r.imperatives[0] + r.imperatives[1]
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside) or r.text[start:end].rstrip().endswith("?"):
            continue
        words = r.tokens_in(start, end)
        cues = [i for i, t in enumerate(words) if _chooses(t) or any(b[0] == t.start for b in bids)]
        if not cues:
            continue
        if any(t.lemmas & _FITTING for t in words) and any(t.lower in _EITHER or t.lemmas & _EITHER for t in words):
            return [(start, end - start)]
        for i in cues:
            after = [(_names([t], first), _names([t], second)) for t in words[i + 1:i + 6]]
            if next((a != b for a, b in after if a or b), False):
                return [(start, end - start)]
        if _names(words, first) != _names(words, second):
            return [(start, end - start)]
    return []


def choice_left_open(r: Reply, aside: Sequence[Span] = ()) -> str:
    """The customer's question of choice when no sentence of the reply picks one of its options; "" otherwise."""
    asked = choice_asked(r)
    return asked[0] if asked is not None and not choice_made(r, aside) else ""


# The choice handed back («выбирайте то, что по душе»): its own words, apart from the pick's above.
_CHOOSE = frozenset({"выбрать", "выбирать", "решить", "решать"})
# The object left open: whichever, whatever suits, by the customer's own measure.
_OPEN = frozenset({"любой", "подходящий", "удобный", "сам", "самостоятельно", "нравиться", "понравиться", "вкус",
                   "душа", "усмотрение", "цена", "дизайн", "желание"})
_THAT = frozenset({"то", "тот", "та", "ту", "те", "тех"})
# A pick said elsewhere: «советую», «рекомендуем», «лучше …», «подойдёт …», «берите …».
_PICK = frozenset({"советовать", "посоветовать", "рекомендовать", "порекомендовать", "подойти", "брать", "взять"})
# The customer asks to be told which: «посоветуйте», «что выбрать», «что лучше / выгоднее», «… или …?», «какую
# карту оформить?», «куда поехать?».
_ADVISE = frozenset({"посоветовать", "советовать", "выбрать", "выбирать"})
_BETTER = frozenset({"лучше", "выгоднее"})
_WHICH = frozenset({"какой", "куда"})


def choice_handed_back(r: Reply) -> list[Span]:
    """The choosing imperative(s) that hand the customer's choice back to them, when nothing is picked elsewhere."""
    if not asks_which(r):
        return []
    found: list[Span] = []
    for i, tok in enumerate(r.tokens):
        if not (tok.lemmas & _CHOOSE and tok.tag.startswith("VERB") and "impr" in tok.tag and "plur" in tok.tag):
            continue
        start, end = r.sentence_at(tok.start)
        if any(s != (tok.start, tok.end - tok.start) and start <= s[0] < end for s in r.imperatives[0]):
            continue  # «откройте заказ, нажмите «Вернуть» и выберите пункт выдачи»: a step of a way, not the choice
        clause = next((m for m in PART_RE.finditer(r.text, start, end) if m.start() <= tok.start < m.end()), None)
        rest = [t for t in r.tokens_in(tok.end, end)]
        if _left_open(rest[:8], r.text, tok.end, clause.end() if clause else end):
            found.append((tok.start, tok.end - tok.start))
    if not found:
        return []
    chosen_in = {r.sentence_at(s[0]) for s in found}
    for tok in r.tokens:
        if r.sentence_at(tok.start) in chosen_in:
            continue
        if tok.lemmas & _PICK and tok.tag.startswith("VERB") or tok.lower == "лучше" and "COMP" in tok.tag:
            return []
    return found


def asks_which(r: Reply) -> bool:
    """The customer asks to be told which one: a word of advice or choosing, «лучше / выгоднее», a question with
    «или», or «какой / куда» with a verb of taking or doing in its sentence («какую карту оформить?»)."""
    for start, end in _sentences(r.customer_messages):
        toks = [t for t in r.customer_tokens if start <= t.start < end]
        question = "?" in "\n".join(r.customer_messages)[start:end]
        if any(t.lemmas & _ADVISE or t.lower in _BETTER for t in toks):
            return True
        if question and any(t.lower == "или" for t in toks):
            return True
        if any(t.lemmas & _WHICH for t in toks) and any(t.tag.startswith("INFN") for t in toks):
            return True
    return False


def _sentences(messages: Sequence[str]) -> list[tuple[int, int]]:
    return sentences("\n".join(messages))


def _left_open(rest: Sequence[Token], text: str, at: int, clause_end: int) -> bool:
    """The words after the choosing verb leave its object open: an open word, «то / ту, что / которая», or no
    option named (no quoted or capitalised name, no figure) up to the end of its clause."""
    if any(t.lemmas & _OPEN or t.lower in _OPEN for t in rest):
        return True
    if rest and rest[0].lower in _THAT:
        return True
    named = "«" in text[at:clause_end] or any(
        t.start < clause_end and (any(c.isdigit() for c in t.text) or t.text[:1].isupper()) for t in rest)
    return not named

