"""Tone faults that show in how a sentence is built rather than in a listed phrase (rubric, «Тон»):

- **a guess that blames**: «Судя по всему, вы дважды нажали кнопку», «Похоже, вы указали старый адрес» — to a
  customer with a trouble, their own past deed offered as its likely cause;
- **«as you were told»**: «Как вам уже сообщали, …», «как я уже писала» — the customer reproached for asking again;
- **advice for next time**: «На будущее советую сначала подумать», «В следующий раз проверяйте адрес» — a lesson
  on what to watch, not a step;
- **gossip about a person**: «Этот курьер вечно всем грубит», «на него уже несколько раз жаловались»;
- **a denial as absolute**: «Наша система дважды не списывает, это исключено» — what the customer reports declared
  impossible.

Each finder returns the spans of the words that show the fault, so the reason can quote them.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token

# Words that offer a guess: «видимо», «похоже», «судя по всему», «скорее всего», «должно быть».
_GUESS_WORDS = frozenset({"видимо", "похоже", "наверное", "наверно", "вероятно", "по-видимому", "видно"})
_GUESS_PAIRS = (("судя", "по", "всему"), ("скорее", "всего"), ("должно", "быть"), ("по", "всей", "видимости"))
# «Видимо, вы уже получили письмо», «вы ещё не оплатили» tell where things stand, they blame no one.
_STATUS = frozenset({"уже", "еще", "пока"})


def _sentences(r: Reply) -> Iterator[tuple[str, list[Token]]]:
    """The reply's statements (not questions) with their words."""
    for start, end in r.sentences:
        sentence = r.text[start:end]
        if sentence.rstrip().endswith("?"):
            continue
        yield sentence, [t for t in r.tokens if start <= t.start < end]


def _past_verb(tok: Token) -> bool:
    return tok.tag.startswith("VERB") and "past" in tok.tag


# «Наверное, вы имеете в виду…», «видимо, вы хотите…»: a guess at what the customer means, not at what they did.
_MEANING = frozenset({"иметь", "хотеть", "мочь", "знать", "помнить", "слышать", "планировать", "собираться"})


def _deed(tok: Token) -> bool:
    """A verb telling what the customer did or does («нажали», «путаете»), not what they will do."""
    return tok.tag.startswith("VERB") and ("past" in tok.tag or "pres" in tok.tag) and not tok.lemmas & _MEANING


def guessed_cause(r: Reply) -> list[Span]:
    """«Судя по всему, вы дважды нажали «Оплатить»», «видимо, вы путаете тарифы»: a guess word, then «вы» and a verb
    of what they did or do within a few words — the customer's deed put forward as the cause of the trouble."""
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        if {"если", "бы", "чтобы"} & set(lowered):
            continue
        guesses = [(i, i) for i, w in enumerate(lowered) if w in _GUESS_WORDS]
        guesses += [(i, i + len(p) - 1) for p in _GUESS_PAIRS for i in range(len(lowered))
                    if tuple(lowered[i:i + len(p)]) == p]
        for first, last in guesses:
            you = next((i for i in range(last + 1, min(last + 4, len(words))) if lowered[i] == "вы"), None)
            if you is None:
                continue
            between = words[you + 1:you + 4]
            verb = next((t for t in between if _deed(t)), None)
            if verb is None or any(t.lower in _STATUS for t in between if t.start < verb.start):
                continue
            found.append((words[first].start, verb.end - words[first].start))
    return found


# Verbs of telling: «как вам уже сообщали / объясняли / писали», «как уже было сказано».
_TELLING = frozenset({"сообщать", "сообщить", "писать", "написать", "объяснять", "объяснить", "говорить", "сказать",
                      "отвечать", "ответить", "указывать", "указать", "упоминать", "упомянуть", "разъяснять",
                      "разъяснить", "информировать", "уведомлять", "уведомить", "предупреждать", "предупредить"})
_BEFORE = frozenset({"уже", "ранее", "неоднократно"})


