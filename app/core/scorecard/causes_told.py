"""A cause told without a causal word. «Почему заблокировали карту?» — «Была подозрительная операция в другой
стране»; «Почему пришёл штраф?» — «Вы не внесли платёж в срок»; «Почему отменили рейс?» — «В аэропорту закрыли полосу
на ремонт». A why-question asks what happened before the thing it names, or what that thing is; a statement that
tells another event (a past verb the question did not say, or a negated one), a state that is there («у вас есть
просрочка», «была авария»), or names what the thing is («Это плата за …», «Это подписка на …») gives that cause,
«из-за» or not (rubric, «Решение»: the customer need not ask again).

Not a cause: the event told back (the question's own verb, :func:`reasons.why_verbs`), the operator's own doing («я
проверила», «мы передали»: first person), the handling of the customer's request («заявка передана»), how the customer
feels, a step or a promise (:func:`reasons.statement`), a question, a closing wish, nor a sentence that brings no
noun of its own (all its nouns are the customer's).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.questions import COMMON
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, find_phrases

# The company's handling of the customer's matter, and how the customer feels, say no cause.
_HANDLING = frozenset({"заявка", "обращение", "тикет", "запрос", "жалоба", "проверка", "рассмотрение", "обработка",
                       "специалист", "отдел", "поддержка", "оператор", "неудобство", "извинение", "ситуация"})
_FEELINGS = frozenset({"расстроить", "огорчить", "разочаровать", "возмутить", "напугать", "обидеть", "удивить",
                       "смутить", "утомить", "взволновать", "встревожить", "озадачить", "понимать", "понять",
                       "сожалеть", "жаль", "извинить", "извиниться", "беспокоить", "побеспокоить"})
# Words of a guess besides the lexicon's hedges: a cause guessed is none.
_GUESS = frozenset({"видимо", "похоже", "кажется", "видно", "предположительно", "якобы"})
# A state that is there: «у вас есть просрочка», «была авария на линии» (not «быть не может»: no state told).
_BE = frozenset({"есть", "был", "была", "было", "были", "имеется", "имеются"})


def causes_told(r: Reply, aside: Sequence[Span], why_verbs: set[str]) -> list[Span]:
    """The sentences of the reply (outside ``aside``) that tell a cause: see the module's docstring. ``why_verbs`` are
    the normal forms of the why-questions' verbs, which a cause does not say again."""
    theirs = r.customer_lemmas
    theirs_stems = {x[:5] for x in theirs if len(x) >= 6}
    found = []
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside) or r.text[start:end].rstrip().endswith("?"):
            continue
        words = r.tokens_in(start, end)
        if not words or words[0].lemmas & r.lex.wishes_set or not _told(words, why_verbs) \
                or find_phrases(words, r.lex.hedges, gap=0) or any(t.lower in _GUESS for t in words):
            continue  # «Видимо, цена изменилась»: a guess, no cause
        if any(t.lemmas & (_HANDLING | _FEELINGS) or t.lower in ("я", "мы", "мне", "нам") for t in words):
            continue
        new = [t for t in words if t.tag.startswith("NOUN") and len(t.lower) >= 3 and not t.lemmas & COMMON
               and not t.lemmas & theirs and not any(len(x) >= 6 and x[:5] in theirs_stems for x in t.lemmas)]
        if new:  # the span ends at its last word, like the other readings of a reason
            found.append((words[0].start, words[-1].end - words[0].start))
    return found


def _told(words: Sequence[Token], why_verbs: set[str]) -> bool:
    """The sentence tells an event, a state or what a thing is — a statement with no step and nothing to come, whose
    verbs are not the question's own."""
    from app.core.scorecard.reasons import statement  # reasons wires this module in

    if not statement(words) or any(t.lemmas & why_verbs for t in words if t.tag.startswith(("VERB", "PRTS", "INFN"))):
        return False
    for k, t in enumerate(words):
        verb = t.tag.startswith("VERB")
        if verb and ("1per" in t.tag or t.lemmas & _FEELINGS):
            return False
        if verb and "мочь" in t.lemmas:  # «ошибки там быть не может» tells what cannot be, no event
            continue
        if verb and ("past" in t.tag or k and words[k - 1].lower == "не") or t.lower in _BE:
            return True
    return names_what(words)


def names_what(words: Sequence[Token]) -> bool:
    """«Это плата за смс-информирование», «Это подписка на кинотеатр», «Это счёт за звонки»: a sentence that opens with
    «это» and a noun in the nominative (an inanimate one the tagger reads as accusative too, whose forms are the same)
    names what the thing is."""
    if not words or words[0].lower != "это" or len(words) < 2:
        return False
    head = next((t for t in words[1:] if not t.tag.startswith(("ADJF", "PRTF"))), None)  # «Это ежемесячная плата»
    return any(_nominative(t) for t in words[1:3]) or head is not None and _nominative(head)


def _nominative(t: Token) -> bool:
    return t.tag.startswith("NOUN") and ("nomn" in t.tag or "inan" in t.tag and "accs" in t.tag)
