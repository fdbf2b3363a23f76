"""Words a dictionary check flags that are not misspellings: names, brands, abbreviations,
compounds, and the words a learner or a training department told the checker about.

``is_false_alarm(text, finding, known_words)`` decides one spelling finding of a dictionary
speller (pylat-ru's or LanguageTool's); findings of other rules are never touched.
"""

from __future__ import annotations

import functools
import re

from app.core.grammar.findings import Category, Finding
from app.core.grammar.spelling.derived import formed_from_a_word
from app.core.grammar.spelling.loanwords import borrowed_word
from app.core.grammar.spelling.prefixed import is_prefixed_word
from app.core.grammar.spelling.rare_words import (drawn_out_interjection, form_of_listed_word, form_of_speller_word,
                                                   listed_rare_word, poetic_instrumental)
from app.core.grammar.spelling.suggest import near_common_word
from app.core.grammar.spelling.vocabulary import frequency, is_word, speller_knows

SPELLER_RULES = frozenset({"MORFOLOGIK_RULE_RU_RU", "MORFOLOGIK_RULE_RU_RU_YO", "HUNSPELL_RULE"})
_SENTENCE_END = re.compile(r"[.!?…\n]")
_WORD_CHAR = re.compile(r"\w")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_APOSTROPHE_NAME = re.compile(r"(?<!\w)[A-ZА-ЯЁ]\w*['’]$")
# First parts of compound words written together: «фотохостинг», «электрокалорифер», «супергерой».
_COMBINING = ("авиа", "авто", "агро", "аква", "анти", "арт", "аудио", "био", "веб", "вело", "видео", "взаимо",
              "внутри", "вне",
              "гео", "гидро", "гипер", "интернет", "кибер", "квази", "контр", "макро", "медиа", "мега", "мета", "промо",
              "метео", "микро", "мини", "мото", "мульти", "нано", "нео", "пост", "псевдо", "радио",
              "овер", "сверх", "спорт", "стерео", "супер", "теле", "термо", "турбо", "ультра", "фото", "эко",
              "экс", "электро", "энерго", "евро", "бизнес", "онлайн", "офлайн", "шоу", "блог", "техно",
              "полу", "само", "около", "ново", "старо", "обще", "недо", "пере", "перво", "дву", "трех",
              "трёх", "двух", "четырех", "четырёх", "пяти", "шести", "семи", "восьми", "девяти", "десяти",
              "много", "мало", "широко", "свеже")
# Clipped first words of compound nouns: «финмониторинг», «госуслуги», «техподдержка», «спецпредложение»;
# short, so the rest must be a long word of its own.
_CLIPPED = ("фин", "гос", "тех", "спец", "мед", "соц", "проф", "хоз", "орг", "пром", "торг", "строй", "нарко",
            "комп", "зам", "глав", "рем", "инфо")


def normal(word: str) -> str:
    return word.lower().replace("ё", "е")


def is_false_alarm(text: str, finding: Finding, known_words: frozenset[str] = frozenset()) -> bool:
    """The speller's finding is on a word that is not a misspelling (``known_words`` lower-case, е for ё)."""
    if finding.category != Category.SPELLING or finding.rule_id not in SPELLER_RULES:
        return False
    word = text[finding.offset:finding.offset + finding.length]
    if not word:
        return False
    if any(ch.isspace() for ch in word):
        # a wrongly split or joined pair of words is a real error; but the speller also flags a word it lacks
        # together with the one before, to suggest moving the space («дай оркам» → «да йоркам»)
        return all(_standard_word(normal(part)) for part in word.split())
    if normal(word) in known_words or _LATIN_OR_DIGIT.search(word):
        return True
    if normal(word) in _prohibited():
        return False  # «ингридиенты»: listed as an error by LanguageTool although OpenCorpora has it
    if any(ch.isupper() for ch in word[1:]):
        return True  # an abbreviation or a brand: «ГОСТов», «ЖЖ-игра», «МегаФон»
    if word[:1].isupper() and not _starts_sentence(text, finding.offset):
        return True  # a capital in mid-sentence: a name the dictionary does not have
    if _APOSTROPHE_NAME.search(text, 0, finding.offset):
        return True  # the part of a name after its apostrophe: «Ша'ракх», «Д'Артаньян»
    low = normal(word)
    if _dictionary_word(low) or drawn_out_interjection(low):
        return True  # «прокси-сервер», «орк», «имхо»: OpenCorpora has the word, the speller's dictionary does not
    if word[:1].isupper() and (_name_opening_sentence(text, finding.offset, word)
                               or _name_as_subject(text, finding.offset, word)):
        return True
    if _slip_of_known_word(low) or _split_from_ne(text, finding.offset, low):
        return False  # «сначало» is not «с» + «начало», «ухоженому» not a compound: a slip of a real word
    return (_is_compound(low) or is_prefixed_word(low)) and not _vowel_slip_of_listed(low) or _is_derived(low) \
        or poetic_instrumental(low) \
        or listed_rare_word(low) or form_of_listed_word(low) or form_of_speller_word(low) or borrowed_word(low)


