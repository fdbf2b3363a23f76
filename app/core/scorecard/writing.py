"""Judges of the writing itself: language (spelling, grammar, punctuation) and clear style."""

from __future__ import annotations

import re

from app.core.scorecard.card import ElementResult, Span
from app.core.scorecard.name_slips import misspelt_customer_name
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import analyse, dictionary_word, find_phrases, morph, quote
from app.core.phrase import joined, phrase

GRAMMAR_CATEGORIES = frozenset({"spelling", "grammar", "punctuation"})


def language(r: Reply) -> ElementResult:
    """The grammar checker's findings of the kinds above, except our ignored rules and «)))» (tone judges it)."""
    text = r.text
    if not r.tokens:
        return ElementResult("language", False, phrase('Нет текста, который можно проверить.'))
    if r.wrong_language:
        return ElementResult("language", False, phrase('Ответ написан не на языке клиента: клиент пишет по-русски.'),
                             [(0, len(text))])
    if r.grammar is None:
        return ElementResult("language", None, phrase('Грамотность не проверялась.'))
    try:
        findings = r.grammar(text, r.language)
    except Exception as exc:  # an engine failure must not take the scorecard down
        return ElementResult("language", None, phrase('Проверка грамотности не удалась: {exc}', exc=exc))
    emoji = r.emoji
    bad = [f for f in findings if (str(getattr(f.category, "value", f.category)) in GRAMMAR_CATEGORIES
                                   or _doubled_word(text, f))
           and getattr(f, "rule_id", "") not in r.lex.ignore_rules
           and not any(f.offset < e[0] + e[1] and e[0] < f.offset + f.length for e in emoji)
           and not _trade_word(r, f) and not _object_first(r, f) and not misspelt_customer_name(r, f)]
    bad = _one_per_slip(_without_slang(r, bad))
    if not bad:
        return ElementResult("language", True, phrase('Орфографических, грамматических и пунктуационных ошибок не найдено.'))
    spans = [(f.offset, f.length) for f in bad]
    first = bad[0]
    frag = text[first.offset:first.offset + first.length]
    return ElementResult("language", False, phrase('Ошибок: {count}. Например, «{frag}»: {message}', count=len(bad), frag=frag, message=first.message), spans)


def _without_slang(r: Reply, findings: list) -> list:
    """«щас», «плиз»: slang is a matter of tone (docs/scorecard_rubric.md, «Тон»), which already fails the reply
    for it — the same word is not a second, spelling, mistake."""
    slang = [s for _, s in find_phrases(r.tokens, r.lex.slang, gap=0)]
    return [f for f in findings if not any(s[0] <= f.offset and f.offset + f.length <= s[0] + s[1] for s in slang)]


# The longest span two checkers may both mark for one slip of a few words («в новый оплату»).
_SLIP_SPAN = 30


def _doubled_word(text: str, finding) -> bool:
    """«возврат в в разделе»: the checker files two prepositions in a row under style, but one word typed twice is a
    slip a corrector strikes out («с по» and other pairs stay style)."""
    words = text[finding.offset:finding.offset + finding.length].lower().split()
    return len(words) == 2 and words[0] == words[1]


def _punctuation(f) -> bool:
    return str(getattr(f.category, "value", f.category)) == "punctuation"


def _one_per_slip(findings: list) -> list:
    """Two checkers marking the same few words (our agreement rule and pylat-ru's) found one mistake, not two; so
    did two punctuation rules that end at one place («Чтобы выбрать этот способ отметьте»: one comma missing)."""
    kept: list = []
    for f in sorted(findings, key=lambda f: (f.offset, -f.length)):
        same = any(k.offset <= f.offset and f.offset + f.length <= k.offset + k.length and
                   (k.length <= _SLIP_SPAN or _punctuation(k) and _punctuation(f)
                    and k.offset + k.length == f.offset + f.length)
                   for k in kept)
        if not same:
            kept.append(f)
    return kept


