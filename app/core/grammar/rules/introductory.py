"""Вводные слова и «пожалуйста»: «К сожалению, …», «Мы, возможно, задержимся», «Подождите, пожалуйста»."""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, RuleInfo, Text, finding, has_tag, parses
from app.core.grammar.rules.neuter_predicate import neuter_subject_before
from app.core.phrase import phrase

INTRO_COMMA = RuleInfo(
    "OURS_INTRO_COMMA",
    phrase("Запятые при вводных словах"),
    phrase("Вводное слово выделяется запятыми."),
    phrase("Вводные слова и сочетания («к сожалению», «возможно», «скорее всего», «например», «конечно», "
    "«кстати», «наверное» и другие) выражают отношение говорящего к сказанному и не являются "
    "членами предложения. Их выделяют запятыми: «К сожалению, заказ задерживается», «Мы, скорее "
    "всего, успеем». «Пожалуйста» в просьбе тоже отделяется запятыми: «Подождите, пожалуйста, "
    "минуту». После союзов «и», «а», «но» запятую перед вводным словом можно не ставить, а после "
    "него она нужна. Запятыми выделяются и вводные предложения: «Он, я думаю, придёт», «Заказ, насколько я "
    "знаю, уже в пути»."),
    Category.PUNCTUATION,
)

YES_NO_COMMA = RuleInfo(
    "OURS_YES_NO_COMMA",
    phrase("Запятая после слов-ответов «да», «нет», «хорошо»"),
    phrase("После слова-ответа («да», «нет», «хорошо») в начале предложения нужна запятая."),
    phrase("Слова «да», «нет», «хорошо», «ладно», «понятно», которыми начинается ответ, отделяются "
    "запятой от остального предложения: «Да, мы получили ваш заказ», «Нет, я не получал письма», "
    "«Хорошо, я передам». Запятая не нужна, когда «нет» — сказуемое («Нет времени»), «да» — "
    "частица или союз («Да здравствует…», «Да и вообще»), а «хорошо» говорит, как сделано "
    "(«Хорошо мы поработали!»)."),
    Category.PUNCTUATION,
)

NOT_INTRO_COMMA = RuleInfo(
    "OURS_NOT_INTRO_COMMA",
    phrase("Лишняя запятая после невводного сочетания"),
    phrase("Это сочетание не вводное: запятая после него не нужна."),
    phrase("«По возможности», «в первую очередь», «вряд ли» — обстоятельства и частицы, а не вводные слова: "
    "они отвечают на вопрос «как?», «когда?» и запятыми не выделяются: «Мы по возможности ускорим доставку», "
    "«В первую очередь проверьте кабель», «Это вряд ли поможет»."),
    Category.PUNCTUATION,
)

RULES = (INTRO_COMMA, YES_NO_COMMA, NOT_INTRO_COMMA)

