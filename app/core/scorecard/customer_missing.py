"""A trouble told as something missing, not got, or charged against what was due, without a complaint word:

- **missing from what came**: «В заказе нет зарядки», «в коробке не хватает двух винтов», «обещанного бассейна не
  было» — a statement that a thing is absent («нет», «не было», «не хватает», «недостаёт») from an order, a parcel,
  a set, or that a thing promised was absent;
- **an owed thing missing after a deed**: «Купила на 800 ₽, бонуса нет», «Заказ пришёл, подарка нет», «подарка в
  коробке не было» — «нет» / «не было» beside a thing a customer is owed or sent (a bonus, cashback, points, a gift,
  money, a ticket), in a statement that also tells something done in the past: what was promised for it did not come.
  Not «если бонуса нет…», not a question («бонуса нет?»), not «раньше скидки не было» (how things were), not a bare
  «Бонуса нет» with nothing done before it (that may be a status read);
- **a refusal shown on the screen**: «пишет «условия не выполнены»», «выдаёт «оплата невозможна»» — a verb of
  showing or writing and, in quotation marks after it, a message with a negation or a refusal: the site or the app
  turned the customer away, which is the rubric's «не работает»;
- **charged though it was not due**: «С меня взяли 2 000 за завтраки, хотя в брони написано „завтрак включён“» —
  money taken (a past verb of taking) in a sentence that sets «хотя» against it.

The rubric (docs/scorecard_rubric.md, «Сочувствие») counts as a complaint any trouble the customer reports, however
calmly: «не пришло», «списали». A question («В заказе нет зарядки?» asks what the kit holds) or a supposed case
(«если в посылке не хватит…») reports nothing; each returns the words that show it, so the scorecard can say why
empathy is due.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.words import Token, morph, sentences

# What comes to the customer holding things: an order, a parcel, a box, a set.
_HOLDERS = frozenset({"заказ", "посылка", "коробка", "комплект", "набор", "упаковка", "пакет", "доставка",
                      "комплектация", "отправление", "чемодан"})
_PROMISED = frozenset({"обещанный", "обещать", "заявленный", "оплаченный"})
_NOTHING = frozenset({"ничего", "никаких", "ни", "проблем"})
_TAKE = frozenset({"взять", "списать", "снять", "начислить", "удержать", "выставить"})

# What a customer is owed or sent and may find missing.
_OWED = frozenset({"бонус", "кешбэк", "кэшбэк", "кешбек", "кэшбек", "балл", "миля", "подарок", "скидка", "деньги",
                   "возврат", "компенсация", "начисление", "зачисление", "купон", "промокод", "сертификат", "билет",
                   "посылка", "чек", "ответ", "перевод", "выплата", "награда", "приз"})
_SUPPOSING = frozenset({"если", "ли", "вдруг", "чтобы", "раньше", "никогда", "обычно", "когда"})
_SHOWING = frozenset({"писать", "выдавать", "выдать", "показывать", "показать", "выскакивать", "выскочить",
                      "высвечиваться", "высветиться", "появляться", "появиться", "выводить", "вывести", "отвечать"})
_QUOTE_RE = re.compile(r"[«\"„]([^»\"“]{2,80})[»\"“]")
_REFUSING_RE = re.compile(r"(?i)(?:^|[^а-яё])(?:не|нельзя|невозможн\w*|недоступ\w*|недействител\w*|неверн\w*|отказ\w*|"
                          r"отклон\w*|ошибк\w*|запрещ\w*)(?:$|[^а-яё])")


def _sentences(text: str, tokens: Sequence[Token]):
    for start, end in sentences(text):
        words = [t for t in tokens if start <= t.start < end]
        if words:
            yield text[start:end], words


def _statements(text: str, tokens: Sequence[Token]):
    for sentence, words in _sentences(text, tokens):
        if not sentence.rstrip().endswith("?") and not any(t.lower in ("если", "вдруг", "чтобы") for t in words):
            yield words


def _absence(words: Sequence[Token]) -> Token | None:
    """«нет», «не было», «не хватает», «недостаёт»: the word that tells a thing is absent, or None."""
    for i, t in enumerate(words):
        if i + 1 < len(words) and words[i + 1].lower in _NOTHING:
            continue  # «в заказе нет ничего лишнего»: nothing is missing
        if t.lower == "нет" or "недоставать" in t.lemmas and t.tag.startswith("VERB"):
            return t
        if i and words[i - 1].lower == "не" and ("хватать" in t.lemmas or t.lower == "было"):
            return t
    return None


def missing_thing(text: str, tokens: Sequence[Token]) -> list[str]:
    """«В заказе 50331 нет зарядки», «обещанного бассейна не было»: a thing absent from what came, or promised."""
    found = []
    for words in _statements(text, tokens):
        absent = _absence(words)
        if absent is None:
            continue
        held = next((t for t, nxt in zip(words, words[1:]) if t.lower in ("в", "во") and nxt.lemmas & _HOLDERS
                     and any(p.tag.case == "loct" for p in morph().parse(nxt.lower))), None)
        promised = next((t for t in words if t.lemmas & _PROMISED and t.tag.startswith(("PRTF", "ADJF"))), None)
        first = held or promised
        if first is not None:
            found.append(text[min(first.start, absent.start):max(first.end, absent.end)])
    return found


def charged_though(text: str, tokens: Sequence[Token]) -> list[str]:
    """«взяли 2 000 за завтраки, хотя в брони написано „завтрак включён“»: money taken, not by the customer, and
    «хотя» after it in the sentence — charged against what was due («хотя» before it concedes: «хотя я оплатил
    вовремя, …» is read elsewhere)."""
    found = []
    for words in _statements(text, tokens):
        taken = next((t for t in words if t.lemmas & _TAKE and t.tag.startswith("VERB") and "past" in t.tag
                      and "plur" in t.tag), None)
        if taken is None or any(t.lower in ("я", "мы") for t in words if t.start < taken.start):
            continue
        though = next((t for t in words if t.lower == "хотя" and t.start > taken.end), None)
        if though is not None:
            found.append(text[taken.start:though.end])
    return found


def owed_missing(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Купила продукты на 800 ₽, бонуса нет»: a thing owed to the customer said to be missing in a statement that
    also tells a past deed (a past verb that is not the «было» of «не было» itself)."""
    found = []
    for sentence, words in _sentences(text, tokens):
        if sentence.rstrip().endswith("?") or {t.lower for t in words} & _SUPPOSING:
            continue
        for i, tok in enumerate(words):
            if tok.lower == "нет":
                near = words[max(0, i - 2):i] + words[i + 1:i + 2]
                done = [t for t in words if t.tag.startswith("VERB") and "past" in t.tag]
            elif tok.lower == "было" and i and words[i - 1].lower == "не":
                near = words[max(0, i - 4):i - 1]
                done = [tok]
            else:
                continue
            owed = next((t for t in near if t.tag.startswith("NOUN") and "gent" in t.tag and t.lemmas & _OWED), None)
            if owed is not None and done:
                start = min(owed.start, tok.start)
                found.append(text[start:max(owed.end, tok.end)])
                break
    return found


def refused_on_screen(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Ввожу код, пишет «условия не выполнены»»: a verb of showing or writing, and right after it a quoted message
    that refuses (a negation, «нельзя», «невозможно», «ошибка», «отказано», «недействителен»)."""
    found = []
    for sentence, words in _sentences(text, tokens):
        for verb in (t for t in words if t.lemmas & _SHOWING and t.tag.startswith("VERB")
                     and ("pres" in t.tag or "past" in t.tag)):
            m = _QUOTE_RE.search(text, verb.end, verb.end + 90)
            if m is None or text[verb.end:m.start()].strip(" ,:—-") or not _REFUSING_RE.search(m.group(1)):
                continue
            found.append(text[verb.start:m.end()])
            break
    return found
