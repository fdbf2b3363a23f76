"""The tone judge: «вы», no rudeness, blame, lecturing, «the system cannot err», refusal without a way
forward, slang, shouting, emoji to an upset customer, «не знаю» with a redirect. Each named with its words."""

from __future__ import annotations

import re

from app.core.scorecard.between_parties import between_parties
from app.core.scorecard.card import ElementResult, Span
from app.core.scorecard.customer import UNHURT
from app.core.scorecard.denied_fault import denial_said_back
from app.core.scorecard.ease_by_others import ease_by_others
from app.core.scorecard.refusals import answer_handed_off, cleared_suspect, refused_outright, some_way
from app.core.scorecard.reply import Reply
from app.core.scorecard.tone_cues import (
    absolute_denial, all_is_written, colloquial_no, corrected_wording, could_have_done, counted_answers,
    counterfactual_you, dismissed_trouble, familiar_address, gossip_about, guessed_cause, lesson_for_next_time,
    maxim_before, others_content, told_before, warned_in_advance, wrong_detail, written_where_to_look,
)
from app.core.scorecard.staff_habits import staff_habits
from app.core.scorecard.tone_caps import compound_head, shouted
from app.core.scorecard.tone_excuses import lectured
from app.core.scorecard.thou_nouns import noun_not_imperative
from app.core.scorecard.staff_defended import staff_defended
from app.core.scorecard.staff_private import private_life
from app.core.scorecard.thou_verbs import thou_verbs
from app.core.scorecard.tone_senses import (
    deed_already, fetched, owned_duty, quoted, reassured, split_by_clause, weary_in_apology,
)
from app.core.scorecard.tone_playdown import (
    common_to_all, denied_as_told, denied_blame, groundless_complaint, hard_to_miss, mock_question, released_from_duty,
    retort, rhetorical_reproach, tautology,
)
from app.core.scorecard.tone_nothing_to_fear import nothing_to_fear
from app.core.scorecard.tone_all_was_right import all_was_right
from app.core.scorecard.works_fine import works_fine
from app.core.scorecard.words import Token, also_imperative, find_phrases, quote
from app.core.phrase import phrase, sentence

_SHOUT_RE = re.compile(r"!{2,}|\?{2,}|[!?]{3,}")
_CAPS_RE = re.compile(r"(?<![0-9A-Za-zА-Яа-яЁё])[A-ZА-ЯЁ]{2,}(?![0-9A-Za-zА-Яа-яЁё])")
_SUBORDINATORS = frozenset({"что", "чтобы", "если", "когда", "пока", "где", "куда", "хотя", "раз"})
_HOPE = frozenset({"надеяться", "верить"})  # «надеюсь, вы не пострадали» hopes, it blames no one
_TY_FORMS = frozenset({"ты", "тебя", "тебе", "тобой", "тобою", "твой", "твоя", "твое", "твоё", "твои", "твоего",
                       "твоей", "твоему", "твоим", "твоих", "твоими", "твою"})


