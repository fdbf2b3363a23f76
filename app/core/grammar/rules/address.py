"""Обращение по имени после приветствия или благодарности: «Добрый день, Иван!», «Спасибо, Анна, за ожидание»."""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, agrees_with_pronoun, finding, parses
from app.core.phrase import phrase

ADDRESS_COMMA = RuleInfo(
    "OURS_ADDRESS_COMMA",
    phrase("Запятые при обращении"),
    phrase("Обращение выделяется запятыми."),
    phrase("Имя человека, к которому вы обращаетесь, — это обращение, и оно отделяется запятыми с обеих "
    "сторон: «Добрый день, Иван!», «Спасибо, Анна, за ожидание», «Мария, здравствуйте!». "
    "Имя собственное пишется с прописной буквы."),
    Category.PUNCTUATION,
)

GREETING_COMMA = RuleInfo(
    "OURS_GREETING_COMMA",
    phrase("Знак после приветствия"),
    phrase("После приветствия нужна запятая или восклицательный знак."),
    phrase("Приветствие в начале сообщения отделяется от следующих слов запятой или восклицательным "
    "знаком: «Здравствуйте, меня зовут Анна», «Добрый день! Подскажите, пожалуйста…». "
    "Если за приветствием идёт имя, оно выделяется как обращение: «Добрый день, Иван!»."),
    Category.PUNCTUATION,
)

SIGNATURE_COMMA = RuleInfo(
    "OURS_SIGNATURE_COMMA",
    phrase("Запятая после «С уважением»"),
    phrase("После «С уважением» перед подписью ставится запятая."),
    phrase("В деловой переписке формула «С уважением» отделяется от подписи запятой: «С уважением, Анна, служба "
    "поддержки». Так принято, хотя по общим правилам запятая здесь не нужна; без неё подпись выглядит небрежно."),
    Category.PUNCTUATION,
)

RULES = (ADDRESS_COMMA, GREETING_COMMA, SIGNATURE_COMMA)

GREETINGS = (("здравствуйте",), ("здравствуй",), ("привет",), ("добрый", "день"), ("добрый", "вечер"),
             ("доброе", "утро"), ("доброго", "дня"), ("доброго", "времени", "суток"))

# Formulas after which a name is an address; the last word is the one the comma follows.
_FORMULAS = (
    ("добрый", "день"), ("добрый", "вечер"), ("доброе", "утро"), ("доброго", "дня"),
    ("доброго", "времени", "суток"), ("здравствуйте",), ("здравствуй",), ("привет",),
    ("спасибо",), ("спасибо", "большое"), ("большое", "спасибо"), ("благодарю",), ("благодарим",),
    ("до", "свидания"), ("всего", "доброго"), ("всего", "хорошего"), ("хорошего", "дня"),
    ("хорошего", "вечера"), ("хороших", "выходных"), ("извините",), ("простите",),
)


# Interjections made of a noun and an imperative: no one is addressed («Чёрт возьми, опять ошибка»).
_OATHS = frozenset({("черт", "возьми"), ("черт", "побери"), ("бог", "даст")})


def _formula_ending_at(t: Text, i: int) -> int | None:
    """If a greeting formula ends at word i (its words written with spaces only), its first index."""
    best = None
    for formula in _FORMULAS:
        first = i - len(formula) + 1
        if first < 0 or any(t.words[first + k].low != w for k, w in enumerate(formula)):
            continue
        if all(t.plain_gap(first + k) for k in range(1, len(formula))):
            best = first if best is None else min(best, first)
    return best


def _formula_starting_at(t: Text, i: int) -> bool:
    for formula in _FORMULAS:
        if i + len(formula) <= len(t.words) and all(
                t.words[i + k].low == w for k, w in enumerate(formula)):
            return True
    return False


def _is_first_name(word: str) -> bool:
    """A first name in the nominative, as an address is (lower-case only if it can be nothing else)."""
    analyses = [p for p in parses(word) if "Fixd" not in p.tag]
    if not analyses:
        return False
    names = [p for p in analyses if "Name" in p.tag and "nomn" in p.tag and "sing" in p.tag]
    if word[:1].isupper():
        return bool(names) and analyses[0] in names
    return len(names) == len(analyses)


