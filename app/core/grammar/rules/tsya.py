"""-тся и -ться: «может измениться» (что сделать?), «заказ отправится» (что сделает?)."""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, known, match_case, parses
from app.core.phrase import phrase

TSYA = RuleInfo(
    "OURS_TSYA",
    phrase("-тся и -ться в глаголах"),
    phrase("Проверьте -тся / -ться."),
    phrase("Мягкий знак пишется в неопределённой форме глагола (отвечает на вопрос «что делать?» / «что "
    "сделать?»): «может измениться», «нужно авторизоваться», «будет производиться». Без мягкого "
    "знака пишется форма третьего лица (отвечает на вопрос «что делает?» / «что сделает?»): "
    "«заказ отправится», «деньги вернутся», «курьер свяжется». Задайте к глаголу вопрос: есть "
    "мягкий знак в вопросе — есть и в глаголе."),
    Category.SPELLING,
)

RULES = (TSYA,)

# Words after which an infinitive is expected: «может измениться», «нужно авторизоваться».
_MODALS = frozenset({
    "должен", "должна", "должно", "должны", "может", "могут", "можете", "можем", "могу", "можно",
    "нужно", "надо", "необходимо", "нельзя", "хочу", "хотим", "хотите", "хочет", "хотят", "будет",
    "будут", "будем", "будете", "буду", "начнет", "начнут", "стоит", "придется", "сможете",
    "сможем", "сможет", "смогут", "сможешь", "удастся", "получится", "пытается", "пытаются",
    "старается", "стараются", "постарайтесь", "попробуйте", "забудьте", "советуем", "рекомендуем",
    "просим", "прошу", "перестанет", "продолжит", "продолжает", "начинает", "собирается",
    "следует", "чтобы", "стоило", "пора", "важно", "нужна", "нужен", "нужны",
    # everyday writing: «надеюсь скоро увидеться», «пришлось вернуться», «решили остаться»
    "надеюсь", "надеемся", "пришлось", "приходится", "решил", "решила", "решили", "собираюсь", "собираемся",
    "хотел", "хотела", "хотели", "хотелось", "хочешь", "можешь", "сможешь", "умею", "умеет", "учусь", "учится",
    # verbs of beginning, going on and stopping in the past: «начал отключаться», «перестала включаться»
    # («начала», «начало», «стали» are left out: nouns too — «до начала остаётся час», «из стали делается»)
    "начал", "начали", "стал", "стала", "перестал", "перестала", "перестало",
    "перестали", "продолжал", "продолжала", "продолжали", "пытался", "пыталась", "пытались", "старался",
    "старалась", "старались", "успел", "успела", "успели", "смог", "смогла", "смогли",
})
# Words that may stand between the modal word and its infinitive: «не нужно ни о чём беспокоиться»,
# «можете сразу обратиться», «нужно будет заново зарегистрироваться».
_BETWEEN = frozenset({"ни", "о", "об", "чем", "чём", "вам", "нам", "вас", "тебе", "больше", "уже", "еще", "ещё",
                      "снова", "заново", "сразу", "теперь", "будет", "бы", "лишь", "только", "просто", "повторно",
                      "скоро", "наконец", "обязательно", "опять"})
# Nouns a bare infinitive may follow as a predicate with the dash left out («Наша цель научиться…»).
_GOALS = frozenset({"цель", "задача", "мечта", "желание", "план", "идея", "смысл", "решение", "выход", "способ",
                    "долг", "обязанность", "право", "надежда", "привычка", "умение", "время", "пора", "главное",
                    "дело", "правило", "работа", "счастье", "радость", "удовольствие", "проблема", "вопрос"})
# Subjects of operator phrases after which a finite verb is expected: «заказ отправится».
_SUBJECTS = frozenset({
    "он", "она", "оно", "они", "заказ", "посылка", "деньги", "средства", "товар", "платеж",
    "оплата", "заявка", "курьер", "оператор", "специалист", "менеджер", "сотрудник", "страница",
    "приложение", "сайт", "программа", "система", "письмо", "сообщение", "код", "статус", "счет",
    "карта", "возврат", "доставка", "ошибка", "кнопка", "баланс", "сумма", "обращение", "вопрос",
    "проблема", "ситуация", "отправление", "бонусы", "баллы", "скидка", "акция", "подписка",
})


