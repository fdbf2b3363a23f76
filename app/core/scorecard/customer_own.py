"""What the customer did themselves, read from the clause round it by the dictionary's forms:

- **a deed of their own choice**: «Отменили тур сами за 20 дней, сколько вернёте?», «сама отказалась от брони» — a
  verb of trouble («отменили») whose doer is the customer («сами», «сама» agreeing with it, and no other doer named)
  is their choice, not a trouble that befell them (docs/scorecard_rubric.md, «Сочувствие»: a complaint reports a
  trouble); «вы сами отменили мой тур», «рейс сам отменился» stay complaints;
- **a booking called off or moved by someone else**: «Рейс отменили», «Авиакомпания перенесла рейс», «Отель
  отменил бронь» — a past «отменить» or «перенести» whose doer is not the customer (an indefinite plural with no
  subject, «вы», or a noun in the nominative that agrees with it); «Отменила тур, когда вернут деньги?» (no subject,
  singular: the customer's own), «мы отменили», «отменили сами» and «если перенесли…» are not;
- **a loss by the customer's own slip**: «Мы случайно удалили доску», «по ошибке стёрла все контакты» — a past verb
  of losing or destroying beside «случайно», «нечаянно» or «по ошибке»: a trouble though the customer caused it
  (the rubric: «по вине компании или нет»); «по ошибке закинула 5 000 вместо 500» loses nothing;
- **a try that came to nothing**: «ввожу код на сайте — ничего не происходит», «QR-код отсканировала, ничего» — the
  customer's own doing, then «ничего» alone or with a verb of happening — and **a control that will not work**:
  «кнопка серая», «кнопка не активна» — a complaint, though no word of the complaint list is said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.words import Token, morph, parts_with_tokens, sentences

_SELF = frozenset({"сам", "сама", "сами", "само", "самостоятельно"})
# Doers other than the customer: «вы сами отменили», «они сами перенесли».
_OTHER_DOERS = frozenset({"вы", "он", "она", "оно", "они", "вам", "ты"})


def _clause(text: str, tokens: Sequence[Token], offset: int) -> list[Token]:
    return next((words for start, end, words in parts_with_tokens(text, tokens) if start <= offset < end), [])


def own_choice(text: str, tokens: Sequence[Token], offset: int) -> bool:
    """The trouble word at ``offset`` is a past verb, not reflexive, done by the customer: «сами» (or «сама»,
    «сам») stands in its clause and agrees with it in number, and no other doer is named — no «вы», «он», «они», no
    noun in the nominative that agrees with the verb («тур» does not agree with «отменили»)."""
    words = _clause(text, tokens, offset)
    verb = next((t for t in words if t.start == offset), None)
    if verb is None or not verb.tag.startswith("VERB") or "past" not in verb.tag or verb.lower.endswith(("ся", "сь")):
        return False
    plural = "plur" in verb.tag
    selves = [t for t in words if t.lower in _SELF]
    if not selves or not any(t.lower == "самостоятельно" or (t.lower == "сами") == plural for t in selves):
        return False
    if any(t.lower in _OTHER_DOERS for t in words):
        return False
    return not any(t is not verb and _may_be_doer(t, plural) for t in words)


def _may_be_doer(tok: Token, plural: bool) -> bool:
    """A noun (by its first reading) that may be in the nominative and agrees with the verb in number."""
    if not tok.tag.startswith("NOUN") or tok.lower in _SELF:
        return False
    for p in morph().parse(tok.lower):
        if p.tag.POS == "NOUN" and p.tag.case == "nomn" and (p.tag.number == "plur") == plural:
            return True
    return False


_CALLED_OFF = frozenset({"отменить", "перенести"})
_CUSTOMER = frozenset({"я", "мы", "меня", "нас"})
_WELCOME = frozenset({"спасибо", "благодарить", "благодарный", "просьба", "просить", "попросить"})


def called_off(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Рейс отменили», «у мужа на работе перенесли отпуск», «Авиакомпания перенесла рейс», «вы отменили мой заказ»:
    a plan of the customer's called off or moved by someone else — a past «отменить / перенести», not negated, in a
    clause with no «я / мы», no «сам(и)» and no «если», whose doer is «вы» or a noun in the nominative that agrees
    with it, or nobody named with the verb in the plural (people unnamed did it)."""
    found = []
    # «Благодарю, что перенесли доставку», «перенесли, как я просила»: a move the customer thanks for or asked for
    welcome = [(a, b) for a, b in sentences(text)
               if any(t.lemmas & _WELCOME for t in tokens if a <= t.start < b)]
    for start, _, words in parts_with_tokens(text, tokens):
        lowered = [t.lower for t in words]
        if _CUSTOMER & set(lowered) or _SELF & set(lowered) or "если" in lowered \
                or any(a <= start < b for a, b in welcome):
            continue
        for i, verb in enumerate(words):
            if not (verb.lemmas & _CALLED_OFF and verb.tag.startswith("VERB") and "past" in verb.tag) \
                    or verb.lower.endswith(("ся", "сь")) or (i and lowered[i - 1] == "не"):
                continue
            plural = "plur" in verb.tag
            doer = "вы" in lowered or any(t is not verb and _may_be_doer(t, plural) and t.start < verb.start
                                          for t in words)
            if doer or (plural and not any(t.lower in _OTHER_DOERS - {"вы"} for t in words)):
                found.append(text[verb.start:verb.end])
    return found