# phrase → the words before it that make it no longer introductory («вполне возможно», «очень кстати»)
_PHRASES: dict[tuple[str, ...], frozenset[str]] = {
    ("к", "сожалению"): frozenset(),
    ("к", "счастью"): frozenset(),
    ("к", "несчастью"): frozenset(),
    ("скорее", "всего"): frozenset(),
    ("например",): frozenset({"как"}),
    ("к", "примеру"): frozenset({"как"}),
    ("кстати",): frozenset({"очень", "весьма", "как", "было", "будет", "не", "совсем", "вполне"}),
    ("по-моему",): frozenset(),
    ("по-вашему",): frozenset(),
    ("во-первых",): frozenset(),
    ("во-вторых",): frozenset(),
    ("в-третьих",): frozenset(),
    ("конечно",): frozenset({"ну", "не"}),
    ("возможно",): frozenset({"вполне", "это", "если", "как", "не", "насколько", "где", "когда", "было",
                             "будет", "стало", "уже", "еще", "также", "тоже", "только", "лишь",
                             "очень", "вот", "все", "что", "чем"}),
    ("вероятно",): frozenset({"вполне", "это", "не", "очень", "весьма", "мало", "что", "чем"}),
    ("наверное",): frozenset(),
    ("пожалуй",): frozenset(),
    ("видимо",): frozenset(),
    ("разумеется",): frozenset({"собой", "этим"}),
    ("пожалуйста",): frozenset({"всегда"}),  # «Всегда пожалуйста» is a set reply
    ("на", "мой", "взгляд"): frozenset(),
    ("по", "моему", "мнению"): frozenset(),
    ("по", "нашим", "данным"): frozenset(),
    ("по", "всей", "видимости"): frozenset(),
    ("с", "одной", "стороны"): frozenset(),
    ("с", "другой", "стороны"): frozenset(),
    # «известна как правило буравчика»: after these «как правило» names a rule
    ("как", "правило"): frozenset({"известна", "известен", "известно", "известное", "известный", "известные",
                                   "известная", "используется", "служит", "выступает", "работает",
                                   "рассматривается", "называют", "называется", "понимается"}),
    ("честно", "говоря"): frozenset(),
    ("другими", "словами"): frozenset(),
    ("иными", "словами"): frozenset(),
    ("к", "вашему", "сведению"): frozenset(),
    ("мягко", "говоря"): frozenset(),
    ("грубо", "говоря"): frozenset(),
    ("собственно", "говоря"): frozenset(),
    ("короче", "говоря"): frozenset(),
    ("в", "конце", "концов"): frozenset(),
    ("во", "всяком", "случае"): frozenset(),
    ("увы",): frozenset(),
    ("по-видимому",): frozenset(),
    ("по-хорошему",): frozenset({"сделать", "сделайте", "делать", "жить", "поступить", "решить"}),
    ("как", "известно"): frozenset({"не", "было", "стало", "всем"}),
    ("как", "говорится"): frozenset(),
    ("так", "сказать"): frozenset({"можно", "нельзя", "не", "чтобы", "хочу", "хотел"}),
    ("судя", "по", "всему"): frozenset(),
    ("без", "сомнения"): frozenset({"и", "можно"}),
    ("по", "правде", "говоря"): frozenset(),
    ("иначе", "говоря"): frozenset(),
    ("точнее", "говоря"): frozenset(),
    ("в", "самом", "деле"): frozenset({"и", "не"}),
    ("к", "удивлению"): frozenset(),
    ("к", "моему", "удивлению"): frozenset(),
    ("к", "нашему", "удивлению"): frozenset(),
    ("к", "огорчению"): frozenset(),
    ("к", "моему", "сожалению"): frozenset(),
    ("к", "нашему", "сожалению"): frozenset(),
    ("к", "великому", "сожалению"): frozenset(),
    ("по", "счастью"): frozenset(),
    ("между", "прочим"): frozenset(),
    ("кстати", "говоря"): frozenset(),
    ("вообще", "говоря"): frozenset(),
    ("откровенно", "говоря"): frozenset(),
    ("строго", "говоря"): frozenset(),
    ("говоря", "откровенно"): frozenset(),
    ("говоря", "честно"): frozenset(),
    ("говоря", "строго"): frozenset(),
    ("на", "ваш", "взгляд"): frozenset(),
    ("на", "наш", "взгляд"): frozenset(),
    ("по", "вашему", "мнению"): frozenset(),
    ("по", "нашему", "мнению"): frozenset(),
    ("по", "его", "мнению"): frozenset(),
    ("по", "ее", "мнению"): frozenset(),
    ("по", "их", "мнению"): frozenset(),
    ("в-четвертых",): frozenset(),
    ("в-пятых",): frozenset(),
    ("по", "всей", "вероятности"): frozenset(),
    ("без", "всякого", "сомнения"): frozenset(),
    ("вне", "всякого", "сомнения"): frozenset(),
    ("как", "оказалось"): frozenset(),
    ("как", "выяснилось"): frozenset(),
    ("как", "ни", "странно"): frozenset(),
    ("вообще-то",): frozenset(),
    ("слава", "богу"): frozenset(),
    # «Он(,) как всегда(,) опоздал»; «так же, как всегда», «чем всегда» compare
    ("как", "всегда"): frozenset({"так", "же", "чем", "не", "и", "такой", "такая", "такое", "такие"}),
    ("как", "обычно"): frozenset({"так", "же", "чем", "не", "и", "такой", "такая", "такое", "такие"}),
    ("как", "водится"): frozenset(),
    ("как", "назло"): frozenset(),
    # «мне кажется» is an aside unless «кажется» is the predicate: «мне кажется странным», «…, что…»
    ("мне", "кажется"): frozenset(),
    ("мне", "казалось"): frozenset(),
    ("нам", "кажется"): frozenset(),
    ("как", "мне", "кажется"): frozenset(),
    ("в", "свою", "очередь"): frozenset({"встать", "встаньте", "встал", "встала", "получит", "получите", "каждый"}),
    # the rest of Розенталь's groups: feelings, the source of what is said, the order of thoughts, the way
    # it is put, a call for attention, the usual order of things
    ("впрочем",): frozenset(),
    ("итак",): frozenset(),
    ("наверно",): frozenset(),
    ("к", "радости"): frozenset(),
    ("к", "моей", "радости"): frozenset(),
    ("к", "нашей", "радости"): frozenset(),
    ("к", "общей", "радости"): frozenset(),
    ("к", "ужасу"): frozenset(),
    ("к", "моему", "ужасу"): frozenset(),
    ("к", "стыду"): frozenset(),
    ("к", "моему", "стыду"): frozenset(),
    ("к", "досаде"): frozenset(),
    ("к", "общему", "удивлению"): frozenset(),
    ("на", "беду"): frozenset(),
    ("чего", "доброго"): frozenset(),
    ("по", "слухам"): frozenset(),
    ("по", "его", "словам"): frozenset(),
    ("по", "ее", "словам"): frozenset(),
    ("по", "их", "словам"): frozenset(),
    ("по", "моим", "данным"): frozenset(),
    ("по", "моим", "расчетам"): frozenset(),
    ("с", "моей", "точки", "зрения"): frozenset(),
    ("с", "нашей", "точки", "зрения"): frozenset(),
    ("с", "его", "точки", "зрения"): frozenset(),
    ("с", "вашей", "точки", "зрения"): frozenset(),
    ("по-твоему",): frozenset(),
    ("видите", "ли"): frozenset(),
    ("видишь", "ли"): frozenset(),
    ("знаете", "ли"): frozenset(),
    ("знаешь", "ли"): frozenset(),
    ("понимаешь", "ли"): frozenset(),
    ("понимаете", "ли"): frozenset(),
    ("что", "называется"): frozenset({"то", "это", "как"}),
    ("одним", "словом"): frozenset({"ни", "не", "перемолвиться", "обменяться"}),
    ("попросту", "говоря"): frozenset(),
    ("проще", "говоря"): frozenset(),
    ("лучше", "сказать"): frozenset({"не", "нельзя", "можно", "и"}),
    ("правду", "сказать"): frozenset({"не", "надо", "нужно", "можно", "хочу", "хотел", "хотела", "решил", "решила"}),
    ("по", "правде", "сказать"): frozenset(),
    ("к", "слову", "сказать"): frozenset(),
    ("надо", "признаться"): frozenset(),
    ("надо", "признать"): frozenset({"не"}),
    ("кроме", "шуток"): frozenset(),
    ("как", "нарочно"): frozenset(),
    ("как", "на", "грех"): frozenset(),
    ("как", "на", "беду"): frozenset(),
    ("как", "видно"): frozenset({"не", "было", "хорошо", "ясно", "так", "где", "это"}),
    ("как", "видите"): frozenset({"не", "так", "это"}),
    ("как", "видишь"): frozenset({"не", "так", "это"}),
    ("как", "говорят"): frozenset({"не", "так", "это", "вот", "все", "люди"}),
    ("как", "ни", "говори"): frozenset(),
    ("что", "ни", "говори"): frozenset(),
    ("стало", "быть"): frozenset({"не", "бы", "и", "может"}),
}