def _infinitive_of(word: str) -> str | None:
    """«изменится» → «измениться» when the latter is an infinitive of the dictionary."""
    if not word.lower().endswith("тся"):
        return None
    candidate = word[:-3] + "ться"
    if known(candidate) and any(p.tag.POS == "INFN" for p in parses(candidate)):
        return candidate
    # «увидится» → «увидеться», «держится» → «держаться»: the infinitive is the dictionary form of the verb
    lemmas = {p.normal_form for p in parses(word) if p.tag.POS == "VERB" and "3per" in p.tag and "sing" in p.tag}
    if len(lemmas) == 1 and (lemma := lemmas.pop()).endswith("ться") and lemma[:3] == word.lower()[:3]:
        return word[:1] + lemma[1:] if word[:1].isupper() else lemma
    return None


def _finite_of(word: str, plural: bool) -> str | None:
    """«отправиться» → «отправится» when the latter is a third-person form of the right number."""
    if not word.lower().endswith("ться") or not known(word):
        return None
    candidate = word[:-4] + "тся"
    number = "plur" if plural else "sing"
    if known(candidate) and any({"VERB", "3per", number} <= set(p.tag.grammemes) for p in parses(candidate)):
        return candidate
    return None


_PERSONAL = frozenset({"он", "она", "оно", "они"})


def _is_subject(t: Text, k: int) -> bool:
    """Word k is not the object of a preposition, a modal word or an infinitive before it
    («через приложение обратиться», «нужно заказ отменить»)."""
    if k == 0 or not t.plain_gap(k) or t.words[k].low in _PERSONAL:
        return True  # «Надеюсь он справится»: «он» is never an object, whatever stands before it
    before = t.words[k - 1]
    return before.low not in _MODALS and not any(
        p.tag.POS in ("PREP", "INFN") for p in parses(before.text))


# Verbs whose experiencer is in the dative («мне нравится», «нам кажется»): after a dative pronoun their
# infinitive never stands alone, the third person does.
_DATIVE_VERBS = frozenset({"нравиться", "понравиться", "хотеться", "захотеться", "казаться", "показаться",
                           "удаваться", "удаться", "требоваться", "потребоваться", "приходиться", "нездоровиться",
                           "понадобиться"})
_DATIVES = frozenset({"мне", "тебе", "ему", "ей", "нам", "вам", "им", "всем", "никому", "кому"})


def _after_dative(t: Text, i: int) -> str | None:
    """«Мне нравиться эта идея» → «нравится»: an experiencer verb right after a dative pronoun (and «не», «очень»,
    «тоже», «так», «всегда»), the third person singular, or plural when a plural nominative follows."""
    w = t.words[i]
    readings = parses(w.text)
    if not readings or readings[0].tag.POS != "INFN" or readings[0].normal_form not in _DATIVE_VERBS:
        return None
    k = i - 1
    while k >= 0 and t.plain_gap(k + 1) and t.words[k].low in ("не", "очень", "тоже", "так", "всегда", "уже", "даже"):
        k -= 1
    if k < 0 or not t.plain_gap(k + 1) or t.words[k].low not in _DATIVES:
        return None
    nxt = t.word(i + 1)
    plural = nxt is not None and t.plain_gap(i + 1) and any(
        p.tag.case == "nomn" and p.tag.number == "plur" for p in parses(nxt.text)[:1]) and not any(
        p.tag.number == "sing" for p in parses(nxt.text)[:1])
    tense = "futr" if readings[0].tag.aspect == "perf" else "pres"
    form = readings[0].inflect({"VERB", "3per", "plur" if plural else "sing", tense, "indc"})
    return match_case(w.text, form.word) if form is not None else None


def _impersonal_after_conjunction(t: Text, i: int) -> str | None:
    """«…, если понадобиться отправить их» → «понадобится»: a verb that has no subject of its own («мне
    понадобилось», «удалось», «захотелось») cannot stand as a bare infinitive right after a conjunction opening a
    clause («если вдуматься» can: a verb with a doer); its third person singular is meant."""
    w = t.words[i]
    readings = parses(w.text)
    if not readings or readings[0].tag.POS != "INFN" or readings[0].normal_form not in _DATIVE_VERBS:
        return None
    k = i - 1
    while k >= 0 and t.plain_gap(k + 1) and (t.words[k].low in ("не", "вдруг", "всё-таки", "всё", "же")
                                            or t.words[k].low in _DATIVES):
        k -= 1
    if k < 0 or not t.plain_gap(k + 1) or t.words[k].low not in _SUBORDINATORS:
        return None
    tense = "futr" if readings[0].tag.aspect == "perf" else "pres"
    form = readings[0].inflect({"VERB", "3per", "sing", tense, "indc"})
    return match_case(w.text, form.word) if form is not None else None


