"""Whether a reply gives the cause a «почему?» asks for: a reason word («из-за», «поэтому»), the asked verb said
again with what the customer did not write, a fact stated about what the question names, or the customer's own sum
explained — not the event told back («Рейс отменили 5 мая» to «почему отменили рейс?»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.causes_told import causes_told, names_what
from app.core.scorecard.harm_undone import harm_undone
from app.core.scorecard.questions import (
    COMMON, content, figures_of, questions, sentence_before, topic_words, touched,
)
from app.core.scorecard.reply import Reply
from app.core.scorecard.why_scope import why_scope
from app.core.scorecard.words import CALENDAR as _DAYS, PART_RE, Token, find_phrases, normal_form, tokenize

_WHY = frozenset({"почему", "зачем", "отчего", "откуда"})
# «Вы расстроены в связи с отменой», «Сожалеем, что комиссия вас расстроила»: how the customer feels is nothing done for
# them, and nothing that happened to what they ask about.
FEELINGS = frozenset({"расстроить", "огорчить", "разочаровать", "возмутить", "напугать", "обидеть", "удивить",
                      "смутить", "утомить", "взволновать", "встревожить", "озадачить", "раздосадовать"})
# Words that give a reason: «из-за аварии», «поэтому», «причина — …», «дело в том, что…».
_BECAUSE = frozenset({"поэтому", "потому", "причина", "из-за", "поскольку", "ведь"})


def why_questions(r: Reply) -> list[str]:
    """«Почему выросла плата?», «откуда списание?»: questions that want a reason. «Почему не проходит оплата?»
    reports a failure: a fix with its time answers it as well as a reason does, so it is left out."""
    found = []
    for chunk in questions(r):
        words = tokenize(chunk)
        # what a colon leads into is the question: «Ничего не понимаем: почему в счёте нет НДС?» asks for a reason,
        # «Промокод не применяется, почему?» still reports a failure
        at = next((i for i, t in enumerate(words) if t.lower in _WHY), None)
        colon = chunk.rfind(":", 0, words[at].start) if at is not None else -1
        if at is not None and not _fails([t for t in words if t.start > colon]):
            found.append(chunk)
    return found


def _fails(words: Sequence[Token]) -> bool:
    """«не» before a verb or a predicate («не проходит», «не видно»): the question reports a failure. «Почему счёт
    1 100 рублей, а не 500?» negates a figure and still asks for a reason."""
    return any(t.lower == "не" and nxt.tag.startswith(_VERBAL + ("PRED",)) for t, nxt in zip(words, words[1:]))


def gives_reason(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """Where the reply gives a reason: «из-за», «поэтому», «причина», the explanations of the word list, a process
    under way on the customer's thing (:func:`under_way_cause`) — outside what is set aside."""
    kept = [t for t in r.tokens if not any(a[0] <= t.start < a[1] for a in aside)]
    found = [(t.start, t.end - t.start) for t in kept if t.lower in _BECAUSE or t.lemmas & _BECAUSE]
    found += [s for _, s in find_phrases(kept, r.lex.explanations, gap=0) if not undecided(r, s)]
    return sorted(set(found + under_way_cause(r, aside)))


# «идут работы», «проходит обновление», «ведётся ремонт»: a process going on now.
_UNDER_WAY = frozenset({"идти", "проходить", "вестись", "проводиться"})
# told as going on now, not as a habit («уборка проводится ежедневно», «письма иногда идут долго»)
_NOW = frozenset({"сейчас", "сегодня", "пока", "ещё", "еще", "уже"})
# The company's handling of the customer's matter is no cause: «идёт проверка вашей заявки» is «мы разбираемся».
_HANDLING = frozenset({"заявка", "обращение", "тикет", "запрос", "жалоба", "проверка", "рассмотрение", "обработка",
                       "уточнение", "разбирательство", "выяснение"})