# Only at the start of a sentence: in the middle they are as often adverbs («безусловно лучший»).
_START_ONLY = {("безусловно",), ("несомненно",), ("кроме", "того"), ("может", "быть"), ("быть", "может"), ("кажется",),
               ("мало", "того"), ("хуже", "того"),
               ("казалось",), ("очевидно",), ("таким", "образом"), ("значит",),
               ("следовательно",), ("в", "общем"), ("оказывается",), ("похоже",),
               ("более", "того"), ("допустим",), ("предположим",),
               ("так", "или", "иначе"), ("бесспорно",), ("должно", "быть"), ("словом",), ("наоборот",),
               ("в", "сущности"), ("по", "сути"), ("по", "сути", "дела"), ("признаться",), ("признаюсь",),
               ("надеюсь",), ("к", "слову"), ("бывало",), ("помнится",), ("говорят",), ("короче",)}
# a particle the writer may set off by commas for a pause but need not («Вообще-то(,) мы работаем до шести»): its
# commas are no needless ones, nor is it an aside missing them
_ALLOWED_ONLY = frozenset({("вообще-то",)})
# every introductory phrase this module knows, for the rules that must not take its comma for a needless one
PHRASES = frozenset((*_PHRASES, *_START_ONLY))
# These open a sentence as an aside only before a clause of its own («Надеюсь, вы поняли», but «Надеюсь на вас»,
# «Говорят о нём», «Словом и делом»); inside a sentence the ones of _WORDS_FIRST are words of it («Он словом не
# обмолвился», «Все по сути одинаковы»).
_CLAUSE_AFTER = frozenset({("должно", "быть"), ("словом",), ("наоборот",), ("в", "сущности"), ("по", "сути"),
                           ("по", "сути", "дела"), ("признаться",), ("признаюсь",), ("надеюсь",), ("к", "слову"),
                           ("бывало",), ("помнится",), ("говорят",), ("короче",)})
