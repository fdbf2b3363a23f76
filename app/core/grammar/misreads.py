"""pylat-ru's findings that misread a construction of correct Russian, dropped before they reach a learner.

Each test names the rule, the construction it misreads and why the text is right. They were found by
running the whole checker over a few thousand sentences of correct prose by native speakers (none of
them from the corpora we measure on) and reading every finding: only misreads that recur in correct
writing are here, each kept narrow enough that the near error is still reported.
"""

from __future__ import annotations

import re

from app.core.grammar.findings import Finding
from app.core.grammar.misread_forms import misread_form

# «кажется» followed by what it says: a clause («кажется, что…», «кажется, будто…») — the verb is the
# predicate there, not a parenthetical word to set off with commas.
_SEEMS_THAT = re.compile(r"(?i)\bкажется\s*,?\s*(?:что|будто|словно|как будто|чтобы)\b")
_SEEMS = re.compile(r"(?i)\bкажется\b")
_WORD = re.compile(r"[А-Яа-яЁё]+")
# A compound conjunction split by a comma before its last word: «После того, как…», «Для того, чтобы…».
_SPLIT_CONJUNCTION = re.compile(r"(?i)[а-яё]+(?: [а-яё]+){1,2}, (?:как|что|чтобы)")
# Words that announce a comparison: «так не может…, как», «такой же…, как», «столь…, как».
_CORRELATIVE = re.compile(r"(?i)\b(?:так|такой|такая|такое|такие|таким|столь|настолько|столько)\b")
_DATIVE_PRONOUN = re.compile(r"(?i)\b(?:мне|тебе|ему|ей|нам|вам|им|себе)\s+(?:было\s+|будет\s+)?вс[её]\s+равно\s*,")


def misread(text: str, finding: Finding) -> bool:
    """``finding`` (an engine's) reads correct Russian as a mistake."""
    if finding.source == "ours":
        return False
    if finding.rule_id.startswith("PREP_") and finding.rule_id.endswith("_and_Noun") \
            and (_brand_of_several_words(text, finding) or _title_after_preposition(text, finding)):
        return True
    if finding.rule_id.endswith("_and_Noun") and not finding.rule_id.startswith("PREP_") \
            and _no_noun_after(text, finding):
        return True
    test = _TESTS.get(finding.rule_id)
    return bool(test and test(text, finding)) or misread_form(text, finding)


def _no_noun_after(text: str, finding: Finding) -> bool:
    """Potok_and_Noun and its kin ask the case of a noun after «поток», «движение»…; LanguageTool's dictionary takes
    «уже» for a noun (of «уж», a snake). A second word that is most likely an adverb or a particle («Набор на этот
    поток уже закрыт») is no noun of the pair."""
    from app.core.grammar.rules._base import likeliest_pos

    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    return len(words) == 2 and likeliest_pos(words[1].lower()) in ("ADVB", "PRCL", "CONJ", "PRED")


_PERSON = frozenset({"Name", "Surn", "Patr"})
_NAME_GOES_ON = re.compile(r"\s+(?:[A-Z]|[А-ЯЁ][а-яё]*)")


def _about_an_amount(text: str, finding: Finding) -> bool:
    """PREP_C_and_Noun asks for the instrumental or the genitive after «с». Before an amount or a span of time in
    the accusative «с» means «about»: «подождите с неделю», «открыто с полдюжины окон»."""
    from app.core.grammar.rules._base import parses
    from app.core.grammar.rules.governed_case import _AMOUNT

    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    return len(words) == 2 and words[0].lower() in ("с", "со") and any(
        p.normal_form in _AMOUNT and p.tag.case == "accs" for p in parses(words[1].lower()))


