"""A yes or a no to the customer's question, however it is put.

- «Да, при покупке билета на схеме салона…», «Нет, данные не удалятся. Перейти можно в настройках»: a sentence that
  opens with a yes or a no, followed by what the customer needs to know — also after a smiley («Хороший вопрос :)
  Да, …»), which chat writers put between two sentences instead of a stop.
- «Баллы не сгорят?» — «Баллы сохраняются»; «Это были вы?» — «Это были не мы»: the question's predicate said back in
  other words about its own thing; to a verb navec does not know («маломерят?»), a statement about the thing
  («Nike Air Max 90 идут в размер»); «Есть парковка?» — «Есть, во дворе»: whether a thing is there, by «есть» said
  back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.grammar.language.syntax import close_in_meaning
from app.core.scorecard.card import Span
from app.core.scorecard.contradiction import KEPT, LOST
from app.core.scorecard.other_doing import unknown_to_navec
from app.core.scorecard.questions import COMMON, asks_how, content, questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.kin_words import kin_taken_up
from app.core.scorecard.word_family import same_family
from app.core.scorecard.words import PART_RE, Token, find_phrases, normal_form, tokenize

YES_NO = frozenset({"да", "нет", "конечно", "можно", "нельзя"})


# A smiley ends a sentence as a stop does: «Хороший вопрос :) Да, …», «Спасибо, что уточнили 🙂 Нет, …».
_SMILEY_RE = re.compile(r"[:;]-?[)(DР]|\){2,}|\({2,}|[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def after_smiley(r: Reply, words: Sequence[Token]) -> Sequence[Token]:
    """The words of a sentence from the last smiley in it that a capital letter follows — what chat writers put
    between two sentences instead of a stop; the whole sentence if there is none."""
    for i in range(len(words) - 1, 0, -1):
        if words[i].text[:1].isupper() and _SMILEY_RE.search(r.text[words[i - 1].end:words[i].start]):
            return words[i:]
    return words


_WH_WORDS = frozenset({"когда", "сколько", "где", "куда", "откуда", "почему", "зачем", "как", "какой", "какая",
                       "какое", "какие", "кто", "чей", "чего", "чем"})


def yes_no_answer(r: Reply, aside: Sequence[tuple[int, int]]) -> list[Span]:
    """«Да, при покупке билета на схеме салона…», «Нет, данные не удалятся. Перейти можно в настройках»:
    a direct yes or no to the customer's question, followed by what they need to know (not a bare «Да, можно»)."""
    if "?" not in "".join(r.customer_messages) or asks_how(r):
        return []
    # «Куда прислать реквизиты?» is no yes-or-no question: «Конечно, выставим счёт» does not answer it
    if all(any(t.lower in _WH_WORDS for t in tokenize(q)) and not any(t.lower in ("ли", "можно") for t in tokenize(q))
           for q in questions(r)):
        return []
    for n, (start, end) in enumerate(r.sentences):
        words = r.tokens_in(start, end)
        if words and words[0].lower not in YES_NO:
            words = after_smiley(r, words)  # «Хороший вопрос :) Да, …»
        if not words or words[0].lower not in YES_NO or any(a[0] <= start < a[1] for a in aside):
            continue
        follow = r.sentences[n + 1] if n + 1 < len(r.sentences) else None
        follow_words = r.tokens_in(follow[0], follow[1]) if follow else []
        if follow_words and (follow_words[0].lemmas & r.lex.wishes_set or _only_closing(r, follow_words)
                             or _welcome(r, follow_words)):
            follow = None  # «Хорошего полёта!», «Обращайтесь, всегда поможем!» is no detail
        rest = r.tokens_in(words[0].end, follow[1] if follow else end)
        theirs = r.customer_lemmas
        # «Да, пересдача предусмотрена правилами»: a short form after the yes only says the yes again
        things = content(rest, predicates=False)
        # «Да, номер можно сохранить при переходе», «Да, дедлайн можно продлить, если болеете»: a word of the
        # customer's own family («переход» — «перейти», «болеть» — «заболела») says nothing new
        new = [lemmas for lemmas in things.values() if not lemmas & theirs and not _their_kin(r, lemmas)]
        if len(things) >= 3 and new:  # «Конечно, куртку можно вернуть» repeats the question
            return [(words[0].start, words[0].end - words[0].start)]
    return []