def _name_at_end(t: Text, i: int) -> bool:
    """Word i is capitalised, may be a first name, and ends its sentence or is followed by a comma."""
    w, nxt = t.words[i], t.word(i + 1)
    names = [p for p in parses(w.text) if "Name" in p.tag and "Fixd" not in p.tag and p.score >= 0.05]
    return w.text[:1].isupper() and (nxt is None or not t.plain_gap(i + 1)) and bool(names) and all(
        "nomn" in p.tag and "sing" in p.tag for p in names)  # «спасибо Анне» thanks someone


def _is_name_part(word: str, grammeme: str) -> bool:
    return word[:1].isupper() and any(grammeme in p.tag and "nomn" in p.tag for p in parses(word))


def _name_group(t: Text, i: int) -> int | None:
    """If a name (optionally with patronymic and surname) starts at word i, the index of its last word."""
    if not _is_first_name(t.words[i].text):
        return None
    last = i
    for grammeme in ("Patr", "Surn"):
        nxt = t.word(last + 1)
        if nxt is not None and t.plain_gap(last + 1) and _is_name_part(nxt.text, grammeme):
            last += 1
    return last


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


# Prepositions that make the phrase after a name its attribute: «Мария из поддержки», «Олег от провайдера».
_ATTRIBUTE_FROM = frozenset({"из", "от"})


def check(t: Text) -> list[Finding]:
    found = []
    for i in range(1, len(t.words)):
        if _formula_ending_at(t, i - 1) is None:
            continue
        gap = t.gap_before(i)
        if gap.strip() not in ("", ","):
            continue
        last, person = _name_group(t, i), False
        if last is None and _name_at_end(t, i):
            last = i  # «До свидания, Роман!»: after a formula a name the dictionary also knows as a word
        if last is None:
            last, person = _person_group(t, i), True  # «До свидания, друзья!», «Добрый день, уважаемый клиент!»
            if last is None or gap.strip() == ",":
                continue
        comma_before = gap.strip() == ","
        nxt = t.word(last + 1)
        comma_after = nxt is None or t.gap_before(last + 1).strip() != ""
        if not comma_after and nxt.low in _ATTRIBUTE_FROM:
            continue  # «Всего хорошего, Мария из поддержки»: «из поддержки» belongs to the name, no comma inside
        name_words = t.words[i:last + 1]
        lower = not person and not name_words[0].text[:1].isupper()
        if comma_before and comma_after and not lower:
            continue
        start = t.words[i - 1].start if not comma_before else name_words[0].start
        end = nxt.end if not comma_after else name_words[-1].end
        name = t.text[name_words[0].start:name_words[-1].end]
        if lower:
            name = _capitalised(name)
        fixed = (t.words[i - 1].text + ", " if not comma_before else "") + name
        if not comma_after:
            fixed += ", " + nxt.text
        if not lower:
            message = ADDRESS_COMMA.message
        elif comma_before and comma_after:
            message = phrase("Имя пишется с прописной буквы.")
        else:  # one phrase, not two joined: a stored message is found in the catalogue as it is
            message = phrase("Обращение выделяется запятыми, а имя пишется с прописной буквы.")
        found.append(finding(ADDRESS_COMMA, start, end, fixed, message=message))
    # «Анна добрый день» — the address comes first.
    for i in range(len(t.words) - 1):
        if not t.starts_sentence(i) or not t.plain_gap(i + 1) or not _formula_starting_at(t, i + 1):
            continue
        last = _name_group(t, i)
        if last != i or not t.words[i].text[:1].isupper():
            if _person_group(t, i) != i:
                continue  # «Коллеги добрый день!» is an address as a name is
        w, nxt = t.words[i], t.words[i + 1]
        found.append(finding(ADDRESS_COMMA, w.start, nxt.end, f"{w.text}, {nxt.text.lower()}"))
    _before_second_person(t, found)
    _after_request(t, found)
    _after_thanks_for(t, found)
    _signature(t, found)
    _name_closing_request(t, found)
    _after_greeting(t, found)
    return found


