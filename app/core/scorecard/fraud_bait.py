"""A fraud attempt the customer only tells about: the trouble words belong to the bait, not to the customer.

«Пришла СМС: «Ваша карта заблокирована, позвоните по номеру…». Я не звонил. Это вы?», «Звонил «сотрудник
Центробанка», говорит, мои деньги под угрозой … Я пока ничего не перевёл»: «заблокирована», «под угрозой»,
«отменён», «сейчас придёт» stand in what a message or a caller said — quoted («…») or reported after a verb of
saying («сказали, что …», «говорит, …») — and the message baits: it asks to pay, transfer, follow a link, call back or
tell a code. When the customer then asks whether it is true («это от вас?», «рейс правда отменён?», «такие счета
бывают?», «вы так делаете?») or says they did not take the bait («ссылку не открывал», «я не звонил», «пока ничего
не перевёл», «положил трубку»), it is the rubric's «попытка мошенничества, которая не причинила вреда»
(docs/scorecard_rubric.md, «Сочувствие»: not applicable). The customer's own «не звонил», «не открывал» there tell
what they did not do, not a failure of the company. Troubles the customer tells in their own words outside the bait
(«деньги ушли», «списали 490») are still read as troubles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.quoted_bids import quoted_spans
from app.core.scorecard.words import Token

# What brings the bait: a message or a call.
_CARRIERS = frozenset({"смс", "sms", "сообщение", "письмо", "уведомление", "звонок", "рассылка", "смска", "эсэмэска",
                       "звонить", "позвонить", "написать", "писать", "прислать", "прийти"})
# Verbs of saying after which the caller's words are reported: «сказали, что …», «говорит, …».
_SAYING = frozenset({"сказать", "говорить", "сообщить", "утверждать", "заявить", "пугать", "предупредить",
                     "объяснить", "уверять"})
# What the bait asks for: to pay, to transfer, to follow a link, to call back, to tell a code or card data.
_BAIT_RE = re.compile(r"(?i)\b(?:ссылк\w*|оплат\w*|доплат\w*|перев(?:ести|едите|одить)|переведи\w*|код\w*|"
                      r"кодов\w*|перезвон\w*|позвоните|продиктова\w*|назвать|назовите|данные\s+карты|безопасн\w+\s+сч[её]т)")
# The customer asks whether the message is true or the company's.
_TRUE_RE = re.compile(r"(?i)\b(?:правда|действительно|на\s+самом\s+деле|бывают|так\s+делаете|нормально|"
                      r"от\s+вас|это\s+вы|вы\s+(?:мне\s+)?(?:писали|звонили|присылали|отправляли))\b[^.!\n]*\?")
# The customer did not take the bait: a negated act of answering it.
_TAKEN = frozenset({"открывать", "открыть", "звонить", "позвонить", "перезванивать", "перезвонить", "переходить",
                    "перейти", "платить", "заплатить", "оплачивать", "оплатить", "переводить", "перевести", "называть",
                    "назвать", "сообщать", "сообщить", "говорить", "сказать", "нажимать", "нажать", "трогать", "вводить",
                    "ввести", "диктовать", "продиктовать", "отвечать", "ответить"})
_HUNG_UP_RE = re.compile(r"(?i)\b(?:положил[аи]?|бросил[аи]?)\s+трубку\b|\bсказал[аи]?,?\s+что\s+перезвоню\b")


def _sentence_start(text: str, offset: int) -> int:
    return max(text.rfind(c, 0, offset) for c in ".!?\n") + 1


def _carried(text: str, tokens: Sequence[Token], start: int) -> bool:
    """A message or a call is named before ``start``, in its sentence or the one before it."""
    before = _sentence_start(text, max(0, _sentence_start(text, start) - 1))
    return any(t.lemmas & _CARRIERS or t.lower in _CARRIERS for t in tokens if before <= t.start < start)


def _in_bait(text: str, tokens: Sequence[Token], offset: int) -> bool:
    """The word at ``offset`` stands in a quoted message or in the words reported after a verb of saying."""
    if any(a < offset < b and _carried(text, tokens, a) for a, b in quoted_spans(text)):
        return True
    start = _sentence_start(text, offset)
    said = [t for t in tokens if start <= t.start < offset and t.lemmas & _SAYING and "1per" not in t.tag
            and not any(o.lower == "я" for o in tokens if start <= o.start < t.start)]
    return bool(said) and _carried(text, tokens, said[-1].end) | bool(re.search(r"[,:]", text[said[-1].end:offset]))


def _refused(text: str, tokens: Sequence[Token]) -> bool:
    """«Ссылку не открывал», «я пока ничего не перевёл», «положил трубку»: the customer did not take the bait."""
    if _HUNG_UP_RE.search(text):
        return True
    return any(t.lower == "не" and nxt.lemmas & _TAKEN and "past" in nxt.tag for t, nxt in zip(tokens, tokens[1:]))


def bait_only(text: str, tokens: Sequence[Token], offset: int) -> bool:
    """The state word at ``offset`` is the bait's, or the customer's «не звонил» to it, in a fraud attempt that did
    no harm: a baiting message told and then asked about or refused."""
    if not _BAIT_RE.search(text) or not (_TRUE_RE.search(text) or _refused(text, tokens)):
        return False
    if _in_bait(text, tokens, offset):
        return True
    at = next((i for i, t in enumerate(tokens) if t.start == offset), None)
    if at is not None and tokens[at].lower == "я":
        at += 1
    if at is None or at >= len(tokens):
        return False
    if tokens[at].lower == "не":
        at += 1
    return 0 < at < len(tokens) and tokens[at - 1].lower == "не" and bool(tokens[at].lemmas & _TAKEN) \
        and "past" in tokens[at].tag


def bait_ends(text: str, tokens: Sequence[Token], fragment: str) -> bool:
    """«говорит, мои деньги под угрозой и их надо»: a pressing need read across a sentence whose last word is the
    bait's — the caller hurries the customer, the customer is not in a hurry."""
    at = text.find(fragment)
    last = [t for t in tokens if at <= t.start < at + len(fragment)][-1:]
    return at >= 0 and bool(last) and bait_only(text, tokens, last[0].start)
