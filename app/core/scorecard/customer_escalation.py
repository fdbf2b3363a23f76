"""The customer's threat to take the matter further: «напишу в местную газету», «наш юрист готовит иск», «поставлю
вам ноль звёзд везде», «всем расскажу, как вы работаете», «завтра все узнают о вас».

The rubric counts a threat («пойду в суд», «откажусь от ваших услуг») as anger (docs/scorecard_rubric.md,
«Сочувствие»): a customer who says they will go to a court, a lawyer, a regulator, the press or a review site is no
calm customer, however calm the words. The threat is read from how the sentence is built: a verb of writing, filing,
going, telling or preparing that is still to come — the customer's own («напишу», «пишу жалобу», «обращусь»), a
lawyer's on their side («юрист готовит иск») or everyone's («все узнают») — and, in the same statement, where the
matter goes. A court, a suit, a lawyer, a regulator or the press is a threat by itself; a review, stars, the
management, «всем» only with a mark of menace — a condition the company fails («если не …», «иначе»), a damning
word («разгромный», «ноль звёзд»), «везде», «на всех площадках». What the customer already did («я писала в ЦБ») is
a story, and a question («как подать жалобу в ЦБ?») asks the way — neither is read here.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.words import Token, sentences

# Verbs that carry the matter further.
_CARRY = frozenset({"написать", "писать", "пожаловаться", "жаловаться", "подать", "подавать", "обратиться",
                    "обращаться", "пойти", "идти", "дойти", "поставить", "рассказать", "рассказывать", "заявить",
                    "выложить", "опубликовать", "оставить", "передать", "передавать", "сообщить", "отправить",
                    "готовить", "подготовить", "увидеться", "судиться", "завалить", "отнести", "донести"})
# Where the matter goes that threatens by itself.
_FIRM = frozenset({"суд", "иск", "юрист", "адвокат", "прокуратура", "роспотребнадзор", "цб", "фас",
                   "газета", "пресса", "сми", "журналист", "телевидение", "омбудсмен", "уполномоченный",
                   "регулятор", "рособрнадзор", "росавиация", "ростуризм", "антимонопольный"})
# Where it goes that threatens only with a mark of menace.
_SOFT = frozenset({"отзыв", "звезда", "соцсеть", "отзовик", "блог", "руководство", "директор", "полиция", "жалоба",
                   "претензия", "ceo"})
_MENACE_WORDS = frozenset({"если", "иначе", "везде", "ноль"})
# «всем расскажу», «все узнают»: the matter made known to everyone
_TELL = frozenset({"рассказать", "рассказывать", "узнать", "узнавать"})
# «Расскажу всем, какой у вас классный сервис», «оставлю отзыв везде, какие вы молодцы»: praise made known
_PRAISE = frozenset({"спасибо", "благодарить", "благодарный", "классный", "отличный", "замечательный", "прекрасный",
                     "лучший", "супер", "молодец", "крутой", "хороший", "добрый", "восторг", "рекомендовать"})
_DAMNING = frozenset({"разгромный", "плохой", "негативный", "отрицательный", "гневный", "честный", "худший"})


def _ahead(tok: Token, words: Sequence[Token], i: int) -> bool:
    """A verb still to come and not bid of another: a future or present indicative of the first person, a
    third-person one of «юрист» or «все», or an infinitive after «буду», «хочу», «собираюсь», «готов»."""
    if tok.tag.startswith("VERB"):
        if "past" in tok.tag or "impr" in tok.tag or "2per" in tok.tag:
            return False
        if "1per" in tok.tag:
            return True
        return any(t.lemmas & {"юрист", "адвокат"} or t.lower in ("все", "мы") for t in words[max(0, i - 3):i])
    if tok.tag.startswith("INFN"):
        before = words[max(0, i - 3):i]
        return any(t.lemmas & {"быть", "хотеть", "собираться", "готовый", "намереваться"} and "1per" in t.tag
                   or t.lower in ("готов", "готова") for t in before)
    return False


def _denied(tok: Token, words: Sequence[Token], i: int) -> bool:
    """«не напишу», and for an infinitive the «не» before its auxiliary: «не буду писать в газету»."""
    if tok.tag.startswith("INFN"):
        return any(t.lower == "не" for t in words[max(0, i - 3):i])
    return bool(i) and words[i - 1].lower == "не"


def escalation_threats(text: str, tokens: Sequence[Token]) -> list[str]:
    """The words from the verb to where the matter goes, for each statement that threatens to take it further."""
    found = []
    for start, end in sentences(text):
        if "?" in text[start:end + 1]:
            continue
        words = [t for t in tokens if start <= t.start < end]
        lowered = [t.lower for t in words]
        praised = any(t.lemmas & _PRAISE for t in words)
        # «на всех площадках», «во всех соцсетях»: everywhere
        menace = bool(set(lowered) & _MENACE_WORDS) or any(t.lemmas & _DAMNING for t in words) \
            or any(w == "всех" and k + 1 < len(words) and words[k + 1].tag.startswith("NOUN") and "loct" in words[k + 1].tag
                   for k, w in enumerate(lowered))
        for i, tok in enumerate(words):
            near = {t.lower for t in words[max(0, i - 2):i + 3]}
            if tok.lemmas & _TELL and near & {"всем", "все"} and not praised and _ahead(tok, words, i) \
                    and not (i and words[i - 1].lower == "не"):
                everyone = next(t for t in words[max(0, i - 2):i + 3] if t.lower in ("всем", "все"))
                a, b = min(tok.start, everyone.start), max(tok.end, everyone.end)
                found.append(text[a:b])
                break
            if tok.lemmas & _TELL or not tok.lemmas & _CARRY or _denied(tok, words, i) or not _ahead(tok, words, i):
                continue
            where = next((t for t in words if t is not tok and (t.lemmas & _FIRM or t.lower in _FIRM)), None)
            if where is None and menace and not praised:
                where = next((t for t in words if t is not tok and (t.lemmas & _SOFT or t.lower in _SOFT)), None)
            if where is not None:
                a, b = min(tok.start, where.start), max(tok.end, where.end)
                found.append(text[a:b])
                break
    return found