@functools.cache
def _prohibited() -> frozenset[str]:
    """The misspellings LanguageTool's Russian speller lists as errors although dictionaries have them."""
    try:
        from pylat_ru.spelling import _cached_word_list
    except ImportError:
        return frozenset()
    return frozenset(normal(w) for w in _cached_word_list("prohibit.txt"))


def _split_from_ne(text: str, offset: int, word: str) -> bool:
    """«не навидит»: the word follows «не» and makes a dictionary word with it, so it was split off that word
    («ненавидит») rather than formed with a prefix («на» + «видит»)."""
    return bool(_AFTER_NE.search(text[:offset])) and is_word("не" + word)


_AFTER_NE = re.compile(r"(?:^|[^\w-])не +$", re.IGNORECASE)


_DOUBLED = frozenset("нслтмркпжфзвбд")
_VOWEL_SLIPS = {"а": "о", "о": "а", "е": "и", "и": "е", "я": "е"}
_COMMON = 3.0  # Zipf: a word met at least once in a million words
_LISTED_SLIP = 2.0  # Zipf: a word met once in ten million words, which an unlisted word one vowel away is a slip of


_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})


def _ordinary_word(word: str) -> bool:
    """The dictionary has ``word`` as something else than a proper name or an abbreviation: a name
    («Адон») is no word that a lowercase word is a slip of («аддон»)."""
    from app.core.grammar.rules._base import parses
    return is_word(word) and any(not (_PROPER & p.tag.grammemes) for p in parses(word) if p.is_known)


def _slip_of_known_word(word: str) -> bool:
    """One of the commonest slips of literate writers turns a dictionary word into ``word``: a consonant
    doubled or left single («ухоженому» for «ухоженному»), or an unstressed vowel of a common word
    swapped («сначало» for «сначала»). The compound, derived and prefixed explanations lose to it.
    A hyphenated word is left to the compound check: its parts are words of their own."""
    if "-" in word:
        return False
    for i, ch in enumerate(word):
        if ch not in _DOUBLED:
            continue
        if _ordinary_word(word[:i] + ch + word[i:]):
            return True
        if i + 1 < len(word) and word[i + 1] == ch and _ordinary_word(word[:i] + word[i + 1:]):
            return True
    for i, ch in enumerate(word):
        swap = _VOWEL_SLIPS.get(ch)
        if swap:
            variant = word[:i] + swap + word[i + 1:]
            if is_word(variant) and frequency(variant) >= _COMMON:
                return True
    return False


def _vowel_slip_of_listed(word: str) -> bool:
    """«перевиду» for «переведу»: an unstressed vowel swapped in a word people write (once in ten million words at
    least), where nobody writes the word itself — a slip, not a prefix or a first part («пере») before a word
    («виду»)."""
    if frequency(word) > 0:
        return False
    for i, ch in enumerate(word):
        swap = _VOWEL_SLIPS.get(ch)
        if swap and is_word(variant := word[:i] + swap + word[i + 1:]) and frequency(variant) >= _LISTED_SLIP:
            return True
    return False


# Suffixes of endearment and size that make a new form of any noun or adjective: «рецептик»,
# «котище», «беленький»; dictionaries list only some of them.
_FORMATIVE = ("ик", "чик", "ищ", "еньк", "оньк", "очк", "ечк", "ушк", "юшк", "ичк")
_STEM_ENDINGS = ("", "а", "ый", "ий", "ой", "о")
# Parts of speech that take «не» in one word with them: «непрекрасный», «небыстро».
_NE_PARTS = frozenset({"ADJF", "ADJS", "ADVB", "COMP", "PRTF", "PRTS"})