def _after_greeting(t: Text, found: list[Finding]) -> None:
    """«Здравствуйте меня зовут Анна» → «Здравствуйте, меня»: a greeting that opens the text and
    runs straight into the next words (a name after it is the address rule's)."""
    for greeting in GREETINGS:
        n = len(greeting)
        if len(t.words) <= n or any(t.words[k].low != g or k and not t.plain_gap(k) for k, g in enumerate(greeting)):
            continue
        last, nxt = t.words[n - 1], t.words[n]
        if "\n" in t.gap_before(n):
            return  # a greeting on a line of its own is a chat message of its own: the line break ends it
        readings = parses(nxt.text)
        if not t.plain_gap(n) or nxt.low in ("всем", "вам", "тебе", "и", "еще", "ещё") \
                or _name_group(t, n) is not None or _person_group(t, n) is not None \
                or readings and readings[0].tag.case == "datv":
            return  # «Привет коллегам» sends a greeting to someone
        found.append(finding(GREETING_COMMA, last.start, nxt.end, f"{last.text}, {nxt.text}"))
        return


_THANKS = frozenset({"спасибо", "благодарю", "благодарим"})


def _signature(t: Text, found: list[Finding]) -> None:
    """«С уважением Анна» → «С уважением, Анна» when the signature follows on the same line."""
    for i in range(1, len(t.words) - 1):
        if t.words[i].low != "уважением" or t.words[i - 1].low != "с" or not t.plain_gap(i):
            continue
        nxt = t.words[i + 1]
        if "\n" in t.gap_before(i + 1) or not t.plain_gap(i + 1) or not nxt.text[:1].isupper():
            continue  # a signature on its own line, or «с уважением к вам»
        w = t.words[i]
        found.append(finding(SIGNATURE_COMMA, w.start, nxt.end, f"{w.text}, {nxt.text}"))


def _after_thanks_for(t: Text, found: list[Finding]) -> None:
    """«Спасибо за ожидание Ирина, …» → «ожидание, Ирина»: a name after what one thanks for ends the formula."""
    for i in range(3, len(t.words)):
        last = _name_group(t, i)
        if last is None or not t.words[i].text[:1].isupper() or not t.plain_gap(i):
            continue
        nxt = t.word(last + 1)
        if nxt is not None and t.plain_gap(last + 1):
            continue  # «…за ожидание Ирина Петрова сказала»: the name goes on into the sentence
        thanks, za, noun = t.words[i - 3], t.words[i - 2], t.words[i - 1]
        if thanks.low not in _THANKS or za.low != "за" or not t.plain_gap(i - 2) or not t.plain_gap(i - 1):
            continue
        if not any(p.tag.POS == "NOUN" and p.tag.case == "accs" for p in parses(noun.text)):
            continue
        found.append(finding(ADDRESS_COMMA, noun.start, t.words[i].end, f"{noun.text}, {t.words[i].text}"))


def _person_plural(word: str) -> bool:
    """People addressed together: «коллеги», «друзья» (the nominative plural; never the object form)."""
    readings = [p for p in parses(word) if p.score >= 0.05]
    return bool(readings) and readings[0].tag.case == "nomn" and readings[0].tag.number == "plur" and all(
        p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case in ("nomn", "gent") for p in readings) and not any(
        p.tag.case == "gent" and p.tag.number == "plur" for p in readings)


def _person_group(t: Text, i: int) -> int | None:
    """The last word of an address by a noun for people that starts at word i («коллеги», «уважаемый клиент»,
    «дорогие друзья»), or None. A capital is let through only where the sentence starts."""
    def low(k: int) -> str:
        return t.words[k].text.lower() if k == i and t.starts_sentence(i) else t.words[k].text
    if _person_plural(low(i)):
        return i
    k = i
    while k < len(t.words) and (k == i or t.plain_gap(k)) and _nominative_adjective(low(k)):
        k += 1
    if k == i or k >= len(t.words) or not t.plain_gap(k):
        return None
    readings = parses(t.words[k].text)
    top = readings[0].tag if readings and t.words[k].text.islower() else None
    if top is not None and (_person_plural(t.words[k].text) or top.POS == "NOUN" and "anim" in top and top.case == "nomn"):
        return k
    return None


