"""The kinds of wish, farewell and signature that close a reply without the lexicon's closing phrases: a wish in
the genitive with no verb («Счастливого пути!», «До новых встреч!»), a short exclamation wishing luck («Успейте на
поезд!»), the operator's hope for what is to come («Надеемся, скоро всё наладится»), an offer for other questions, and a
last line that signs the reply (docs/scorecard_rubric.md, «Завершение»). :func:`courtesy.closing` reads each of the last
two sentences with them."""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, also_imperative, dictionary_word, edit_distance


def _words(r: Reply, sentence: tuple[int, int]) -> list[Token]:
    return r.tokens_in(sentence[0], sentence[1])


_FUSED_FAREWELLS = ("досвидания", "довстречи", "досвязи")  # «Досвидания!»: a farewell run together
_WISH_ADJECTIVES = ("хорошего", "доброго", "приятного", "отличного", "прекрасного", "удачного", "спокойного",
                    "лёгкого", "легкого", "чудесного", "замечательного", "счастливого", "хорошей", "приятной",
                    "удачной", "хороших", "приятных", "отличных")


def genitive_wish(r: Reply, sentence: tuple[int, int], words: list[Token]) -> list[Span]:
    """A wish is said in the genitive with no verb: «Счастливого пути!», «Прекрасного вам дня!», «Всех благ!»,
    «Здоровья маме!», «До новых встреч!» — and read through a typo («Хорошео дня!»)."""
    if not words or len(words) > 6 or any(ch.isdigit() for ch in r.text[slice(*sentence)]) \
            or r.text[slice(*sentence)].rstrip().endswith("?"):
        return []
    if any(t.tag.startswith(("VERB", "INFN", "PRTF", "PRTS", "GRND", "PRED")) or t.lower in ("не", "нет")
           for t in words):
        return []  # «Заказа нет», «Номера не видно»: a statement, not a wish
    first = words[0]
    if not dictionary_word(first.lower) and any(edit_distance(first.lower, w) <= 1 for w in _FUSED_FAREWELLS):
        return [(first.start, words[-1].end - first.start)]
    if len(words) >= 2 and first.lower not in _WISH_ADJECTIVES and any(
            edit_distance(first.lower, w) <= 2 for w in _WISH_ADJECTIVES) and (
            not dictionary_word(first.lower) or any(g in first.tag for g in ("Geox", "Surn", "Name"))):
        return [(first.start, words[-1].end - first.start)]  # «Хорошео дня», «Хорошево дня» (a place name)
    head = words[1:] if first.lower == "до" else words
    if not head or not head[0].tag.startswith(("ADJF", "NOUN", "NPRO")):
        return []
    if "gent" not in head[0].tag or head[0].lemmas & {"никакой", "никто", "ничто"}:
        return []  # «Никаких комиссий!» states a fact
    if first.lower == "до" and head[0].tag.startswith("NOUN") and not head[0].lemmas & {"встреча", "свидание", "связь"}:
        return []  # «До пятницы.» is a date; «До встречи!», «До новых путешествий!» take leave
    if head[0].tag.startswith("NOUN") and "anim" in head[0].tag:
        return []  # «Ваших сотрудников…» names people, it wishes nothing
    return [(words[0].start, words[-1].end - words[0].start)]


# Verbs whose outcome is luck, not the customer's doing: said in the imperative they wish it.
_LUCK = frozenset({"успеть", "добраться", "доехать", "долететь", "отдохнуть"})


def wished_arrival(r: Reply, sentence: tuple[int, int], words: list[Token]) -> list[Span]:
    """«Успейте на поезд!», «Доберитесь благополучно!», «Отдохните хорошо!»: a short exclamation with such an
    imperative wishes — unlike «Успейте оформить до пятницы», where an infinitive makes it an advert's call."""
    if not words or len(words) > 5 or not r.text[slice(*sentence)].rstrip().endswith("!"):
        return []
    first = words[0]
    if not ("impr" in first.tag or also_imperative(first.lower)) or not first.lemmas & _LUCK \
            or any(t.tag.startswith("INFN") for t in words[1:]):
        return []
    return [(first.start, words[-1].end - first.start)]


