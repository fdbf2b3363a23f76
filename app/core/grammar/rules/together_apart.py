"""Слитно или раздельно: «чтобы» и «что бы», «то же самое», «не» с глаголами, «несмотря на»."""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, has_tag, known, match_case, parses
from app.core.phrase import phrase

CHTOBY = RuleInfo(
    "OURS_CHTOBY",
    phrase("«Чтобы» и «что бы»"),
    phrase("Союз цели «чтобы» пишется слитно."),
    phrase("«Чтобы» — союз, он вводит цель или желание и пишется слитно: «Напишите номер заказа, чтобы "
    "мы его нашли», «Мы хотим, чтобы вы остались довольны». Раздельно «что бы» пишется, когда "
    "«что» — местоимение, а «бы» — частица, и «бы» можно переставить: «Что бы вы хотели "
    "уточнить?» (= «Что вы хотели бы уточнить?»)."),
    Category.SPELLING,
)
TO_ZHE = RuleInfo(
    "OURS_TO_ZHE",
    phrase("«То же» и «тоже»"),
    phrase("Здесь «то же» пишется раздельно."),
    phrase("«Тоже» слитно значит «также, и»: «Я тоже проверю». Раздельно «то же» — это местоимение "
    "«то» с частицей «же», «то же самое»: «то же самое», «в то же время», «то же время»."),
    Category.SPELLING,
)
NE_VERB = RuleInfo(
    "OURS_NE_VERB",
    phrase("«Не» с глаголами"),
    phrase("«Не» с глаголами пишется раздельно."),
    phrase("Частица «не» с глаголами и деепричастиями пишется раздельно: «не знаю», «не получили», "
    "«не может», «не дождавшись». Слитно пишутся только глаголы, которые без «не» не "
    "употребляются: «ненавидеть», «негодовать», «недоумевать», — и глаголы с приставкой "
    "«недо-» («недоплатить»)."),
    Category.SPELLING,
)
NESMOTRYA = RuleInfo(
    "OURS_NESMOTRYA",
    phrase("«Несмотря на»"),
    phrase("Предлог «несмотря на» пишется слитно."),
    phrase("«Несмотря на» в значении «вопреки» — производный предлог, он пишется слитно: «несмотря на "
    "задержку», «несмотря на то что…». Раздельно «не смотря» пишется только деепричастие от "
    "«смотреть» (= «не глядя»): «Он ответил, не смотря на экран»."),
    Category.SPELLING,
)

NE_NI = RuleInfo(
    "OURS_NE_NI",
    phrase("«Не» и «ни» перед глаголом"),
    phrase("Отрицание при глаголе пишется с частицей «не»."),
    phrase("Частица «не» отрицает: «я не могу», «мы не получили». Частица «ни» усиливает отрицание или "
    "обобщает и при глаголе-сказуемом после подлежащего не употребляется: «ни разу», «ни один», "
    "«что бы ни случилось», «как ни старайся»."),
    Category.SPELLING,
)

PO_HYPHEN = RuleInfo(
    "OURS_PO_HYPHEN",
    phrase("Наречия с «по-»"),
    phrase("Наречие с приставкой «по-» и окончанием -ому / -ему, -ски пишется через дефис."),
    phrase("Наречия на -ому / -ему, -ски, -ьи с приставкой «по-» пишутся через дефис: «по-новому», «по-другому», "
    "«по-русски», «по-прежнему». Раздельно пишется предлог «по» с прилагательным, если за ним есть "
    "существительное: «по новому адресу», «по другому вопросу»."),
    Category.SPELLING,
)
POL = RuleInfo(
    "OURS_POL",
    phrase("«Пол-» со словами"),
    phrase("«Пол» (половина) пишется со следующим словом слитно."),
    phrase("«Пол-» в значении «половина» пишется слитно с существительным в родительном падеже: «полгода», "
    "«полчаса», «полдня», «полцены». Через дефис — перед гласной, «л» и прописной буквой: «пол-литра», "
    "«пол-Москвы»."),
    Category.SPELLING,
)