def tone(r: Reply, *, has_step: bool) -> ElementResult:
    """Any fault fails the reply (tone is critical); ``has_step``: the solution passed."""
    text, tokens, lex = r.text, r.tokens, r.lex
    severe: list[str] = []
    mild: list[str] = []
    spans: list[Span] = []

    for label, phrases, gap in ((phrase("грубость"), lex.rude, 0), (phrase("клиента обвиняют"), lex.blaming, 1),
                                (phrase("поучение"), lex.condescension, 1),
                                (phrase("«у нас ошибки быть не может»"), lex.infallible, 1),
                                (phrase("отказ без выхода"), lex.refusal, 1), (phrase("сплетни"), lex.gossip, 1)):
        found = [s for p, s in find_phrases(tokens, phrases, gap=gap) if not _conjunction(r, p, s)
                 and not _feeling_understood(r, s) and _one_sentence(r, s)
                 and not (phrases is lex.blaming and (_done_to_you(r, p, s) or denied_blame(r, p, s)
                                                      or _left_to_you(r, p, s)))
                 and not (phrases is lex.refusal and ((has_step or some_way(r)) and _rule_stated(r, s) or cleared_suspect(r, s)))
                 and not (phrases is lex.rude and (released_from_duty(r, p, s) or fetched(r, s) or weary_in_apology(r, s)
                                                      or nothing_to_fear(r, s)))
                 and not (phrases is lex.blaming and (owned_duty(r, s) or split_by_clause(r, s)))
                 and not (phrases is lex.gossip and between_parties(r, s))
                 and not (phrases is lex.condescension and (_ease_before_steps(r, p, s) or _advice_to_calm(r, p, s)
                                                            or written_where_to_look(r, s) or deed_already(r, s)
                                                            or owned_duty(r, s)))]
        if phrases is lex.rude:  # and the retort «Конечно, читаем» to «Вы вообще читаете сообщения?»
            found += retort(r) + [s for s in mock_question(r) if s not in found]
        if phrases is lex.blaming:  # and «вы … не проверили», «судя по всему, вы нажали» whatever the words
            found += [s for s in _customer_at_fault(r) + guessed_cause(r) + counterfactual_you(r) + could_have_done(r)
                      if s not in found]
            found += [s for s in wrong_detail(r) if not any(f[0] <= s[0] < f[0] + f[1] for f in found)]
        if phrases is lex.infallible:  # and «ошибки там быть не может», «сбой исключён», «ошибок не бывает», «курьеры не опаздывают»
            upset = bool(set(r.customer.states) - UNHURT)
            found += [s for s in _cannot_err(r) + _staff_never(r) + absolute_denial(r) + dismissed_trouble(r) + works_fine(r)
                      + others_content(r, upset) + denied_as_told(r) + common_to_all(r, upset) + staff_defended(r)
                      + all_was_right(r, upset)
                      if not any(f[0] <= s[0] < f[0] + f[1] for f in found)]
        if phrases is lex.condescension:  # and «это стоило учитывать», «как вам уже сообщали», «на будущее советую»
            found += [s for s in [s for s in r.lectures if not owned_duty(r, s)] + told_before(r) + counted_answers(r) + lesson_for_next_time(r)
                      + [s for s in all_is_written(r) if not written_where_to_look(r, s)]
                      + familiar_address(r) + warned_in_advance(r, bool(set(r.customer.states) - UNHURT))
                      + maxim_before(r, bool(set(r.customer.states) - UNHURT))
                      + hard_to_miss(r) + rhetorical_reproach(r) + groundless_complaint(r) + tautology(r)
                      + corrected_wording(r) + ease_by_others(r) + lectured(r, bool(set(r.customer.states) - UNHURT))
                      if not any(f[0] <= s[0] < f[0] + f[1] for f in found)]
        if phrases is lex.gossip:  # and «вечно всем грубит», «на него уже не раз жаловались»
            found += [s for s in gossip_about(r) + private_life(r) if not any(f[0] <= s[0] < f[0] + f[1] for f in found)]
            found += [s for s in staff_habits(r) if not any(s[0] <= f[0] < s[0] + s[1] or f[0] <= s[0] < f[0] + f[1]
                                                            for f in found)]  # «Этот мастер вечно…» told once
        if found:
            severe.append(phrase("{label}: {quoted}", label=label, quoted=quote(text, found)))
            spans += found
    ty = [(t.start, t.end - t.start) for t in tokens if t.lower in _TY_FORMS] + r.imperatives[1] + thou_verbs(r)
    ty = [s for s in ty if not quoted(r, s) and not noun_not_imperative(r, s)]  # «акция «Приведи друга»», «пуши приходят»
    if ty:
        severe.append(phrase('обращение на «ты»: {quoted}', quoted=quote(text, ty)))
        spans += ty
    slang = [s for _, s in find_phrases(tokens, lex.slang, gap=0) if _filler(text, s) and not _unit(r, s)]
    slang += colloquial_no(r)
    if slang:
        mild.append(phrase('разговорные слова: {quoted}', quoted=quote(text, slang)))
        spans += slang
    caps = []
    # a code or a name the customer wrote in capitals («промокод WINTER») is quoted back, not shouted
    theirs = set(_CAPS_RE.findall("\n".join(r.customer_messages)))
    for m in _CAPS_RE.finditer(text):
        word = m.group()
        if word in lex.abbreviations or word in theirs or _named(r, m.start(), m.end()) \
                or _between_figures(r, m.start(), m.end()) or _code(r, m.start(), m.end()) \
                or _mask(r, m.start(), m.end()) or compound_head(text, m.start(), m.end()):
            continue
        if shouted(word):
            caps.append((m.start(), m.end() - m.start()))
    if caps:
        mild.append(phrase('слова прописными: {quoted}', quoted=quote(text, caps)))
        spans += caps
    shout = [(m.start(), m.end() - m.start()) for m in _SHOUT_RE.finditer(text)]
    if shout:
        mild.append(phrase('повторные знаки: {quoted}', quoted=quote(text, shout)))
        spans += shout
    emoji = r.emoji
    doubled = [e for e in emoji if re.fullmatch(r"\){2,}|\({2,}", text[e[0]:e[0] + e[1]])]
    if doubled and len(emoji) == 1:  # rubric: «))» and more fail whoever the customer is
        mild.append(phrase('повторные знаки: {quoted}', quoted=quote(text, doubled)))
        spans += doubled
    elif len(emoji) > 1:
        mild.append(phrase('эмодзи: {count} (допустимо не больше одного)', count=len(emoji)))
        spans += emoji
    elif emoji and set(r.customer.states) - UNHURT:  # a smile to a confused or worried customer is allowed
        mild.append(phrase('эмодзи в ответе на жалобу'))
        spans += emoji
    passed_on = (_passed_on(r) or refused_outright(r) or answer_handed_off(r)) if not has_step and not r.dont_know else []
    if passed_on:
        severe.append(phrase("{label}: {quoted}", label=phrase("отказ без выхода"), quoted=quote(text, passed_on)))
        spans += passed_on
    dk = r.dont_know
    if dk and not has_step and not _own_step(r, dk):
        redirect = [s for _, s in find_phrases(tokens, lex.redirect, gap=0)]
        sent = phrase(" и отсылка {quoted}", quoted=quote(text, redirect[:1])) if redirect else ""
        severe.append(phrase('{quoted}{sent} — без ответа и без своего следующего шага со сроком', quoted=quote(text, dk), sent=sent))
        spans += dk + redirect[:1]
    if severe or mild:
        return ElementResult("tone", False, sentence(severe + mild), sorted(spans),
                             critical_failure=bool(severe))
    return ElementResult("tone", True, phrase('Тон вежливый: на «вы», без грубости, упрёков и жаргона.'))