_GOVERNORS = ("VERB", "INFN", "PRED", "ADJS", "PRTS", "COMP")
# words that may stand between «становиться» and its comparative: «легче от этого не становится»
_AROUND_COMPARATIVE = frozenset({"не", "от", "этого", "всё", "все", "ещё", "еще", "только", "немного", "чуть", "гораздо",
                                 "намного", "заметно", "уже", "совсем", "никак", "и"})


def _instrumental_in(t: Text, start: int, end: int) -> bool:
    """A noun in the instrumental with no preposition before it, between words start and end: «Врачом лучше не
    становиться» says whom to become, and the comparative is «better do»."""
    for k in range(start, min(end + 1, len(t.words))):
        if any(p.tag.POS == "NOUN" and p.tag.case == "ablt" for p in parses(t.words[k].text)[:1]) and not any(
                p.tag.POS == "PREP" for j in range(max(start, k - 2), k) for p in parses(t.words[j].text)[:1]):
            return True
    return False


def _becoming(t: Text, i: int) -> str | None:
    """«Легче от этого не становиться», «С каждым днём становиться холоднее» → «становится»: «становиться» with
    a comparative says what something becomes, and with nothing before it in the clause that could govern an
    infinitive («может», «нужно», a verb) the verb is the finite one. A comparative before it that is not the
    clause's last word may be a «better do» («Лучше не становиться на лёд»)."""
    w = t.words[i]
    readings = parses(w.text)
    if w.low != "становиться" or not readings or readings[0].tag.POS != "INFN":
        return None
    comparative = False
    k = i
    while k > 0 and t.plain_gap(k):
        k -= 1
        before = parses(t.words[k].text)[:1]
        if any(p.tag.POS == "COMP" for p in before):
            comparative = True
        elif t.words[k].low in _MODALS or t.words[k].low in ("бы", "чтобы", "чтоб") or any(
                p.tag.POS in _GOVERNORS for p in before):
            return None
    clause_ends = i + 1 >= len(t.words) or not t.plain_gap(i + 1)
    n = i + 1
    while n < len(t.words) and t.plain_gap(n) and t.words[n].low in _AROUND_COMPARATIVE:
        n += 1
    after = n < len(t.words) and t.plain_gap(n) and any(p.tag.POS == "COMP" for p in parses(t.words[n].text))
    if not (after or comparative and clause_ends) or _instrumental_in(t, k, n):
        return None
    subjects = [p for k in range(k, i) for p in parses(t.words[k].text)[:1] if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    plural = bool(subjects) and all(p.tag.number == "plur" for p in subjects)
    form = readings[0].inflect({"VERB", "3per", "plur" if plural else "sing", "pres", "indc"})
    return match_case(w.text, form.word) if form is not None else None
_FIRST_NOUN_SKIP = ("ADJF", "PRTF", "NUMR")


def _inverted_subject(t: Text, i: int) -> str | None:
    """«Где находиться ближайшая аптека?», «У нас строиться новый мост» → «находится», «строится»: a reflexive
    verb takes no object, so the nominative after it is its subject, and with nothing before it in the clause
    that could govern an infinitive («можно», «хочу», a dative «мне») the verb is the finite one."""
    w = t.words[i]
    readings = parses(w.text)
    if not w.low.endswith("ться") or not readings or readings[0].tag.POS != "INFN":
        return None
    k = i
    while k > 0 and t.plain_gap(k):
        k -= 1
        before = t.words[k]
        if before.low in _MODALS or before.low in _DATIVES or before.low in ("бы", "чтобы", "чтоб", "не", "ни") or any(
                p.tag.POS in _GOVERNORS for p in parses(before.text)[:1]):
            return None
    n = i + 1
    while n < len(t.words) and t.plain_gap(n) and any(p.tag.POS in _FIRST_NOUN_SKIP for p in parses(t.words[n].text)[:1]):
        n += 1
    noun = t.word(n)
    if noun is None or not t.plain_gap(n) or not noun.text.islower():
        return None
    nouns = [p for p in parses(noun.text) if p.tag.POS == "NOUN"]
    if not nouns or parses(noun.text)[0].tag.POS != "NOUN" or not all(p.tag.case in ("nomn", "accs") for p in nouns) \
            or not any(p.tag.case == "nomn" for p in nouns):
        return None
    if {p.normal_form for p in nouns} & _TIMES:
        return None  # «Как заниматься каждый день?»: an accusative of time, not a subject
    if noun.low == "друг" and any(w.low.startswith("друг") for w in t.words[n + 1:n + 3]):
        return None  # «соревноваться друг с другом»: a reciprocal pronoun, not a subject
    plural = all(p.tag.number == "plur" for p in nouns if p.tag.case == "nomn")
    tense = "futr" if readings[0].tag.aspect == "perf" else "pres"
    form = readings[0].inflect({"VERB", "3per", "plur" if plural else "sing", tense, "indc"})
    return match_case(w.text, form.word) if form is not None else None


_TIMES = frozenset({"секунда", "минута", "час", "день", "сутки", "неделя", "месяц", "год", "раз", "утро", "вечер",
                    "ночь", "время", "лето", "зима", "весна", "осень", "выходные", "понедельник", "вторник", "среда",
                    "четверг", "пятница", "суббота", "воскресенье", "полчаса", "полгода", "век", "жизнь"})


def _noun_subject(t: Text, k: int) -> bool:
    """«Встреча переноситься на пятницу»: a noun that can only be a nominative (or opens its sentence), not one
    of the nouns a bare infinitive may follow («цель научиться»), with «это» and «всё это» alike."""
    w = t.words[k]
    if w.low == "это":
        return k > 0 and t.words[k - 1].low in ("все", "всё") and t.plain_gap(k)
    readings = parses(w.text)
    if k > 0 and t.plain_gap(k) and t.words[k - 1].low in _SUBORDINATORS and any(
            p.tag.POS == "NPRO" and p.tag.case == "nomn" and p.tag.person in (None, "3per") for p in readings):
        return True  # «Если что-то измениться»: a pronoun after the conjunction, and a reflexive verb takes no object
    if not readings or readings[0].tag.POS != "NOUN" or not w.text.islower() and not t.starts_sentence(k):
        return False
    if readings[0].normal_form in _GOALS or readings[0].normal_form in _MODALS:
        return False
    if readings[0].tag.case != "nomn":
        # «Если договор продлиться…»: the dictionary's first guess is the accusative, but a reflexive verb takes
        # no object, so right after a conjunction the noun's nominative reading is its subject (a genitive reading
        # could be the object of «бояться», «добиться»)
        nouns = [p for p in readings if p.tag.POS == "NOUN"]
        return k > 0 and t.plain_gap(k) and t.words[k - 1].low in _SUBORDINATORS \
            and any(p.tag.case == "nomn" for p in nouns) and not any(p.tag.case == "gent" for p in nouns)
    return t.starts_sentence(k) or _opens_clause(t, k) or not any(p.tag.case == "accs" for p in readings
                                                                   if p.tag.POS == "NOUN")


# «Заказ отмениться уже не может»: an infinitive before the word that governs it, with the subject first.
_LATE_MODALS = frozenset({"может", "могут", "мог", "могла", "могло", "могли", "должен", "должна", "должно", "должны",
                          "сможет", "смогут", "хочет", "хотят", "собирается", "собираются", "обязан", "обязана"})
_BEFORE_LATE_MODAL = frozenset({"не", "уже", "никак", "больше", "просто", "так", "сам", "сама", "само", "сами",
                                "тоже", "также", "вообще", "теперь", "ещё", "еще", "точно"})


def _modal_follows(t: Text, i: int) -> bool:
    n = i + 1
    while n < len(t.words) and t.plain_gap(n) and t.words[n].low in _BEFORE_LATE_MODAL:
        n += 1
    return n < len(t.words) and t.plain_gap(n) and t.words[n].low in _LATE_MODALS


def _everything_will(t: Text, k: int) -> bool:
    """«…, всё обязательно получиться»: «всё» that opens its clause, then only adverbs like «обязательно»,
    «скоро», «уже» up to word k — it is the subject of the verb after k, which is finite."""
    j = k
    while j > 0 and t.words[j].low in _BETWEEN and t.plain_gap(j):
        j -= 1
    return t.words[j].text.lower() == "всё" and (j == k or t.words[k].low in _BETWEEN) and (
        _opens_clause(t, j) or _after_adverbs(t, j))


def _after_adverbs(t: Text, j: int) -> bool:
    """Only adverbs of time or manner stand before word j in its clause («Завтра всё решится», «Потом всё
    наладится»), none that could govern an infinitive («можно», «трудно»: they read as predicatives too)."""
    k = j - 1
    while k >= 0 and t.plain_gap(k + 1):
        readings = parses(t.words[k].text)
        if not readings or readings[0].tag.POS != "ADVB" or any(p.tag.POS == "PRED" for p in readings):
            return False
        if _opens_clause(t, k):
            return True
        k -= 1
    return False


# Conjunctions that open a clause with its own subject: «если интернет не появится», «пока посылка не вернётся».
# «что» is left out: «жаль, что способность делиться…» — a noun after it may own the infinitive.
_SUBORDINATORS = frozenset({"если", "когда", "пока", "хотя", "раз", "будто", "словно", "едва", "ежели"})


def _opens_clause(t: Text, k: int) -> bool:
    """«…, исследование длиться около часа», «Нет полис не продлиться», «Если интернет не появиться»: a noun
    after a comma, after a bare «нет», «да», «а», «и», «но» or after a conjunction opening a clause has nothing
    before it to be the object of — it is the subject."""
    if k == 0:
        return True
    if not t.plain_gap(k):
        return t.gap_before(k).strip() == ","
    return t.words[k - 1].low in ("нет", "да", "а", "и", "но") or t.words[k - 1].low in _SUBORDINATORS


_CURRENCY = frozenset({"₽", "$", "€", "р.", "руб.", "₸", "£"})


def _after_sum(t: Text, i: int) -> bool:
    """Word i follows a sum of money in figures («2 400 ₽ вернуться») with no word before the sum that could
    govern an infinitive («нужно 500 ₽ …» is not)."""
    if t.gap_before(i).strip() not in _CURRENCY or not t.words[i - 1].text.isdigit():
        return False
    k = i - 1
    while k > 0 and t.words[k - 1].text.isdigit() and t.plain_gap(k):
        k -= 1  # «2 400»: the groups of one number
    return k == 0 or t.words[k - 1].low not in _MODALS


def check(t: Text) -> list[Finding]:
    found = []
    for i in range(1, len(t.words)):
        w = t.words[i]
        if _after_sum(t, i):  # «2 400 ₽ вернуться на карту» → «вернутся»: the sum is the subject
            finite = _finite_of(w.text, not t.words[i - 1].text.endswith("1"))
            if finite:
                found.append(finding(TSYA, w.start, w.end, finite,
                                     message=phrase("Здесь глагол отвечает на вопрос «что делает?» / «что "
                                                    "сделает?»: пишется -тся.")))
            continue
        if not t.plain_gap(i):
            continue
        k = i - 1
        if t.words[k].low == "не" and k > 0 and t.plain_gap(k):
            k -= 1  # «может не получиться», «заказ не отправится»
        head = t.words[k]
        j = k
        while head.low not in _MODALS and head.low in _BETWEEN and j > 0 and t.plain_gap(j) and k - j < 3:
            j -= 1
            head = t.words[j]  # «нужно ни о чём беспокоиться»: look past the words between
        if head.low not in _MODALS:
            head = t.words[k]
        finite = _after_dative(t, i) or _inverted_subject(t, i) or _becoming(t, i) or _impersonal_after_conjunction(t, i)
        if finite and head.low not in _MODALS:
            found.append(finding(TSYA, w.start, w.end, finite,
                                 message=phrase("Здесь глагол отвечает на вопрос «что делает?» / «что "
                                                "сделает?»: пишется -тся.")))
        elif head.low in _MODALS:
            infinitive = _infinitive_of(w.text)
            if infinitive:
                found.append(finding(TSYA, w.start, w.end, infinitive,
                                     message=phrase("После «{word}» нужна неопределённая форма глагола: пишется -ться.",
                                                    word=head.text.lower())))
        elif _modal_follows(t, i):
            continue
        elif _everything_will(t, k):
            finite = _finite_of(w.text, False)
            if finite:
                found.append(finding(TSYA, w.start, w.end, finite,
                                     message=phrase("Здесь глагол отвечает на вопрос «что делает?» / «что "
                                                    "сделает?»: пишется -тся.")))
        elif (head.low in _SUBJECTS or _noun_subject(t, k)) and _is_subject(t, k):
            plural = any("plur" in p.tag and "nomn" in p.tag for p in parses(head.text)) and not any(
                "sing" in p.tag and "nomn" in p.tag for p in parses(head.text))
            finite = _finite_of(w.text, plural)
            if finite:
                found.append(finding(TSYA, w.start, w.end, finite,
                                     message=phrase("Здесь глагол отвечает на вопрос «что делает?» / «что "
                                                    "сделает?»: пишется -тся.")))
    return found

