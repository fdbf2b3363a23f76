"""Looking a position up among a regex's spans by bisection answers as a scan of the text does."""

import re

from app.core.scorecard.text_spans import span_at
from app.core.scorecard.words import PART_RE, find_phrases, make_phrases, part_at, tokenize


def _scanned(pattern, text, pos):
    return next(((m.start(), m.end()) for m in pattern.finditer(text) if m.start() <= pos < m.end()), None)


def test_every_position_gets_the_span_a_scan_finds():
    clause = re.compile(r"(?:[^.!?…\n:;—–]|(?<=\d)[:.](?=\d))+")
    text = "Курьер приедет в 10:30 — позвоните ему заранее. Чек пришлём на почту;\nвопросы? Пишите!"
    for pattern in (clause, PART_RE):
        for pos in range(-1, len(text) + 2):
            assert span_at(pattern, text, pos) == _scanned(pattern, text, pos)
    assert span_at(clause, "", 0) is None
    assert part_at(text, 3) == (0, 19)


def test_phrases_are_found_as_before_whatever_the_first_word_looks_like():
    tokens = tokenize("Оплатите счёт, как было сказано: оплата прошла, было бы хорошо оплатить ещё раз")
    phrases = make_phrases(["оплатить", "оплат* прошла", "=было сказано", "=было бы", "счет как", "ещё раз"])
    found = [(p.source, span) for p, span in find_phrases(tokens, phrases, gap=1)]
    assert found == [("оплатить", (0, 8)), ("оплатить", (63, 8)), ("оплат* прошла", (33, 13)),
                     ("=было сказано", (19, 12)), ("=было бы", (48, 7)), ("счет как", (9, 9)), ("ещё раз", (72, 7))]
    assert find_phrases(list(tokens), phrases) == find_phrases(tokens, phrases)  # a copy of the list alike