NAPRIMER = RuleInfo(
    "OURS_NAPRIMER",
    phrase("«Например»"),
    phrase("Вводное слово «например» пишется слитно."),
    phrase("«Например» — вводное слово («к примеру»), оно пишется слитно: «возьми что-нибудь тёплое, например "
    "свитер». Раздельно «на пример» — предлог с существительным: «посмотрите на пример ниже»."),
    Category.SPELLING,
)
ZATO = RuleInfo(
    "OURS_ZATO",
    phrase("«Зато» и «за то»"),
    phrase("Союз «зато» («но, однако») пишется слитно."),
    phrase("«Зато» — союз со значением «но, однако, взамен»: «Квартира маленькая, зато в центре». Раздельно «за "
    "то» — предлог с местоимением, обычно с продолжением: «спасибо за то, что дождались», «за то время»."),
    Category.SPELLING,
)

NAVSTRECHU = RuleInfo(
    "OURS_NAVSTRECHU",
    phrase("«Навстречу» и «на встречу»"),
    phrase("«Навстречу» кому-то или чему-то пишется слитно."),
    phrase("«Навстречу» — наречие и предлог, он управляет дательным падежом: «пойти навстречу клиенту», «мы "
    "идём вам навстречу», «навстречу пожеланиям». Раздельно «на встречу» — предлог с существительным «встреча» "
    "(собрание, свидание): «опоздал на встречу», «на встречу с клиентом», «на встречу выпускников»."),
    Category.SPELLING,
)

RULES = (CHTOBY, TO_ZHE, NE_VERB, NESMOTRYA, NE_NI, PO_HYPHEN, POL, NAPRIMER, ZATO, NAVSTRECHU)
_PERSONAL = frozenset({"я", "мы", "вы", "он", "она", "они", "ты"})
_CONCESSIVE = frozenset({"что", "кто", "как", "где", "куда", "откуда", "когда", "сколько", "какой", "какая",
                         "какое", "какие", "чей", "бы"})

# Words after which «что бы» is the conjunction of wish or purpose: «хотим, что бы» → «чтобы».
_WISH = frozenset({"хотеть", "захотеть", "нужно", "надо", "необходимо", "важно", "просить",
                   "попросить", "того", "стараться", "постараться", "нужный", "желательно"})
_SAMYJ = frozenset({"самое", "самый", "самая", "самые", "самого", "самой", "самому", "самым", "самом", "самых"})


def _check_chtoby(t: Text, i: int, found: list[Finding]) -> None:
    w, bi = t.words[i], t.word(i + 1)
    if w.low != "что" or bi is None or bi.low != "бы" or not t.plain_gap(i + 1):
        return
    after = t.word(i + 2)
    if after is not None and after.low in ("ни", "то"):
        return  # «что бы ни случилось», «что бы то ни было»
    # «Что бы выбрать?» at the start of a sentence is a question with the pronoun «что»
    purpose = (not t.starts_sentence(i) and after is not None and t.plain_gap(i + 2)
               and has_tag(after.text, "INFN") and not _asks_what(t, i)) or _purpose_opens_sentence(t, i) \
        or _purpose_clause(t, i)
    prev = t.word(i - 1)
    wish = prev is not None and not t.starts_sentence(i) and (
        prev.low in _WISH or any(p.normal_form in _WISH for p in parses(prev.text)))
    if purpose or wish:
        if prev is not None and t.plain_gap(i) and prev.low not in ("для", "того", "и", "а", "но", "или"):
            # «хотим что бы» → «хотим, чтобы»: the comma goes with the fix
            found.append(finding(CHTOBY, prev.start, bi.end, f"{prev.text}, чтобы",
                                 message=phrase("Союз «чтобы» пишется слитно, перед ним нужна запятая.")))
        else:
            found.append(finding(CHTOBY, w.start, bi.end, match_case(w.text, "чтобы")))