# Endings of possessive adjectives of beings: «гномий», «гномья», «гномьего», «орочьих», «грифоньими».
_POSSESSIVE = re.compile(r"(.{3,}?)(?:ь(?:его|ему|ими|им|ем|ей|их|я|е|и|ю)|ий)$")
# «-ство» nouns of a being's trade or state: «колдунство», «колдунства», «колдунством».
_TRADE = re.compile(r"(.{4,}?)ств(?:о|а|у|ом|е)$")
# Consonants that alternate before the possessive suffix: «волк» → «волчий», «враг» → «вражий», «орк» → «орочий».
_ALTERNATING = {"ч": ("к", "ц"), "ж": ("г",), "ш": ("х",)}


def _animate_noun(word: str) -> bool:
    from app.core.grammar.rules._base import known, parses
    return known(word) and any(p.is_known and p.tag.POS == "NOUN" and "anim" in p.tag for p in parses(word))


def _of_a_being(word: str) -> bool:
    """A possessive adjective or a «-ство» noun made from a word for a being the dictionary has: «гномий»,
    «тролльей», «орочьих» (from «орк»), «колдунство». Dictionaries list only some of them."""
    possessive = _POSSESSIVE.match(word)
    if possessive:
        stem = possessive.group(1)
        bases = {stem, stem + "ь", stem.removesuffix("ь")}
        for tail, alternatives in _ALTERNATING.items():
            if stem.endswith(tail):
                for other in alternatives:
                    bases |= {stem[:-1] + other, stem[:-2] + other if stem[-2:-1] in "ое" else stem[:-1] + other}
        if any(_animate_noun(base) for base in bases if len(base) >= 3):
            return True
    trade = _TRADE.match(word)
    return bool(trade) and _animate_noun(trade.group(1))


# Superlatives in «-ейш-/-айш-» of any quality adjective: «темнейших», «глубочайшее».
_SUPERLATIVE = re.compile(r"(.{3,}?)(?:ейш|айш)(?:ий|ая|ее|ие|его|ей|ему|им|их|ими|ую|ем|ой)$")


def _superlative(word: str) -> bool:
    from app.core.grammar.rules._base import known, parses
    match = _SUPERLATIVE.match(word)
    if not match:
        return False
    stem = match.group(1)
    # the consonant alternates as before «-ий»: «глубочайший» ← «глубокий», «строжайший» ← «строгий»
    stems = {stem} | {stem[:-1] + base for tail, bases in _ALTERNATING.items() if stem.endswith(tail) for base in bases}
    bases = (base + ending for base in stems for ending in ("ый", "ий", "ой"))
    return any(known(base) and any(p.is_known and "Qual" in p.tag for p in parses(base)) for base in bases)


def _is_derived(word: str) -> bool:
    if word.startswith("не") and len(word) > 5 and _part_of_speech_is(word[2:], _NE_PARTS):
        return True
    if _of_a_being(word) or _superlative(word) or formed_from_a_word(word):
        return True
    for suffix in _FORMATIVE:
        at = word.find(suffix, 3)
        while at >= 3:
            stem = word[:at]
            if any(is_word(stem + ending) for ending in _STEM_ENDINGS) and len(word) - at - len(suffix) <= 3:
                return True
            at = word.find(suffix, at + 1)
    return False


def _part_of_speech_is(word: str, parts: frozenset[str]) -> bool:
    from app.core.grammar.rules._base import known, parses
    return known(word) and any(p.tag.POS in parts for p in parses(word))


# Marks of forms that are not the standard spelling: distorted («чо»), erroneous, colloquial.
_NOT_STANDARD = frozenset({"Dist", "Erro", "Infr"})
_RARE = 4.0  # Zipf: ten times in a million words