_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def _title_after_preposition(text: str, finding: Finding) -> bool:
    """A common noun with a capital in mid-sentence after a preposition opens the title of a section, a document
    or a program, quoted as it is written: «описано в Работа с ошибками», «данные из Система учёта».
    A name keeps being declined: «в Москва», «от Иван» stay reported."""
    words = list(_WORD.finditer(text, finding.offset, finding.offset + finding.length))
    if len(words) != 2 or not words[1].group()[:1].isupper() or not words[1].group()[1:].islower():
        return False
    before = text[:words[0].start()].rstrip()
    if not before or before[-1:] in "!?" or before[-1:] == "." and words[0].group()[:1].isupper():
        return False  # the preposition opens the sentence: its capital is the sentence's (a small letter after a
        # dot follows an abbreviation: «подробнее см. в Справочник разработчика»)
    from app.core.grammar.rules._base import parses

    readings = parses(words[1].group().lower())
    return bool(readings) and all(p.tag.POS == "NOUN" and not (_PROPER & p.tag.grammemes) for p in readings[:3])


def _brand_of_several_words(text: str, finding: Finding) -> bool:
    """pylat-ru's «preposition and the noun's case» rules read a product's name of several capitalised words as
    a noun to decline: «пароль от Сбербанк Онлайн», «заказ из Яндекс Маркет». Such names are written as they
    are; a person's name («от Иван Петрович») is declined and stays reported."""
    end = finding.offset + finding.length
    words = _WORD.findall(text[finding.offset:end])
    if len(words) < 2 or not words[-1][:1].isupper() or not _NAME_GOES_ON.match(text, end):
        return False
    from app.core.grammar.rules._base import parses

    return not any(_PERSON & p.tag.grammemes for p in parses(words[-1].lower()))


def _seems_as_predicate(text: str, finding: Finding) -> bool:
    """KAK_VVODNOE asks to set off «кажется» as a parenthetical word. Before a clause («Иногда кажется,
    что…») or a word in the instrumental case («кажется чудом», «кажется странным») it is the predicate."""
    span_end = finding.offset + finding.length
    seems = _SEEMS.search(text, finding.offset, span_end)
    if seems is None:
        return False
    if _SEEMS_THAT.match(text, seems.start()):
        return True
    after = _WORD.search(text, seems.end())
    if after is None or text[seems.end():after.start()].strip():
        return False
    from app.core.grammar.rules._base import parses  # here: the GUI imports this module without a dictionary
    return any(p.tag.case == "ablt" and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses(after.group().lower()))


def _a_word_not_a_verb(text: str, finding: Finding) -> bool:
    """Verb_and_Verb reads two finite verbs in a row; the second may be a noun with a verb's ending
    («Открывает подменю со ссылками…»: «подменю» is a noun), the first a comparative in «-ей» that reads as an
    imperative («Кто поумней зовёт…»). The parse of the sentence decides."""
    words = list(_WORD.finditer(text, finding.offset, finding.offset + finding.length))
    if len(words) < 2:
        return False
    from app.core.grammar.language import analyse

    starts = {words[0].start(), words[-1].start()}
    return any(token.start in starts and token.pos not in ("VERB", "AUX")
               for sentence in analyse(text).sentences for token in sentence.tokens)


def _split_conjunction(text: str, finding: Finding) -> bool:
    """COMPLEX_SOUZ_PUNCT and dlya_togo_chtoby_2 ask to remove the comma inside a compound conjunction that
    opens a sentence («После того, как мы…», «Для того, чтобы…»). The rules say the conjunction is usually
    kept whole there, and split when the writer stresses its first part: the comma is the writer's choice."""
    return bool(_SPLIT_CONJUNCTION.fullmatch(text[finding.offset:finding.offset + finding.length]))


def _comparison_with_kak(text: str, finding: Finding) -> bool:
    """Comma_before_kak asks to drop the comma of «…, как N.» at a sentence end, which is right only after a
    verb of manner («Извивалась как верёвка»). After an adjective or a noun («просты, как голуби»,
    «сладок, как любовь») or with a word announcing the comparison («Ничто так не сплотит семью,
    как телевизор») the phrase is a comparison, set off by a comma."""
    start = max(text.rfind(mark, 0, finding.offset) for mark in ".!?;\n") + 1
    if _CORRELATIVE.search(text, start, finding.offset):
        return True
    before = list(_WORD.finditer(text, start, finding.offset))
    if not before:
        return False
    from app.core.grammar.rules._base import parses

    readings = parses(before[-1].group().lower())
    return bool(readings) and not any(p.tag.POS in ("VERB", "INFN", "GRND", "PRTS") for p in readings[:2])