def _purpose_opens_sentence(t: Text, i: int) -> bool:
    """«Что бы не опоздать, я вызвал такси»: «не» and an infinitive, then a comma and the main clause — a
    purpose; «Что бы не забыть?» (a question) keeps the pronoun."""
    ne, verb = t.word(i + 2), t.word(i + 3)
    if ne is not None and ne.low != "не" and t.plain_gap(i + 2) and has_tag(ne.text, "INFN") and _object_after(t, i + 2):
        verb = ne  # «Что бы вернуть товар, нужен чек»: the infinitive has its object, «что» is none of its words
    elif ne is None or verb is None or ne.low != "не" or not t.plain_gap(i + 3) or not has_tag(verb.text, "INFN"):
        return False
    if not t.starts_sentence(i) or not t.plain_gap(i + 2):
        return False
    k = verb.index + 1
    while k < len(t.words) and t.plain_gap(k):
        k += 1
    return k < len(t.words) and t.gap_before(k).strip() == ","


# verbs after which «что бы» + an infinitive asks what to do: «не знаю, что бы подарить», «подскажите, что бы почитать»
_WONDERING = frozenset({"знать", "думать", "подумать", "придумать", "решить", "решать", "выбрать", "подсказать",
                        "посоветовать", "спросить", "гадать", "сообразить", "понимать", "понять", "представлять"})


def _asks_what(t: Text, i: int) -> bool:
    """«Не знаю, что бы подарить брату»: a verb of knowing or choosing before the comma and an infinitive with
    no object of its own — «что» is that object."""
    prev = t.word(i - 1)
    if prev is None or t.gap_before(i).strip() != "," or not any(
            p.normal_form in _WONDERING for p in parses(prev.text) if p.score >= 0.05):
        return False
    return not _object_after(t, i + 2)


def _object_after(t: Text, k: int) -> bool:
    """Word k (an infinitive) is followed by a noun that is only an accusative or a nominative: its object."""
    obj = t.word(k + 1)
    readings = parses(obj.text) if obj is not None and t.plain_gap(k + 1) else ()
    return bool(readings) and readings[0].tag.POS == "NOUN" and all(
        p.tag.case in ("accs", "nomn") for p in readings if p.tag.POS == "NOUN")


# words that stand as the subject of a clause on their own: «что бы такое не повторялось», «что бы всё прошло»
_SUBJECT_WORDS = frozenset({"он", "она", "оно", "они", "мы", "вы", "ты", "я", "это", "такое", "всё", "все", "никто",
                            "ничто"})
# intransitive verbs that still take «что» as their object: «что бы он ответил?»
_SAY_WHAT = frozenset({"ответить", "отвечать", "подумать", "думать", "возразить"})
_ASKING = frozenset({"куда", "где", "когда", "как", "что", "сколько", "зачем", "откуда", "кому", "чем", "кого"})


def _purpose_clause(t: Text, i: int) -> bool:
    """«…, что бы бронь не слетела», «…, что бы курьер приехал пораньше», «…, что бы я знала, куда ехать»:
    after a comma a clause with its own subject and a past verb that takes no object, or whose object is a
    question of its own after a comma — «что» can be neither subject nor object, so it is the conjunction of
    purpose. «Скажите, что бы вы выбрали» keeps the pronoun: «выбрали» has no other object."""
    s = i + 2
    while s < i + 4 and (w := t.word(s)) is not None and t.plain_gap(s) and (readings := parses(w.text)) and \
            readings[0].tag.POS in ("ADJF", "PRTF") and readings[0].tag.case == "nomn" and w.low not in _SUBJECT_WORDS:
        s += 1  # «что бы следующий квартал был не хуже»: the subject's own words before it
    subj, verb = t.word(s), t.word(s + 1)
    if t.gap_before(i).strip() != "," or verb is None or not t.plain_gap(s) or not t.plain_gap(s + 1):
        return False
    if verb.low == "не":
        verb = t.word(s + 2)
        if verb is None or not t.plain_gap(s + 2):
            return False
    nominative = parses(subj.text)
    verbs = parses(verb.text)
    if not (nominative and verbs) or not (any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in nominative[:2])
                                          or subj.low in _SUBJECT_WORDS):
        return False
    if not all(p.tag.POS == "VERB" and p.tag.tense == "past" for p in verbs):
        return False
    if all("intr" in p.tag for p in verbs) and not {p.normal_form for p in verbs} & _SAY_WHAT:
        then = t.word(verb.index + 1)  # «что бы он смог сделать»: the infinitive's object is «что»
        return then is None or not t.plain_gap(verb.index + 1) or parses(then.text)[0].tag.POS != "INFN" or (
            "intr" in parses(then.text)[0].tag)  # «что бы мастер успел подготовиться»
    asking, infinitive = t.word(verb.index + 1), t.word(verb.index + 2)
    return (infinitive is not None and t.gap_before(verb.index + 1).strip() == "," and asking.low in _ASKING
            and t.plain_gap(verb.index + 2) and parses(infinitive.text)[0].tag.POS == "INFN")