def _standard_word(word: str) -> bool:
    """pymorphy3's dictionary has ``word`` in its standard spelling, however common. A colloquial noun
    («приколист», «фотка») or comparative in «по-» («попестрее») is a word spelt right; colloquial spellings of
    other words («седня», «прийдется») are not."""
    from app.core.grammar.rules._base import morph
    analyser = morph()
    return analyser.word_is_known(word) and any(
        p.is_known and not (_NOT_STANDARD & p.tag.grammemes) or _colloquial_word(p.tag) for p in analyser.parse(word))


def _colloquial_word(tag) -> bool:
    return "Infr" in tag and not ({"Dist", "Erro"} & tag.grammemes) and (tag.POS == "NOUN" or "Cmp2" in tag)


def _dictionary_word(word: str) -> bool:
    """pymorphy3's dictionary (OpenCorpora) has ``word`` in its standard spelling. The speller's dictionary
    lacks some rare words it has («орк», «прокси-сервер», «имхо»); misspellings are not in it (only a few
    distortions, so marked, and colloquial forms such as «седня»). A common word the speller lacks (met more
    than ten times in a million words) was left out on purpose: a colloquial or non-standard form, which stays
    reported."""
    return frequency(word) < _RARE and _standard_word(word)


_NOT_NAME = frozenset({"ADJS", "ADJF", "ADVB", "COMP", "INFN", "GRND", "PRTS", "PRTF"})


def _name_opening_sentence(text: str, offset: int, word: str) -> bool:
    """A capitalised word that opens a sentence and is followed by a comma is an address by a name the
    dictionary lacks when the parse of the text reads it as a proper noun that is a person's name — by the
    names' recogniser, or formed like a first name in the nominative («Айгерим, добрый день!», «Тайрон, что
    скажешь?») — and it is not a slip or two away from a common word («Извените, …») nor words run together.
    Without the comma the sentence's capital proves nothing: in real posts such words are mostly misspellings,
    even where the parser sees a name."""
    if not text[offset + len(word):].lstrip(" ").startswith(","):
        return False
    from app.core.grammar.language import analyse
    from app.core.grammar.rules._base import parses
    from app.core.grammar.spelling.suggest import near_common_word, two_slips_from_common_word

    low = normal(word)
    guess = parses(low)
    unlike_name = bool(guess) and (guess[0].tag.POS in _NOT_NAME or guess[0].tag.POS == "VERB"
                                   and guess[0].tag.mood != "impr")
    # a surname in «-ен» reads as a short adjective in «-енный»: the recogniser decides
    surname_like = unlike_name and guess[0].tag.POS == "ADJS" and guess[0].tag.gender == "masc"
    if unlike_name and not surname_like:
        return False  # formed like an adverb or a verb, not like a name
    analysis = analyse(text)
    entity = analysis.entity_at(offset, offset + len(word))
    person = entity is not None and entity.kind == "PER"
    if surname_like and not person:
        return False
    if not any(t.start == offset and t.pos == "PROPN" for s in analysis.sentences for t in s.tokens):
        return False
    if person:
        return not _slip_of_known_word(low) and not near_common_word(low)
    first_name = bool(guess) and "Name" in guess[0].tag and guess[0].tag.case == "nomn"
    return first_name and not _slip_of_known_word(low) and not near_common_word(low) \
        and not two_slips_from_common_word(low) and not _words_run_together(low)


_WORD_AFTER = re.compile(r"\s+(\w+)")
_DRAWN_OUT = re.compile(r"(.)\1\1")