def told_before(r: Reply) -> list[Span]:
    """«Как вам уже сообщали, возврат занимает 10 дней», «как я уже писала»: a «как» clause saying the customer has
    been told this before — a reproach for asking again, however politely the rest is worded."""
    found = []
    for _, words in _sentences(r):
        for i, tok in enumerate(words):
            if tok.lower != "как":
                continue
            window = words[i + 1:i + 6]
            when = next((j for j, t in enumerate(window) if t.lower in _BEFORE), None)
            if when is None:
                continue
            verb = next((t for t in window[when + 1:when + 3] if t.lemmas & _TELLING
                         and (_past_verb(t) or t.tag.startswith("PRTS"))), None)
            if verb is not None:
                found.append((tok.start, verb.end - tok.start))
    return found


_NEXT_TIME = (("на", "будущее"), ("в", "следующий", "раз"), ("впредь",), ("в", "дальнейшем"))
# What the customer is told to watch: think, check, read, be careful, plan.
_HEEDING = frozenset({"подумать", "думать", "продумать", "продумывать", "проверить", "проверять", "читать", "прочитать", "прочесть",
                      "следить", "смотреть", "посмотреть", "внимательный", "внимательно", "внимательнее", "сверить",
                      "сверять", "изучить", "изучать", "учитывать", "учесть", "планировать", "спланировать",
                      "перепроверить", "перепроверять", "уточнять", "вчитываться"})


def lesson_for_next_time(r: Reply) -> list[Span]:
    """«На будущее советую сначала подумать», «В следующий раз внимательнее проверяйте адрес»: what the customer
    should watch from now on — a lesson, unless the company promises it of itself («в следующий раз мы проверим»)."""
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        at = next((i for p in _NEXT_TIME for i in range(len(lowered)) if tuple(lowered[i:i + len(p)]) == p), None)
        if at is None or any(w in ("мы", "я") for w in lowered):
            continue  # «в следующий раз я сама проверю»: the operator's own promise
        heed = next((t for t in words if t.lemmas & _HEEDING and not t.tag.startswith("NOUN")), None)
        if heed is not None:
            start = min(words[at].start, heed.start)
            found.append((start, max(words[at].end, heed.end) - start))
    return found


_THIRD = frozenset({"него", "нее", "неё", "них", "нем", "ней"})


def gossip_about(r: Reply) -> list[Span]:
    """«Этот курьер вечно всем грубит», «на него уже не раз жаловались»: a person's habits or the complaints others
    made of them, told to the customer — gossip (the customer's own complaint, «вы жаловались», is not)."""
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        if "вы" in lowered or "ваш" in lowered:
            continue
        for i, tok in enumerate(words):
            if tok.lower == "вечно" and any(t.tag.startswith("VERB") for t in words[i + 1:i + 3]):
                verb = next(t for t in words[i + 1:i + 3] if t.tag.startswith("VERB"))
                found.append((tok.start, verb.end - tok.start))
            elif "жаловаться" in tok.lemmas and tok.tag.startswith("VERB"):
                about = next((j for j in range(max(1, i - 5), min(i + 4, len(words))) if lowered[j] in _THIRD
                              and lowered[j - 1] == "на"), None)  # «на него», «на неё»
                if about is not None:
                    start = min(words[about - 1].start, tok.start)
                    found.append((start, max(words[about].end, tok.end) - start))
    return found


_ABSOLUTE = frozenset({"исключено", "исключен", "исключена", "исключены"})
# Who the denial is about: the company and its systems.
_OURS = frozenset({"система", "программа", "сервис", "терминал", "банкомат", "биллинг", "приложение", "сайт", "касса",
                   "платформа", "оборудование", "мы", "наш", "компания", "банк", "магазин", "тарификация"})


def absolute_denial(r: Reply) -> list[Span]:
    """«Наша система дважды не списывает, это исключено»: to a customer who reports a trouble, a negated present
    verb of the company or its system and, in the same sentence, «исключено» — what the customer saw declared
    impossible (not «невозможно», which mostly refuses: «вернуть после отправки невозможно»)."""
    if not {"complaint", "anger", "repeat"} & set(r.customer.states):
        return []
    found = []
    for _, words in _sentences(r):
        absolute = next((t for t in words if t.lower in _ABSOLUTE), None)
        if absolute is None:
            continue
        for i, tok in enumerate(words[1:], 1):
            denied = words[i - 1].lower == "не" and tok.tag.startswith("VERB") and "pres" in tok.tag
            if denied and any(t.lemmas & _OURS for t in words[max(0, i - 5):i]):
                start = min(words[max(0, i - 5)].start, absolute.start)
                found.append((start, max(tok.end, absolute.end) - start))
                break
    return found
