"""«Напишу в местную газету», «поставлю вам ноль звёзд», «расскажу всем в LinkedIn», «оставлю отзыв на отзовике»:
a threat to make the trouble public or take it to an authority — anger, however calm the words.

docs/scorecard_rubric.md, «Сочувствие»: a threat («пойду в суд», «откажусь от ваших услуг») is «гнев». The lexicon
names the courts and the regulators, and :func:`customer_cues.ultimatum` reads «если не …, уйду / откажусь»; a
threat of publicity is said with ordinary verbs («напишу», «расскажу», «поставлю», «оставлю»), and only the place it
goes to — the press, a review, the stars of a rating, the social networks, a lawyer, the head of the company — makes it
one. Read: a verb of the customer's own in the first person (future, or present: «пишу в Роспотребнадзор»), not
denied and not asked about («куда написать отзыв?»), with such a place in its sentence; a review or stars only when
they are to be bad ones, and nothing of praise in the sentence («оставлю хороший отзыв» thanks).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.words import Token, sentences

_DOING = frozenset({"написать", "писать", "рассказать", "рассказывать", "поставить", "оставить", "выложить",
                    "опубликовать", "обратиться", "обращаться", "пожаловаться", "жаловаться", "подать", "пойти",
                    "идти", "сообщить", "передать", "дойти", "отправить", "направить", "разместить", "запостить"})
# Where a trouble is made public or taken to be judged.
_PUBLIC = frozenset({"газета", "журналист", "пресса", "сми", "телевидение", "блог", "блогер", "отзыв", "отзовик",
                     "соцсеть", "звезда", "рейтинг", "суд", "прокуратура", "полиция", "роспотребнадзор", "фас",
                     "цб", "омбудсмен", "юрист", "адвокат", "ceo", "linkedin", "инстаграм", "instagram", "телеграм",
                     "ютуб", "youtube", "twitter", "твиттер", "vk", "вконтакте", "подписчик", "читатель",
                     "регулятор", "генеральный", "гендиректор", "всем", "везде"})


# A review or a rating is a threat only when it is to be a bad one: «разгромный отзыв», «ноль звёзд».
_RATED = frozenset({"отзыв", "звезда", "рейтинг"})
_LOW = frozenset({"разгромный", "плохой", "негативный", "отрицательный", "гневный", "ноль", "один", "низкий",
                  "худший", "честный", "отзовик", "жалоба"})
_PRAISE = frozenset({"спасибо", "благодарить", "благодарность", "хороший", "положительный", "отличный", "молодец",
                     "понравиться", "пять", "замечательный", "прекрасный", "лучший", "рекомендовать"})


def public_threat(text: str, tokens: Sequence[Token]) -> list[str]:
    """The threats told in ``text`` (from the verb to the place), each as it stands."""
    found = []
    for start, end in sentences(text):
        if text[start:end].rstrip().endswith("?"):
            continue
        words = [t for t in tokens if start <= t.start < end]
        for i, verb in enumerate(words):
            if not (verb.tag.startswith("VERB") and "1per" in verb.tag and verb.lemmas & _DOING) \
                    or "past" in verb.tag or i and words[i - 1].lower in ("не", "бы", "если"):
                continue
            place = next((t for t in words[i + 1:i + 8] if t.lemmas & _PUBLIC or t.lower in _PUBLIC), None)
            if place is None or any(t.lemmas & _PRAISE for t in words):
                continue  # «оставлю хороший отзыв», «всем расскажу, какие вы молодцы»
            if place.lemmas & _RATED and not any(t.lemmas & _LOW or t.text in ("0", "1") for t in words):
                continue  # «напишу отзыв о курсе»: a review, not yet a bad one
            found.append(text[verb.start:place.end])
            break
    return found
