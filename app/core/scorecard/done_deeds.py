"""What is already done owes no time: the rubric counts «сделанная оператором операция» as an answer, and «Шаг
назван, но не сказано, когда» is for a step still to come.

Read by grammar, not by a list of verbs:

- the very doing the customer bade, told in a short passive participle of a perfective verb: «Срочно заблокируйте
  симку!» — «SIM-карта заблокирована»; «поменяйте адрес» — «адрес изменён» (the same verb, or one close by navec);
- a state the customer asked about, reached: «Когда вернут деньги?» — «Деньги вернулись на карту вчера», a perfective
  past of the asked verb (its stem) said of a thing the customer wrote about;
- a state the customer asked about, named back: «На какую почту зарегистрирован аккаунт?» — «Аккаунт зарегистрирован
  на oleg@example.ru».

Not a promise («будет заблокирована»), not a negation («не заблокирована»), and not what the customer reported
themselves («Карту заблокировали!» — «Карта заблокирована системой безопасности»: told back, nothing done).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.answer_forms import sent_on
from app.core.scorecard.card import Span
from app.core.scorecard.kin_words import kin_taken_up
from app.core.scorecard.questions import content, questions, touched
from app.core.scorecard.relevance import indirect_questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import bids_left
from app.core.scorecard.tickets import ticket_made
from app.core.scorecard.words import Token, morph, normal_form, tokenize

# Verbs this close in navec's space name one doing: «поменять» ~ «изменить», «исправить» ~ «поправить».
_SAME_DOING = 0.4
# Passing the matter on is no deed done: «передано», «направлено» (the hand-off rules read those).
_PASSED_ON = frozenset({"передать", "направить", "переслать", "перенаправить", "эскалировать"})


def _stems(lemmas: frozenset[str]) -> set[str]:
    """«вернуть» and «вернуться» are one doing: a five-letter stem of a long lemma, the lemma of a short one."""
    return {x[:5] if len(x) >= 6 else x for x in lemmas}


def _negated(tokens: list[Token], i: int) -> bool:
    return any(t.lower == "не" for t in tokens[max(0, i - 3):i])


def asked_doings(r: Reply) -> tuple[list[Token], set[str]]:
    """The customer's verbs that bid or ask for a doing — an imperative, an infinitive, a future («вернёте?»), or a
    past that says it has not happened («так и не вернули») — and the stems of the verbs they report as done («карту
    заблокировали»), which a participle of the reply would only tell back."""
    told = r.customer_tokens
    asked, reported = [], set()
    for i, t in enumerate(told):
        if t.tag.startswith("PRTS") and "pssv" in t.tag and not _negated(told, i):
            reported |= _stems(t.lemmas)  # «статус «отменён»», «карта заблокирована»: a state the customer sees
            continue
        if not t.tag.startswith(("VERB", "INFN")):
            continue
        if "past" in t.tag and not _negated(told, i):
            reported |= _stems(t.lemmas)
        elif "past" in t.tag and _own_denied(told, i):
            continue  # «я ничего не отменяла»: the customer denies a doing of their own, and bids none
        elif "impr" in t.tag or t.tag.startswith("INFN") or "futr" in t.tag or "past" in t.tag:
            asked.append(t)
    return asked, reported


def _own_denied(told: list[Token], i: int) -> bool:
    """«Я ничего не отменяла», «мы не подключали»: a negated past with «я / мы» just before it — the customer says they
    did not do it, which asks the company for nothing (unlike «деньги так и не вернули»)."""
    return any(t.lower in ("я", "мы") for t in told[max(0, i - 4):i])


def bade_this(r: Reply, tok: Token) -> bool:
    """The customer bade this very verb (its stem, in an imperative or an infinitive): «Передайте благодарность» —
    «Передала»."""
    return any(_stems(tok.lemmas) & _stems(t.lemmas) for t in asked_doings(r)[0]
               if "impr" in t.tag or t.tag.startswith("INFN"))


def same_doing(tok: Token, asked: list[Token]) -> bool:
    """``tok`` names the doing of one of ``asked``: the same stem, or a verb close by navec."""
    from app.core.grammar.language.syntax import close_in_meaning  # the language layer holds the navec vectors
    mine = normal_form(tok.lower)
    return any(_stems(tok.lemmas) & _stems(t.lemmas)
               or close_in_meaning(mine, normal_form(t.lower), _SAME_DOING) for t in asked)


def bidden_done(r: Reply, idx: int) -> bool:
    """The short passive participle at ``idx`` («заблокирована», «изменён») tells the doing the customer bade as done."""
    tok = r.tokens[idx]
    if not tok.tag.startswith("PRTS") or "perf" not in tok.tag or "pssv" not in tok.tag or tok.lemmas & _PASSED_ON:
        return False
    start, _ = r.sentence_at(tok.start)
    before = [t for t in r.tokens[max(0, idx - 3):idx] if t.start >= start]
    if _negated(r.tokens, idx) or any(t.lemmas & {"быть", "будет"} for t in before):
        return False
    asked, reported = asked_doings(r)
    return not _stems(tok.lemmas) & reported and same_doing(tok, asked)


def state_reached(r: Reply, idx: int) -> bool:
    """The perfective past at ``idx`` («вернулись», «пришла») tells that the doing the customer asked about has
    happened to a thing they wrote about: the asked verb's stem, and a noun of the customer's in the nominative before
    it in its sentence («Деньги вернулись на карту вчера» to «Когда вернут деньги?»)."""
    tok = r.tokens[idx]
    if not tok.tag.startswith("VERB") or "perf" not in tok.tag or "past" not in tok.tag or _negated(r.tokens, idx) \
            or tok.lemmas & _PASSED_ON:
        return False
    asked, reported = asked_doings(r)
    if _stems(tok.lemmas) & reported or not any(_stems(tok.lemmas) & _stems(t.lemmas) for t in asked):
        return False
    start, _ = r.sentence_at(tok.start)
    theirs = {x for lemmas in content(r.customer_tokens).values() for x in _stems(lemmas)}
    return any(t.tag.startswith("NOUN") and touched(t.lemmas, theirs) and _subject_of(t, tok)
               for t in r.tokens[:idx] if t.start >= start)


def _subject_of(noun: Token, verb: Token) -> bool:
    """A reading of ``noun`` in the nominative agrees with the past ``verb`` («Деньги» — «вернулись»: the likeliest
    reading of «деньги» is the accusative)."""
    for p in morph().parse(noun.lower):
        if p.tag.POS == "NOUN" and p.tag.case == "nomn":
            if "plur" in verb.tag:
                return p.tag.number == "plur"
            if p.tag.number == "sing" and (p.tag.gender is None or p.tag.gender in verb.tag):
                return True
    return False


# The words that ask which, where or whose: «на какую почту…?», «куда…?», «на кого оформлен…?».
_WHICH = frozenset({"какой", "куда", "где", "кто", "чей", "каков"})


def state_named_back(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«На какую почту зарегистрирован аккаунт?» — «Аккаунт зарегистрирован на oleg@example.ru»: to a which- or
    where-question about a state (a short participle or a past verb), a statement that says the same predicate back,
    not negated, with what the customer did not write after it in its part of the sentence (a name, an address, a
    figure, a word of its own) — the state the customer asked about, named."""
    told = r.customer_tokens
    theirs = {t.lower for t in told} | set().union(*(t.lemmas for t in told))
    found = []
    for q in questions(r) + indirect_questions(r):
        words = tokenize(q)
        if not any(t.lemmas & _WHICH for t in words):
            continue
        states = [t for t in words if t.tag.startswith("PRTS") or t.tag.startswith("VERB") and "past" in t.tag]
        for k, tok in enumerate(r.tokens):
            if not (tok.tag.startswith("PRTS") or tok.tag.startswith("VERB") and "past" in tok.tag) \
                    or not any(tok.lemmas & s.lemmas for s in states) or _negated(r.tokens, k) \
                    or any(a[0] <= tok.start < a[1] for a in aside):
                continue
            # its part of the sentence: up to a comma, a colon or a dash before a space (not the dot of an address)
            start, end = r.sentence_at(tok.start)
            stop = re.search(r"[,;:—–](?=\s)|[.!?…](?=\s|$)", r.text[tok.end:end])
            stop_at = tok.end + stop.start() if stop else end
            if r.text[start:end].rstrip().endswith("?"):
                continue
            after = [t for t in r.tokens[k + 1:] if t.start < stop_at]
            if any((t.tag.startswith(("NOUN", "LATN", "UNKN", "NUMB", "ADJF")) and "Apro" not in t.tag
                    or any(c.isdigit() for c in t.text)) and t.lower not in theirs and not t.lemmas & theirs
                   for t in after):
                found.append((tok.start, stop_at - tok.start))
    return found