# «к удивлению всех», «к стыду эпохи»: with a genitive after it the phrase goes on past the next word
_FEELINGS = frozenset({"удивлению", "огорчению", "радости", "ужасу", "стыду", "досаде"})
_WORDS_FIRST = frozenset({("словом",), ("наоборот",), ("в", "сущности"), ("по", "сути"), ("по", "сути", "дела"),
                          ("к", "слову"), ("короче",)})
# After these «кажется», «оказывается», «похоже» are the predicate: «мне кажется, что», «похоже на дождь».
_PREDICATE_NEXT = frozenset({"что", "будто", "словно", "чтобы", "на", "в", "так", "ли", "же", "бы"})
_SEEMING = frozenset({"кажется", "казалось", "оказывается", "похоже"})
_ALSO = frozenset({"также", "тоже", "и", "уже", "ещё", "еще", "теперь"})


def _clause_follows(t: Text, k: int) -> bool:
    """A comma after word k and «что», «будто» or «словно» after it: «Похоже также, что…»."""
    nxt = t.word(k + 1)
    return nxt is not None and t.gap_before(k + 1).strip() == "," and nxt.low in ("что", "будто", "словно")

# These open a part of a sentence after «и», «а», «но» as they open a sentence («…, но похоже(,) они ушли», «…и
# кажется(,) он прав», «А может быть(,) он прав»): only the comma after them is asked for.
_AFTER_CONJUNCTION = frozenset({("может", "быть"), ("быть", "может"), ("кажется",), ("похоже",), ("значит",),
                                ("должно", "быть"), ("кроме", "того"), ("более", "того"), ("мало", "того"),
                                ("следовательно",), ("казалось",), ("говорят",), ("надеюсь",)})
_PART_OPENERS = frozenset({"и", "а", "но", "однако", "зато"})

# After these the comma before the introductory word may be left out; the one after it may not.
_CONJUNCTIONS = frozenset({"и", "а", "но", "или", "либо", "однако", "зато", "что", "чтобы",
                           "если", "когда", "хотя", "ведь", "так"})
# Words after which «возможно»/«вероятно» take an infinitive as a predicate («возможно оформить»).
_PREDICATIVE = (("возможно",), ("вероятно",))


# The phrases by their first word, in the order above: a word is tried only against its own phrases.
_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted((*_PHRASES, *_START_ONLY), key=len, reverse=True):  # the longest first: «по сути дела»
    _BY_FIRST.setdefault(_phrase[0], []).append(_phrase)


def _matches(t: Text, i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(t.words):
        return False
    return all(t.words[i + k].low == w and (k == 0 or t.plain_gap(i + k)) for k, w in enumerate(phrase))


def _predicate_next(phrase: tuple[str, ...], nxt) -> bool:
    """After a conjunction the words may be the predicate, not an aside: «и значит жить», «и может быть
    опасен», «и может быть врачом», «а кажется странным», «но похоже на правду», «кроме того человека»."""
    if nxt.low in _PREDICATE_NEXT or nxt.low in ("что", "чтобы", "как", "ли"):
        return True
    readings = parses(nxt.text)
    if phrase[-1] == "того":
        return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO") for p in readings)
    return any(p.tag.POS in ("INFN", "PRTS", "ADJS", "PRTF") or p.tag.case == "ablt" for p in readings)


_PRONOUNS = frozenset(SUBJECT_PRONOUNS)
_WAYS = frozenset({("по-моему",), ("по-вашему",), ("по-твоему",)})
_PARTICLES = frozenset({"не", "уже", "еще", "бы", "же", "и", "всегда", "никогда"})


def _top(word: str):
    readings = parses(word)
    return readings[0].tag if readings else None


def _finite_at(t: Text, i: int, kinds: tuple[str, ...] = ("VERB",)) -> bool:
    """Word i, after particles, is a verb in a personal form (the predicate the aside stands before)."""
    while i < len(t.words) and t.plain_gap(i) and t.words[i].low in _PARTICLES:
        i += 1
    if i >= len(t.words) or not t.plain_gap(i):
        return False
    tag = _top(t.words[i].text)
    return tag is not None and tag.POS in kinds


def _verb_until_mark(t: Text, k: int) -> bool:
    """A verb in a personal form among words k… before the next punctuation mark."""
    while k < len(t.words) and t.plain_gap(k):
        tag = _top(t.words[k].text)
        if tag is not None and tag.POS == "VERB":
            return True
        k += 1
    return False


def _clause_at(t: Text, k: int) -> bool:
    """A clause of its own begins at word k: a subject in the nominative before its predicate, or the predicate
    itself («Надеюсь, вы поняли», «Говорят, будет дождь»)."""
    tag = _top(t.words[k].text)
    if tag is None or not t.plain_gap(k):
        return False
    if tag.POS == "VERB":
        return True
    if t.words[k].low in _THERE and k + 1 < len(t.words) and t.plain_gap(k + 1):
        # «Говорят, там очередь»: a place and a noun in the nominative make a clause with no verb
        return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses(t.words[k + 1].text)[:2]) \
            or _clause_at(t, k + 1)
    if not any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn" for p in parses(t.words[k].text)[:2]):
        return False
    # a personal pronoun is the subject of a verb even when the verb is misspelt as its infinitive
    # («Надеюсь он справиться»): no infinitive follows «он» otherwise
    predicates = ("VERB", "ADJS", "PRTS", "INFN") if t.words[k].low in _PRONOUNS else ("VERB", "ADJS", "PRTS")
    k += 1
    while k < len(t.words) and t.plain_gap(k) and (t.words[k].low in _PARTICLES or t.words[k].low in _SELF):
        k += 1  # «Говорят, сборщик сам виноват»
    return k < len(t.words) and t.plain_gap(k) and any(
        p.tag.POS in predicates for p in parses(t.words[k].text)[:2])


