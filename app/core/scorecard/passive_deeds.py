"""A deed done, told in a short passive participle: «Ваучер отправлен на почту» to «где мой ваучер?».

What the participle is said of must be what the customer wrote about («Договор отправлен» to a question about a voucher
is not); a promise («будет отправлен»), a negation («не открыт»), what the customer reported themselves («Карта
заблокирована» to «карту заблокировали!») and the customer's matter passed on («Информация передана в отель») are no
deed done. Read by the solution judge (a deed answers), by :mod:`answer_forms` and :mod:`past_deeds`.
"""

from __future__ import annotations

import re

from app.core.scorecard.questions import content, touched
from app.core.scorecard.reasons import FEELINGS as _FEELINGS, why_questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import tokenize



def done_as_asked(r: Reply, idx: int) -> bool:
    """«Ваучер отправлен на почту» to «где мой ваучер?»: a short passive participle of a perfective verb is a deed
    done when what it is said of (a noun in the nominative next to it) is what the customer wrote about — «Договор
    отправлен» to a question about a voucher is not, nor is «будет отправлен», a promise."""
    toks = r.tokens
    tok = toks[idx]
    if not tok.tag.startswith("PRTS") or "perf" not in tok.tag or "pssv" not in tok.tag or _matter_passed_on(r, idx):
        return False
    start, end = r.sentence_at(tok.start)
    near = [t for t in toks[max(0, idx - 3):idx + 3] if start <= t.start < end and t is not tok]
    if any(t.lemmas & {"быть", "будет"} and t.start < tok.start for t in near):
        return False
    told = r.customer_tokens
    if any(t.tag.startswith(("VERB", "PRTS", "PRTF")) and t.lemmas & tok.lemmas
           and not any(x.lower == "не" for x in told[max(0, i - 3):i]) for i, t in enumerate(told)):
        return False  # «Карта заблокирована» to «карту заблокировали!»: what the customer reported, no deed of ours
    if any(t.lower == "не" for t in toks[max(0, idx - 2):idx]):
        return False  # «Доступ не открыт» is the fault, not the deed
    part = r.part_at(tok.start)
    if part and any(t.lower == "ли" for t in r.tokens_in(*part) if t.start < tok.start):
        return False  # «проверьте, все ли платежи подтверждены»: asked of, not told as done
    theirs = {x[:5] if len(x) >= 6 else x for lemmas in content(told).values() for x in lemmas}
    if _why_asked_of(r, near):  # «Комиссия списана по тарифу» to «Откуда комиссия?»: what happened, told again
        return False
    if _said_of_pronoun(r, idx):  # «…раздел «Вебхуки», там всё расписано»: said of «всё», not of the customer's thing
        return False
    if any(t.tag.startswith("NOUN") and "nomn" in t.tag and touched(t.lemmas, theirs) for t in near):
        return True
    # «Вы пересажены на рейс SU 1403 сегодня в 19:20», «вы записаны к врачу на 9:00»: the customer put somewhere by
    # the company — done for them, when the sentence speaks of what they wrote about
    if idx and toks[idx - 1].lower == "вы" and "plur" in tok.tag and idx + 1 < len(toks) \
            and toks[idx + 1].lower in ("на", "в", "во", "к", "ко") and not tok.lemmas & _FEELINGS:
        return any(t.tag.startswith("NOUN") and touched(t.lemmas, theirs) for t in r.tokens_in(start, end))
    # «Доступ к курсу открыт» to «доступ так и не открыли»: what the customer said was not done is done now — the
    # clause's first noun, agreeing with the participle, is what it is said of
    denied = any(t.tag.startswith("VERB") and t.lemmas & tok.lemmas and any(x.lower == "не" for x in told[max(0, i - 3):i])
                 for i, t in enumerate(told))
    clause = max((start + m.end() for m in re.finditer(r"[,;:—]", r.text[start:tok.start])), default=start)
    head = next((t for t in r.tokens_in(clause, tok.start) if t.tag.startswith("NOUN")), None)
    return denied and head is not None and touched(head.lemmas, theirs) and all(
        g in head.tag for g in ("sing", "plur", "masc", "femn", "neut") if g in tok.tag)


def _why_asked_of(r: Reply, near: list) -> bool:
    """«Откуда комиссия 150 ₽?» — «Комиссия списана в соответствии с тарифами», «Почему разница?» — «Разница связана
    с датами»: the participle is said of the very thing the customer asks the cause of (a noun of their «почему / откуда
    / зачем» question in the nominative beside it) — it tells again that the thing is so, and is no deed done for them;
    whether it gives the cause is for the why rules."""
    asked = {x for chunk in why_questions(r) for words in [tokenize(chunk)] for k, t in enumerate(words)
             if t.tag.startswith("NOUN") and "nomn" in t.tag and not (k and words[k - 1].tag.startswith("PREP"))
             for x in t.lemmas}  # «за модем» reads as a nominative too
    return any(t.tag.startswith("NOUN") and "nomn" in t.tag and t.lemmas & asked for t in near)


def _said_of_pronoun(r: Reply, idx: int) -> bool:
    """«…в разделе «Вебхуки», там всё расписано по шагам», «всё указано в письме»: the participle's own clause (from the
    last comma, colon or dash before it) holds its subject, a pronoun in the nominative; a noun of the customer's beyond
    that break («Вебхуки») is not what the participle is said of."""
    toks = r.tokens
    start, _ = r.sentence_at(toks[idx].start)
    clause = max((start + m.end() for m in re.finditer(r"[,;:—–→]", r.text[start:toks[idx].start])), default=start)
    own = [t for t in toks[:idx] if clause <= t.start]
    return any((t.lower in ("все", "это") or t.tag.startswith("NPRO") and "nomn" in t.tag and "1per" not in t.tag
                and "2per" not in t.tag) and ("plur" in t.tag) == ("plur" in toks[idx].tag) for t in own) and not any(
        t.tag.startswith("NOUN") and "nomn" in t.tag for t in own)


# Passing on («передано», «направлено») the customer's matter, not their goods: «Информация передана в отель», «ваш
# вопрос направлен специалисту» — unlike «Заказ передан курьеру», a deed done.
_PASSING_ON = frozenset({"передать", "направить", "переслать", "перенаправить", "эскалировать"})
_MATTERS = frozenset({"информация", "вопрос", "запрос", "заявка", "обращение", "жалоба", "претензия", "просьба",
                      "замечание", "сообщение", "пожелание", "ситуация", "проблема", "данные", "сведение"})


def _matter_passed_on(r: Reply, idx: int) -> bool:
    """«Информация передана в отель, с вами свяжутся»: the customer's matter passed on is still to be dealt with, and
    needs a time like «передала в отдел» (its own sentence names the matter)."""
    if not r.tokens[idx].lemmas & _PASSING_ON:
        return False
    start, end = r.sentence_at(r.tokens[idx].start)
    return any(t.lemmas & _MATTERS for t in r.tokens_in(start, end))