def _trade_word(r: Reply, finding) -> bool:
    """A spelling finding on a word the dictionary knows (every part of «ПИН-код», «интернет-банком»), or
    on a word of the trade («перевыпуск», «биллинговый»): the speller's gap, not the operator's typo."""
    if "MORFOLOGIK" not in getattr(finding, "rule_id", "") and "SPELL" not in getattr(finding, "rule_id", ""):
        return False  # only the speller's dictionary has gaps; capitals and other rules stand
    word = r.text[finding.offset:finding.offset + finding.length].lower().replace("ё", "е")
    parts = [p for p in word.split("-") if p]
    if not parts or not all(re.fullmatch(r"[а-я]+", p) for p in parts):
        return False
    return all(analyse(p)[0] & r.lex.trade_words or dictionary_word(p) or _clipped_compound(p) for p in parts)


# First parts of compounds made from a clipped word: «мед(ицинская) справка» → «медсправка», «меж(ду) город» →
# «межгород», «тех(ническая) поддержка» → «техподдержка», «абон(ентская) плата» → «абонплата»; «кофе» + «машина» →
# «кофемашина». The speller's dictionary lists few such compounds, and of some only a few forms.
_CLIPPED = ("абон", "мед", "тех", "спец", "гос", "проф", "соц", "зам", "зав", "меж", "авиа", "авто", "фото", "видео", "аудио",
            "электро", "теле", "радио", "вело", "мото", "гидро", "эко", "мини", "микро", "супер", "юр", "физ", "хоз",
            "кофе")


# First parts from a numeral: «двух(факторная)», «трёх(месячный)», «одно(разовый)», «много(язычный)».
_NUMERAL_STEMS = ("двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти", "десяти", "одно",
                  "много", "мало", "полу")


def _clipped_compound(word: str) -> bool:
    """«медсправку», «межгород», «двухфакторной»: a clipped or numeral first part and a word the dictionary knows —
    a compound, not a typo."""
    return any(word.startswith(c) and len(word) - len(c) >= 4 and dictionary_word(word[len(c):])
               for c in _CLIPPED + _NUMERAL_STEMS)


def _object_first(r: Reply, finding) -> bool:
    """«Курс привязала к вашему аккаунту», «номер заблокировала»: the checker takes the thing put first for the
    subject, but a transitive past verb after an inanimate noun that can be its object is the operator speaking
    of themselves with «я» left out — the usual word order of a support reply, not a slip of agreement."""
    if getattr(finding, "rule_id", "") != "OURS_SUBJECT_VERB_AGREEMENT":
        return False
    idx = next((i for i, t in enumerate(r.tokens) if t.start <= finding.offset < t.end
                or finding.offset <= t.start < finding.offset + finding.length), None)
    if idx is None:
        return False
    verb = next((t for t in r.tokens[idx:idx + 3] if t.tag.startswith("VERB")), None)
    if verb is None or "past" not in verb.tag or "sing" not in verb.tag or not _transitive(verb.lower):
        return False
    before = r.tokens[max(0, idx - 3):r.tokens.index(verb)]
    return any(t.tag.startswith("NOUN") and "inan" in t.tag and _can_be_object(t.lower) for t in before)


def _transitive(word: str) -> bool:
    return any(p.tag.POS == "VERB" and p.tag.transitivity == "tran" for p in morph().parse(word))


def _can_be_object(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case == "accs" and p.tag.animacy == "inan" for p in morph().parse(word))


def _plain(r: Reply, span: Span) -> bool:
    """«Очень жаль», «очень сочувствую»: «очень» before a word of sympathy is how sympathy is said."""
    at = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if at is None or r.tokens[at].lower != "очень" or at + 1 >= len(r.tokens):
        return False
    return bool(r.tokens[at + 1].lemmas & r.lex.plain_before)