_THERE = frozenset({"там", "тут", "здесь"})
_SELF = frozenset({"сам", "сама", "само", "сами", "тоже", "также"})


def _pronoun_after_short(t: Text, phrase: tuple[str, ...], nxt) -> bool:
    """«Короче я так и не дождался»: a subject pronoun after «короче» opening a sentence makes it the aside of
    speech «короче говоря» (a comparative opening a sentence is followed by its verb or noun, not by «я»)."""
    return phrase == ("короче",) and nxt.low in _PRONOUNS and t.plain_gap(nxt.index)


def _verbal(word: str) -> bool:
    tag = _top(word)
    return tag is not None and tag.POS in ("VERB", "INFN")


def _between_subject_and_verb(t: Text, before: int, last: int) -> bool:
    """«Вы(,) очевидно(,) не читали», «Она(,) может быть(,) придёт», «Дома(,) похоже(,) пусты»: a word that
    opens sentences as an aside stands inside one only between a subject in the nominative and its verb or
    short form."""
    tag = _top(t.words[before].text)
    return (tag is not None and tag.POS in ("NOUN", "NPRO") and tag.case == "nomn"
            and t.plain_gap(before + 1) and _finite_at(t, last + 1, ("VERB", "ADJS", "PRTS")))


_ANSWERS = frozenset({"да", "нет", "хорошо", "ладно", "понятно", "ясно", "отлично"})
# after «Да» and a pronoun these make «да» a particle of emphasis: «Да он просто шутит», «Да я бы с радостью»
_EMPHATIC_NEXT = frozenset({"бы", "просто", "ведь", "вообще", "уж"})
# forms of «быть» and «стать» that make «нет» a predicate in the past or the future: «Нет было сил», «Нет будет денег»
BE_AFTER_NO = frozenset({"будет", "будут", "было", "был", "была", "были", "есть", "стало", "станет", "бывает"})


