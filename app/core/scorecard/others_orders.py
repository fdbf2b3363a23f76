"""What is in someone else's order, told to the one who asks: «Муж заказал мне подарок — что там?» — «Там духи».

An order, a parcel or a booking belongs to the one who placed it. When the customer says that another person (a
relative, a friend) placed it and asks what is inside it or where it goes, a reply that names the goods, the address
or the sum paid gives that person's data away (rubric, «Безопасность данных»: «сообщает … данные другого
человека»). When is a delivery coming to the customer's own door is the customer's business and is not read here; nor
is an order the customer placed themselves («я заказала маме…»), nor a reply that refuses («сообщить может только
сам покупатель»).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, find_phrases, sentences

# Placing an order or a booking, and the thing placed.
_PLACE = frozenset({"заказать", "оформить", "купить", "оплатить", "забронировать", "сделать", "отправить",
                    "выслать", "прислать"})
_ORDER = frozenset({"заказ", "посылка", "покупка", "подарок", "бронь", "бронирование", "отправление", "коробка"})
# «что в заказе», «что там», «что он заказал», «какой адрес», «куда доставка».
_WHAT = frozenset({"что", "какой", "куда", "сколько"})
_INSIDE = frozenset({"там", "внутри", "именно", "адрес", "состав", "содержимое", "стоить", "стоимость"}) | _ORDER | _PLACE
# The reply names what is inside, where it goes or what it cost.
_ADDRESS = frozenset({"ул", "улица", "проспект", "переулок", "кв", "квартира", "дом", "шоссе", "бульвар"})
_PAID = frozenset({"оплатить", "стоить", "стоимость", "сумма"})
_REFUSE = frozenset({"только", "нельзя", "никому", "самому", "самой", "лично", "покупатель", "владелец"})


def _placed_by_other(sentence: Sequence[Token], r: Reply) -> bool:
    """«Сын сделал заказ на мой адрес», «муж заказал мне подарок»: a word for another person before a verb of placing
    in the past, and no «я» placing it."""
    # the other person as the subject: «сын сделал», not «записала сына»
    others = [s[0] for _, s in find_phrases(sentence, r.lex.other_person, gap=0)
              if any(t.start == s[0] and "nomn" in t.tag for t in sentence)]
    if not others or any(t.lower == "я" for t in sentence):
        return False
    return any(t.lemmas & _PLACE and "past" in t.tag and t.start > others[0] for t in sentence)


def _asks_inside(sentence: Sequence[Token]) -> bool:
    """«Скажите, что в заказе», «что там?», «что именно?», «на какой адрес доставка?», «что он заказал?»."""
    for i, t in enumerate(sentence):
        if t.lemmas & _WHAT and any(n.lemmas & _INSIDE or n.lower in _INSIDE for n in sentence[i + 1:i + 4]):
            return True
    return False


def asked_about_others_order(r: Reply) -> bool:
    """The customer says another person placed an order and asks what is in it or where it goes."""
    text, theirs = "\n".join(r.customer_messages), r.customer_tokens
    said = [[t for t in theirs if start <= t.start < end] for start, end in sentences(text)]
    return any(_placed_by_other(s, r) for s in said) and any(_asks_inside(s) for s in said)


def order_told(toks: Sequence[Token]) -> list[Span]:
    """The span in one sentence of the reply that names the goods, the address or the sum of an order — unless the
    sentence refuses or denies («может сказать только сам покупатель», «адрес не сообщаем»)."""
    if any(t.lower in _REFUSE or t.lemmas & _REFUSE for t in toks) or any(a.lower == "не" for a in toks):
        return []
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        # «В заказе робот-пылесос…», «Там духи…»: what is inside, named by a noun
        inside = (t.lower == "там" and i <= 1 or t.lemmas & _ORDER and i and toks[i - 1].lower == "в") \
            and any(n.tag.startswith("NOUN") and not n.lemmas & _ORDER for n in toks[i + 1:i + 4])
        where = t.lemmas & _ADDRESS and any(c.isdigit() for n in toks[i + 1:i + 4] for c in n.text)
        paid = t.lemmas & _PAID and any(c.isdigit() for c in nxt.text)
        if inside or where or paid:
            return [(t.start, nxt.end - t.start)]
    return []