def under_way_cause(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«На вышке в посёлке сейчас идут плановые работы» to «почему не работает связь в посёлке?»: a process going on
    now (a present «идёт / проходит / ведётся» with «сейчас», «уже», «пока») in a part of a sentence that names a thing of the
    customer's says why — not the handling of their request («идёт проверка вашей заявки»), not a negation, not in a
    question."""
    theirs = {x[:5] if len(x) >= 6 else x for lemmas in content(r.customer_tokens).values() for x in lemmas}
    found = []
    for m in PART_RE.finditer(r.text):
        words = r.tokens_in(m.start(), m.end())
        going = [k for k, t in enumerate(words) if t.lemmas & _UNDER_WAY and t.tag.startswith("VERB")
                 and "pres" in t.tag and "3per" in t.tag and not (k and words[k - 1].lower == "не")]
        if not going or not any(t.lower in _NOW for t in words) or any(a[0] <= m.start() < a[1] for a in aside) or any(t.lemmas & _HANDLING for t in words) \
                or r.text[m.end():m.end() + 1] == "?":
            continue
        if any(t.tag.startswith("NOUN") and touched(t.lemmas, theirs) for t in words):
            found.append((words[going[0]].start, words[going[0]].end - words[going[0]].start))
    return found


_DEPENDS = frozenset({"зависеть", "зависит", "зависят"})


def undecided(r: Reply, span: Span) -> bool:
    """«Зачисление зависит от банка-отправителя», «стоимость зависит от веса и габаритов»: «зависит от» names what
    decides and not how it is decided for this customer — no reason and no answer. With a figure, a date or a
    condition in its sentence («зависит от этажа: с лифтом 900 ₽, без лифта 1 500 ₽») it decides."""
    tok = next((t for t in r.tokens if t.start == span[0]), None)
    if tok is None or not tok.lemmas & _DEPENDS:
        return False
    start, end = next(((s, e) for s, e in r.sentences if s <= span[0] < e), (span[0], len(r.text)))
    words = r.tokens_in(start, end)
    return not any(t.lower.isdigit() or t.tag.startswith("NUMR") or t.lower in ("если", "при") or t.lemmas & _DAYS
                   for t in words) and ":" not in r.text[span[0]:end]


def figure_explained(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«Откуда такие деньги?» after «на счету минус 2 500» — «Интернет тарифицировался по базовой цене, это
    2 500 рублей»: a statement with a verb that names the customer's own sum (three digits or more) says what it is."""
    theirs = {t.lower for t in r.customer_tokens if t.lower.isdigit() and len(t.lower) >= 3}
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside) or r.text[start:end].rstrip().endswith("?"):
            continue
        words = r.tokens_in(start, end)
        if any(t.lower in theirs for t in words) and any(t.tag.startswith("VERB") for t in words):
            return [(start, words[-1].end - start)]
    return []


# What the customer calls a charge, and what a reply calls a charge when it says what it is for.
_CHARGES = frozenset({"счёт", "счет", "квитанция", "списать", "списывать", "списание", "начислить", "начисление",
                      "плата", "комиссия", "сумма", "насчитать", "снять"})
_FEES = frozenset({"плата", "оплата", "комиссия", "стоимость", "абонплата", "платёж", "платеж", "сбор"})
# A sum with «₽», «руб» or the short «р» / «р.» («150 р.»), in any case. The money regexes of contradiction and
# money_instead take no «р» (and money_instead a bare «₽»): their match sets differ.
_SUM_RE = re.compile(r"\d[\d\s\u00a0]*(?:₽|руб|р\b|р\.)", re.I)
_SAYS_WHAT = re.compile(r"\s[—–-]\s|\bэто\b|\bстоит\b", re.I)