def _addressed_noun(word: str) -> bool:
    """A noun for a person that can only be in the nominative: «коллега», «товарищ», «друг»."""
    readings = [p for p in parses(word) if p.score >= 0.05]
    return bool(readings) and word.islower() and all(
        p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"
        for p in readings)


# words that open an indirect question; the noun after them is its subject or predicate
_QUESTION_WORDS = frozenset({"кто", "что", "где", "куда", "откуда", "когда", "как", "почему", "зачем", "чей", "чья",
                             "чьё", "чье", "чьи", "какой", "какая", "какое", "какие", "каков", "какова", "каковы"})


def _name_closing_request(t: Text, found: list[Finding]) -> None:
    """«Подождите минутку Анна!» → «минутку, Анна»: a first name that ends a request is an address."""
    for i in range(2, len(t.words)):
        end = _address_group_end(t, i)  # «…, товарищ академик», «…, уважаемый коллега»
        nxt = t.word(end + 1)
        if nxt is not None and not t.starts_sentence(end + 1) or not t.plain_gap(i):
            continue
        person = end > i or _name_group(t, i) == i and t.words[i].text[:1].isupper() \
            or _addressed_noun(t.words[i].text)
        if not person or _formula_ending_at(t, i - 1) is not None:
            continue
        before = [p for p in parses(t.words[i - 1].text) if p.score >= 0.1]
        if any(p.tag.POS in ("ADJF", "NOUN") and p.tag.case == "nomn" for p in before) \
                or _nominative_adjective(t.words[i - 1].text):
            continue  # the address starts earlier: «…, товарищ академик», «…, дорогая Анна»
        if before and before[0].tag.POS in ("CONJ", "PREP", "PRCL"):
            continue  # «умри как мужчина», «будь то человек или эльф»: the noun belongs to a comparison or a pair
        if t.words[i - 1].low in _QUESTION_WORDS:
            continue  # «Скажите, кто ваш менеджер»: the noun is the question's subject, nobody is addressed
        if _after_subject_pronoun(t, i):
            continue  # «…, мы только посредник», «я лишь оператор»: the noun is the pronoun's predicate
        if _predicate_of(t.words[i].text, t.words[i - 1].text):
            continue  # «Посмотрите, что говорит курьер»: the subject after its verb, nobody is addressed
        k = i - 1
        while k > 0 and not t.starts_sentence(k):
            k -= 1
        if any(_second_person(t.words[j].low) for j in range(k, i - 1)):
            before, name = t.words[i - 1], t.words[i]
            found.append(finding(ADDRESS_COMMA, before.start, name.end, f"{before.text}, {name.text}"))


# Subjects a noun after them in the same clause may name («мы посредник», «это курьер»); «вы», «ты» are left out:
# «вы» before a noun is as often the request the noun closes («Вы подождите Анна»).
_SUBJECT_PRONOUNS = frozenset({"я", "мы", "он", "она", "оно", "они", "это"})


def _after_subject_pronoun(t: Text, i: int) -> bool:
    """A pronoun in the nominative stands before word i in its clause (no comma or stop between) with no verb
    between them: «мы только посредник» names, «мы проверим Анна» still closes a request with a name."""
    k = i - 1
    while k >= 0:
        if t.words[k].low in _SUBJECT_PRONOUNS:
            return True
        readings = parses(t.words[k].text)
        if t.starts_sentence(k) or not t.plain_gap(k) or readings and readings[0].tag.POS in ("VERB", "INFN"):
            return False
        k -= 1
    return False


def _nominative_adjective(word: str) -> bool:
    return word.islower() and any(p.tag.POS == "ADJF" and p.tag.case == "nomn" and p.score >= 0.05
                                  for p in parses(word))


def _address_group_end(t: Text, i: int) -> int:
    """The last word of an address of several words that starts at word i: adjectives and a noun for a
    person only in the nominative, then adjectives and nouns in the nominative («товарищ всемирный
    академик», «уважаемый коллега»); i itself when there is no such group."""
    k = i
    while k < len(t.words) and _nominative_adjective(t.words[k].text) and (k == i or t.plain_gap(k)):
        k += 1
    if k >= len(t.words) or k > i and not t.plain_gap(k) or not _addressed_noun(t.words[k].text):
        return i
    while k + 1 < len(t.words) and t.plain_gap(k + 1) and (_nominative_adjective(t.words[k + 1].text)
                                                           or _addressed_noun(t.words[k + 1].text)):
        k += 1
    return k