def _check_to_zhe(t: Text, i: int, found: list[Finding]) -> None:
    w, nxt = t.words[i], t.word(i + 1)
    if w.low != "тоже" or nxt is None or not t.plain_gap(i + 1):
        return
    prev = t.word(i - 1)
    if nxt.low in _SAMYJ or (nxt.low == "время" and prev is not None and prev.low == "в"
                             and t.plain_gap(i)):
        found.append(finding(TO_ZHE, w.start, w.end, match_case(w.text, "то же")))


def _finite_verb(word: str) -> bool:
    readings = parses(word)  # the likeliest reading: «видим» is a verb more often than «видимый»
    return bool(readings) and readings[0].tag.POS == "VERB" and readings[0].tag.mood != "impr" \
        and readings[0].tag.tense != "past"


def _check_to_zhe_apart(t: Text, i: int, found: list[Finding]) -> None:
    """«Я то же проверю» → «тоже»: after a personal pronoun and before its verb «то же» is «тоже»."""
    w, zhe, verb = t.words[i], t.word(i + 1), t.word(i + 2)
    if w.low != "то" or zhe is None or zhe.low != "же" or verb is None or i == 0:
        return
    if not (t.plain_gap(i) and t.plain_gap(i + 1) and t.plain_gap(i + 2)) or t.words[i - 1].low not in ("я", "мы"):
        return  # the operator speaking: «они то же получили» may be «получили то же»
    k = i + 2
    while verb.low in ("не", "так", "очень", "давно", "уже", "всегда") and t.word(k + 1) is not None \
            and t.plain_gap(k + 1) and k < i + 4:
        k += 1
        verb = t.words[k]  # «я то же не знаю», «я то же так думаю»
    if _finite_verb(verb.text) or _wish_in_past(t, verb.index):
        found.append(finding(TO_ZHE, w.start, zhe.end, match_case(w.text, "тоже"),
                             message=phrase("В значении «также, и» пишется слитно: «тоже».")))


def _wish_in_past(t: Text, k: int) -> bool:
    """«я то же хотел бы узнать», «мы то же решили подождать»: a past verb with «бы» or an infinitive after it —
    what more the speaker wants or did, not «the same thing» (that would be the verb's object, with no verb after)."""
    readings, then = parses(t.words[k].text), t.word(k + 1)
    if not readings or readings[0].tag.POS != "VERB" or readings[0].tag.tense != "past":
        return False
    return then is not None and t.plain_gap(k + 1) and (then.low == "бы" or parses(then.text)[0].tag.POS == "INFN")