def charge_explained(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«Что за счёт на 4 тысячи?!» — «3 500 рублей — это роуминг в Грузии»; «Что такое начисление 150 руб?» — «Это
    плата за смену номера»: to a customer puzzled by a sum charged (a charge word and a figure of their own, no
    demand), a statement that names a sum or a fee and says what it is (a dash, «это», «стоит») explains it. Of a
    sentence set aside for a lecture, what follows its colon still counts: «Ошибки нет, программа считает точно:
    3 300 ₽ — роуминг»."""
    told = r.customer_tokens
    if not any(t.lemmas & _CHARGES for t in told) or not any(t.lower.isdigit() for t in told) \
            or any("impr" in t.tag for t in told):
        return []
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside):
            colon = r.text.rfind(":", start, end)
            if colon < 0:
                continue
            start = colon + 1
        piece = r.text[start:end]
        words = r.tokens_in(start, end)
        if piece.rstrip().endswith("?") or not statement(words) or not _SAYS_WHAT.search(piece):
            continue
        if _SUM_RE.search(piece) or any(t.lemmas & _FEES and nxt.lower == "за" for t, nxt in zip(words, words[1:])) \
                or names_what(words) and _new_noun(words, r.customer_lemmas):  # «Это абонентская плата по тарифу»
            return [(words[0].start, words[-1].end - words[0].start)]
    return []


def _new_noun(words: Sequence[Token], theirs: set[str]) -> bool:
    """A noun of the sentence (three letters or more) the customer did not write: «Это подписка на кинотеатр» to «Что за
    списание?» says something, «Это списание» does not."""
    return any(t.tag.startswith("NOUN") and len(t.lower) >= 3 and not t.lemmas & theirs and not t.lemmas & COMMON
               for t in words)


def reason_given(r: Reply, aside: Sequence[Span], said: set[str]) -> bool:
    """The reply gives a reason, or speaks of what the why-question says happened: its verb («почему подорожала
    подписка?» — «цена выросла»: the same word, or one close in meaning by navec), else its nouns («откуда минус?»);
    or gives the harmed thing back with its term (:mod:`harm_undone`: «почему банкомат съел карту?» — «карту
    заберёте через 3 дня»)."""
    if gives_reason(r, aside) or difference_told(r, aside) or harm_undone(r, why_questions(r)) \
            or causes_told(r, aside, why_verbs(r)):  # «Почему штраф?» — «Вы не внесли платёж в срок»
        return True
    for chunk in why_questions(r):
        if not topic_words(chunk):  # «Мне отказали в возврате билета!!! Почему?!» asks about the sentence before
            before = sentence_before(r, chunk)
            if any(touched(lemmas, said) for lemmas in topic_words(before)):
                return True
            continue
        # the main clause's verbs: in «Почему в счёте 12 пользователей, если у нас работает 10?» the «если» clause
        # only sets the scene
        main = re.split(r",?\s+(?:если|хотя|когда|ведь)\s+", chunk, maxsplit=1, flags=re.I)[0]
        main = why_scope(main, _WHY)  # «Хочу закрыть карту, но там долг, откуда он?» asks about the debt
        verbs = [t for t in tokenize(main) if t.tag.startswith(_VERBAL) and not t.lemmas & COMMON]
        if not verbs:
            if any(touched(lemmas, said) for lemmas in topic_words(main)) or figure_explained(r, aside):
                return True
            continue
        if any(touched(v.lemmas, said) for v in verbs) and _echo_adds(r, aside, verbs):
            return True
        theirs = [t for t in r.tokens if t.tag.startswith(_VERBAL) and not any(a[0] <= t.start < a[1] for a in aside)]
        if any(touched(v.lemmas, set().union(*(t.lemmas for t in theirs))) for v in verbs) \
                and _echo_adds(r, aside, verbs) \
                or any(_close(normal_form(v.lower), normal_form(t.lower)) and not touched(v.lemmas, set(t.lemmas))
                       for v in verbs for t in theirs):
            return True  # «начислили» — «штраф начислен»; «подорожала» ~ «цена выросла»
        if stated_facts(r, aside, main):
            return True
    return False


def difference_told(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«Почему списали 750 вместо 550?» — «тариф подорожал на 200 ₽»: a why-question that sets two sums side by side
    is answered by a sentence that names their difference — the amount the sum grew or shrank by."""
    found = []
    for chunk in why_questions(r):
        sums = sorted({int(f) for f in figures_of(chunk) if len(f) >= 2})
        gaps = {str(b - a) for i, a in enumerate(sums) for b in sums[i + 1:]}
        for start, end in r.sentences:
            if not any(a[0] <= start < a[1] for a in aside) and figures_of(r.text[start:end]) & gaps:
                found.append((start, end - start))
    return found


def _echo_adds(r: Reply, aside: Sequence[Span], verbs: Sequence[Token]) -> bool:
    """The reply says the why-question's verb again with something the customer did not write — two new content
    words besides dates («Штраф начислен за просрочку платежа») —, not only when it happened («Рейс отменили 5
    мая»)."""
    mine = r.customer_tokens
    theirs = set().union(*(t.lemmas for t in mine))
    figures = figures_of("\n".join(r.customer_messages))
    dates = r.lex.units | r.lex.months
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        if any(a[0] <= start < a[1] for a in aside):
            continue
        echo = any(touched(v.lemmas, set(t.lemmas)) or any(len(x) >= 6 and x[:5] in {y[:5] for y in t.lemmas}
                                                           for x in v.lemmas) for v in verbs for t in words)
        if echo and len([w for w, lemmas in content(words).items() if not lemmas & theirs and not lemmas & dates
                         and not w.isascii()]) >= 2:
            return True
        # or another sentence states facts of its own: «Штраф начислен правильно» after «платёж вносится до 25-го
        # числа, а вы внесли 27-го»
        if not echo and statement(words) and figures_of(r.text[start:end]) - figures:
            return True
    return False


def why_verbs(r: Reply) -> set[str]:
    """The normal forms of the verbs of the customer's why-questions («Почему отменили рейс?»: «отменить»)."""
    return {x for q in why_questions(r) for t in tokenize(q) if t.tag.startswith(_VERBAL) and not t.lemmas & COMMON
            for x in t.lemmas}


_STEP_WORDS = frozenset({"можно", "нужно", "надо", "необходимо", "следует", "стоит"})


def statement(words: Sequence[Token]) -> bool:
    """The words tell what is or was — no step to take («отменить можно…», «откройте…») and nothing to come
    («закончится с 1-го числа»)."""
    past = {i for i, t in enumerate(words) if t.lower in ("было", "бы")}  # «нужно было сдать до 10-го»: a lecture
    # «стоит обратиться» is a step, «тариф стоит 900 ₽» a price
    return not any("impr" in t.tag or "futr" in t.tag or t.lower in _STEP_WORDS and not past & {i - 1, i + 1}
                   and (t.lower != "стоит" or i + 1 < len(words) and words[i + 1].tag.startswith("INFN"))
                   for i, t in enumerate(words))


def stated_facts(r: Reply, aside: Sequence[Span], question: str = "") -> list[Span]:
    """The sentences that state what happened to what a why-question is about: «Почему списали 300 рублей за
    подписку?» — «Подписку вы подключили 12 ноября», «…за ручную кладь?» — «Ваш тариф не включает ручную кладь».
    A sentence takes up a noun or a figure of the question (by normal form or stem), does not repeat its verb, and
    says something of its own about it: a past or negated verb (not «она указана в договоре», which only says where), or —
    in a :func:`statement` — a figure the customer did not write. «Подписку можно отключить в приложении» says what
    to do, not why. Without ``question``, every why-question of the customer's."""
    asked = [question] if question else [re.split(r",?\s+(?:если|хотя|когда|ведь)\s+", q, maxsplit=1, flags=re.I)[0]
                                         for q in why_questions(r)]
    theirs = figures_of("\n".join(r.customer_messages))
    found = []
    for chunk in asked:
        words = tokenize(chunk)
        own = set().union(*(t.lemmas for t in words if t.tag.startswith(_VERBAL)))
        nouns = [t.lemmas for t in words if t.tag.startswith("NOUN") and not t.lemmas & COMMON and len(t.lower) >= 3]
        figures = figures_of(chunk)  # «…списали 900 рублей?» — «тариф стоит 900 ₽»
        for start, end in r.sentences:
            said = r.tokens_in(start, end)
            if not said or said[0].lemmas & r.lex.wishes_set or any(a[0] <= start < a[1] for a in aside) \
                    or any(t.lemmas & own for t in said):  # «Рейс отменили 5 мая» says again what happened
                continue
            stems = {x for t in said for x in t.lemmas | {y[:5] for y in t.lemmas if len(y) >= 6}}
            if not any(touched(n, stems) for n in nouns) and not figures & figures_of(r.text[start:end]):
                continue
            fact = statement(said) and bool(figures_of(r.text[start:end]) - theirs) or any(
                t.tag.startswith("VERB") and not t.lemmas & own and not t.lemmas & COMMON and not t.lemmas & FEELINGS
                and ("past" in t.tag or k and said[k - 1].lower == "не") for k, t in enumerate(said))
            if fact and (start, end - start) not in found:
                found.append((start, end - start))
    if not question and asked:  # «Почему заблокировали карту?» — «Была подозрительная операция»
        found += [s for s in causes_told(r, aside, why_verbs(r)) if s not in found]
    return found


_VERBAL = ("VERB", "INFN", "PRTS", "PRTF", "ADJS")
# Verbs this close in navec's space mean the same change («подорожать» ~ «вырасти» 0.59, ~ «увеличиться» 0.51);
# a different action stays far below («вырасти» ~ «сменить» 0.14).
_CLOSE = 0.5


def _close(a: str, b: str) -> bool:
    from app.core.grammar.language.syntax import close_in_meaning  # the language layer holds the navec vectors
    return close_in_meaning(a, b, _CLOSE)