def _their_kin(r: Reply, lemmas: frozenset[str]) -> bool:
    """A word of the family of one of the customer's content words: by its stem («болеть» — «заболела»), or a doing
    named by its noun («переход» — «перейти», kin_words)."""
    mine = [t for t in r.customer_tokens if t.tag.startswith(("NOUN", "VERB", "INFN", "ADJF", "ADVB"))]
    if any(same_family(x, t.lower) for x in lemmas for t in mine):
        return True
    return kin_taken_up(mine, tokenize(min(lemmas, key=len)))


def _welcome(r: Reply, words: Sequence[Token]) -> bool:
    """«Будем рады видеть вас среди абонентов!»: a sentence that opens with a closing phrase and does nothing but
    that phrase — no verb of its own outside it, no figure — is courtesy, however it names the customer's place."""
    said = [(span[0], span[0] + span[1]) for _, span in find_phrases(words, r.lex.closing)]
    if not any(a == words[0].start for a, _ in said):
        return False
    return not any(t.tag.startswith(("VERB", "INFN")) and not any(a <= t.start < b for a, b in said)
                   or t.text[:1].isdigit() for t in words)


# Words of frequency: what usually happens is a habitual fact, not a guess like «возможно», «наверное», «думаю».
_HABIT = ("обычно", "как правило")


def habit_after_yes(r: Reply, hedge: Span) -> bool:
    """«Да, переводы по СБП идут круглосуточно и доходят обычно за минуту»: the yes is said outright, and «обычно»
    after it tells what is habitual of a detail — a fact about how things go, which leaves the yes a yes. A guess
    («Да, наверное, дойдёт») or a habit with no yes («Обычно доходят быстро») is still a hedge."""
    said = r.text[hedge[0]:hedge[0] + hedge[1]].lower()
    if not said.startswith(_HABIT):
        return False
    start, end = r.sentence_at(hedge[0])
    words = after_smiley(r, r.tokens_in(start, end))
    return bool(words) and words[0].lower in YES_NO and words[0].start < hedge[0]


# Nouns a closing may hold and still say nothing of the matter: «Пишите, если будут вопросы».
_CLOSING_NOUNS = frozenset({"вопрос", "помощь", "связь", "день", "вечер"})


def _only_closing(r: Reply, words: Sequence[Token]) -> bool:
    """«Обращайтесь, всегда поможем!», «Пишите, если что»: a sentence that opens with a closing phrase and names
    nothing of the matter (no noun but a question or help) — unlike «Напишите артикул — добавлю»."""
    said = [s for _, s in find_phrases(words, r.lex.closing)]  # «рады помочь»: «рады» read as a noun is the closing's
    return bool(find_phrases(words[:1], r.lex.closing)) and not any(
        t.tag.startswith("NOUN") and not t.lemmas & _CLOSING_NOUNS and not any(s <= t.start < s + n for s, n in said)
        for t in words)


# Verbs too general to name what a yes-or-no question asks about («это было?», «можете сделать?»).
_GENERAL_VERBS = frozenset({"быть", "есть", "мочь", "смочь", "делать", "сделать", "помочь", "являться", "стать",
                            "хотеть", "знать", "получиться", "получаться", "подсказать", "сказать"})
# A verb this close in navec's space says the same of the thing: «работать» ~ «действовать» 0.51, «доставлять» ~
# «возить» 0.60; «вернуть» ~ «отменить» (0.41) and «работать» ~ «принимать» (0.43) stay below.
_SAME_PREDICATE = 0.45
# What makes a stretch of the question a condition or a permission, not the predicate asked about.
_NOT_PREDICATE = frozenset({"если", "когда", "пока", "хотя", "чтобы", "можно", "нельзя", "нужно", "надо",
                            "необходимо", "обязательно"})
_WH_ASKED = frozenset({"когда", "сколько", "где", "куда", "откуда", "почему", "зачем", "как", "какой", "каков", "что",
                       "кто", "чей", "который", "отчего"})