# Words that are slang only as a filler set off in the sentence («Короче, …», «это, типа, бесплатно»): «поездка
# короче 30 дней» compares, «аккаунт такого типа» names a kind.
_AMBIGUOUS_SLANG = frozenset({"короче", "типа"})


def _filler(text: str, span: Span) -> bool:
    if text[span[0]:span[0] + span[1]].lower() not in _AMBIGUOUS_SLANG:
        return True
    before = text[:span[0]].rstrip()
    after = text[span[0] + span[1]:].lstrip()
    return not before or before[-1] in ",.!?:;—(\n" or after[:1] in (",", "—")


# What a word in capitals may name: «по промокоду ВЕСНА», «тариф МАКСИ» — a code or a name, not a shout.
_NAMING = frozenset({"промокод", "код", "купон", "тариф", "артикул", "пакет", "опция", "кодовый", "слово", "команда",
                     "текст"})
# «Отправьте СТОП на номер 5051»: a word in capitals just before the number it is sent to is the text of an SMS.
_SENT_TO_NUMBER_RE = re.compile(r"\s+на\s+(?:короткий\s+)?(?:номер\s+)?\d")


def _named(r: Reply, start: int, end: int) -> bool:
    """A word in capitals set in quotation marks, right after a word that names a code, a tariff, a kind or a word to
    send («слово СТОП», «с текстом ДА»), or sent to a number."""
    if r.text[start - 1:start] in ("«", '"', "„", "'") and r.text[end:end + 1] in ("»", '"', "“", "'"):
        return True
    if _SENT_TO_NUMBER_RE.match(r.text, end):
        return True
    before = [t for t in r.tokens if t.end <= start][-1:]
    return bool(before) and bool(before[0].lemmas & _NAMING) and r.text[before[0].end:start].strip() == ""


_NUMBER_RE = re.compile(r"\d[\d\s]*$")


def _unit(r: Reply, span: Span) -> bool:
    """«100 МБ»: a unit in capitals after a figure, not the slang «мб» («может быть»)."""
    word = r.text[span[0]:span[0] + span[1]]
    return word.isupper() and bool(_NUMBER_RE.search(r.text[max(0, span[0] - 12):span[0]].rstrip()))