def style(r: Reply) -> ElementResult:
    """Bureaucratese, stock phrases, empty intensifiers and vague words: one is let through, two fail."""
    text, tokens, lex = r.text, r.tokens, r.lex
    # the rubric's three groups (docs/scorecard_rubric.md, «Инфостиль»); a vague time is the solution's matter
    groups = ((phrase("канцелярит"), lex.bureaucratese), (phrase("пустые шаблонные фразы"), lex.stock),
              (phrase("пустые усилители"), lex.intensifiers))
    # the longest sign first, whatever its group: «Ваше обращение очень важно для нас» is one stock phrase, not
    # bureaucratese and an intensifier besides; «Очень жаль», «очень сочувствую» are plain speech
    hits = sorted([(label, s) for label, phrases in groups for _, s in find_phrases(tokens, phrases, gap=0)
                   if not _plain(r, s)] + [(groups[0][0], s) for s in _on_basis(r) + _these_plural(r)],
                  key=lambda h: -h[1][1])
    covered: list[Span] = []
    by_label: dict[str, list[Span]] = {}
    for label, s in hits:
        if not any(s[0] < c[0] + c[1] and c[0] < s[0] + s[1] for c in covered):
            covered.append(s)
            by_label.setdefault(label, []).append(s)
    found = [(label, sorted(by_label[label])) for label, _ in groups if label in by_label]
    count = sum(len(s) for _, s in found)
    allowed = 1  # docs/scorecard_rubric.md, «Инфостиль»: two signs and more fail, whatever the length
    details = joined("; ", [phrase("{label}: {quoted}", label=label, quoted=quote(text, spans)) for label, spans in found])
    if count <= allowed:
        reason = phrase("Текст ясный.") if not count else phrase("Текст в целом ясный (замечание — {details}).",
                                                                details=details)
        return ElementResult("style", True, reason, sorted(covered))
    return ElementResult("style", False, phrase('Много слов-паразитов и штампов ({count}): {details}.', count=count, details=details), sorted(covered))


def _on_basis(r: Reply) -> list[Span]:
    """«на безвозмездной основе», «на платной основе», «на постоянной основе»: «на … основе» with an adjective is the
    officialese way to say «бесплатно», «за плату», «всегда» (rubric, «Инфостиль»); «на основе данных» is not it."""
    t = r.tokens
    return [(t[i].start, t[i + 2].end - t[i].start) for i in range(len(t) - 2)
            if t[i].lower == "на" and t[i + 1].tag.startswith("ADJF") and t[i + 2].lower == "основе"]


_THESE = frozenset({"данные", "данных", "данным", "данными"})


def _these_plural(r: Reply) -> list[Span]:
    """«Оригиналы данных документов», «по данным вопросам»: «данный» in the plural before a noun it agrees with is the
    officialese «этот», as its singular forms are; «данные карты», «ваших данных клиента» are data (a noun before
    a genitive, or after a word that agrees with it)."""
    t = r.tokens
    found = []
    for i in range(len(t) - 1):
        if t[i].lower not in _THESE or not t[i + 1].tag.startswith("NOUN"):
            continue
        if i and t[i - 1].tag.startswith(("ADJF", "PRTF", "NPRO")) and "plur" in t[i - 1].tag:
            continue  # «ваших данных», «персональных данных»: the noun «данные»
        noun = [p.tag for p in morph().parse(t[i + 1].lower) if p.tag.POS == "NOUN"]
        these = {p.tag.case for p in morph().parse(t[i].lower)
                 if p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "plur"}
        if t[i].lower == "данных":  # «данных документов», not «данных паспорта» (the passport's data)
            agrees = any(n.case in ("gent", "loct") and n.number == "plur" for n in noun)
        else:  # «данным вопросам», not «данные карты» (the card's data)
            agrees = bool(these & {n.case for n in noun if n.number == "plur"})
        if agrees and not any(n.case == "gent" and n.number == "sing" for n in noun) \
                and (t[i].lower == "данных" or not any(n.case == "gent" for n in noun)):
            found.append((t[i].start, t[i + 1].end - t[i].start))
    return found