def _all_the_same_to_someone(text: str, finding: Finding) -> bool:
    """NEIZVESTNO_KTO reads «всё равно, где…» as the whole phrase «всё равно где» (anywhere). With a dative
    («Мне всё равно, где…», «Клиенту не всё равно, когда…») it is the predicate, and the clause after it takes
    a comma."""
    if _DATIVE_PRONOUN.search(text, max(0, finding.offset - 12), finding.offset + finding.length):
        return True
    same = _ALL_THE_SAME.search(text, finding.offset, finding.offset + finding.length)
    if same is None:
        return False
    before = _WORD.findall(text[max(0, finding.offset - 40):same.start()])
    while before and before[-1].lower() in ("не", "было", "будет"):
        before.pop()
    if not before:
        return False
    from app.core.grammar.rules._base import parses

    return any(p.tag.case == "datv" and p.tag.POS in ("NOUN", "NPRO") for p in parses(before[-1].lower())[:2])


_ALL_THE_SAME = re.compile(r"(?i)\bвс[её]\s+равно\s*,")


# Words that name an element of a program's interface; its label after them keeps its capitals: «нажмите
# кнопку Оплатить», «раздел Настройки», «клавиша ВВЕРХ». Verbs of pressing take the label directly.
_INTERFACE = frozenset({"кнопка", "пункт", "команда", "опция", "меню", "раздел", "вкладка", "окно", "диалог", "поле",
                        "параметр", "флажок", "ссылка", "клавиша", "режим", "значок", "инструмент", "функция",
                        "переключатель", "страница", "экран", "приложение", "панель", "нажать", "щелкнуть",
                        "кликнуть", "тапнуть", "выбрать"})


# Words in capitals opening the text, then a sentence that starts with a capital: a heading («ВАЖНОЕ
# ОБЪЯВЛЕНИЕ Завтра офис не работает», «ЗАКОН О СРОКАХ Всё…»); a single letter («В Москве…») is no heading.
# The sentence may open with a word of one letter or with a number: «ПАМЯТКА В пятницу склад закрыт», «ПРАВИЛО
# СКЛАДА 3 дня на возврат».
_HEADING = re.compile(r"[^\w]*(?:[A-ZА-ЯЁ0-9][A-ZА-ЯЁ0-9-]*[ ,.:;]+)+(?=[A-ZА-ЯЁ](?:[a-zа-яё]| +[a-zа-яё])|\d+ +[a-zа-яё])")
_CAPITALS = re.compile(r"[A-ZА-ЯЁ0-9]{2}")


def heading_end(text: str) -> int:
    """Where the sentence after a heading in capitals starts; 0 without one."""
    heading = _HEADING.match(text)
    return heading.end() if heading and _CAPITALS.search(heading.group()) else 0


_LETTERS = re.compile(r"[A-Za-zА-Яа-яЁё]+")
_SENTENCE_MARK = re.compile(r"[.!?…\n]")


def _set_in_capitals(text: str, offset: int) -> bool:
    """The sentence around ``offset`` is written wholly in capitals, as a heading, a warning or a line in
    capitals is set («ВНИМАНИЕ: ОПЕРАЦИЯ НЕОБРАТИМА!»): no word of it is singled out among the others, which is
    what AllCaps reports. A word in capitals among lower-case ones («я ОЧЕНЬ прошу») stays reported."""
    start = max((m.end() for m in _SENTENCE_MARK.finditer(text, 0, offset)), default=0)
    end = _SENTENCE_MARK.search(text, offset)
    words = _LETTERS.findall(text, start, end.start() if end else len(text))
    return len(words) >= 2 and all(w.isupper() for w in words if len(w) > 1)


