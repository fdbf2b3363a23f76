"""Производные предлоги: «в течение трёх дней», «по окончании проверки», «по прибытии курьера»."""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.phrase import phrase

V_TECHENIE = RuleInfo(
    "OURS_V_TECHENIE",
    phrase("«В течение» со значением времени"),
    phrase("Предлог времени пишется «в течение» — с буквой «е» на конце."),
    phrase("Когда речь идёт о времени («в течение дня», «в течение трёх рабочих дней», «в течение "
    "24 часов»), «в течение» — это предлог, и на конце у него пишется «е». «В течении» с «и» "
    "пишется только тогда, когда «течение» — существительное: «в течении реки», «в течении "
    "болезни»."),
    Category.GRAMMAR,
)
PO_PREPOSITIONAL = RuleInfo(
    "OURS_PO_PREPOSITIONAL",
    phrase("«По окончании», «по прибытии»"),
    phrase("В значении «после» предлог «по» требует предложного падежа."),
    phrase("Когда «по» значит «после чего-то», существительное после него стоит в предложном падеже и "
    "оканчивается на «-и»: «по окончании проверки», «по прибытии на склад», «по приезде курьера», "
    "«по завершении оплаты», «по истечении срока», «по возвращении из отпуска». Формы «по "
    "окончанию», «по прибытию» ошибочны."),
    Category.GRAMMAR,
)

DERIVED = RuleInfo(
    "OURS_DERIVED_PREPOSITION",
    phrase("«На протяжении», «в заключение», «насчёт»"),
    phrase("Здесь пишется «{fixed}»."),
    phrase("У производных предлогов и наречий своё написание: «на протяжении дня» (на «-и»), «в заключение хочу "
    "сказать» (в конце, «в итоге» — на «-е»), «спросить насчёт ремонта» (о ремонте — слитно). «В заключении» на "
    "«-и» — это существительное: «в заключении врача»; «на счёт» раздельно — про деньги: «перевести на счёт»."),
    Category.GRAMMAR,
)

PLACE_IN_ON = RuleInfo(
    "OURS_PLACE_IN_ON",
    phrase("«В разделе», «на сайте»"),
    phrase("С этим словом место обозначают другим предлогом."),
    phrase("Места в программе и на сайте обозначают устойчивыми предлогами: «в разделе», «в приложении», «в "
    "личном кабинете», «в настройках» — но «на сайте», «на странице»."),
    Category.GRAMMAR,
)

RULES = (V_TECHENIE, PO_PREPOSITIONAL, DERIVED, PLACE_IN_ON)

# Where something is in a program or on a site, in the prepositional case: the preposition is fixed.
# («меню» does not decline: «скидка на меню» is an accusative; «на вкладке», «трещина в экране» are right)
_IN_PLACES = frozenset({"разделе", "разделах", "приложении", "кабинете", "настройках", "профиле"})
_ON_PLACES = frozenset({"сайте", "странице"})

_TIME_NOUNS = frozenset({
    "секунда", "минута", "час", "полчаса", "получас", "день", "сутки", "неделя", "месяц", "год",
    "квартал", "время", "период", "срок", "смена", "вечер", "утро", "ночь", "полгода", "выходные",
})
_PO = {
    "окончанию": "окончании", "приезду": "приезде", "прибытию": "прибытии",
    "завершению": "завершении", "истечению": "истечении", "возвращению": "возвращении",
    "получению": "получении",
}


def _time_follows(t: Text, i: int) -> bool:
    """A time expression (a number or a noun of time within three words) starts at word i."""
    for k in range(i, min(i + 4, len(t.words))):
        if k > i and not t.plain_gap(k):
            return False
        w = t.words[k]
        if w.text[:1].isdigit() or any(p.normal_form in _TIME_NOUNS for p in parses(w.text)):
            return True
    return False


