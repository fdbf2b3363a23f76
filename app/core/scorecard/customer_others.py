"""Someone else's trouble: «Пришлите оценки Андрея Ковалёва, он сам не может зайти», «Я бронировала тур для подруги,
а она потеряла ваучер». The customer speaks for a friend, a classmate, a student, and the mishap is that person's,
told as the reason for a request: the customer has nothing to be sorry about (docs/scorecard_rubric.md,
«Сочувствие»: the customer reports a trouble of their own). A mishap of the company's people — «Вызвала мастера. Он
не пришёл» — and of things — «Перевела маме деньги, он так и не дошёл» (the transfer) — stays a complaint.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.words import Token, morph

_PRONOUNS = {"он": ("masc", "sing"), "она": ("femn", "sing"), "они": (None, "plur")}
# «он сам не может», «она так и не ответила», «он уже не помнит»: words between the pronoun and the trouble
_BETWEEN = frozenset({"сам", "сама", "сами", "так", "и", "уже", "ещё", "еще", "вообще", "совсем", "все", "всё",
                      "опять", "снова", "до", "сих", "пор"})
# people who work for the company or for its partners: their failure is the company's
AGENTS = frozenset({"курьер", "мастер", "водитель", "оператор", "менеджер", "сотрудник", "специалист",
                     "консультант", "продавец", "преподаватель", "учитель", "куратор", "врач", "доктор", "инженер",
                     "монтажник", "техник", "администратор", "кассир", "агент", "представитель", "юрист", "наставник",
                     "тренер", "экскурсовод", "гид", "проводник", "стюардесса", "пилот", "официант", "повар",
                     "сборщик", "грузчик", "оценщик", "эксперт", "страховщик", "диспетчер", "дежурный", "охранник",
                     "вахтёр", "вахтер", "горничная", "портье", "продавщица", "ментор", "репетитор", "логопед",
                     "таксист", "арендодатель", "хозяин", "хозяйка", "владелец", "поддержка", "компания", "банк"})


# A near person's death or illness — «Номер оформлен на отца, он умер», «мама в больнице, она…» — is the
# customer's own grief, whoever it befell (docs/scorecard_rubric.md, «Сочувствие»: «заболел» is a complaint)
GRIEF = frozenset({"умереть", "скончаться", "погибнуть", "смерть", "похороны", "заболеть", "болеть", "болезнь",
                    "больница", "госпитализировать", "реанимация", "травма", "перелом",
                    # an illness told by its event or the state it left: «папа после инсульта», «он лежачий»
                    "инсульт", "инфаркт", "лежачий", "слечь", "парализовать", "парализованный"})


def others_trouble(text: str, tokens: Sequence[Token], offset: int) -> bool:
    """The trouble at ``offset`` is told of «он», «она» or «они» (a word or three before it), and the nearest noun
    before the pronoun that agrees with it (past things after a preposition: «оценки Андрея за экзамен, он…») is a
    person who does not work for the company — unless the trouble is a death or an illness, which grieves the
    customer too."""
    at = next((t for t in tokens if t.start == offset), None)
    if at is not None and at.lemmas & GRIEF:
        return False
    before = [t for t in tokens if t.end <= offset]
    k = len(before) - 1
    while k >= 0 and before[k].lower in _BETWEEN and len(before) - k <= 3:
        k -= 1
    if k < 0 or before[k].lower not in _PRONOUNS:
        return False
    gender, number = _PRONOUNS[before[k].lower]
    for j in range(k - 1, -1, -1):
        readings = [p for p in morph().parse(before[j].lower) if p.tag.POS == "NOUN" and p.tag.number == number
                    and (gender is None or p.tag.gender == gender or "ms-f" in p.tag)]
        if not readings:
            continue
        if all("anim" in p.tag for p in readings):
            return not any(p.normal_form in AGENTS for p in readings)
        if not _after_preposition(before, j):
            return False  # «Купила сыну телефон, он не включается»: a thing named nearer, outside «за экзамен»
    return False


def _after_preposition(before: Sequence[Token], j: int) -> bool:
    """The noun at ``j`` heads a prepositional phrase: «за экзамен», and with its adjectives, «на другую дату»."""
    k = j - 1
    while k >= 0 and before[k].tag.startswith(("ADJF", "PRTF", "NUMR")) and j - k <= 3:
        k -= 1
    return k >= 0 and k < j and before[k].tag.startswith("PREP")