_THERE = frozenset({"есть", "имеется", "имеются"})
_YOURS = {"вы": "мы", "ваш": "наш"}  # «Это были вы?» — «Это были не мы»
# Kept and lost, as a customer asks of their data or points: «хранятся» answers «не потеряются?», and so does
# «никуда не денутся».
_KEPT = KEPT | {"храниться"}
_LOST = LOST | {"деться", "деваться"}


def _close(a: Token, b: Token) -> bool:
    """Two verbs close in navec's space — by their normal forms, or without «-ся» where navec lacks the reflexive
    («заморозиться» ~ «приостановить» as «заморозить»)."""
    def forms(tok: Token) -> list[str]:
        form = normal_form(tok.lower)
        return [form, form[:-2]] if form.endswith(("ся", "сь")) else [form]
    return any(close_in_meaning(x, y, _SAME_PREDICATE) for x in forms(a) for y in forms(b))


def predicate_answered(r: Reply, aside: Sequence[Span]) -> list[tuple[str, Span]]:
    """«Баллы не сгорят, если сменить тариф?» — «Баллы при смене тарифа сохраняются»; «Купон действует на уценённые
    товары?» — «На уценённые товары он не распространяется»; «Это ваш сотрудник?» — «Это был не наш сотрудник»: a
    yes-or-no question about what happens or what is (no question word, no «можно») is answered by a statement that
    says its predicate back — the same verb, one close in meaning, its opposite («сохранится» to «не потеряется»),
    with or without «не», or «мы» to «вы» — about the question's own thing (one of its nouns, or a pronoun that
    stands for it). Each answered question, with the word that answers it."""
    found = []
    pending = _still_pending(r)
    for chunk in questions(r):
        # «Это нормально, что приложение просит доступ?»: after a head with no verb, «, что …» is the subject clause
        # and the head asks («Рейс отменили, что делать?» asks «что»)
        head = re.split(r",\s*что\s", chunk, maxsplit=1)[0]
        if head != chunk and not any(t.tag.startswith("VERB") for t in tokenize(head)):
            chunk = head
        words = tokenize(chunk)
        if not words or any(t.lemmas & _WH_ASKED or t.lower in _WH_ASKED for t in words):
            continue
        parts = [tokenize(p) for p in re.split(r"[,;:—–]", chunk)]
        main = [t for p in parts if p and not any(t.lower in _NOT_PREDICATE for t in p) for t in p]
        # «Может он подняться на 5 этаж?»: after «может / сможете» the infinitive is the predicate asked about
        can = any(t.tag.startswith("VERB") and t.lemmas & {"мочь", "смочь"} for t in main)
        verbs = [t for t in main if (t.tag.startswith("VERB") and "impr" not in t.tag or can and t.tag.startswith("INFN"))
                 and not t.lemmas & _GENERAL_VERBS]
        # «Переводить через приложение безопасно?»: with no verb of its own the question turns on how a thing is —
        # said back by the same word («Безопасно: все переводы шифруются»)
        states = [t for t in main if not verbs and t.tag.startswith(("ADVB", "ADJS")) and len(t.lower) >= 5
                  and t.lower not in COMMON and not t.lemmas & COMMON]
        yours = {_YOURS[t.lower if t.lower in _YOURS else normal_form(t.lower)] for t in main
                 if t.lower in _YOURS or normal_form(t.lower) in _YOURS}
        # «Есть парковка?» — «Есть, во дворе»: a question of whether a thing is there is answered by «есть» said
        # back, bare or not (the rubric: a bare yes answers a question of availability)
        there = not verbs and any(t.lower in _THERE for t in main)
        if not verbs and not yours and not states and not there:
            continue
        # what the question is about: its nouns outside a preposition's phrase — «бонусы», not «за отменённый заказ»
        things = {x for i, t in enumerate(main) if t.tag.startswith("NOUN")
                  and not any(w.tag.startswith("PREP") for w in main[max(0, i - 2):i]) for x in t.lemmas} or {
            x for t in main if t.tag.startswith("NOUN") for x in t.lemmas}
        if not things and verbs:  # «мне обещали продлить доступ» — «продлили или нет?»: the thing is said before
            things = _things_before(r, chunk, verbs)
        if not things and verbs:  # «Если я удалю фото, они пропадут?»: the pronoun stands for the «если» part's noun
            things = {x for t in words if t.tag.startswith("NOUN") and not t.lemmas & COMMON for x in t.lemmas}
        # «Кроссовки Nike Air Max маломерят?»: navec knows no verb of the question, so none can be found said back in
        # other words — a statement about its thing (a noun or a name) with a predicate of its own says yes or no
        unknown = unknown_to_navec(verbs)
        if unknown:
            things |= {x for t in main if t.tag.startswith("LATN") for x in t.lemmas}
        for start, end in r.sentences:
            if any(a[0] <= start < a[1] for a in aside) or r.text[start:end].rstrip().endswith("?"):
                continue
            said = r.tokens_in(start, end)
            about = any(t.lemmas & things for t in said) or any(
                t.tag.startswith("NPRO") and "3per" in t.tag or t.lower in ("всё", "все") for t in said)
            # «Безопасно: …» opens with the very word asked about, and is about the question whatever follows
            opens = bool(said) and (any(said[0].lemmas & v.lemmas for v in states) or there and said[0].lower in _THERE)
            # «Это нормально?» — «Да, это нормально»: a yes that says back how the thing is answers a question of how it
            # is — unless what the customer tells is still not done («деньги до сих пор не пришли»): then its time is owed
            opens = opens or bool(said) and said[0].lower in ("да", "нет") and not pending and any(
                t.lemmas & v.lemmas for t in said[1:] for v in states)
            if not about and not opens and (things or not yours):
                continue
            # the statement's own predicate: not one under «если» («если баллы сгорят, …»), nor the customer's
            # doing («вы сохраните»)
            said = [t for m in PART_RE.finditer(r.text) if start <= m.start() < end
                    for part in [r.tokens_in(m.start(), m.end())]
                    if part and not part[0].lower in _NOT_PREDICATE for t in part]
            back = next((t for t in said for v in verbs if t.tag.startswith(("VERB", "INFN", "PRTS"))
                         and "2per" not in t.tag and "impr" not in t.tag
                         and (t.lemmas & v.lemmas or t.lemmas & _KEPT and v.lemmas & _LOST
                              or t.lemmas & _LOST and v.lemmas & _KEPT
                              or not t.lemmas & _GENERAL_VERBS and _close(t, v))), None)
            if back is None and unknown:
                back = next((t for t in said if t.tag.startswith(("VERB", "PRTS", "ADJS")) and "impr" not in t.tag
                             and "2per" not in t.tag), None)
            if back is None and states:
                back = next((t for t in said for v in states if t.lemmas & v.lemmas), None)
            if back is None and there:
                back = next((t for t in said if t.lower in _THERE), None)
            if back is None and yours and any(t.lower == "это" for t in said):
                back = next((t for t in said if normal_form(t.lower) in yours or t.lower in yours), None)
            if back is not None:
                found.append((chunk, (back.start, back.end - back.start)))
                break
    return found


