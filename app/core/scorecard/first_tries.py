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
from functools import lru_cache

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import WHERE_RE
from app.core.scorecard.words import PART_RE, Token, message_sentences, tokenize

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
    r"|\bне\s+подключа\w*(?:ся|сь)\b"  # the router «не подключается», not a service «не подключал»
    # the same in the words of customers who mix in English: «крашится», «глючит», «error 500», «not working»
    r"|\bкраш\w*|\bглюч\w*|\bcrash\w*|\berror\b|\bnot\s+working\b|\bdoes\s*n[o']?t\s+work|\bbroken\b")
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
        words = r.tokens_in(s, e)
        lead = [t for t in words if t.start < min((t.start for t in words if t.start in at), default=s)]
        if lead and len(lead) < len(words) and not any(t.lemmas & _NO_CAUSE for t in lead) and _telling(lead):
            return []  # «В версии 4.2 ошибка с кэшем: переустановите приложение» — the cause before the step
        if any(t.start in at for t in words) or any(t.lemmas & _NO_CAUSE for t in words):
            continue
        if words and words[0].lemmas & r.lex.wishes_set:
            continue  # «Удачи на экзамене!»: a closing wish tells no cause
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


# A try the customer tells as failed: «перезаходила, не помогло», «отключала и подключала заново — тишина».
_FAILED_RE = re.compile(r"(?i)\bуже\b|\bраза?\b|\bнесколько\b|\bпробовал|\bне\s+помогл|\bзаново\b|\bснова\b|\bопять\b"
                        r"|\bповторно\b|\bбезрезультатно\b|\bбесполезно\b|\bбез\s+толку\b|\bтишина\b"
                        r"|\bничего\s+не\s+(?:измени|поменя|дало)")
# Doing it again: «подключала заново», «перезагружала несколько раз», «зайдите снова».
_AGAIN_RE = re.compile(r"(?i)\bзаново\b|\bснова\b|\bопять\b|\bповторно\b|\bещ[её]\s+раз\b|\bраза?\b")
# Undoing before doing again: «выйдите и зайдите снова» is the «перезайти» the customer already did.
_UNDO = frozenset({"выйти", "выходить", "отключить", "отключать", "выключить", "выключать", "удалить", "удалять",
                   "закрыть", "закрывать", "выгрузить"})
# Someone the customer could not reach: «продавец не отвечает», «не берут трубку», «писала им — тишина»; «молчит»
# too, but not of one who calls and keeps silent.
_SILENT_RE = re.compile(r"(?i)\bне\s+(?:отвеча|перезванива|выход\w*\s+на\s+связь)\w*"
                        r"|\bне\s+(?:бер[её]т|брал\w*)\s+трубк"
                        r"|\bне\s+реагиру\w*\s+на\s+(?:сообщ|звон|письм|обращ|жалоб|заявк)|\bигнорир\w*|\bтишина\b"
                        r"|\bбез\s+ответа\b|\bне\s+(?:могу|можем|смогл\w*)\s+дозвон\w*|\bне\s+дозвон\w*")
# Things, not people, that «не отвечают»: a site, an app, a terminal — no one to get in touch with.
_DEVICES = frozenset({"сайт", "приложение", "сервер", "сервис", "терминал", "банкомат", "роутер", "страница",
                      "программа", "система", "кнопка", "экран", "интеграция", "телефон", "компьютер", "касса"})
# Getting in touch with someone: the step that is no step when they are the ones who stay silent.
_CONTACT = frozenset({"связаться", "связываться", "написать", "писать", "позвонить", "звонить", "перезвонить",
                      "обратиться", "обращаться", "спросить", "уточнить", "разбираться", "разобраться", "попросить",
                      "потребовать", "требовать", "напомнить"})
_THIRD = frozenset({"он", "она", "оно", "они"})
_POSSESSIVE = frozenset({"его", "ее", "её", "их"})
# Words that only lead in the step: «Попробуйте переустановить…», «Рекомендуем связаться…».
_LEADS = frozenset({"попробовать", "пробовать", "рекомендовать", "советовать", "стоить", "мочь", "смочь"})
# Prefixes that take an «о» before «-йти» and drop it before «-ходить».
_O_PREFIXES = frozenset({"в", "под", "об", "от", "с", "раз", "из", "над"})


def _root(lemma: str) -> str:
    """A verb's root for telling one doing in its two aspects: «зайти» and «заходить», «подключить» and «подключать».
    The «-йти» verbs go to their «-ходить» pair; the rest keep their first seven letters."""
    if lemma.endswith("йти"):
        stem = lemma[:-3]  # «войти» — «входить», «подойти» — «подходить»: the prefix's «о» drops before «-ходить»
        lemma = (stem[:-1] if stem.endswith("о") and stem[:-1] in _O_PREFIXES else stem) + "ходить"
    return lemma[:7]


def _redo(lemmas: frozenset[str]) -> set[str]:
    """For «пере-» the doing it repeats: «переподключить» is «подключить» again."""
    return {_root(x[4:]) for x in lemmas if x.startswith("пере") and len(x) >= 9}