def _verb_after(text: str, end: int):
    """The first parse of the verb (or short participle) that follows a sentence-opening word, and who the
    subject is: that word alone (``"one"``), it and another («и» with a capitalised name, «Балдрас и Релана
    вернулись», or with «его», «её», «их» and a noun, «Ругнур и его спутники вернулись»: ``"several"``), or it
    with companions in the instrumental after «с» («Эрисса с эльфами жаждали мести»: ``"with"``, the verb
    agrees with the name or is plural). «не» and up to two adverbs may stand between («Хальдрик быстро
    прибыл»). Also whether anything but «не» stands between. None when no such verb follows."""
    from app.core.grammar.rules._base import parses

    skipped, subject = 0, "one"
    for _ in range(6):
        after = _WORD_AFTER.match(text, end)
        if after is None:
            return None
        low, end = after.group(1).lower(), after.end()
        readings = parses(low)
        parse = readings[0] if readings else None
        if low == "не":
            continue
        if low == "и" and subject == "one" and skipped == 0:
            name = _WORD_AFTER.match(text, end)
            if name is not None and name.group(1).lower() in _POSSESSORS:
                name = _WORD_AFTER.match(text, name.end())
                if name is None or not any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses(
                        name.group(1).lower())[:3]):
                    return None
            elif name is None or not name.group(1)[:1].isupper():
                return None
            subject, end = "several", name.end()
            continue
        if low in ("с", "со") and subject == "one" and skipped == 0:
            companions = _companions(text, end)
            if companions == end:
                return None
            subject, end = "with", companions
            continue
        if parse is not None and parse.tag.POS == "ADVB" and skipped < 2:
            skipped += 1
            continue
        if parse is None or parse.tag.POS not in ("VERB", "PRTS"):
            return None
        return parse.tag, subject, skipped > 0 or subject != "one"
    return None


_POSSESSORS = frozenset({"его", "её", "ее", "их"})


def _companions(text: str, end: int) -> int:
    """Where the words in the instrumental after «с» end («с остальными эльфами»): up to three words, the last a
    noun; ``end`` itself when they are not there."""
    from app.core.grammar.rules._base import parses

    last = end
    for _ in range(3):
        after = _WORD_AFTER.match(text, last)
        readings = parses(after.group(1).lower())[:3] if after else []
        if not any(p.tag.case == "ablt" for p in readings):
            break
        last = after.end()
        if any(p.tag.POS == "NOUN" and p.tag.case == "ablt" for p in readings):
            return last
    return end