def hope_ahead(words: list[Token]) -> list[Span]:
    """«Надеюсь, это вас немного успокоит», «Надеемся, скоро всё наладится»: the operator's hope for what is to
    come, ending the reply, wishes it — «Надеемся, что информация была полезна» looks back on the reply itself; a
    hope before the answer («Надеюсь, маме скоро станет лучше. Вернём 23 700 ₽…») is sympathy, not a closing."""
    if len(words) < 3 or not ("надеяться" in words[0].lemmas and "1per" in words[0].tag):
        return []
    if any(t.tag.startswith("VERB") and "futr" in t.tag for t in words[1:]) \
            and not any(t.tag.startswith("VERB") and "past" in t.tag for t in words[1:]):
        return [(words[0].start, words[-1].end - words[0].start)]
    return []


def offer_for_questions(words: list[Token]) -> list[Span]:
    """«Пожалуйста, дайте нам знать, если у вас есть другие вопросы»: questions the customer may still have."""
    if any(t.lower == "если" for t in words) and any("вопрос" in t.lemmas for t in words):
        return [(words[0].start, words[-1].end - words[0].start)]
    return []


# Who signs a reply: «Ваш оператор Мария», «Анна Котова, старший специалист службы заботы».
_ROLES = frozenset({"оператор", "специалист", "менеджер", "служба", "поддержка", "команда", "отдел", "консультант",
                    "куратор", "администратор", "сотрудник", "агент"})


def signature(r: Reply) -> list[Span]:
    """The last line signs the reply: a name or a post with no verb and no figures."""
    start, end = r.sentences[-1]
    line = r.text[start:end]
    words = _words(r, (start, end))
    if not words or len(words) > 10 or any(ch.isdigit() for ch in line) or line.rstrip().endswith("?") \
            or any(t.tag.startswith(("VERB", "INFN")) for t in words):
        return []
    customer = set(r.customer_name.lower().replace("ё", "е").split())
    named = any("Name" in t.tag and t.text[:1].isupper() and t.lower not in customer for t in words)
    if named or any(t.lemmas & _ROLES for t in words):
        return [(start, end - start)]
    return []


def bare_farewell(words: list[Token]) -> list[Span]:
    """«Пока!», «Пока, Даша!»: «пока» that is the whole sentence, with at most a name beside it, takes leave (not
    «пока ждём ответа», where it means «for now»; whether it suits the customer is for «Тон»)."""
    if not words or words[0].lower != "пока" or len(words) > 3 \
            or any(not ("Name" in t.tag or "Patr" in t.tag) for t in words[1:]):
        return []
    return [(words[0].start, words[-1].end - words[0].start)]


# Imperatives that wish the customer or their kin well: «Берегите маму!», «Выздоравливайте!».
_CARE = frozenset({"беречь", "выздоравливать", "выздороветь", "поправляться", "поправиться"})


def wished_care(r: Reply, sentence: tuple[int, int], words: list[Token]) -> list[Span]:
    """«Берегите маму!», «Берегите себя и близких!», «Поправляйтесь скорее!»: a short exclamation whose imperative cares
    for the customer's or their kin's health — a wish, as «Будьте здоровы!» is."""
    if not words or len(words) > 5 or not r.text[slice(*sentence)].rstrip().endswith("!"):
        return []
    first = words[0]
    if "impr" not in first.tag or not first.lemmas & _CARE:
        return []
    return [(first.start, words[-1].end - first.start)]


# Verbs of things turning out well: «Всё получится», «всё наладится», «всё сложится».
_TURN_OUT = frozenset({"получиться", "наладиться", "уладиться", "образоваться", "сложиться", "удаться"})
_WELL = frozenset({"хорошо", "отлично", "замечательно", "прекрасно"})


def reassured(words: list[Token]) -> list[Span]:
    """«Всё получится :)», «Всё будет хорошо!», «У вас всё получится!»: the operator's word that things will turn
    out well, ending the reply, wishes it as «Удачи!» does — «Всё получится оформить за день» tells how a step goes
    (an infinitive or a figure after it)."""
    if not words or len(words) > 5 or not any(t.lower in ("всё", "все") for t in words) \
            or any(t.tag.startswith(("INFN", "NUMB")) or t.lower == "не" for t in words):
        return []
    verb = next((t for t in words if t.tag.startswith("VERB") and "3per" in t.tag and "futr" in t.tag), None)
    if verb is None or not (verb.lemmas & _TURN_OUT or "быть" in verb.lemmas and any(t.lower in _WELL for t in words)):
        return []
    return [(words[0].start, words[-1].end - words[0].start)]