def _check_po_hyphen(t: Text, i: int, found: list[Finding]) -> None:
    """«по новому» → «по-новому» when no noun follows that the adjective could go with."""
    w, adj = t.words[i], t.word(i + 1)
    if w.low != "по" or adj is None or not t.plain_gap(i + 1) or not adj.low.endswith(("ому", "ему")):
        return
    joined = "по-" + adj.text.lower()
    # «по-моему» is also a parenthetical word (CONJ,Prnt): both readings are the hyphenated word
    if not known(joined) or not all(p.tag.POS == "ADVB" or "Prnt" in p.tag for p in parses(joined)):
        return
    at = i + 2
    if t.word(at) is not None and t.word(at).low == "же" and t.plain_gap(at):
        at += 1  # «по вашему же запросу»: the particle stands between the word and its noun
    nxt = t.word(at)
    if nxt is not None and t.plain_gap(at) and any(p.tag.case == "datv" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO")
                                                   for p in parses(nxt.text.rsplit("-", 1)[-1])):
        return  # «по новому адресу», «по вашему СМС-запросу» (the last part of the compound takes the case)
    if nxt is not None and t.plain_gap(i + 2) and parses(nxt.text) and parses(nxt.text)[0].tag.POS == "NOUN":
        return  # «по вашему кредит»: a preposition with a word that goes with the noun, in the wrong case — one slip
        # of agreement, which the agreement rule names, not also an adverb
    if _noun_left_out(t, i + 1):
        return
    found.append(finding(PO_HYPHEN, w.start, adj.end, match_case(w.text, joined)))


# adjectives of old against new, one against another: «новый тариф… списали по старому (тарифу)»
_CONTRASTED = frozenset({"новый", "старый", "прежний", "другой", "иной", "обычный", "текущий", "нынешний"})


def _noun_left_out(t: Text, k: int) -> bool:
    """«Новый тариф действует с июня, поэтому за май списали по старому»: the adjective is one of a contrast, and
    the text before names a masculine or neuter noun with another adjective of the contrast — the adjective stands
    for that noun («по старому тарифу»), not for a way of doing («по-старому»)."""
    if not {p.normal_form for p in parses(t.words[k].text)} & _CONTRASTED:
        return False
    for m in range(max(0, k - 40), k - 2):
        if {p.normal_form for p in parses(t.words[m].text) if p.tag.POS == "ADJF"} & _CONTRASTED and t.plain_gap(
                m + 1) and any(p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.gender in ("masc", "neut")
                               for p in parses(t.words[m + 1].text)):
            return True
    return False


# What operators halve: time, money and the way; «пол» before other words may be the floor.
_HALVES = frozenset({"года", "часа", "дня", "минуты", "месяца", "недели", "суток", "цены", "суммы", "стоимости",
                     "пути", "зарплаты", "страницы", "экрана", "заказа", "срока"})


# Halves written with a hyphen (before a vowel or «л»), which are never the floor of something.
_HYPHEN_HALVES = frozenset({"литра", "лимона", "апельсина", "яблока", "арбуза", "оборота", "упаковки", "урока",
                            "отпуска", "остановки"})
_HOURS = frozenset({"первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого", "восьмого",
                    "девятого", "десятого", "одиннадцатого", "двенадцатого"})
_PARTS_OF_DAY = frozenset({"утра", "дня", "вечера", "ночи"})


def _check_pol(t: Text, i: int, found: list[Finding]) -> None:
    """«пол года» → «полгода», «пол литра» → «пол-литра», «пол восьмого» → «полвосьмого», «пол-дня» →
    «полдня»: «пол» before a genitive noun it makes one dictionary word with."""
    w, noun = t.words[i], t.word(i + 1)
    if w.low.startswith("пол-"):
        _pol_hyphen(t, i, found)
        return
    if w.low != "пол" or noun is None or not t.plain_gap(i + 1):
        return
    if noun.low in _HYPHEN_HALVES:
        found.append(finding(POL, w.start, noun.end, f"{w.text}-{noun.text}",
                             message=phrase("Перед гласной и «л» «пол-» пишется через дефис.")))
        return
    after = t.word(i + 2)
    if noun.low in _HOURS and (after is None or not t.plain_gap(i + 2) or after.low in _PARTS_OF_DAY
                               or not any(p.tag.POS == "NOUN" for p in parses(after.text))):
        found.append(finding(POL, w.start, noun.end, match_case(w.text, "пол" + noun.text.lower())))
        return  # «в пол восьмого» is the time; «пол восьмого этажа» the floor
    joined = "пол" + noun.text.lower()
    if noun.low not in _HALVES or not known(joined):
        return  # «помыли пол дома»: the floor, not a half
    if all(p.tag.POS == "NOUN" for p in parses(joined)) and any(p.tag.case == "gent" for p in parses(noun.text)):
        found.append(finding(POL, w.start, noun.end, match_case(w.text, joined)))


