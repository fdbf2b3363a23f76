"""Whether a noun's plural is in real use: «за отмены», «за задержки» (the cancellations, countable) against «за
понимания», «за терпения» (a noun of a state, with no plural in use but a form the dictionary lists).

governed_case reports a noun that fits its preposition only as a plural the dictionary's counts call rare; for a
noun whose plural people do write that reading is as likely as the rare counts of a tagged corpus allow, and the
writer may mean several. The plural is in use when its genitive («отмен») is listed at least once in ten million
words of wordfreq's counts and two more of its oblique plural forms («отменами», «отменах») are listed at
all; «пониманий» and «пониманиях» alone are not enough.
"""

from __future__ import annotations

from app.core.grammar.spelling.vocabulary import frequency

_GENITIVE_IN_USE = 2.0  # Zipf: once in ten million words
_LISTED = 1.0  # Zipf: once in a hundred million words
_OBLIQUE = ("datv", "ablt", "loct")
_SEEN: dict[tuple[str, str], bool] = {}


def plural_in_use(reading) -> bool:
    """``reading`` (a pymorphy3 parse of a noun) belongs to a lexeme whose plural people write."""
    if reading.tag.POS != "NOUN":
        return False
    key = (reading.normal_form, str(reading.tag.gender))
    if key not in _SEEN:
        plural = {f.tag.case: f.word.replace("ё", "е") for f in reading.lexeme if f.tag.number == "plur"}
        genitive = plural.get("gent")
        _SEEN[key] = genitive is not None and frequency(genitive) >= _GENITIVE_IN_USE and sum(
            frequency(plural[c]) >= _LISTED for c in _OBLIQUE if c in plural) >= 2
    return _SEEN[key]
