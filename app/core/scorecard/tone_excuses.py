"""Lecturing the tone lists miss, read from how the sentence is built (docs/scorecard_rubric.md, «Тон»: «поучение»,
«снисходительность»):

- **the customer asked to excuse the staff**: «Постарайтесь её понять», «войдите в его положение», «отнеситесь к
  курьеру с пониманием» — a bid to the customer to understand or forgive someone of the company's, said to a customer
  who complains: the complaint turned into the customer's duty;
- **a threat waved off**: «Судиться можете, но…», «Жаловаться вы, конечно, можете», «пишите жалобу сколько угодно» —
  the customer's right to complain or go to court put first and granted with a shrug;
- **told to learn**: «научитесь пользоваться фильтрами» — to a customer with a trouble, a bid to learn or study up:
  the trouble put down to what the customer does not know; to any customer, a bid to learn «first» («Вам сначала
  нужно выучить падежи») — learning set as the condition of being helped.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token

_TRY = frozenset({"постараться", "попытаться", "попробовать", "попытаться"})
_EXCUSE = frozenset({"понять", "простить", "пожалеть", "посочувствовать", "войти", "отнестись"})
# «войти» and «отнестись» excuse only as «войти в положение», «отнестись с пониманием / снисходительно».
_EXCUSE_WITH = {"войти": frozenset({"положение"}), "отнестись": frozenset({"понимание", "снисходительно", "снисхождение"})}
_THIRD = frozenset({"его", "её", "ее", "их", "ему", "ей", "им", "нему", "ней", "ним", "него", "неё", "нее", "них"})
_STAFF = frozenset({"сотрудник", "курьер", "преподаватель", "учитель", "учительница", "оператор", "специалист",
                    "мастер", "менеджер", "водитель", "коллега", "врач", "администратор", "кассир", "продавец",
                    "консультант", "педагог", "тренер", "гид", "куратор", "наставник", "монтажник", "сотрудница",
                    "персонал", "работник", "повар", "официант", "горничная"})
_COMPLAIN = frozenset({"судиться", "жаловаться", "пожаловаться", "обжаловать", "засудить"})
_COURT_VERBS = frozenset({"подать", "подавать", "обратиться", "обращаться", "писать", "написать", "идти", "пойти", "оставить", "оставлять"})
_COURT = frozenset({"суд", "жалоба", "претензия", "роспотребнадзор", "прокуратура", "иск"})
_LEARN = frozenset({"выучить", "подучить", "научиться", "поучиться", "подтянуть", "доучить", "подучиться",
                    "выучиться", "вызубрить", "разучить"})
_FIRST = frozenset({"сначала", "сперва", "вначале", "прежде"})
_MODAL = frozenset({"нужно", "надо", "следует", "стоит", "стоило", "придётся", "придется", "необходимо", "должный"})


def _bid(words: list[Token], i: int) -> bool:
    """The verb at ``i`` is bid of the customer: a plural imperative, or an infinitive after one («постарайтесь
    понять») or after «вам нужно / стоит / придётся», «вы должны»."""
    tok = words[i]
    if "impr" in tok.tag and "plur" in tok.tag:
        return True
    if not tok.tag.startswith("INFN"):
        return False
    before = words[max(0, i - 4):i]
    return any("impr" in t.tag and t.lemmas & _TRY for t in before) or (
        any(t.lower in ("вам", "вы") for t in before) and any(t.lemmas & _MODAL or t.lower in _MODAL for t in before))


def excuse_asked(r: Reply, upset: bool) -> list[Span]:
    """«Постарайтесь её понять», «войдите в положение курьера»: to an upset customer, a bid to understand or forgive
    someone else (a third-person pronoun or one of the staff after the verb)."""
    if not upset:
        return []
    found = []
    for start, end in r.sentences:  # the whole sentence: «Войдите, пожалуйста, в положение мастера»
        if r.text[start:end].rstrip().endswith("?"):
            continue
        words = [t for t in r.tokens_in(start, end) if t.lower != "пожалуйста"]
        for i, tok in enumerate(words):
            if not tok.lemmas & _EXCUSE or not _bid(words, i):
                continue
            after = words[i + 1:i + 5]
            need = next((_EXCUSE_WITH[x] for x in tok.lemmas & set(_EXCUSE_WITH)), None)
            if need is not None and not any(t.lemmas & need or t.lower in need for t in after):
                continue
            # «постарайтесь её понять»: the one to excuse may stand between the bid and the verb
            between = [t for t in words[max(0, i - 2):i] if not t.lemmas & _TRY]
            whom = next((t for t in between + after if t.lower in _THIRD or t.lemmas & _STAFF), None)
            if whom is not None:
                start = next((t.start for t in words[max(0, i - 2):i] if "impr" in t.tag and t.lemmas & _TRY),
                             tok.start)
                found.append((start, max(whom.end, tok.end) - start))
    return found


def threat_waved(r: Reply) -> list[Span]:
    """«Судиться можете, но…», «Жаловаться, конечно, можете», «в суд можете обращаться сколько угодно»: the
    customer's threat to complain or sue granted with a shrug — the infinitive (or the court) put before «можете»,
    or «сколько угодно» after it."""
    found = []
    for start, end in r.sentences:
        if r.text[start:end].rstrip().endswith("?"):
            continue
        words = r.tokens_in(start, end)
        lowered = [t.lower for t in words]
        if "можете" not in lowered:
            continue
        at = lowered.index("можете")
        # «в суд, конечно, можете»: the court alone before «можете» stands for going there
        threat = next((k for k, t in enumerate(words) if t.lemmas & _COMPLAIN
                       or t.lemmas & _COURT and (k <= min(2, at - 1) or any(v.lemmas & _COURT_VERBS for v in words))), None)
        if threat is None:
            continue
        # «Судиться можете», «В суд, конечно, можете»: the threat opens the sentence, before «можете» and any «вы»
        first = threat <= 2 and threat < at and "вы" not in lowered[:threat]
        # «Статус претензии вы можете посмотреть…», «Претензию можете направить…»: the claim is the object of another
        # doing (looking it up, sending it where it goes) — the way told, not the threat shrugged off
        doing = next((t for t in words[at + 1:at + 4] if t.tag.startswith("INFN")), None)
        if doing is not None and not doing.lemmas & (_COURT_VERBS | _COMPLAIN) and not words[threat].lemmas & _COMPLAIN:
            first = False
        if first or "угодно" in lowered[at:]:
            a = min(words[threat].start, words[at].start)
            found.append((a, max(words[threat].end, words[at].end) - a))
    return found


def told_to_learn(r: Reply, upset: bool) -> list[Span]:
    """«Вам сначала нужно выучить падежи», «научитесь пользоваться поиском»: to a customer with a trouble, a bid to
    learn — the trouble put down to what the customer does not know."""
    found = []
    for words in r.statement_clauses():
        for i, tok in enumerate(words):
            # to a calm customer, only a bid to learn «first» («Вам сначала нужно выучить падежи») puts them down:
            # «к экзамену вам нужно выучить 40 тем» tells what the course asks
            if tok.lemmas & _LEARN and _bid(words, i) \
                    and (upset or any(t.lower in _FIRST for t in words[max(0, i - 4):i])):
                found.append((tok.start, tok.end - tok.start))
    return found


def lectured(r: Reply, upset: bool) -> list[Span]:
    """All three readings, for :func:`tone.tone`'s «поучение»."""
    return excuse_asked(r, upset) + threat_waved(r) + told_to_learn(r, upset)