def _interface_label(text: str, finding: Finding) -> bool:
    """DotOrCase reads a capitalised verb in mid-sentence as a new sentence without its dot, AllCaps a word
    in capitals as shouting, Latin_single_letter a Latin letter as a slip for a Cyrillic one. After a word naming
    an interface element, or a verb of pressing, it is the element's label or the key's letter («Нажмите кнопку
    Оплатить», «клавиша ВВЕРХ», «нажав q»); a word in capitals the dictionary lacks is
    an abbreviation or a program's name («функция ДВССЫЛ»); words in capitals before the first sentence are
    its heading, and the capital after them opens that sentence («ПРАВИЛО ДЕЖУРНОГО Проверяйте…»)."""
    from app.core.grammar.rules._base import known, parses

    word = text[finding.offset:finding.offset + finding.length]
    if finding.rule_id == "AllCaps" and (not known(word) or finding.offset < heading_end(text)
                                         or _set_in_capitals(text, finding.offset)):
        return True
    if finding.rule_id == "DotOrCase" and finding.offset <= heading_end(text):
        return True  # the first word of the sentence after the heading
    before = list(_WORD.finditer(text, max(0, finding.offset - 40), finding.offset))
    return bool(before) and not text[before[-1].end():finding.offset].strip() and any(
        p.normal_form.replace("ё", "е") in _INTERFACE for p in parses(before[-1].group().lower())[:3])


def _menu_step(text: str, finding: Finding) -> bool:
    """DotOrCase reads a capital after an arrow of a menu path as a sentence begun without its dot. The arrow
    leads from one screen or item to the next, each named by its label with the capital the program gives it:
    «Профиль → Безопасность → Сменить почту»."""
    return text[:finding.offset].rstrip(" \t\u00a0").endswith(("→", "->", "⇒", "=>", ">"))


def _counting_form(text: str, finding: Finding) -> bool:
    """Sklonenije_NUM_NN asks for the full genitive plural of a unit after a numeral («пять гигабайт» →
    «гигабайтов»). The short form the dictionary marks as the counting form is standard there too: «пять
    гигабайт», «десять килограмм», «пятнадцать мегабайт». The fix only lengthens that word, so a wrong case
    («пятью гигабайт») is not what this rule reports."""
    if not finding.replacements:
        return False
    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    fixed = _WORD.findall(finding.replacements[0])
    if len(words) < 2 or len(words) != len(fixed) or words[:-1] != fixed[:-1]:
        return False
    from app.core.grammar.rules._base import parses

    counting = {p.normal_form for p in parses(words[-1].lower()) if "Coun" in p.tag}
    return bool(counting) and any(p.normal_form in counting and {"plur", "gent"} <= p.tag.grammemes
                                  for p in parses(fixed[-1].lower()))


# what one pays with: «оплатить по карте» is said for «картой»; «по счёту», «по направлению», «по ссылке», «по
# реквизитам» name what the payment is made on, and «по» is right
_MEANS_OF_PAYMENT = frozenset({"карта", "кредитка", "наличные", "наличка", "банкнота", "купюра", "монета"})


def _paid_on_a_basis(text: str, finding: Finding) -> bool:
    """oplachivat_prep reads «оплатить по» + a dative as «оплатить» + an instrument («по карте» → «картой»); with a
    noun that is no means of paying («оплачиваем ремонт по направлению», «оплатить по счёту») «по» says on what
    grounds the payment is made."""
    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    if len(words) < 3 or words[-2].lower() != "по":
        return False
    from app.core.grammar.rules._base import parses

    return not any(p.normal_form in _MEANS_OF_PAYMENT for p in parses(words[-1].lower()))


def _adjective_for_a_noun(text: str, finding: Finding) -> bool:
    """Po-bystromu asks for «по-старому»; after «новый тариф» the adjective stands for the noun left out («списали
    по старому (тарифу)»), as our OURS_PO_HYPHEN reads it."""
    from app.core.grammar.rules._base import Text
    from app.core.grammar.rules.together_apart import _noun_left_out

    t = Text(text)
    k = next((w.index for w in t.words if w.start >= finding.offset + 3), None)
    return k is not None and t.words[k].end <= finding.offset + finding.length and _noun_left_out(t, k)