def _yes_no(t: Text, found: list) -> None:
    """«Да вы правы» → «Да, вы правы»; «Нет я не получал» → «Нет, я не получал»."""
    for i, w in enumerate(t.words[:-1]):
        # «О да(,) я помню», «О нет(,) их больше»: after the interjection «да» and «нет» always answer
        exclaimed = w.low in ("да", "нет") and i > 0 and t.words[i - 1].low == "о" and t.starts_sentence(i - 1) \
            and t.plain_gap(i)
        if w.low not in _ANSWERS or not (t.starts_sentence(i) or exclaimed) or not t.plain_gap(i + 1):
            continue
        nxt = t.words[i + 1]
        if nxt.low in _BY_FIRST or nxt.low == "да":
            continue  # «Да конечно»: the introductory word's own comma does
        if exclaimed:
            found.append(finding(YES_NO_COMMA, w.start, nxt.end, f"{w.text}, {nxt.text}"))
            continue
        after = t.word(i + 2)
        after_low = after.low if after is not None and t.plain_gap(i + 2) else ""
        if w.low not in ("да", "нет"):
            tag = _top(after.text) if after is not None and after_low else None
            # «Хорошо я передам» (an answer), but «хорошо мы поработали» (how): only before a future
            sure = nxt.low in _PRONOUNS and tag is not None and tag.POS == "VERB" and (
                tag.tense == "futr" or w.low != "хорошо")
            # «Ладно(,) давай завтра»: «ладно» tells no manner, so before a request it answers
            # («хорошо подумай» tells how)
            sure = sure or w.low == "ладно" and any("impr" in p.tag for p in parses(nxt.text)[:1])
        elif w.low == "нет" and _same_sentence(t, i, "нет"):
            sure = True  # «Нет, брата нет дома»: the predicate «нет» comes later, the first one answers
        elif w.low == "нет" and nxt.low == "не":
            sure = after_low != "только"  # «Нет, не получали»; but «Нет не только денег…»: «нет» is the predicate
        elif nxt.low in _PRONOUNS or nxt.low in ("это", "спасибо", "эта", "этот", "эти"):
            # «Да вы что!»; «Да он просто устал», «Да я бы помог»: «да» adds emphasis, it answers nothing
            # («Нет, я бы не стал» still answers); so does «да» in an exclamation («Да они нас не пропустят!»),
            # where a retort is likelier than an answer
            sure = after_low not in ("что", "ли", "же", "ж") and not (w.low == "да" and (
                after_low in _EMPHATIC_NEXT or exclaims(t, i)))
        else:
            tag = _top(nxt.text)
            verb = tag is not None and tag.POS == "VERB" and "indc" in tag and after_low != "ли" \
                and not any(p.tag.case == "gent" for p in parses(nxt.text))
            sure = verb and (w.low == "да" and nxt.low not in ("будет", "будут", "здравствует", "здравствуют", "поможет")
                             and after_low not in ("же", "ж") and not _optative(t, i + 1, tag)
                             # «Нет, оставлю себе»: the predicate «нет» is never followed by a verb, the answer is
                             or w.low == "нет" and nxt.low not in BE_AFTER_NO)
        if sure:
            found.append(finding(YES_NO_COMMA, w.start, nxt.end, f"{w.text}, {nxt.text}"))


def _optative(t: Text, k: int, tag) -> bool:
    """«Да пребудет с вами удача!», «Да хранит вас Бог», «Да буду я…»: «да» before a verb with its subject
    after it is the particle of a wish or of emphasis, not an answer (an answer names no subject, or puts it
    first: «Да, отправили вчера», «Да, мы отправили»). After a verb that takes an object, a word that may be
    its object is not taken for the subject («Да, отправили документы»), nor is any word after an infinitive
    («Да, следует отметить одну странность»); a noun right after the verb may still answer («Да, придёт
    курьер»), unless it names God («Да спасёт Бог»)."""
    nxt = t.word(k + 1)
    if nxt is not None and has_tag(nxt.text, "INFN"):
        return False
    for j in range(k + 1, len(t.words)):
        if t.starts_sentence(j):
            return False
        readings = [p for p in parses(t.words[j].text) if p.score >= 0.1]
        if "tran" in tag and any(p.tag.case == "accs" for p in readings):
            continue
        if j == k + 1 and t.words[j].low not in ("бог", "господь") and not any(p.tag.POS == "NPRO" for p in readings):
            continue
        if any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn"
               and (p.tag.number == tag.number or tag.number is None)
               and (tag.person is None or p.tag.POS == "NOUN" and tag.person == "3per" or p.tag.person == tag.person)
               for p in readings):
            return True
    return False


def exclaims(t: Text, i: int) -> bool:
    """The sentence of word i ends with «!»."""
    end = next((w.start for w in t.words[i + 1:] if t.starts_sentence(w.index)), len(t.text))
    return "!" in t.text[t.words[i].end:end]


# words that open a clause of its own: a «нет» after them is that clause's («Нет мест там, где нет очереди»)
_CLAUSE_WORDS = frozenset({"где", "что", "чтобы", "когда", "если", "куда", "откуда", "который", "которая",
                           "которое", "которые", "которых", "потому", "поскольку", "хотя", "пока", "раз"})


def _same_sentence(t: Text, i: int, word: str) -> bool:
    """Another ``word`` follows word i in its clause with only spaces between the words, and it repeats
    no phrase of the first («Нет покоя нет отдыха» lists two predicates, like «Нет времени и нет сил»)."""
    for k in range(i + 1, len(t.words)):
        if not t.plain_gap(k) or t.words[k].low in ("и", "а", "но", "или", "ни", "да") or t.words[k].low in _CLAUSE_WORDS:
            return False  # «Нет времени и нет сил»: two predicates
        if k > i + 1 and t.words[k].low == word:
            return not _same_lemma(t, i + 1, k + 1)
    return False


def _same_lemma(t: Text, a: int, b: int) -> bool:
    if b >= len(t.words) or not t.plain_gap(b):
        return False
    return bool({p.normal_form for p in parses(t.words[a].text)} & {p.normal_form for p in parses(t.words[b].text)})