def told_as_past(r: Reply, span: Span) -> bool:
    """«Платёж поступил 16-го», «Рейс отменён»: the word at ``span`` is a past verb or a short participle — what
    happened, no step to come that a time is owed for; not «будет заблокирован», nor the matter passed on («передала в
    отдел», «создала обращение»), whose work is still to come."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None or r.tokens[idx].lemmas & _PASSED_ON or ticket_made(r, idx) or sent_on(r.tokens, idx):
        return False
    tok = r.tokens[idx]
    if tok.tag.startswith("PRTS"):
        return not any(t.lemmas & {"быть"} and "futr" in t.tag for t in r.tokens[max(0, idx - 3):idx])
    return tok.tag.startswith("VERB") and "past" in tok.tag


def bids_undone(r: Reply, done: Sequence[Span]) -> list[Token]:
    """«Отключите «Кино+» и верните деньги» — «Подписка отключена»: when every deed done is a participle of a bidden
    doing, the other doings the customer bade that the reply never speaks of (:func:`steps.bids_left`)."""
    told = [t for k, t in enumerate(r.tokens) if any(t.start == d[0] for d in done) and bidden_done(r, k)]
    if not done or len(told) != len(done):
        return []
    said = set().union(*(t.lemmas for t in r.tokens))
    return [b for b in bids_left(r) if not any(same_doing(t, [b]) for t in told) and not _object_said(r, b, said)]


def _object_said(r: Reply, bid: Token, said: set[str]) -> bool:
    """What the bidden doing is done to (the first noun within three words after it) is spoken of in the reply:
    «верните деньги» — «…гарантирую, что деньги будут на карте к вечеру»."""
    told = r.customer_tokens
    at = next((i for i, t in enumerate(told) if t.start == bid.start), None)
    noun = next((t for t in told[at + 1:at + 4] if t.tag.startswith("NOUN")), None) if at is not None else None
    return noun is not None and bool(noun.lemmas & said)


def alike(a: str, b: str) -> bool:
    """Two verbs name one doing by navec: «поправить» ~ «исправить», not «отменить» ~ «вернуть»."""
    from app.core.grammar.language.syntax import close_in_meaning  # the language layer holds the navec vectors
    return close_in_meaning(a, b, 0.4)


def agrees(noun: str, verb: str) -> bool:
    """A noun in the nominative can be the subject of a past verb: the same number, and in the singular the same
    gender."""
    if "plur" in verb:
        return "plur" in noun
    return "sing" in noun and not any(g in verb and g not in noun for g in ("masc", "femn", "neut"))


# «Номер заявки у меня есть»: «есть» reads as an infinitive too, and being is no doing bidden.
_BEING = frozenset({"быть", "есть"})


def passed_on_left(r: Reply, done: Sequence[Span], slow: Sequence[Span], aside: Sequence[Span] = ()) -> list[Span]:
    """«Отключите пакет и верните деньги» — «Пакет я отключила. По возврату создана заявка, её рассмотрят»: of two
    doings the customer bade, one is done and the other only handed to an unnamed check with no time, or told as to
    come («Бронь отменила, деньги вернутся на карту») — the company's step the rubric owes a time for (a deed done does
    not stand for the doing left). The slow promises, and the future verbs of a bidden doing, whose sentence names a
    bidden doing (its stem or its noun) that no deed done names; the caller has found no time in the reply."""
    bids = [t for t in asked_doings(r)[0]  # «Отключите» is also «вы отключите»; «Деньги вернутся?», «можно ли
            if ("impr" in t.tag or "2per" in t.tag and "futr" in t.tag)  # поменять?» ask, bid not
            and not t.lemmas & _BEING]
    if not done or len({frozenset(_stems(t.lemmas)) for t in bids}) < 2:
        return []
    deeds = [t for t in r.tokens if any(t.start == d[0] for d in done)]
    # each deed stands for the bid of its own stem, else for one close by navec («отменить» ~ «вернуть» is close too)
    matched = [b for d in deeds for b in ([b for b in bids if _stems(b.lemmas) & _stems(d.lemmas)]
                                          or [b for b in bids if same_doing(d, [b])])]
    left = [b for b in bids if b not in matched]
    # «Бронь отменила, деньги вернутся на карту»: the doing left, told only as to come
    coming = [(t.start, t.end - t.start) for t in r.tokens if t.tag.startswith("VERB") and "futr" in t.tag
              and "2per" not in t.tag and any(_stems(b.lemmas) & _stems(t.lemmas) for b in left)
              and not any(a[0] <= t.start < a[1] for a in aside)]
    found = []
    for span in list(slow) + [c for c in coming if c not in slow]:
        start, end = r.sentence_at(span[0])
        words = r.tokens_in(start, end)
        if any(_stems(b.lemmas) & _stems(t.lemmas) for b in left for t in words) \
                or any(kin_taken_up([b], words) for b in left):
            found.append(span)
    return found