def _minutes_of_a_time(text: str, finding: Finding) -> bool:
    """Sklonenije_NUM_NN reads the numeral after «час» as counting the noun after it: «час двадцать ожидания» is
    an hour and twenty minutes of waiting, the minutes' noun left out (our OURS_NUMERAL_NOUN leaves it too)."""
    before = list(_WORD.finditer(text, max(0, finding.offset - 20), finding.offset))
    if not before or text[before[-1].end():finding.offset].strip():
        return False
    from app.core.grammar.rules._base import parses

    return any(p.normal_form == "час" and p.tag.POS == "NOUN" for p in parses(before[-1].group().lower()))


# Words after «а» that go on to the next step or time, not to a contrasted quality: «немного, а затем…».
_NEXT_STEP = frozenset({"затем", "потом", "после", "позже", "далее", "дальше", "теперь", "сейчас", "тогда", "ещё",
                        "еще", "уже", "также", "заодно", "вскоре"})


def _next_step_after_a(text: str, finding: Finding) -> bool:
    """Ne_narech reads «немного, а …» as a contrast of two qualities («не далеко, а близко»), where «не» is
    written apart. When the word after «а» tells the next step or time («Подождите немного, а затем
    обновите страницу», «Было неправильно, а теперь верно») nothing is negated: the word is written together."""
    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    return len(words) >= 3 and words[-2].lower() == "а" and words[-1].lower() in _NEXT_STEP


def _one_subject_two_verbs(text: str, finding: Finding) -> bool:
    """Prep_i asks a comma before «и» as between two clauses. When the verb after «и» has no subject of its own and
    is the second of two predicates of one subject («Он задержался на складе и сегодня уже уехал к вам: курьер
    привезёт…» — the colon's clause misleads the rule), «и» joins homogeneous predicates: no comma (Розенталь)."""
    from app.core.grammar.language import analyse
    from app.core.grammar.rules._base import parses

    fixed = finding.replacements[0] if finding.replacements else ""
    at = next((i for i, (a, b) in enumerate(zip(text[finding.offset:], fixed)) if a != b), None)
    if at is None:
        return False
    at += finding.offset
    for sentence in analyse(text).sentences:
        conj = next((t for t in sentence.tokens if t.low == "и" and at <= t.start <= at + 2), None)
        if conj is None:
            continue
        # the verbs on either side of «и», read in order (the parser may hang «и» on a later verb)
        after = sentence.tokens[conj.index + 1:]
        stop = next((k for k, t in enumerate(after) if t.pos == "PUNCT" or t.pos == "VERB"), len(after))
        second = after[stop] if stop < len(after) and after[stop].pos == "VERB" else None
        first = next((t for t in reversed(sentence.tokens[:conj.index]) if t.pos in ("VERB", "PUNCT")), None)
        if second is None or first is None or first.pos != "VERB" or first.feat("Mood") != "Ind" \
                or second.feat("Mood") != "Ind":
            return False
        # «…и заказ приедет завтра»: a noun that can be a nominative before the verb is its own subject, whatever
        # relation the parser gave it
        return not any(k.rel.startswith("nsubj") for k in sentence.children(second.index)) and not any(
            t.pos in ("NOUN", "PRON", "PROPN") and any(p.tag.case == "nomn" for p in parses(t.low)) for t in after[:stop])
    return False