_LOSING = frozenset({"удалить", "стереть", "потерять", "выбросить", "выкинуть", "очистить", "уничтожить", "испортить",
                     "сломать", "разбить", "уронить", "утопить", "удалиться", "стереться", "затереть", "перезаписать"})
_BY_ACCIDENT = frozenset({"случайно", "нечаянно", "ненароком"})


def lost_by_accident(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Мы случайно удалили доску с задачами», «по ошибке стёрла все контакты»: a past verb of losing or destroying,
    not negated, in a clause with «случайно», «нечаянно» or «по ошибке» — the customer lost something by a slip of
    their own (a question «если я случайно удалю…?» has no past verb)."""
    found = []
    for _, _, words in parts_with_tokens(text, tokens):
        lowered = [t.lower for t in words]
        slip = _BY_ACCIDENT & set(lowered) or any(a == "по" and b.startswith("ошибк") for a, b in zip(lowered,
                                                                                                      lowered[1:]))
        if not slip:
            continue
        for i, verb in enumerate(words):
            if verb.lemmas & _LOSING and verb.tag.startswith("VERB") and "past" in verb.tag \
                    and not (i and lowered[i - 1] == "не"):
                found.append(text[verb.start:verb.end])
    return found


# «ничего не происходит», «ничего не выходит», «ничего не меняется»: nothing comes of a try
_HAPPENING = frozenset({"происходить", "произойти", "выходить", "выйти", "получаться", "получиться", "меняться",
                        "измениться", "появляться", "появиться", "открываться", "открыться", "грузиться",
                        "загружаться", "нажиматься", "работать", "срабатывать", "сработать"})
# Controls of a screen and the states in which they do not work.
_CONTROLS = frozenset({"кнопка", "ссылка", "поле", "вкладка", "иконка", "значок", "переключатель", "галочка",
                       "пункт", "раздел"})
_DISABLED = frozenset({"серый", "неактивный", "некликабельный", "бледный"})
_NAME_RE = re.compile(r"[«\"][^«»\"]*[»\"]")


def tried_in_vain(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Ввожу на сайте — ничего не происходит», «QR-код отсканировала, ничего»: a clause of «ничего» alone or with a
    verb of happening, after a clause where the customer did something (a verb in the first person or the past
    singular); «кнопка серая», «кнопка не активна»: a control said to be disabled."""
    found = []
    parts = parts_with_tokens(text, tokens)
    for n, (start, end, words) in enumerate(parts):
        lowered = [t.lower for t in words]
        nothing = lowered[:1] == ["ничего"] or lowered[:2] in (["и", "ничего"], ["а", "ничего"])
        rest = words[lowered.index("ничего") + 1:] if nothing else []
        if nothing and (not rest or rest[0].lower == "не" and len(rest) > 1 and rest[1].lemmas & _HAPPENING) \
                and len(rest) <= 3 and n and _did(parts[n - 1], text):
            found.append(text[start:end].strip())
        for i, tok in enumerate(words[:-1]):
            if not tok.lemmas & _CONTROLS or "nomn" not in tok.tag:
                continue
            named = [m.span() for m in _NAME_RE.finditer(text, start, end)]  # «кнопка «Записаться» серая»
            state = [t for t in words[i + 1:i + 6] if not any(a <= t.start < b for a, b in named)][:2]
            if state and (state[0].lemmas & _DISABLED or state[0].lower == "не" and len(state) > 1
                          and "активный" in state[1].lemmas):
                found.append(text[tok.start:state[-1].end if state[0].lower == "не" else state[0].end])
    return found


def _did(part: tuple[int, int, list[Token]], text: str) -> bool:
    """The clause before tells the customer's doing: a verb in the first person, or in the past singular
    («отсканировала»), not negated — in the same sentence (no full stop between)."""
    _, end, words = part
    if not words or any(c in text[end:end + 1] for c in ".!?\n"):
        return False
    return any(t.tag.startswith("VERB") and ("1per" in t.tag or "past" in t.tag and "sing" in t.tag)
               and not (i and words[i - 1].lower == "не") for i, t in enumerate(words))