_STILL = re.compile(r"\bдо сих пор\b|\bвсё ещё\b|\bвсе еще\b|\bпока нет\b|\bещё не\b|\bеще не\b", re.I)


def _still_pending(r: Reply) -> bool:
    """The customer tells of something not yet done («до сих пор не пришли», «ещё не списали», «деньги не
    вернулись»): a negated past verb or «до сих пор / всё ещё / пока нет» — what they wait for is owed a time, a yes
    that all is normal leaves them asking when."""
    text = "\n".join(r.customer_messages)
    if _STILL.search(text):
        return True
    words = r.customer_tokens
    return any(t.lower == "не" and nxt.tag.startswith(("VERB", "PRTS")) and "past" in nxt.tag
               for t, nxt in zip(words, words[1:]))


def _things_before(r: Reply, chunk: str, verbs: Sequence[Token]) -> set[str]:
    """«Мне обещали продлить доступ к курсу» — «продлили или нет?»: a question with a verb and no noun asks about
    what the customer's other message did that verb to — the nouns of that message."""
    found: set[str] = set()
    for message in r.customer_messages:
        if chunk in message:
            continue
        words = tokenize(message)
        if any(t.lemmas & v.lemmas for t in words for v in verbs):
            found |= {x for t in words if t.tag.startswith("NOUN") for x in t.lemmas}
    return found