def check(t: Text) -> list[Finding]:
    found = []
    for i in range(len(t.words) - 1):
        w, nxt = t.words[i], t.words[i + 1]
        if not t.plain_gap(i + 1):
            continue
        if w.low == "в" and nxt.low == "течении" and i + 2 < len(t.words) and t.plain_gap(i + 2) \
                and _time_follows(t, i + 2):
            found.append(finding(V_TECHENIE, w.start, nxt.end, f"{w.text} {match_case(nxt.text, 'течение')}"))
        elif w.low == "по" and nxt.low in _PO:
            # «по получению» is also «отчёт по получению» (about receiving): only before a genitive noun
            if nxt.low == "получению":
                after = t.word(i + 2)
                if after is None or not t.plain_gap(i + 2) or not any(
                        "gent" in p.tag for p in parses(after.text)) or not t.starts_sentence(i):
                    continue
            found.append(finding(PO_PREPOSITIONAL, w.start, nxt.end,
                                 f"{w.text} {match_case(nxt.text, _PO[nxt.low])}"))
        elif w.low == "на" and nxt.low == "счет" and i > 0 and t.plain_gap(i) and _genitive_follows(t, i + 2) \
                and {p.normal_form for p in parses(t.words[i - 1].text)} & _ABOUT:
            _derived(t, i, match_case(w.text, "насчёт"), found)
        elif w.low == "на" and nxt.low == "протяжение" and _genitive_follows(t, i + 2):
            _derived(t, i, f"{w.text} {match_case(nxt.text, 'протяжении')}", found)
        elif w.low == "в" and nxt.low == "заключении" and t.starts_sentence(i) and not _genitive_follows(t, i + 2):
            _derived(t, i, f"{w.text} {match_case(nxt.text, 'заключение')}", found)
        elif w.low in ("в", "на"):
            _place_in_on(t, i, found)
    return found


def _place_in_on(t: Text, i: int, found: list) -> None:
    """«подключается на разделе» → «в разделе», «на личном кабинете» → «в личном кабинете» (the place's noun, after
    up to two adjectives in the prepositional case that go with it), «в сайте» → «на сайте» (right after «в»: «в
    справочной странице» is how manuals name a man page). «на сортировочном центре» is left alone: the project's own
    model reply has it, and labellers differ on it."""
    w, k = t.words[i], i + 1
    while k < min(i + 3, len(t.words) - 1) and t.plain_gap(k + 1) and _adjective_in_prepositional(t.words[k].text):
        k += 1
    noun = t.words[k]
    if not all(t.plain_gap(j) for j in range(i + 1, k + 1)):
        return
    if w.low == "на" and noun.low in _IN_PLACES or w.low == "в" and noun.low in _ON_PLACES and k == i + 1:
        right = "в" if w.low == "на" else "на"
        found.append(finding(PLACE_IN_ON, w.start, noun.end, f"{match_case(w.text, right)}{t.text[w.end:noun.end]}"))


def _adjective_in_prepositional(word: str) -> bool:
    readings = [p for p in parses(word) if p.score >= 0.05]
    return bool(readings) and word.islower() and all(p.tag.POS in ("ADJF", "PRTF") for p in readings) \
        and any(p.tag.case == "loct" for p in readings)


# Words of saying, asking and agreeing, after which «на счёт чего-то» is «насчёт» (about), not onto an account.
_ABOUT = frozenset({"сказать", "говорить", "спросить", "спрашивать", "узнать", "узнавать", "уточнить", "уточнять",
                    "договориться", "договариваться", "думать", "подумать", "решить", "написать", "писать",
                    "позвонить", "звонить", "волноваться", "переживать", "беспокоиться", "сомневаться", "шутить",
                    "пошутить", "напомнить", "напоминать", "вопрос", "договорённость", "договоренность"})


def _genitive_follows(t: Text, k: int) -> bool:
    after = t.word(k)
    return after is not None and t.plain_gap(k) and any(
        p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "NPRO", "PRTF", "NUMR") for p in parses(after.text))


def _derived(t: Text, i: int, fixed: str, found: list[Finding]) -> None:
    """«на протяжение всего дня» → «на протяжении», «В заключении хочу сказать» → «В заключение»."""
    found.append(finding(DERIVED, t.words[i].start, t.words[i + 1].end, fixed,
                         message=phrase("Здесь пишется «{fixed}».", fixed=fixed)))