def _double_negation_with_sense(text: str, finding: Finding) -> bool:
    """DoubleNOT calls two «не» in a sentence a style slip. The second «не» before «мочь» is meant: it denies
    the first («Не любить его она не может» — she must love him); before a comparative it is a litotes («не раз
    справлялась не хуже других»); after «пока» it belongs to the conjunction «пока не» (until)."""
    words = [w.lower() for w in _WORD.findall(text[finding.offset:finding.offset + finding.length])]
    if len(words) < 3 or words[-1] != "не":
        return False
    if "пока" in words[-4:-1]:
        return True  # «не ответит, пока курьер не приедет»: «пока не» tells until when, nothing is denied twice
    after = _WORD.search(text, finding.offset + finding.length)
    if after is None:
        return False
    from app.core.grammar.rules._base import parses

    return any(p.normal_form == "мочь" or p.tag.POS == "COMP" for p in parses(after.group().lower())[:2])


def _not_necessarily(text: str, finding: Finding) -> bool:
    """Ne_narech2 asks to write «не слышно», «не обязательно» as one word. After a pronoun in the genitive, the
    object of a word of perceiving («вас не слышно», «ничего не видно»), «не» is written apart. Before the word it qualifies («не обязательно
    должно быть…», «не обязательно лучшие») it means «не непременно», which is written apart; as the predicate of an
    infinitive («ждать её не обязательно») it is «не нужно», written apart as often as together; before a colon
    («выбран не случайно: …») the explanation after it is what the rule's own exceptions for «,» and «—» allow. With
    none of them («Сегодня не обязательно.») it stays reported."""
    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    if len(words) == 2 and words[0].lower() == "не" and words[1].lower() in _PERCEIVED \
            and _OBJECT_BEFORE.search(text, 0, finding.offset):
        return True  # «вас не слышно», «ничего не видно»: a word of perceiving with its object, written apart
    if len(words) == 2 and _EXPLAINED.match(text, finding.offset + finding.length):
        return True  # «выбран не случайно: в курсе…» — the explanation after the colon, like the rule's own «—»
    if [w.lower() for w in words] != ["не", "обязательно"]:
        return False
    return bool(_WORD_NEXT.match(text, finding.offset + finding.length)) or _infinitive_before(text, finding.offset)


def _infinitive_before(text: str, at: int) -> bool:
    """«ждать её не обязательно», «Коробку сохранять не обязательно»: an infinitive earlier in the clause is what is
    not required — «не обязательно» is the predicate «не нужно» of it, written apart as often as together (every
    reply set labels it right)."""
    from app.core.grammar.rules._base import parses

    clause = re.split(r"[.!?;:,—–(]", text[:at])[-1]
    return any(parses(w.lower())[:1] and parses(w.lower())[0].tag.POS == "INFN" for w in _WORD.findall(clause))


_WORD_NEXT = re.compile(r" +[А-Яа-яЁё]")
_EXPLAINED = re.compile(r"\s*:")
# Words of perceiving that take what is (not) perceived in the genitive: «вас не слышно», «ничего не видно»
# («его недостаточно» is a quantity, written together).
_PERCEIVED = frozenset({"слышно", "видно", "заметно", "слыхать", "видать"})
# A pronoun in the genitive right before «не»: what the word of perceiving after it is about.
_OBJECT_BEFORE = re.compile(r"(?i)(?<![\w-])(?:вас|тебя|меня|нас|его|её|ее|их|ничего|никого) +\Z")
# Parenthetical words that take commas on both sides wherever they stand: the comma after a word before them
# («поэтому, пожалуйста, не…») is the first of their pair.
_PARENTHETICAL = frozenset({"пожалуйста", "конечно", "наверное", "возможно", "кажется", "пожалуй", "впрочем",
                            "например", "видимо", "вероятно", "разумеется", "безусловно", "естественно"})


def _comma_of_the_next_parenthetical(text: str, finding: Finding) -> bool:
    """NO_VVODNOE asks to drop the commas around a word that is no parenthetical («поэтому», «просто»). When the
    comma after it opens a parenthetical word that follows («…, поэтому, пожалуйста, не пытайтесь…»), the comma
    belongs to that word and is right."""
    end = finding.offset + finding.length
    if not text[finding.offset:end].rstrip().endswith(","):
        return False
    after = _WORD.search(text, end)
    return after is not None and not text[end:after.start()].strip() and after.group().lower() in _PARENTHETICAL