def _pol_hyphen(t: Text, i: int, found: list[Finding]) -> None:
    """«пол-дня» → «полдня»: before a consonant other than «л» and a small letter the hyphen goes."""
    w = t.words[i]
    rest = w.text[4:]
    if not rest or not rest[0].islower() or rest[0] in "аеёиоуыэюял" or "-" in rest:
        return
    joined = "пол" + rest.lower()
    if known(joined) and all(p.tag.POS == "NOUN" for p in parses(joined)):
        found.append(finding(POL, w.start, w.end, match_case(w.text, joined)))


def _check_ne_verb(t: Text, i: int, found: list[Finding]) -> None:
    w = t.words[i]
    if not w.low.startswith("не") or len(w.low) < 5 or "-" in w.low or known(w.low):
        return
    rest = w.text[2:]
    if rest.lower().startswith("до") or not known(rest):
        return
    readings = parses(rest)
    if all(p.tag.POS in ("VERB", "INFN", "GRND") for p in readings):
        found.append(finding(NE_VERB, w.start, w.end, f"{w.text[:2]} {rest}"))
    elif all(p.tag.POS == "PRTS" for p in readings):  # «неоплачен»: a short participle, as a verb
        found.append(finding(NE_VERB, w.start, w.end, f"{w.text[:2]} {rest}", message=phrase(
            "«Не» с краткими причастиями пишется раздельно: «заказ не оплачен», «форма не заполнена».")))


def _check_nesmotrya(t: Text, i: int, found: list[Finding]) -> None:
    w = t.words[i]
    if w.low not in ("не", "ни") or i + 3 >= len(t.words):
        return
    smotrya, na, that = t.words[i + 1], t.words[i + 2], t.words[i + 3]
    # «не смотря на то что», «ни смотря ни на что», «не смотря ни на какие…»: the preposition
    despite = (na.low == "на" and that.low in ("то", "это")) or (na.low == "ни" and that.low == "на")
    if (smotrya.low == "смотря" and despite and all(t.plain_gap(k) for k in (i + 1, i + 2, i + 3))):
        found.append(finding(NESMOTRYA, w.start, smotrya.end, match_case(w.text, "несмотря")))


def _check_ne_ni(t: Text, i: int, found: list[Finding]) -> None:
    w, verb = t.words[i], t.word(i + 1)
    if w.low != "ни" or verb is None or not t.plain_gap(i + 1) or i == 0 or not t.plain_gap(i):
        return
    if t.words[i - 1].low not in _PERSONAL:
        return
    # «что бы вы ни выбрали», «как вы ни старайтесь»: a concessive clause, where «ни» is right.
    if any(t.words[j].low in _CONCESSIVE for j in range(max(0, i - 4), i - 1)):
        return
    analyses = parses(verb.text)
    if analyses and all(p.tag.POS == "VERB" and p.tag.mood == "indc" for p in analyses):
        found.append(finding(NE_NI, w.start, w.end, match_case(w.text, "не")))


def _after_comma(t: Text, i: int) -> bool:
    return i > 0 and t.gap_before(i).strip() == ","