# «ДД.ММ.ГГГГ», «ЧЧ:ММ», «MM/YY»: short runs of capitals glued by a dot, colon, slash or hyphen spell a format to type
# in, not a shout.
_MASK_RE = re.compile(r"(?<![0-9A-Za-zА-Яа-яЁё])[A-ZА-ЯЁ]{1,4}(?:[./:-][A-ZА-ЯЁ]{1,4})+(?![0-9A-Za-zА-Яа-яЁё])")


def _mask(r: Reply, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in _MASK_RE.finditer(r.text))


def _code(r: Reply, start: int, end: int) -> bool:
    """«полис ИМ-2045», «рейс SU-1402», «2045-ИМ»: capitals joined to figures by a hyphen are a code, not shouting."""
    return bool(re.match(r"-\d", r.text[end:end + 2]) or re.search(r"\d-$", r.text[max(0, start - 2):start]))


def _between_figures(r: Reply, start: int, end: int) -> bool:
    """The letters of a car plate or a ticket between figures («07 АВ 123»): part of a code, not shouting."""
    return bool(re.search(r"\d\s?$", r.text[max(0, start - 3):start]) and re.match(r"\s?\d", r.text[end:end + 3]))


def _own_step(r: Reply, dont_know: list[Span]) -> bool:
    """«Точно не знаю, уточню у разработчиков и отвечу в течение часа»: beside the «не знаю» the operator names
    a step of their own (a verb in the first person future, not negated) with its term — the rubric lets that
    pass tone, whether or not the rest answers the question. «Заранее сказать не могу. Ответ придёт в СМС до
    пятницы»: in the sentence right after it, the company's next step with its term (any future verb) does too."""
    for n, (start, end) in enumerate(r.sentences):
        if not any(start <= s[0] < end for s in dont_know):
            continue
        for k, (a, b) in enumerate(r.sentences[n:n + 2]):
            words = r.tokens_in(a, b)
            own = [t for i, t in enumerate(words) if t.tag.startswith("VERB") and "futr" in t.tag
                   and ("1per" in t.tag or k) and not (i and words[i - 1].lower == "не")]
            if own and find_phrases(words, r.lex.time_frames, gap=0):
                return True
    return False


# Where the customer helps themselves: sending them there is a way, not passing them on.
_SELF_SERVICE = frozenset({"приложение", "кабинет", "раздел", "сайт", "ссылка", "настройка", "меню", "профиль",
                           "чат", "страница", "форма", "инструкция"})
_ELSEWHERE_VERBS = frozenset({"обратиться", "обращаться", "уточнить", "спросить", "узнать", "позвонить", "звонить",
                              "написать", "писать", "адресовать"})


def _passed_on(r: Reply) -> list[Span]:
    """«Расписание меняет авиакомпания, обращайтесь к ним», «по вопросам списаний обратитесь в ваш банк»,
    «уточните у них»: with no answer and no step of the operator's own, the customer is sent to another party —
    passed on, not helped (rubric, «Тон»: «отфутболивание»). Sending to the app or a page is a way, not this;
    so is a sentence in «если» (a fallback)."""
    found = []
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        if any(t.lower == "если" for t in words):
            continue
        for i, tok in enumerate(words):
            told = "impr" in tok.tag or (also_imperative(tok.lower) and not (i and words[i - 1].lower == "вы"))
            if not (told and tok.lemmas & _ELSEWHERE_VERBS):
                continue
            target = [t for t in words[i + 1:i + 5] if t.lower != "пожалуйста"][:3]
            if any(t.lemmas & _SELF_SERVICE for t in target):
                continue
            # «обращайтесь напрямую в отель», «пишите непосредственно продавцу»: «directly» is to a party other
            # than the company, whoever it is
            if len(target) >= 2 and target[0].lower in _DIRECTLY:
                found.append((tok.start, target[-1].end - tok.start))
                continue
            if len(target) < 2 or target[0].lower not in ("к", "у", "в", "во"):
                continue
            # to «them» (the party just named as the one in charge) or to «your» bank, employer, airline, or to a
            # party named by whose it is («в банк получателя», «в управляющую компанию вашего дома») — not
            # «обратитесь в банк» of the operator's own company, which is a vague way, a solution's failing
            owner = _owned_by_other(words[i + 2:i + 6])
            if ("NPRO" in target[1].tag and "3per" in target[1].tag) or "ваш" in target[1].lemmas or owner:
                found.append((tok.start, (owner or target[-1]).end - tok.start))
    return found + _disowned(r)