_SOFTWARE = re.compile(r"\bПО\b")


def _software_abbreviation(text: str, finding: Finding) -> bool:
    """pouchastvovat reads «по» and a verb as a verb written apart («по участвовать»). «ПО» in capitals is the
    abbreviation of «программное обеспечение», the subject of that verb («ПО обновляется»)."""
    return bool(_SOFTWARE.match(text, finding.offset))


def _negated_verbs(text: str, finding: Finding) -> bool:
    """Parnoje_upotrebl_NI asks for «ни …, ни …» in place of «не …, не …» before two nouns or infinitives
    («не помнил ни матери, ни отца»). A finite verb it takes for a noun («чего мы не видим, не слышим») is
    negated by «не» each time: right as written."""
    from app.core.grammar.rules._base import parses

    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    negated = [words[k + 1] for k in range(len(words) - 1) if words[k].lower() == "не"]
    return len(negated) == 2 and all(
        (first := parses(word.lower())[:1]) and first[0].tag.POS == "VERB" for word in negated)


# «не то, что…, а то, что…»: two clauses with «то, что» set against each other, no «не то что» (not only)
_CONTRASTED_TO = re.compile(r"(?i)[^.!?]*?,\s*а\s+то\s*,\s*что")


def _contrasted_clauses(text: str, finding: Finding) -> bool:
    """NO_NE_TO_CHTO asks to drop the comma of «не то, что», reading it as «не то что» (not only). When «а то, что»
    follows («Покупайте не то, что дёшево, а то, что нужно»), two clauses are contrasted and both commas stay."""
    return bool(_CONTRASTED_TO.match(text, finding.offset + finding.length))


# «то» that a clause explains: «Хуже всего то, что…», «…то, как он ответил».
_THAT_CLAUSE = re.compile(r"\s*,\s*(?:что|чтобы|как|где|когда|куда|откуда|кто|чем|почему|зачем|сколько|ли)\b", re.IGNORECASE)


def _demonstrative_to(text: str, finding: Finding) -> bool:
    """Defis_to reads «всего то» as the particle «-то» written apart («всего-то»). When «то» is followed by a
    comma and the clause it points to («Хуже всего то, что заказ потерялся»), it is the pronoun «то»."""
    span = text[finding.offset:finding.offset + finding.length]
    return span.lower().endswith(" то") and bool(_THAT_CLAUSE.match(text, finding.offset + finding.length))


# A compound conjunction that opens the sentence, written whole: «Несмотря на то что…», «До тех пор пока…».
_OPENING_CONJUNCTION = re.compile(r"[^\w]*$")


def _whole_conjunction_opening(text: str, finding: Finding) -> bool:
    """Nesmotrja_na_to_chto asks to split a compound conjunction with a comma («до тех пор, пока»). When it opens
    the sentence it is usually written whole (Розенталь); the split is the writer's choice, as with
    COMPLEX_SOUZ_PUNCT. In mid-sentence a conjunction with no comma at all stays reported."""
    start = max(text.rfind(mark, 0, finding.offset) for mark in ".!?\n") + 1
    return bool(_OPENING_CONJUNCTION.match(text[start:finding.offset]))


def _optional_yo(text: str, finding: Finding) -> bool:
    """RU_SIMPLE_REPLACE calls a word colloquial when its fix only writes «ё» for «е» («маневр» → «манёвр»). The
    letter «ё» is optional in Russian writing outside of books for children and learners: «маневр» is spelt right."""
    span = text[finding.offset:finding.offset + finding.length]
    return bool(finding.replacements) and finding.replacements[0] != span \
        and finding.replacements[0].replace("ё", "е").replace("Ё", "Е") == span


def _line_start(text: str, finding: Finding) -> bool:
    """Lower_Letters_after_comma and DotOrCase ask for a small letter in mid-sentence. A word that opens a new
    line keeps the capital the writer gave it: a line of verse («Шумит листва,↵Стоят в росе луга») or an item of a
    list set one to a line."""
    start = finding.offset
    if finding.rule_id == "DotOrCase":
        before = text[:start].rstrip(" \t")
        return before.endswith("\n")
    return "\n" in text[start:start + finding.length]