# Not introductory, yet often set off with a comma; a comma after them with none before is one too many.
_NOT_INTRO = (("по", "возможности"), ("в", "первую", "очередь"), ("вряд", "ли"))
# After these a comma after the phrase may close a clause or open the next one: «по возможности, но не…».
_CLAUSE_OPENERS = frozenset({"но", "а", "и", "или", "что", "чтобы", "если", "когда", "как", "потому", "так",
                             "который", "которая", "которое", "которые", "где", "пока", "хотя", "однако", "поэтому"})


def _not_intro(t: Text, found: list) -> None:
    """«Мы по возможности, ускорим доставку» → «по возможности ускорим»."""
    for i in range(len(t.words)):
        phrase = next((p for p in _NOT_INTRO if _matches(t, i, p)), None)
        if phrase is None:
            continue
        last, nxt = i + len(phrase) - 1, t.word(i + len(phrase))
        if nxt is None or t.gap_before(nxt.index).strip() != "," or nxt.low in _CLAUSE_OPENERS:
            continue
        if not t.starts_sentence(i) and "," in t.gap_before(i):
            continue  # «, по возможности,» around an inserted phrase is the writer's pause, let it be
        tag = _top(nxt.text)
        if not t.starts_sentence(i) and (tag is None or tag.POS not in ("VERB", "INFN")):
            continue  # «…сделаем по возможности, вы получите…»: the comma ends a clause
        end = t.words[last].end
        comma = t.text.index(",", end)
        found.append(finding(NOT_INTRO_COMMA, t.words[i].start, comma + 1, t.text[t.words[i].start:end]))