def _owned_by_other(after: list[Token]) -> Token | None:
    """«банк получателя», «управляющую компанию вашего дома»: the place sent to, followed by whose it is — a person in
    the genitive (the recipient, the seller) or «вашего …» — is another party's, not the company's own."""
    head = next((k for k, t in enumerate(after) if t.tag.startswith("NOUN")), len(after))  # «управляющую компанию»
    for k, tok in enumerate(after[head + 1:], head + 1):
        if not tok.tag.startswith(("NOUN", "ADJF")) or "gent" not in tok.tag:
            return None  # the genitive chain ends: «в банк, где …»
        if "ваш" in tok.lemmas and k + 1 < len(after):
            return after[k + 1]
        if tok.tag.startswith("NOUN") and "anim" in tok.tag and "Name" not in tok.tag:
            return tok
    return None


_DIRECTLY = frozenset({"напрямую", "непосредственно"})
# What a company calls itself to say the matter is someone else's: «мы только посредник», «мы лишь агрегатор».
_GO_BETWEENS = frozenset({"посредник", "агент", "агрегатор", "площадка", "витрина"})
_MERELY = frozenset({"только", "лишь", "просто", "всего"})


def _disowned(r: Reply) -> list[Span]:
    """«Мы только посредник», «мы всего лишь площадка»: the company names itself a mere go-between — with no answer
    and no step of its own, that is «это не к нам» in other words (rubric, «Тон»: «отфутболивание»)."""
    found = []
    for i, tok in enumerate(r.tokens):
        if tok.lower != "мы":
            continue
        near = r.tokens[i + 1:i + 5]
        at = next((j for j, t in enumerate(near) if t.lemmas & _GO_BETWEENS), None)
        if at is not None and any(t.lower in _MERELY for t in near[:at]):
            found.append((tok.start, near[at].end - tok.start))
    return found


# What a mistake is called: whose side it is put on decides between an apology and a reproach.
_FAULTS = frozenset({"ошибка", "вина", "оплошность", "недосмотр", "сбой", "неточность"})



def _fault_on_your_side(r: Reply) -> list[Span]:
    """«Так что ошибка при оформлении с вашей стороны»: a mistake put on the customer's side in a statement (not
    «если ошибка с вашей стороны…», not «ошибки с вашей стороны нет», «никакой ошибки с вашей стороны»)."""
    found = []
    for words in r.statement_clauses():
        lowered = [t.lower for t in words]
        fault = next((t for t in words if t.lemmas & _FAULTS), None)
        if fault is None or {"не", "нет", "ни", "если", "бы"} & set(lowered) or any("никакой" in t.lemmas for t in words):
            continue
        for i in range(len(words) - 2):
            if lowered[i] == "с" and "ваш" in words[i + 1].lemmas and "сторона" in words[i + 2].lemmas:
                start = min(fault.start, words[i].start)
                found.append((start, max(fault.end, words[i + 2].end) - start))
    return found


# A claim against the company denied as impossible casts it as unable to err: «претензий к магазину тут быть не может».
_CLAIMS = frozenset({"претензия", "нарекание"})
_NEVER = frozenset({"бывать", "случаться", "допускать", "возникать", "происходить"})
_IMPOSSIBLE = frozenset({"невозможна", "невозможен", "невозможны", "исключена", "исключен", "исключены"})


def _cannot_err(r: Reply) -> list[Span]:
    """«Ошибки там быть не может», «сбой невозможен»: a mistake denied as impossible, whatever the customer saw —
    the company cast as unable to err. «Такая ошибка больше не повторится» promises, it does not deny."""
    found = []
    for words in r.statement_clauses():
        fault = next((t for t in words if t.lemmas & (_FAULTS - {"вина"} | _CLAIMS)), None)
        if fault is None:
            continue
        lowered = [t.lower for t in words]
        if {"больше", "впредь", "снова", "повториться"} & set(lowered):
            continue  # «такого сбоя больше не может быть»: a promise about the future, after a fix
        # the impossibility is said of the mistake itself («ошибка невозможна», «ошибки быть не может») — not of
        # something done about it («невозможно исправить ошибку», «ошибка не может быть исправлена»)
        said_of_it = bool(set(lowered) & _IMPOSSIBLE)
        # «ошибок не допускает», «сбоев у системы не бывает»: a mistake denied as something that never happens —
        # not «обычно таких сбоев не бывает», which admits one is rare
        if not {"обычно", "правило", "редко", "раньше"} & set(lowered):
            said_of_it |= any(a == "не" and b.tag.startswith("VERB") and "pres" in b.tag and b.lemmas & _NEVER
                              for a, b in zip(lowered, words[1:]))
        for i, word in enumerate(lowered):
            if word == "быть" and not (i + 1 < len(words) and words[i + 1].tag.startswith(("PRTS", "ADJS", "INFN"))):
                said_of_it |= any(a == "не" and "мочь" in b.lemmas for a, b in zip(lowered, words[1:]))
        if said_of_it:
            found.append((words[0].start, words[-1].end - words[0].start))
    return found