# «как обычно», «как всегда» right after the word before them, as KAK_PRAVILO marks them
_AS_USUAL = re.compile(r"(?i)([а-яё]+)\s+как\s+(?:обычно|всегда)\b")


def _as_usual_in_the_predicate(text: str, finding: Finding) -> bool:
    """KAK_PRAVILO asks to set off «как обычно», «как всегда» as a parenthetical. Right after an intransitive verb
    of an ongoing course they tell how it goes and are part of the predicate, written without commas: «Всё шло как
    обычно», «Связь работает как обычно, а ночью…» (the comma after them ends the clause). Before the verb («Он как
    всегда опоздал»), after a perfective verb of one event («опоздал как всегда, и…») or a transitive one they are
    parenthetical and stay reported."""
    usual = _AS_USUAL.match(text, finding.offset, finding.offset + finding.length)
    if usual is None:
        return False
    from app.core.grammar.rules._base import parses

    readings = parses(usual.group(1).lower())[:2]
    return bool(readings) and all(p.tag.POS in ("VERB", "INFN") and {"intr", "impf"} <= p.tag.grammemes
                                     for p in readings)


# A word that makes a particle of the interjection before it: «Ах да», «Ох нет», «Ах вот как», «Ох уж эти…», «Ах ты…».
_PARTICLE_AFTER_INTERJECTION = re.compile(r"(?i)[а-яё]+\s+(?:да|нет|вот|уж|так|ты|вы)")


def _interjection_as_particle(text: str, finding: Finding) -> bool:
    """VVODNOE_SLOVO asks for a comma after «Ах» or «Ох» opening a sentence. Before «да», «нет», «вот», «уж» the
    interjection strengthens the word and takes no comma, as «Ну да», «О нет» (Розенталь, § 28: particles before
    «да» and «нет» are not set off): «Ах да, чуть не забыл». «Ах как хорошо» still asks for its comma."""
    return bool(_PARTICLE_AFTER_INTERJECTION.fullmatch(text[finding.offset:finding.offset + finding.length]))


_TESTS = {
    "VVODNOE_SLOVO": _interjection_as_particle,
    "RU_SIMPLE_REPLACE": _optional_yo,
    "Lower_Letters_after_comma": _line_start,
    "Defis_to": _demonstrative_to,
    "Nesmotrja_na_to_chto": _whole_conjunction_opening,
    "Parnoje_upotrebl_NI": _negated_verbs,
    "NO_NE_TO_CHTO": _contrasted_clauses,
    "PREP_C_and_Noun": _about_an_amount,
    "Ne_narech2": _not_necessarily,
    "NO_VVODNOE": _comma_of_the_next_parenthetical,
    "pouchastvovat": _software_abbreviation,
    "DoubleNOT": _double_negation_with_sense,
    "Prep_i": _one_subject_two_verbs,
    "DotOrCase": lambda text, finding: _line_start(text, finding) or _interface_label(text, finding)
    or _menu_step(text, finding),
    "AllCaps": _interface_label,
    "Latin_single_letter": _interface_label,
    "KAK_VVODNOE": _seems_as_predicate,
    "KAK_PRAVILO": _as_usual_in_the_predicate,
    "Verb_and_Verb": _a_word_not_a_verb,
    "COMPLEX_SOUZ_PUNCT": _split_conjunction,
    "dlya_togo_chtoby_2": _split_conjunction,
    "Comma_before_kak": _comparison_with_kak,
    "NEIZVESTNO_KTO": _all_the_same_to_someone,
    "Sklonenije_NUM_NN": lambda text, finding: _counting_form(text, finding) or _minutes_of_a_time(text, finding),
    "Ne_narech": _next_step_after_a,
    "oplachivat_prep": _paid_on_a_basis,
    "Po-bystromu": _adjective_for_a_noun,
}