@lru_cache(maxsize=256)
def _tried(messages: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """What the customer says they did and it did not help (the roots of their past verbs in a sentence that says so);
    what they did again («перезаходила», «подключала заново», «несколько раз»); and the quoted names of what they say
    does not respond («кнопка «Вернуть» … не нажимается»). Read once per customer, whatever the number of steps."""
    done, redone, quoted = set(), set(), []
    for message in messages:
        for chunk in message_sentences(message):
            if _FAILED_RE.search(chunk):
                verbs = [t for t in tokenize(chunk) if t.tag.startswith("VERB") and "past" in t.tag]
                done |= {_root(x) for t in verbs for x in t.lemmas}
                redone |= {x for t in verbs for x in _redo(t.lemmas)}
                if _AGAIN_RE.search(chunk):
                    redone |= {_root(x) for t in verbs for x in t.lemmas}
            if re.search(r"(?i)\bне\s+(?:нажима|срабатыва|активн)|\bсер(?:ая|ый|ое)\b|\bнеактивн", chunk):
                quoted += [q.lower() for q in re.findall(r"«([^»]+)»", chunk)]
    return frozenset(x for x in done if len(x) >= 5), frozenset(x for x in redone if len(x) >= 5), tuple(quoted)


def taken_already(r: Reply, span: Span) -> bool:
    """A step the customer has told, in their own words, that they took and it did not help: «Перезаходила, не
    помогло» — «выйдите и зайдите снова»; «токен пересоздавала, интеграцию отключала и подключала заново» —
    «переподключите интеграцию»; «нажмите «Вернуть»» to a customer whose «Вернуть» does not press; «свяжитесь с
    продавцом» to one whose seller does not answer. A lead-in («Попробуйте …») is judged by the verbs it leads to;
    the undoing half of a redo («выйдите и …») by its doing half. A doing again («переподключите», «зайдите снова»)
    matches only what the customer did again: «подключала» alone is no reconnecting."""
    i = next((k for k, t in enumerate(r.tokens) if t.start == span[0]), None)
    if i is None:
        return False
    part = r.part_at(span[0]) or (span[0], len(r.text))
    verbs = [r.tokens[i]]
    if r.tokens[i].lemmas & _LEADS or not r.tokens[i].tag.startswith("VERB"):  # «Попробуйте выйти и зайти снова»,
        # «необходимо обратиться»: what it leads to, in its part
        verbs = [t for t in r.tokens[i + 1:] if t.start < part[1] and t.tag.startswith("INFN")] or verbs
    if verbs[0].lemmas & _CONTACT:
        return _to_the_silent(r, r.tokens.index(verbs[0]), part)
    done, redone, quoted = _tried(tuple(r.customer_messages))
    named = re.search(r"«([^»]+)»", r.text[span[0]:part[1]])
    if named and named.group(1).lower() in quoted:
        return True
    words = r.tokens_in(part[0], part[1])
    again = bool(_AGAIN_RE.search(r.text, part[0], part[1])) or any(t.lemmas & _UNDO for t in words)
    doing = [v for v in verbs if not v.lemmas & _UNDO]
    if not doing:  # «Выйдите из кабинета и войдите снова»: the undoing is judged with the doing of its part
        doing = [t for t in r.tokens[i + 1:] if t.start < part[1] and t.tag.startswith(("VERB", "INFN"))
                 and not t.lemmas & _UNDO] or verbs
    return all({_root(x) for x in v.lemmas} & done or (_redo(v.lemmas) | (
        {_root(x) for x in v.lemmas} if again else set())) & redone for v in doing)


def _to_the_silent(r: Reply, i: int, part: tuple[int, int]) -> bool:
    """«свяжитесь с ним по телефону с сайта магазина» to «магазин не отвечает уже две недели»: the one to contact is
    the one the customer says stays silent — named again, or a «он / она / они» for them."""
    silent = _silent(tuple(r.customer_messages), r.lex.units)
    if not silent:
        return False
    after = [t for t in r.tokens[i + 1:] if t.start < part[1]]
    # «с ним», «им», «ему» — not the possessive «его / её / их» of another's thing («на его горячую линию»)
    return any(t.lemmas & silent or t.tag.startswith("NPRO") and "3per" in t.tag and t.lemmas & _THIRD
               and not (t.lower in _POSSESSIVE and n + 1 < len(after) and after[n + 1].tag.startswith(("ADJ", "NOUN")))
               for n, t in enumerate(after))


@lru_cache(maxsize=256)
def _silent(messages: tuple[str, ...], units: frozenset[str]) -> frozenset[str]:
    """The lemmas of whoever the customer says does not answer: the first noun of the sentence or of the part with
    the cue, before it — a person or a firm, not a thing («сайт банка не отвечает»)."""
    silent = set()
    for message in messages:
        for chunk in message_sentences(message):
            cue = _SILENT_RE.search(chunk)
            if cue is None and not re.search(r"(?i)\bзвон", chunk):  # «звонят и молчат» is a silent caller
                cue = re.search(r"(?i)\bмолч\w*", chunk)
            if cue is None:
                continue
            words = [t for t in tokenize(chunk[:cue.start()]) if t.tag.startswith("NOUN") and not t.lemmas & units]
            opens = next((m.start() for m in PART_RE.finditer(chunk) if m.start() <= cue.start() < m.end()), 0)
            silent |= set().union(*(t.lemmas for t in words[:1] + [t for t in words if t.start >= opens][:1]
                                    if not t.lemmas & _DEVICES))
    return frozenset(silent)