def _speaker_verb(word: str) -> bool:
    """The likeliest reading is a verb in the first person: «(Дорогие студенты,) напоминаем», «просим»."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS == "VERB" and readings[0].tag.person == "1per"


def _second_person(word: str) -> bool:
    """Every likely reading is an imperative or a verb in the second person: «подскажите», «примите»."""
    readings = [p for p in parses(word) if p.score >= 0.1]
    return bool(readings) and all(p.tag.POS == "VERB" and ("impr" in p.tag or p.tag.person == "2per")
                                  for p in readings)


def _calling(word: str) -> bool:
    """The word can be one who is called: a noun for a person in the nominative by every likely reading, a
    capitalised first name by its likeliest one («Дима» is also «дим» in the genitive), or a short vocative
    («мам», «пап», «Саш»), which is nothing else."""
    readings = [p for p in parses(word) if p.score >= 0.1]
    if not readings:
        return False
    if all(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "nomn" for p in readings):
        return True
    top = readings[0]
    return any("voct" in p.tag for p in readings) or word[:1].isupper() and top.tag.POS == "NOUN" \
        and "Name" in top.tag and top.tag.case == "nomn" and top.tag.number == "sing"


def _before_second_person(t: Text, found: list[Finding]) -> None:
    """«Анна подскажите номер», «Коллега примите заявку», «Мама ты дома?»: a noun cannot be the subject
    of a verb in the second person, nor stand beside «ты», «вы» as a second subject, so a noun in the
    nominative that opens the sentence before one is an address."""
    for i in range(len(t.words) - 1):
        # «Мама ты дома?»: «ты», «вы» right after a noun in the nominative cannot share its clause
        if not t.starts_sentence(i) or not t.plain_gap(i + 1) or not (
                _second_person(t.words[i + 1].low) or t.words[i + 1].low in ("ты", "вы")):
            continue
        w, nxt = t.words[i], t.words[i + 1]
        if _calling(w.text) and not _formula_starting_at(t, i + 1) and not any(f.offset == w.start for f in found) \
                and (w.low.replace("ё", "е"), nxt.low) not in _OATHS:
            found.append(finding(ADDRESS_COMMA, w.start, nxt.end, f"{w.text}, {nxt.text}"))
    # «Анна я уже еду», «Коллеги мы начинаем»: a person in the nominative before «я», «мы» with a verb of theirs
    for i in range(len(t.words) - 2):
        w, pronoun = t.words[i], t.words[i + 1]
        if not t.starts_sentence(i) or not t.plain_gap(i + 1) or pronoun.low not in ("я", "мы") \
                or any(f.offset == w.start for f in found):
            continue
        person = _name_group(t, i) == i and w.text[:1].isupper() or _addressed_noun(w.text.lower()) \
            or _person_plural(w.text.lower())
        verb = next((t.words[j] for j in range(i + 2, min(i + 5, len(t.words)))
                     if t.plain_gap(j) and t.words[j].low not in ("не", "уже", "тоже", "же", "ещё", "еще", "все",
                                                                "всё", "сейчас", "скоро", "сами", "сам", "сама")),
                    None)
        if person and verb is not None and any(p.tag.POS == "VERB" and agrees_with_pronoun(p, pronoun.low)
                                               for p in parses(verb.text)[:2]):
            found.append(finding(ADDRESS_COMMA, w.start, pronoun.end, f"{w.text}, {pronoun.text}"))
    # «Коллеги подскажите», «Олег Викторович уточните», «Уважаемый клиент примите»: a group before a request
    for i in range(len(t.words) - 1):
        if not t.starts_sentence(i) or any(f.offset == t.words[i].start for f in found):
            continue
        last = _name_group(t, i) if t.words[i].text[:1].isupper() else None
        if last is None:
            last = _person_group(t, i)
        nxt = t.word(last + 1) if last is not None else None
        if nxt is None or not t.plain_gap(nxt.index) or not (_second_person(nxt.low) or _speaker_verb(nxt.low)):
            continue
        w = t.words[last]
        found.append(finding(ADDRESS_COMMA, w.start, nxt.end, f"{w.text}, {nxt.text}"))
    _name_before_question(t, found)


# pronouns of the speaker and the listener: a question with one of them speaks to the name before it
_DIALOGUE = frozenset({"я", "мне", "меня", "мной", "мы", "нам", "нас", "нами", "ты", "тебе", "тебя", "тобой", "вы",
                       "вам", "вас", "вами", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашу", "ваших", "твой",
                       "твоя", "твоё", "твое", "твои", "твоего", "твоей", "твою", "твоих"})


def _name_before_question(t: Text, found: list[Finding]) -> None:
    """«Анна(,) какой у вас номер заказа?», «Олег(,) как нам быть?»: a first name opening a question, right
    before its question word, is the one asked when the question speaks of «вы», «ты», «я» or «мы» — and
    not its subject («Анна где работает?» asks about her)."""
    for i in range(len(t.words) - 2):
        if not t.starts_sentence(i) or any(f.offset == t.words[i].start for f in found):
            continue
        last = _name_group(t, i)
        nxt = t.word(last + 1) if last is not None else None
        if nxt is None or not t.plain_gap(nxt.index) or nxt.low not in _QUESTION_WORDS or "-" in nxt.text:
            continue
        end = next((k for k in range(nxt.index + 1, len(t.words)) if t.starts_sentence(k)), len(t.words))
        rest = t.words[nxt.index + 1:end]
        closing = t.text[rest[-1].end:t.words[end].start if end < len(t.words) else len(t.text)] if rest else ""
        if "?" in closing and any(w.low in _DIALOGUE or _second_person(w.low) for w in rest):
            w = t.words[last]
            found.append(finding(ADDRESS_COMMA, w.start, nxt.end, f"{w.text}, {nxt.text}"))




def _after_request(t: Text, found: list[Finding]) -> None:
    """«Послушай Анна я устал» → «Послушай, Анна, я устал», «Скажите доктор это опасно?»: a name or a noun for a
    person in the nominative right after the request or the verb of the second person that opens the sentence
    is the one spoken to — unless a predicate agreeing with it follows («Знаешь, Анна пришла»: her clause)."""
    for i in range(len(t.words) - 1):
        if not t.starts_sentence(i) or not t.plain_gap(i + 1) or not _second_person(t.words[i].low):
            continue
        k = i + 1
        last = _name_group(t, k) if t.words[k].text[:1].isupper() else None
        if last is None:
            last = _address_group_end(t, k)
            if last == k and not _addressed_noun(t.words[k].text):
                continue
        nxt = t.word(last + 1)
        after = nxt is not None and t.plain_gap(last + 1)
        if after and any(_predicate_of(t.words[last].text, t.words[j].text)
                         for j in range(last + 1, min(last + 5, len(t.words))) if t.plain_gap(j)):
            continue  # «Узрите: наша богиня к нам вернулась»
        if any(f.offset <= t.words[k].start < f.offset + max(1, f.length) for f in found):
            continue
        w, name = t.words[i], t.text[t.words[k].start:t.words[last].end]
        end = nxt.end if after else t.words[last].end
        fixed = f"{w.text}, {name}" + (f", {nxt.text}" if after else "")
        found.append(finding(ADDRESS_COMMA, w.start, end, fixed))


def _predicate_of(noun: str, word: str) -> bool:
    """The word may be the noun's predicate: a verb of the third person or a short form agreeing with it."""
    for n in parses(noun):
        if n.tag.case != "nomn":
            continue
        for p in parses(word)[:2]:
            if p.tag.POS == "VERB" and p.tag.number == n.tag.number and p.tag.person in (None, "3per") and (
                    p.tag.gender is None or n.tag.gender is None or p.tag.gender == n.tag.gender):
                return True
            if p.tag.POS in ("ADJS", "PRTS") and p.tag.number == n.tag.number and (
                    p.tag.gender is None or n.tag.gender is None or p.tag.gender == n.tag.gender):
                return True
    return False
