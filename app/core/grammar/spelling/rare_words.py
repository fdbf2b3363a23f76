"""Correct words the speller's dictionary lacks and no rule of word formation explains: rare but established
words («эльфийский», «геймплей», «фэнтезийный»), interjections drawn out in dialogue («Хммм», «Эээ») and
the poetic instrumental in «-ою» («украдкою»).

A rare word is told from a misspelling by how people write it: wordfreq lists the word, its dictionary
form and other forms of its paradigm too (a misspelling is met in one form, a word in several), and no
dictionary word one slip away is ten times as common (a frequent misspelling such as «приемлимый» lives
beside its correct form).
"""

from __future__ import annotations

import re

from app.core.grammar.spelling.vocabulary import frequency, is_word

_LISTED = 1.0  # Zipf: once in a hundred million words
_OTHER_FORMS = 2  # other forms of the paradigm that wordfreq lists
_TEN_TIMES = 1.0  # Zipf units: a dictionary word one slip away this much more common makes it a misspelling
_SLIP_COST = 1.0


def listed_rare_word(word: str) -> bool:
    """``word`` (lower-case, е for ё) is a rare word people write in several of its forms, not a misspelling."""
    from app.core.grammar.rules._base import parses

    own = frequency(word)
    if own < _LISTED or not _no_slip(word, own):
        return False
    for parse in parses(word)[:3]:
        forms = {lexeme.word.replace("ё", "е") for lexeme in parse.lexeme} - {word}
        lemma = parse.normal_form.replace("ё", "е")
        if frequency(lemma) > 0 and sum(1 for form in forms if frequency(form) > 0) >= _OTHER_FORMS:
            return True  # «пятиста» is listed, but not «пятистый», the word it would be a form of
    return False


def form_of_listed_word(word: str) -> bool:
    """``word`` (lower-case, е for ё), which the dictionary lacks, is a form of a rare noun or adjective people write in
    two of its forms at least, its dictionary form among them: «на маркетплейсе» (of «маркетплейс», «маркетплейса»),
    «мультиплеерное» (of «мультиплеерный», «мультиплеерных»), «свайп» and «свайпом» (each other's evidence). wordfreq
    lists only the commoner forms of a rare word, so the form itself may be listed or not; a misspelt form is no form
    of a word one slip away from a common one."""
    from app.core.grammar.rules._base import parses
    from app.core.grammar.spelling.suggest import two_slips_from_common_word

    for parse in parses(word)[:2]:
        lemma = parse.normal_form.replace("ё", "е")
        if parse.is_known or parse.tag.POS not in ("NOUN", "ADJF") or _PROPER & parse.tag.grammemes:
            continue
        forms = {lexeme.word.replace("ё", "е") for lexeme in parse.lexeme} - {lemma}
        own = frequency(lemma)
        if own >= _LISTED and any(frequency(form) >= _LISTED for form in forms) and _no_slip(lemma, own) \
                and _no_slip(word, own) and not two_slips_from_common_word(lemma):
            return True  # «исскуством»: its «исскуство» is listed, but two slips from «искусство»
    return False


def form_of_speller_word(word: str) -> bool:
    """``word`` (lower-case, е for ё) is a form of a noun or adjective that neither pymorphy3's dictionary nor
    the speller's has in this form, while the speller's has its dictionary form: «созвона», «скрином», «кешбэка»
    (the speller lists «созвон», «скрин», «кешбэк» alone, as it lists new words), «эквайера» (of «эквайер»). A
    misspelt form of a dictionary word is guessed to be a form of a word nobody lists."""
    from app.core.grammar.rules._base import parses
    from app.core.grammar.spelling.suggest import near_common_word

    try:
        from pylat_ru.spelling import get_default_spelling_rule
    except ImportError:
        return False
    if near_common_word(word):
        return False
    # the guesser may put a name's readings first («эквайера» as a man's name), but a common noun's reading among
    # the next ones is as sure: the first two readings that are no name's are tried
    for parse in [p for p in parses(word)[:4] if not _PROPER & p.tag.grammemes][:2]:
        lemma = parse.normal_form.replace("ё", "е")
        if parse.is_known or parse.tag.POS not in ("NOUN", "ADJF") \
                or lemma == word or is_word(lemma) or len(lemma) < 4:
            continue
        if not get_default_spelling_rule().is_misspelled(lemma):
            return True
    return False


_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def _no_slip(word: str, own: float) -> bool:
    """No slip of a common word and no two words run together explain ``word``, met at frequency ``own``."""
    from app.core.grammar.spelling.suggest import edits, joined_forms, near_common_word, valid

    if near_common_word(word):
        return False
    if any(candidate != word and (" " in candidate or "-" in candidate) and valid(candidate)
           and all(frequency(part) > 0 and _common_noun_or_other(part) for part in re.split(r"[ -]", candidate))
           for candidate, _ in joined_forms(word)):
        return False  # «небыло», «чтото»: two words run together, each form of them listed as often (not
        # «за банен» in «забанен»: people do not write «банен»; nor «до машки» in «домашки»: a name in small
        # letters is no word)
    return not any(cost <= _SLIP_COST and frequency(candidate) - own >= _TEN_TIMES and is_word(candidate)
                   for candidate, cost in edits(word))


def _common_noun_or_other(word: str) -> bool:
    """The dictionary has ``word`` as something else than a proper name."""
    from app.core.grammar.rules._base import parses

    return any(p.is_known and not (_PROPER & p.tag.grammemes) for p in parses(word))


_DRAWN_OUT = re.compile(r"(.)\1{2,}")
_DOUBLED = re.compile(r"(.)\1+")


_SOUND = 3  # letters of an interjection that imitates a sound: «хм», «ах», «ммм»


def drawn_out_interjection(word: str) -> bool:
    """An interjection of a sound drawn out, as dialogue writes it: «хммм», «эээ», «ахх». A drawn-out word
    («спасибооо», «оооочень») is still reported."""
    from app.core.grammar.rules._base import parses

    shorter = {_DRAWN_OUT.sub(r"\1\1", word), _DRAWN_OUT.sub(r"\1", word), _DOUBLED.sub(r"\1", word)} - {word}
    return any(len(short) <= _SOUND and is_word(short) and parses(short)[0].tag.POS == "INTJ" for short in shorter)


_POETIC = re.compile(r"(.{3,})([ое])ю$")


def poetic_instrumental(word: str) -> bool:
    """The instrumental in «-ою»/«-ею» of a noun, an adjective or an adverb formed from one: «украдкою», «зимою»,
    «тёмною». The ordinary «-ой»/«-ей» form of it is a dictionary word."""
    from app.core.grammar.rules._base import parses

    poetic = _POETIC.match(word)
    if poetic is None:
        return False
    ordinary = f"{poetic.group(1)}{poetic.group(2)}й"
    return is_word(ordinary) and any(p.tag.case == "ablt" or p.tag.POS == "ADVB" for p in parses(ordinary))