def check(t: Text) -> list[Finding]:
    found = []
    _yes_no(t, found)
    _not_intro(t, found)
    i = 0
    while i < len(t.words):
        phrase = next((p for p in _BY_FIRST.get(t.words[i].low, ()) if _matches(t, i, p)), None)
        if phrase is None:
            i += 1
            continue
        last = i + len(phrase) - 1
        nxt = t.word(last + 1)
        if nxt is not None and nxt.low == "же" and t.plain_gap(last + 1):
            last += 1  # «конечно же»
            nxt = t.word(last + 1)
        first = t.words[i]
        if phrase in _ALLOWED_ONLY:
            i = last + 1
            continue
        prev = None if t.starts_sentence(i) or "(" in t.gap_before(i) else t.words[i - 1]
        i = last + 1
        if prev is not None and phrase in _AFTER_CONJUNCTION and prev.low in _PART_OPENERS and t.plain_gap(first.index):
            if nxt is None or not t.plain_gap(nxt.index) or _predicate_next(phrase, nxt):
                continue
            prev = None  # the part opens after the conjunction, which takes no comma after it
        if prev is not None and phrase in _CLAUSE_AFTER and phrase not in _WORDS_FIRST \
                and t.gap_before(first.index).strip() == ",":
            prev = None  # «…, говорят(,) сборщик виноват»: after a comma it opens a part as it opens a sentence
        if prev is not None and (phrase in _START_ONLY and not _between_subject_and_verb(t, prev.index, last)
                                 or phrase not in _START_ONLY and prev.low in _PHRASES[phrase]):
            continue
        # «возможно оформить», «возможно ли», «при этом возможно совмещение» are predicates
        # but a noun with its own verb after it is a clause the aside stands before («Вероятно курьер
        # опоздает»), and «в» is a preposition, not a unit
        if phrase in _PREDICATIVE and nxt is not None and (
                nxt.low == "ли" or has_tag(nxt.text, "INFN") or has_tag(nxt.text, "NOUN", "nomn")
                and _top(nxt.text).POS != "PREP" and not _finite_at(t, nxt.index + 1)):
            continue
        if phrase in _PREDICATIVE and prev is not None and t.plain_gap(first.index) \
                and neuter_subject_before(t, first.index) and not _verb_until_mark(t, last + 1):
            continue  # «Продление возможно по справке»: the neuter subject's predicate, no verb of its own after it
        if phrase in (("может", "быть"), ("быть", "может"), ("должно", "быть")) and nxt is not None and any(
                has_tag(nxt.text, tag) for tag in ("PRTS", "ADJS", "INFN", "PRTF")):
            continue  # «может быть применена»: a predicate, not an aside
        if phrase in _CLAUSE_AFTER and (prev is not None and phrase in _WORDS_FIRST
                                        or prev is None and (nxt is None or not _clause_at(t, nxt.index)
                                                             and not _pronoun_after_short(t, phrase, nxt))):
            continue
        if phrase == ("короче",) and _verbal(nxt.text):
            continue  # «Короче стали дни»: before its verb the word compares; an aside comes before a subject
        if phrase == ("стало", "быть") and prev is not None and _verbal(prev.text):
            continue  # «Задело стало быть за живое»: after a verb it may be read as the predicate's own; left alone
        if phrase[-1] == "того" and nxt is not None and nxt.low == "что":
            continue  # «кроме того что…» is a conjunction
        # «как правило буравчика»: a genitive after it makes «правило» a noun
        if phrase == ("как", "правило") and nxt is not None and t.plain_gap(nxt.index) and \
                has_tag(nxt.text, "gent") and not has_tag(nxt.text, "VERB"):
            continue
        if phrase[-1] in _FEELINGS and nxt is not None and has_tag(nxt.text, "gent") \
                and not has_tag(nxt.text, "nomn"):
            continue  # «к удивлению всех»: the aside goes on past the next word
        if phrase[-1] in _SEEMING and (nxt is None or not t.plain_gap(nxt.index) or nxt.low in _PREDICATE_NEXT
                                       or has_tag(nxt.text, "ablt") and not has_tag(nxt.text, "nomn")
                                       and not has_tag(nxt.text, "NPRO")  # «похоже, им…» is their dative
                                       or nxt.low in _ALSO and _clause_follows(t, nxt.index)):
            continue  # «мне кажется странным», «мне кажется, что…», «похоже также, что…»: the predicate
        if phrase == ("в", "конце", "концов") and nxt is not None and _finite_at(t, nxt.index):
            continue  # «…и в конце концов умирают»: «eventually», an adverbial of the verb
        if phrase[-1] in ("стороны", "кстати") and (nxt is None or not t.plain_gap(nxt.index) or prev is not None
                                                    and (prev.low in ("только", "лишь") or _verbal(prev.text))):
            continue  # «подойти с другой стороны», «читается только с одной стороны», «помочь кстати.»
        if phrase[-1] == "стороны" and nxt is not None and nxt.low not in _PRONOUNS and t.plain_gap(nxt.index) \
                and has_tag(nxt.text, "NOUN", "gent") and not (has_tag(nxt.text, "nomn") and _finite_at(t, nxt.index + 1)):
            continue  # «ждёт с другой стороны дома»: the side of something, a place — but «…стороны цены выросли»
        f = first.index
        if phrase in (("как", "обычно"), ("как", "всегда")) and prev is not None and (nxt is None or not t.plain_gap(
                nxt.index)) and any(_verbal(t.words[k].text) for k in range(max(t.run_start(f), f - 4), f)):
            continue  # «будет работать как обычно.», «загрузится в 1С как обычно.»: how it is done, closing its
            # clause a few words after its verb — no aside
        if phrase == ("например",) and prev is not None and "," in t.gap_before(first.index) and nxt is not None \
                and nxt.low not in _PRONOUNS and not _finite_at(t, nxt.index):
            continue  # «Если захотите, например добавить водителя, напишите»: it opens a clarifying phrase,
            # which takes the commas around it, none after «например»
        # «по-моему» at the end of a sentence may be an adverb («сделайте по-моему»), as it is after a verb
        # («будь по-твоему», «сделаем по-вашему»)
        if phrase == ("по-моему",) and (nxt is None or not t.plain_gap(nxt.index)) \
                or phrase in _WAYS and prev is not None and _verbal(prev.text):
            continue
        if phrase[-1] == "ли" and nxt is not None and nxt.low in _PRONOUNS and t.plain_gap(nxt.index):
            continue  # «Знаешь ли ты его?»: a question with its subject, not the aside «знаешь ли»
        if phrase[0] == "к" and nxt is not None and nxt.low == "для" and t.plain_gap(nxt.index):
            continue  # «К счастью для нас(,) …»: the aside goes on past «для»
        if phrase == ("значит",) and nxt is not None and t.plain_gap(nxt.index) and _top(nxt.text) is not None \
                and _top(nxt.text).POS == "INFN" and any(d in t.gap_before(first.index) for d in "-—–"):
            continue  # «Любить — значит прощать»: after a dash, the predicate between two infinitives
        missing_before = prev is not None and t.plain_gap(first.index) and prev.low not in _CONJUNCTIONS
        missing_after = nxt is not None and t.plain_gap(nxt.index)
        if not (missing_before or missing_after):
            continue
        span_text = t.text[first.start:t.words[last].end]
        start = prev.start if missing_before else first.start
        end = nxt.end if missing_after else t.words[last].end
        fixed = (prev.text + ", " if missing_before else "") + span_text + (", " + nxt.text if missing_after else "")
        found.append(finding(INTRO_COMMA, start, end, fixed))
    return found
