"""A fault met with nothing but what anyone tries first (settled 2026-12-06, docs/label_settlement_2026-12-06.md).

«Перезагрузите роутер. Если не поможет — напишите» to «второй день не работает интернет»: a restart, a reinstall, a
cleared cache or another browser, with no word of what is wrong and no step of the company's with a time, is a guess —
the customer is not told why it should help, nor what happens when it does not. The same first try is a solution once
the reply says what is wrong or what it will mend («приложение не синхронизировалось — выйдите и войдите снова»,
«дело в роутере»), or what the company does, and when, if it fails.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import WHERE_RE
from app.core.scorecard.words import Token

# What a customer tries first and alone: restart, reconnect, check the cable, clear the cache, try again elsewhere.
_ROUTINE = frozenset({
    "перезагрузить", "перезапустить", "выключить", "включить", "переподключить", "отключить", "подключить",
    "проверить", "очистить", "обновить", "переустановить", "сбросить", "попробовать", "выйти", "войти", "выдернуть",
    "вставить", "подождать"})
# …and, met with nothing else, also a reinstall, a repeat, a look or paying again.
_FIRST_TRIES = _ROUTINE | {"удалить", "установить", "зайти", "перезайти", "повторить", "глянуть", "посмотреть",
                           "оплатить"}
# The customer reports something broken (not a question how to do something).
_FAULT_RE = re.compile(
    r"(?i)\bне\s+(?:работа|груз|загружа|открыва|запуска|включа|лов|приход|проход|синхрониз|подтягива|показыва"
    r"|пуска|заход|отобража|сохраня|отправля|заряжа)\w*|\bвылета\w*|\bзависа\w*|\bзавис\b|\bтормоз\w*"
    r"|\bошибк\w*|\bсбо[йяе]\w*|\bнет\s+(?:интернет|связи|сети|сигнал|доступа|свет|воды|тв\b|телевиден)\w*"
    r"|\bперестал\w*|\bотвалива\w*|\bобрыва\w*|\bпропа[лв]\w*|\bеле\s+\w+|\bмедленн\w*"
    r"|(?:до сих пор|так и|вс[её] ещ[её])\s+(?:не|нет)\b"
    r"|\bне\s+подключа\w*(?:ся|сь)\b")  # the router «не подключается», not a service «не подключал»
# Words of courtesy, of waiting and of the step itself («обычно это помогает»): no account of what is wrong.
_NO_CAUSE = frozenset({
    "извинить", "извиниться", "извинение", "простить", "сожалеть", "сочувствовать", "понимать", "понять",
    "представлять", "жаль", "благодарить", "спасибо", "ждать", "рад", "обращаться", "помочь", "помогать",
    "сработать", "заработать", "решить", "быть", "здравствовать", "надеяться", "связаться", "написать"})

# «не работает уже три дня», «с понедельника нет связи», «который день не грузится»: a fault that has lasted days.
_LASTING_RE = re.compile(r"(?:уже|который|котор\w+|целы\w+|больше|более|вот|второ\w+|трет\w+|четв[её]рт\w+|пят\w+|\d+)\s+"
                         r"(?:\w+\s+)?(?:дн[яеи]\w*|день|сут\w*|недел\w*|месяц\w*)"
                         r"|\bс\s+(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|прошл\w+\s+недел)\w*",
                         re.I)


def routine_fix(r: Reply, steps: Sequence[Span], upset: bool) -> str:
    """«Перезагрузите роутер» to «интернета нет уже три дня!!!»: an upset customer says the fault has lasted days, and
    every step the reply gives is what anyone tries first — no step of the company's. The words of how long, or "".
    A calm report of a symptom («роутер мигает красным») may well be met with a restart first."""
    said = "\n".join(r.customer_messages)
    lasting = _LASTING_RE.search(said)
    if lasting is None or not upset or not _FAULT_RE.search(said) or not steps:
        return ""
    # «Если не поможет, оставьте заявку на сайте»: a fallback for when the routine fails is no step of the company's
    fallback = [(s, e) for s, e in r.sentences if re.search(r"\bесли\b", r.text[s:e], re.I)]
    at = {s[0] for s in steps if not any(a <= s[0] < b for a, b in fallback)}
    verbs = [t for t in r.tokens if t.start in at]
    if not verbs or any(not t.lemmas & _ROUTINE for t in verbs):
        return ""
    return lasting.group().strip().lower()


def bare_first_try(r: Reply, steps: Sequence[Span], aside: Sequence[tuple[int, int]]) -> list[Span]:
    """The reply's steps, if every one (outside an «если не поможет…» fallback) is a first try at a fault the customer
    reports and no sentence of the reply says what is wrong — a cause told with a reproach («дело в вашей почте») is
    still told, blame is the tone's business; else []."""
    if not steps or not _FAULT_RE.search("\n".join(r.customer_messages)):
        return []
    fallback = [(s, e) for s, e in r.sentences if r.text[s:e].lstrip().lower().startswith("если")]
    tries = [s for s in steps if not any(a <= s[0] < b for a, b in fallback)]
    verbs = [t for t in r.tokens if any(t.start == s[0] for s in tries)]
    if not verbs or any(not t.lemmas & _FIRST_TRIES for t in verbs):
        return []
    at = {t.start for t in verbs}
    if any(s <= t < e and WHERE_RE.search(r.text, s, e) for s, e in r.sentences for t in at):
        return []  # «Проверьте: «Профиль» → «Уведомления»» names the very setting to look at
    for s, e in r.sentences:
        if (s, e) in fallback or any(a <= s < b for a, b in aside) or r.text[s:e].rstrip().endswith("?"):
            continue
        words = [t for t in r.tokens if s <= t.start < e]
        if any(t.start in at for t in words) or any(t.lemmas & _NO_CAUSE for t in words):
            continue
        if _telling(words):  # «задачи просто скрыты фильтром», «скорость в норме, так что дело в роутере»
            return []
    return tries


def _telling(words: Sequence[Token]) -> bool:
    """The sentence states something: a verb in the indicative, a short participle or adjective, a predicative — or,
    with no verb, two nouns or more (a greeting or a wish has one: «Добрый день», «Хорошего дня»)."""
    if any((t.tag.startswith("VERB") and "indc" in t.tag) or t.tag.startswith(("PRTS", "ADJS", "PRED"))
           for t in words):
        return True
    nouns = [t for t in words if t.tag.startswith("NOUN") and not any(x in t.tag for x in ("Name", "Surn", "Patr"))]
    return len(nouns) >= 2