def _name_as_subject(text: str, offset: int, word: str) -> bool:
    """A capitalised word that opens a sentence is a name the dictionary lacks when it can be a masculine or
    feminine noun in the nominative and its verb follows, agreeing with it: in the past tense or as a short
    participle in its gender («Дильшод передал заявку», «Айжан проверила заказ», «Город захвачен»), in the third
    person singular («Ашевир пытается…»), or in the plural after «и» and another name («Балдрас и Релана
    вернулись»). A word a slip or two away from a common one («Извените», «Понедельнег выглядел»), words run
    together or one drawn out is still reported, and so is any such word without its verb after it; when more
    than «не» stands between, a slip of a rarer word counts too («Преподователь резко…»).
    """
    from app.core.grammar.rules._base import parses
    from app.core.grammar.spelling.suggest import near_common_word, two_slips_from_common_word

    low = normal(word)
    found = _verb_after(text, offset + len(word))
    if found is None or _DRAWN_OUT.search(low):
        return False
    verb, subject, strict = found
    readings = [p for p in parses(low)[:4] if p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing"]
    genders = {p.tag.gender for p in readings if p.tag.gender in ("masc", "femn")}
    if any("Fixd" in p.tag for p in readings):
        genders = {"masc", "femn"}  # read as an indeclinable word: the dictionary's guess of its gender means nothing
    if not genders:
        return False
    if subject == "several" or subject == "with" and verb.number == "plur":
        agrees = verb.number == "plur"
    elif verb.number != "sing":
        agrees = False
    elif verb.tense == "past" or verb.POS == "PRTS":
        agrees = verb.gender in genders
    else:
        agrees = verb.person == "3per"
    if not agrees or _words_run_together(low):  # «Незнаюкто оказался…»
        return False
    return not _slip_of_known_word(low) and not near_common_word(low, 2.0 if strict else 3.0) \
        and not two_slips_from_common_word(low)


_FREQUENT = 4.5  # Zipf: about thirty times in a million words


def _words_run_together(word: str) -> bool:
    """``word`` is a frequent word run together with a word or with two («незнаюкто», «онустал»)."""
    from app.core.grammar.spelling.suggest import joined_forms, valid

    def word_or_two(part: str) -> bool:
        return is_word(part) or any(" " in joined and valid(joined) for joined, _ in joined_forms(part))

    return any(is_word(part) and frequency(part) >= _FREQUENT and word_or_two(other)
               for at in range(2, len(word) - 1)
               for part, other in ((word[:at], word[at:]), (word[at:], word[:at])))


def _starts_sentence(text: str, offset: int) -> bool:
    """Nothing but punctuation, spaces or emoji between the last sentence end and ``offset``."""
    before = text[:offset]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    return not _WORD_CHAR.search(before[ends[-1] if ends else 0:])


def _numeral(word: str) -> bool:
    from app.core.grammar.rules._base import parses
    return any(p.tag.POS == "NUMR" for p in parses(word)[:2])


def _after_a_numeral(word: str) -> bool:
    """A numeral in the genitive and a word written together: «шестидесятидневный», «двадцатиминутный»."""
    from app.core.grammar.rules._base import parses

    for at in range(4, len(word) - 3):
        rest = word[at:]
        if is_word(rest) and not _numeral(rest) and any(
                p.is_known and p.tag.POS == "NUMR" and p.tag.case == "gent" for p in parses(word[:at])):
            return True
    return False


def _common_noun(word: str) -> bool:
    from app.core.grammar.rules._base import parses
    return is_word(word) and any(p.is_known and p.tag.POS == "NOUN" and not (_PROPER & p.tag.grammemes)
                                 for p in parses(word))


_LOAN_LISTED = 1.0  # Zipf: once in a hundred million words


def _listed_loan(rest: str) -> bool:
    """``rest``, the part after a combining form, is a noun the dictionary lacks that wordfreq lists in its dictionary
    form: a loanword people write («фрод», «букинг»); the whole word is no slip of a common one (checked by the caller)."""
    from app.core.grammar.rules._base import parses

    if len(rest) < 4 or is_word(rest) or frequency(rest) < _LOAN_LISTED:
        return False
    analyses = parses(rest)[:1]
    return bool(analyses) and analyses[0].tag.POS == "NOUN" and analyses[0].normal_form.replace("ё", "е") == rest


_LOAN_HEAD = 3.0  # Zipf: a first part people write on its own once in a million words at least


def _loan_before_noun(word: str) -> bool:
    """A loanword people often write alone though the dictionary lacks it («пауэр», «смарт») before a form of a common
    noun of four letters at least: «пауэрбанк», «пауэрбанки» (of «банк»). The whole word is no slip of a common one."""
    from app.core.grammar.rules._base import parses

    for at in range(4, len(word) - 3):
        head, rest = word[:at], word[at:]
        if frequency(head) >= _LOAN_HEAD and not is_word(head) and any(
                p.is_known and p.tag.POS == "NOUN" and not (_PROPER & p.tag.grammemes) for p in parses(rest)):
            return not near_common_word(word)
    return False


def _is_compound(word: str) -> bool:
    if "-" in word:
        # a part may be a word only the speller's dictionary has: «демо-стенду» (of «демо», «стенд»)
        return all(is_word(part) or _is_compound(part) or speller_knows(part) for part in word.split("-") if part)
    for head in _COMBINING:
        rest = word[len(head):]
        if word.startswith(head) and len(rest) >= 3 and (is_word(rest) or is_word(rest.lstrip("оа"))) \
                and not _numeral(rest):
            return True  # but «пятиста» is no «пяти» + «ста»: a numeral misspelt
        if word.startswith(head) and _listed_loan(rest) and not near_common_word(word):
            return True  # «антифрод», «овербукинг»: a loanword the dictionary lacks but people write («фрод»)
    for head in _CLIPPED:
        rest = word[len(head):]
        if word.startswith(head) and len(rest) >= 6 and _common_noun(rest):
            return True
    if _loan_before_noun(word):
        return True
    if _after_a_numeral(word):
        return True
    # two stems joined by «о» or «е»: «длиннохвостый», «наркотикоподобный», «сероглазая»; a stem of three letters
    # only as a whole noun before a long word: «миропотребление»
    for at in range(3, len(word) - 4):
        if at == 3 and (len(word) - at - 1 < 6 or not _common_noun(word[:at])):
            continue
        if word[at] in "ое" and is_word(word[at + 1:]) and any(
                is_word(word[:at] + ending) for ending in ("", "ый", "ий", "а", "ь")) and not any(
                is_word(word[:at] + vowel + word[at + 1:]) for vowel in "аиоея" if vowel != word[at]):
            # the joining vowel is no vowel slip of one word: «ветеренару» is «ветеринару», not «ветер» + «нару»
            return True
    return False