def _check_naprimer(t: Text, i: int, found: list[Finding]) -> None:
    """«…, на пример свитер» → «например»: after a comma, with no word «пример» could govern after it."""
    w, noun, after = t.words[i], t.word(i + 1), t.word(i + 2)
    if w.low != "на" or noun is None or noun.low != "пример" or not t.plain_gap(i + 1) or not _after_comma(t, i):
        return
    if after is not None and t.plain_gap(i + 2) and any(
            p.tag.case == "gent" or p.tag.POS in ("ADVB", "PREP") for p in parses(after.text)):
        return  # «, на пример того…», «на пример ниже»: the noun «пример»
    found.append(finding(NAPRIMER, w.start, noun.end, match_case(w.text, "например")))


# What follows «за то» as a preposition and pronoun: «за то, что», «за то время», «за то и ценят».
_ZA_TO_GOES_ON = frozenset({"что", "чтобы", "как", "и", "же", "самое", "время", "ли"})


def _check_zato(t: Text, i: int, found: list[Finding]) -> None:
    """«Квартира маленькая, за то в центре» → «зато»: after a comma and before a word «то» cannot govern."""
    w, to, after = t.words[i], t.word(i + 1), t.word(i + 2)
    if w.low != "за" or to is None or to.low != "то" or not t.plain_gap(i + 1) or not _after_comma(t, i):
        return
    if after is None or not t.plain_gap(i + 2) or after.low in _ZA_TO_GOES_ON:
        return
    readings = parses(after.text)
    # «за то красивая»: a full adjective only in a nominative that cannot be the accusative «то» governs
    adjective = bool(readings) and readings[0].tag.POS in ("ADJF", "NOUN") and readings[0].tag.case == "nomn" \
        and not any(p.tag.case == "accs" for p in readings)  # «за то соседи хорошие», not «за то время»
    if readings and (adjective or readings[0].tag.POS in ("PREP", "ADVB", "ADJS", "VERB", "PRTS", "COMP")):
        found.append(finding(ZATO, w.start, to.end, match_case(w.text, "зато")))


_DATIVE_PERSONS = frozenset({"мне", "нам", "вам", "тебе", "ему", "ей", "им"})
_GOING = frozenset({"идти", "пойти", "ходить", "выйти", "выходить", "бежать", "побежать", "ехать", "поехать",
                    "шагнуть", "двигаться", "спешить", "лететь", "броситься", "устремиться"})


def _check_navstrechu(t: Text, i: int, found: list[Finding]) -> None:
    """«пошли вам на встречу», «пойти на встречу клиенту» → «навстречу»: a meeting takes a genitive or «с»,
    only the adverb has a dative of whom one goes to meet."""
    w, meeting = t.words[i], t.word(i + 1)
    if w.low != "на" or meeting is None or meeting.low != "встречу" or not t.plain_gap(i + 1):
        return
    k = i + 2  # «на встречу постоянным клиентам»: the noun's attributes in the dative on the way
    while k < len(t.words) and t.plain_gap(k) and parses(t.words[k].text)[0].tag.POS in ("ADJF", "PRTF") and any(
            p.tag.case == "datv" for p in parses(t.words[k].text)):
        k += 1
    after, before = t.word(k), t.word(i - 1)
    to_whom = after is not None and t.plain_gap(k) and (after.low in _DATIVE_PERSONS or (
        bool(parses(after.text)) and all(p.tag.case == "datv" for p in parses(after.text))))
    verb = t.word(i - 2)
    went_to = (before is not None and verb is not None and t.plain_gap(i) and t.plain_gap(i - 1)
               and before.low in _DATIVE_PERSONS and bool({p.normal_form for p in parses(verb.text)} & _GOING))
    if to_whom or went_to:
        found.append(finding(NAVSTRECHU, w.start, meeting.end, match_case(w.text, "навстречу")))


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words)):
        _check_chtoby(t, i, found)
        _check_to_zhe(t, i, found)
        _check_to_zhe_apart(t, i, found)
        _check_po_hyphen(t, i, found)
        _check_pol(t, i, found)
        _check_ne_verb(t, i, found)
        _check_nesmotrya(t, i, found)
        _check_ne_ni(t, i, found)
        _check_naprimer(t, i, found)
        _check_zato(t, i, found)
        _check_navstrechu(t, i, found)
    return found