# The company's people, whom a reply to a complaint may claim never do wrong.
_STAFF = frozenset({"сотрудник", "курьер", "преподаватель", "учитель", "оператор", "специалист", "мастер", "менеджер",
                    "наставник", "сборщик", "водитель", "инженер", "кассир", "продавец", "консультант", "врач",
                    "повар", "педагог", "тренер", "гид", "монтажник", "экспедитор", "кладовщик"})
_GENERAL = frozenset({"никогда", "просто", "зря", "причина"})  # «никогда не…», «…без причины», «…просто так»


def _staff_never(r: Reply) -> list[Span]:
    """«Курьеры не опаздывают без причины», «Наши преподаватели не кричат на детей»: to an upset customer, what
    the company's people do not do, said of them all (a plural subject and a negated present, with «никогда», «без
    причины» or the very verb the customer used) — the complaint denied, not looked into. «Наши курьеры не берут
    денег за подъём» tells a rule."""
    if not set(r.customer.states) - UNHURT:
        return []
    theirs = {x[:5] for t in r.customer_tokens for x in t.lemmas if len(x) > 4}
    found = []
    for words in r.statement_clauses():
        staff = next((i for i, t in enumerate(words)
                      if t.lemmas & _STAFF and "plur" in t.tag and "nomn" in t.tag), None)
        if staff is None:
            continue
        for i in range(staff + 1, min(staff + 4, len(words) - 1)):
            verb = words[i + 1]
            if words[i].lower != "не" or not verb.tag.startswith("VERB") or "pres" not in verb.tag:
                continue
            lemmas = {t for w in words for t in w.lemmas}
            if lemmas & _GENERAL or {x[:5] for x in verb.lemmas} & theirs:
                found.append((words[staff].start, verb.end - words[staff].start))
            break
    return found


def blame(r: Reply) -> list[Span]:
    """Where the reply casts the customer as the one at fault: the word list, «вы … не проверили», «судя по
    всему, вы нажали…», «вы указали неправильную почту»."""
    found = [s for p, s in find_phrases(r.tokens, r.lex.blaming, gap=1) if _one_sentence(r, s)
             and not _done_to_you(r, p, s) and not denied_blame(r, p, s) and not owned_duty(r, s)
             and not split_by_clause(r, s) and not _left_to_you(r, p, s)]  # «сделать это можете вы сами»
    found += [s for s in _customer_at_fault(r) + guessed_cause(r) + counterfactual_you(r) + could_have_done(r)
                      if s not in found]
    return found + [s for s in wrong_detail(r) if not any(f[0] <= s[0] < f[0] + f[1] for f in found)]


def _done_to_you(r: Reply, found_phrase, span: Span) -> bool:
    """«Вы допущены к экзамену», «вы записаны на приём»: a passive participle tells what was done to the customer,
    not what they did — the verb of «вы допустили ошибку» in it blames no one. A form the phrase names itself
    («а вы =уверены») is meant as written. So does «вас» or «вам» where the phrase has «вы»: «встречать вас должны
    были», «вам неправильно начислили» — the customer is the one acted on, someone else the subject."""
    exact = {w[1:] for w in found_phrase.words if w.startswith("=")}
    inside = r.tokens_in(span[0], span[0] + span[1])
    if "вы" in found_phrase.words and not any(t.lower == "вы" for t in inside) \
            and any(t.lower in _YOU_OBJECT for t in inside):
        return True
    return any("pssv" in t.tag and t.lower not in exact for t in inside)


_YOU_OBJECT = frozenset({"вас", "вам", "вами"})


# «Всё просто», «ничего сложного»: how easy a thing is — a verdict on the customer only when it stands alone.
_EASE_HEADS = frozenset({"всё", "все", "ничего", "нет"})
_EASE_WORDS = frozenset({"просто", "сложный"})


def _advice_to_calm(r: Reply, found_phrase, span: Span) -> bool:
    """«Ранний заезд нужно заказать заранее»: to a customer who only asks, what to do in advance is a rule of the
    service; told to one with a trouble («надо было заранее…», «нужно заранее планировать») it lectures — unless the
    advice carries the way itself, a menu path later in its sentence («его нужно заранее включить: «Проект» →
    «Доступно офлайн»»), and is not put in the past («было»). «…нужно заказать заранее: я могу добавить» still
    tells an upset customer what they should have done."""
    if "заранее" not in found_phrase.words:
        return False
    if not set(r.customer.states) - UNHURT:
        return True
    start, end = r.sentence_at(span[0])
    near = {t.lower for t in r.tokens_in(start, end)}
    return "было" not in near and "→" in r.text[span[0] + span[1]:end]


def _ease_before_steps(r: Reply, found_phrase, span: Span) -> bool:
    """«Дальше всё просто: подайте заявление…», «Ничего сложного делать не нужно: положите…»: «всё просто» that opens
    the steps (a colon follows) or is part of a longer clause reassures and shows the way; standing alone
    («Там всё просто.», «там нет ничего сложного») it tells the customer they should have managed. «Проще простого»
    talks down wherever it stands."""
    words = found_phrase.words
    if words[0] not in _EASE_HEADS or words[-1] not in _EASE_WORDS:
        return False
    after = r.text[span[0] + span[1]:].lstrip(" ")
    return after.startswith(":") or bool(re.match(r"[А-Яа-яЁё]", after))


def _one_sentence(r: Reply, span: Span) -> bool:
    """«Понимаю ваше волнение. Ошибка на нашей стороне»: a phrase's words are one thought only inside one
    sentence — «ваше … ошибка» across a full stop blames no one; nor across a colon, a semicolon or an arrow of
    a menu path («если номер ещё у вас: «Профиль» → «Телефон»» says nothing of the customer's phone)."""
    return not re.search(r"[.!?…]\s|[:;→]", r.text[span[0]:span[0] + span[1]])


def _rule_stated(r: Reply, span: Span) -> bool:
    """«Частичное снятие по вкладу не предусмотрено»: a rule put as a short passive participle tells how a product
    works, and so does «это правило для всех»; in a reply that gives the customer a way (the solution passed, or another
    thing to do: «Перенос не предусмотрен, но билет можно вернуть и купить новый») it refuses nobody."""
    words = r.tokens_in(span[0], span[0] + span[1])
    return any("PRTS" in t.tag for t in words) \
        or any("правило" in t.lemmas for t in words) and any("весь" in t.lemmas for t in words)


def _left_to_you(r: Reply, found_phrase, span: Span) -> bool:
    """«Лимиты трат вы задаёте сами», «время вы можете выбрать сами», «настроить сможете вы сами»: «вы … сами» with
    a verb in the present or the future tells what is left to the customer — only a past deed («вы сами отключили») or a verdict («вы сами
    виноваты», no verb at all) blames them."""
    if "=сами" not in found_phrase.words:
        return False
    inside = [i for i, t in enumerate(r.tokens) if span[0] <= t.start < span[0] + span[1]]
    if not inside:
        return False
    near = r.tokens[inside[0]:inside[-1] + 2]
    # «настроить его сможете вы сами»: the verb may stand right before «вы сами», nothing between them
    before = r.tokens[inside[0] - 1:inside[0]] if inside[0] else []
    before = [t for t in before if not r.text[t.end:span[0]].strip()]
    verbs = [t for t in before + near if t.tag.startswith("VERB")]
    return bool(verbs) and all("pres" in t.tag or "futr" in t.tag for t in verbs) \
        and not any(t.lower == "не" for t in near)


_APOLOGY = frozenset({"извинить", "простить", "извиняться", "сожалеть", "жаль"})


# The customer's weariness, which an operator may name in sympathy: «Понимаю, как надоели эти звонки».
_WEARY = frozenset({"надоесть", "достать", "задолбать", "бесить", "надоедать"})
_UNDERSTAND = frozenset({"понимать", "представлять", "понятно"})


def _feeling_understood(r: Reply, span: Span) -> bool:
    """«Понимаю, как надоело», «Понимаю, что звонки надоели»: the customer's weariness named after «понимаю» is
    sympathy, not rudeness («Вы нам надоели» is); «Простите, что надоели»: the operator's apology for being a bother
    (the weary word right after the apology's «что») owns it."""
    words = r.tokens_in(span[0], span[0] + span[1])
    if not words or not words[0].lemmas & _WEARY:
        return False
    start, _ = next(((a, b) for a, b in r.sentences if a <= span[0] < b), (0, len(r.text)))
    before = r.tokens_in(start, span[0])
    if before[-1:] and before[-1].lower == "что" and any(t.lemmas & _APOLOGY for t in before[:-1]):
        return True
    return any(t.lemmas & _UNDERSTAND for t in before)


def _conjunction(r: Reply, phrase, span: Span) -> bool:
    """«Понимаю, что вы хотите вернуть деньги»: after a verb «что» joins a clause — it is not the rude
    question «Что вы хотите?»."""
    if phrase.words[0] != "что":
        return False
    before = [t for t in r.tokens if t.end <= span[0]][-1:]
    return bool(before) and before[0].tag.startswith("VERB")


_BECAUSE = (("потому", "что"), ("так", "как"), ("поскольку",), ("того", "что"))


def _caused_by_you(r: Reply) -> list[Span]:
    """«Второй платёж прошёл, потому что вы дважды нажали кнопку»: to a customer who complains, their trouble
    explained by what they did («потому что / так как вы» and a past verb) — the customer cast as the cause."""
    if not {"complaint", "anger"} & set(r.customer.states):
        return []
    found = []
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        lowered = [t.lower for t in words]
        for i, word in enumerate(lowered):
            if word != "вы" or not any(tuple(lowered[max(0, i - len(b)):i]) == b for b in _BECAUSE):
                continue
            verb = next((t for t in words[i + 1:i + 3] if t.tag.startswith("VERB")), None)
            if verb is not None and "past" in verb.tag:
                found.append((words[i].start, verb.end - words[i].start))
    return found


def _customer_at_fault(r: Reply) -> list[Span]:
    """«Вы, видимо, не дочитали условия», «вы не указали номер»: «вы» as the one who failed to do something,
    stated (not asked, not in an «если» or «чтобы» clause, not a polite «вы не могли бы»); «ваша мама не
    смотрит уведомления» — someone of the customer's in that place; «Извините, но вы…» — an apology turned
    into a reproach."""
    found = _fault_on_your_side(r) + _caused_by_you(r)
    for start, end in r.sentences:
        sentence = r.text[start:end]
        if sentence.rstrip().endswith("?"):
            continue
        words = r.tokens_in(start, end)
        lowered = [t.lower for t in words]
        if words and words[0].lemmas & _APOLOGY and "но" in lowered[1:4] and "вы" in lowered:
            found.append((words[0].start, words[lowered.index("вы")].end - words[0].start))
            continue
        for i, tok in enumerate(words[:-2]):
            if "ваш" in tok.lemmas and "anim" in words[i + 1].tag and words[i + 1].tag.startswith("NOUN") \
                    and "nomn" in words[i + 1].tag:
                rest = words[i + 2:i + 5]
                if any(t.lower == "неправильно" or "ошибиться" in t.lemmas for t in rest) or any(
                        a.lower == "не" and b.tag.startswith("VERB") for a, b in zip(rest, rest[1:])):
                    found.append((tok.start, rest[-1].end - tok.start))
        if "если" in lowered or "бы" in lowered:
            continue
        for i, tok in enumerate(words):
            before = words[max(0, i - 2):i]
            if tok.lower != "вы" or any(t.lower in _SUBORDINATORS or "который" in t.lemmas or t.lemmas & _HOPE
                                         for t in before):
                continue  # «чтобы вы не потеряли доступ», «занятия, которые вы не прошли», «надеюсь, вы не
                # пострадали»: not a verdict
            for j in range(i + 1, min(i + 4, len(words) - 1)):
                if words[j].lower in ("ещё", "пока"):
                    break  # «вы ещё не получили» tells where things stand
                verb = words[j + 1]
                if words[j].lower == "не" and verb.tag.startswith("VERB") and "past" in verb.tag:
                    # «Вы ничего не сломали», «…, поэтому возврат полный»; «вы не подключали» to «я не подключала»
                    if not reassured(r, words, i, j + 1) and not denial_said_back(r, verb):
                        found.append((tok.start, verb.end - tok.start))
                    break
    return found
