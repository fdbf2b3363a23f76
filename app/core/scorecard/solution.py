"""The solution judge: an answer to this customer's question, or a next step with a time frame.

A reply passes only if it is about what the customer asked: an advert, a template («запрос принят,
ожидайте») or «не знаю, спросите там-то» does not, whatever time phrase it holds. Relevance is the
overlap of the content words (normal forms) of the customer's messages and of the reply; what kind of answer each
question wants (a time, a price, the way, a reason) is read in :mod:`questions`. Nor is an answer a question back
(«Подскажите номер заказа?»), a pointer to where it is written, an offer put «кстати», or a time said as a guess
(«скорее всего, к обеду»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.alternative_picked import alternative_picked
from app.core.scorecard.answer_forms import (
    asked_again, asked_back, available_now, bare_can, bare_fallback, bare_place, deeds, deeds_beside,
    identifier_named, owner_named, pointers, request_processed, sent_to_look, spot_told,
    tried_already, under_way, values_named, vouched_yes, yes_said_back,
)
from app.core.scorecard.adverts import adverts as find_adverts, little_besides
from app.core.scorecard.card import ElementResult, Span
from app.core.scorecard.choice import choice_handed_back
from app.core.scorecard.contacts import number_unsaid
from app.core.scorecard.contradiction import contradiction
from app.core.scorecard.dial_codes import dialled_way
from app.core.scorecard.customer import UNHURT
from app.core.scorecard.done_deeds import bids_undone, passed_on_left, state_named_back, told_as_past
from app.core.scorecard.feedback_only import feedback_only
from app.core.scorecard.filed_nowhere import filed_nowhere
from app.core.scorecard.given_again import given_asked
from app.core.scorecard.first_tries import bare_first_try, routine_fix, taken_already
from app.core.scorecard.follow_up import promised_answer, slow_promises
from app.core.scorecard.in_time import booked_date, deadline_passed, in_time_told, in_time_unsaid, opening_hours, since_when
from app.core.scorecard.instances import other_instances
from app.core.scorecard.how_parts import how_unanswered
from app.core.scorecard.jargon_steps import jargon_aside, jargon_words
from app.core.scorecard.joined_bids import bid_left
from app.core.scorecard.kin_words import kin_taken_up
from app.core.scorecard.lexicon import Lexicon
from app.core.scorecard.limit_exceeded import limit_exceeded
from app.core.scorecard.moments import moments
from app.core.scorecard.money_instead import money_instead
from app.core.scorecard.needs_asked import needs_unnamed
from app.core.scorecard.path_ways import path_ways
from app.core.scorecard.past_deeds import (
    bygone_event, customers_own, doing_allowed, only_looked, operator_did, reported_stems, unsaid_subject,
)
from app.core.scorecard.modal_steps import empty_step, led_verb, modal_possible, modal_steps, record_to_read
from app.core.scorecard.questions import (
    PRICE_RE, asked_kinds, asks_how, content, echoed_answer, named_answer, questions, said_words, spans_named,
    unanswered,
)
from app.core.scorecard.reasons import (
    charge_explained, figure_explained, gives_reason, reason_given, stated_facts, statement, undecided, under_way_cause,
    why_questions, why_verbs,
)
from app.core.scorecard.relevance import (
    ELSEWHERE, asks_really, declined, indirect_questions, mine_to_do, on_topic, other_way,
    said_yes_or_no, unaddressed, untouched_wh, where_asked,
)
from app.core.scorecard.refusals import refused_outright
from app.core.scorecard.rule_for_deed import rule_only
from app.core.scorecard.promises import promised_outcomes
from app.core.scorecard.negated_bids import negated_bid
from app.core.scorecard.sent_already import attached_asked
from app.core.scorecard.term_passed import term_passed
from app.core.scorecard.lapsed_date_again import lapsed_date_again
from app.core.scorecard.silent_party import sent_to_silent
from app.core.scorecard.tickets import numbered, stock_ticket
from app.core.scorecard.told_later import day_told_later
from app.core.scorecard.unnamed_place import carried_nowhere
from app.core.scorecard.old_value import old_set
from app.core.scorecard.other_device import other_device
from app.core.scorecard.other_number import other_numbered
from app.core.scorecard.out_of_reach import out_of_reach
from app.core.scorecard.tried_other import other_tried
from app.core.scorecard.withdrawn import done_anyway
from app.core.scorecard.tried_named import named_tried
from app.core.scorecard.tries_told import retried, told_tried
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import (
    CLAUSE_RE as _CLAUSE_RE, WHERE_RE as _WHERE_RE, another_doing, asks_back, data_asked, deed_on_data, look_again,
    on_your_own, present_steps, told_of_others, try_later, vague_redirect,
)
from app.core.scorecard.validity_verbs import beyond_validity
from app.core.scorecard.words import Token, find_phrases, is_number, quote, tokenize
from app.core.scorecard.yes_no import YES_NO, habit_after_yes, predicate_answered, yes_no_answer
from app.core.scorecard.yes_no_way import yes_without_way
from app.core.phrase import phrase

_TIME_RE = re.compile(r"(?<!\d\.)\b\d{1,2}[:.]\d{2}\b(?!\.\d)|(?<!\d\.)\b\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\b(?!\.\d)"
                      r"|\b\d{1,2}-(?:го|е|ое)\s+числа\b|(?i:\b(?:до|к|с|по)\s+\d{1,2}-(?:го|е|ое)\b)")  # «до 25-го»; not a piece of «192.168.0.1»
def solution(r: Reply) -> ElementResult:
    text, tokens, lex = r.text, r.tokens, r.lex
    if not r.customer.asks or feedback_only(r):  # «Ничего не прошу, просто чтобы вы знали …»
        return ElementResult("solution", None, phrase('Клиент ни о чём не спрашивает и ничего не просит: решение не требуется.'))
    # a time said with «скорее всего», «постараемся», «думаю» is a guess, not a promise
    hedges = [h for _, h in find_phrases(tokens, lex.hedges, gap=0) if not modal_possible(tokens, h)]
    hedged = [(m.start(), m.end()) for m in _CLAUSE_RE.finditer(text) if any(m.start() <= h[0] < m.end() for h in hedges)]
    frames = [f for f in _time_frames(tokens, text, lex) if not any(c[0] <= f[0] < c[1] for c in hedged)
              and not under_way(r, f) and not opening_hours(r, f)
              and not since_when(r, f) and not booked_date(r, f)]
    timed = _timed_events(r, frames)
    templates = [s for _, s in find_phrases(tokens, lex.templates, gap=1)] + request_processed(r)
    # «передали специалистам, они ответят сегодня до 18:00»: a hand-off with its deadline is a next step, without
    # one it is a template
    templates += [h for _, h in find_phrases(tokens, lex.hand_offs, gap=1)
                  if not any(s <= h[0] < e and any(s <= t[0] < e for t in timed) for s, e in r.sentences)]
    adverts = find_adverts(r)  # an offer that sells what the customer never asked about
    # what an advert or a vague promise says is no answer: its sentences are set aside
    vague = [s for _, s in find_phrases(tokens, lex.vague + lex.look_elsewhere, gap=0)] + pointers(r)
    aside = [se for se in r.sentences if any(se[0] <= a[0] < se[1] for a in adverts + vague)]
    promised = promised_outcomes(r)  # «визу точно выдадут до 18-го, обещаю»: no answer, however timed
    aside += promised
    aside += [se for se in other_instances(r) if se not in aside]  # «Следующий вебинар…» to «вчерашний не записался?»
    aside += [se for se in other_device(r) if se not in aside]  # Android steps to «у меня айфон»
    jargon = jargon_aside(r)  # «сделайте ресет по OTP» to «я в этом не разбираюсь»
    aside += [se for se in jargon if se not in aside]
    # a reason told with a reproach is still the reason: «вы внесли платёж 27-го» answers «почему штраф?»
    told = list(aside)
    stock = templates + [s for _, s in find_phrases(tokens, lex.stock, gap=1)]  # «за доставленные неудобства»
    actions = [s for _, s in find_phrases(tokens, lex.actions)
               if not _inside(s, stock) and not customers_own(tokens, s)]
    actions += [s for s in timed if s not in actions and not _inside(s, templates)]
    # «Перезагрузи роутер» is a step too: the «ты» is the tone's business
    steps = [s for s in r.imperatives[0] + r.imperatives[1] if not asks_back(r, s)]
    steps += [s for _, s in find_phrases(tokens, lex.steps) if not told_of_others(r, s)
              and not empty_step(tokens, next(i for i, t in enumerate(tokens) if t.start == s[0]))]
    steps += modal_steps(r) + present_steps(r) + dialled_way(r)  # «Как проверить баланс?» — «*100#»
    answers = [s for _, s in find_phrases(tokens, lex.answers) if not vague_redirect(r, s) and not asked_back(r, s)
               and not filed_nowhere(r, led_verb(r, s))]  # «для этого нужно написать заявление»: where?
    answers += [(m.start(), m.end() - m.start()) for m in _WHERE_RE.finditer(text)]
    # «Статус можно посмотреть в разделе «Мои заказы»» to «какой статус?»: the place named to look in is no answer
    looked = [se for se in r.sentences if any(sent_to_look(r, (t.start, t.end - t.start))
                                              for t in tokens if se[0] <= t.start < se[1])]
    answers = [a for a in answers if not any(s <= a[0] < e for s, e in looked)]
    if "срок" in asked_kinds(r):  # «какой срок гарантии?» — «год»: a span named without a figure
        answers += spans_named(r)
    theirs = {t.lower for t in r.customer_tokens}
    # a figure the customer did not write — not an identifier («заказ 90127», «операция SBP-77120»), which
    # answers nothing by itself
    # nor is a code to dial («*100#»), which only tells where to look
    facts_in_reply = [(m.start(), m.end() - m.start()) for m in re.finditer(r"(?<![*#\dA-Za-z])\d+(?![\d*#])", text)
                      if not any(t.start <= m.start() < t.end and t.lower in theirs for t in tokens)
                      and not (len(m.group()) >= 5 and not PRICE_RE.match(text.replace("\u00a0", " "), m.end() + 1)
                               and not PRICE_RE.match(text, m.end())) and not numbered(text, m.start())
                      and not booked_date(r, (m.start(), m.end() - m.start()))]  # «бронирование на 12 декабря»
    facts_in_reply += [(t.start, t.end - t.start) for t in tokens  # «триста рублей», «бесплатно»
                       if (t.tag.startswith("NUMR") and t.lower not in theirs and not t.lemmas & {"оба", "обе"})
                       or t.lower.startswith("бесплатн")]  # «оба направления» counts nothing the customer lacks
    # Blame and «we cannot err» are no answer: their sentences are set aside too; a lecture («это
    # элементарно:») is no step, but the step after its colon still is.
    lectured = [s for _, s in find_phrases(tokens, lex.blaming + lex.infallible, gap=1)]
    aside += [se for se in r.sentences if any(se[0] <= a[0] < se[1] for a in lectured) and se not in aside]
    # «Уточните номер заказа» to a customer who gave it: no step, and what is promised after it waits on nothing
    again = asked_again(r) + attached_asked(r)  # «Скрин во вложении» — «Пришлите скриншот»
    # «Новый адрес: Казань, …» — «Уточните новый адрес»: a detail given, asked again, whatever else is said
    regiven = given_asked(r)
    again += [a for a in regiven if a not in again]
    aside += [se for se in r.sentences if any(se[0] <= a[0] < se[1] for a in again) and se not in aside]
    # «осуществить соответствующее действие» says nothing: its sentence is no answer either
    aside += [se for se in r.sentences if se not in aside
              and any(empty_step(tokens, i) for i, t in enumerate(tokens) if se[0] <= t.start < se[1])]
    lecture = [s for _, s in find_phrases(tokens, lex.condescension, gap=1)] + r.lectures
    lecture_clauses = [(m.start(), m.end()) for m in _CLAUSE_RE.finditer(text)
                       if any(m.start() <= a[0] < m.end() for a in lecture)]
    actions = [s for s in actions if not any(c[0] <= s[0] < c[1] for c in lecture_clauses)]
    steps = [s for s in steps if not any(c[0] <= s[0] < c[1] for c in lecture_clauses)
             and not vague_redirect(r, led_verb(r, s))  # «необходимо обратиться в отделение» as «обратитесь в …»
             and not on_your_own(r, s) and not look_again(r, s) and not bare_fallback(r, s)
             and not sent_to_look(r, s) and not try_later(r, s) and not data_asked(r, s)
             and not negated_bid(r, s)  # «не обращайте внимания» bids nothing
             and not filed_nowhere(r, led_verb(r, s))  # «Напишите заявление» with nowhere named
             and not carried_nowhere(r, led_verb(r, s))]  # «Привезите роутер в офис»: which one?
    steps += [w for w in path_ways(r) if w not in steps]  # «надо закрыть карту» — «Карты» → «Закрыть карту»
    # «Детализацию можно заказать…» to «что за списания?», «Звоните в страховую» to «куда звонить?»
    looked_up = [s for s in steps if record_to_read(r, s) or number_unsaid(r, s)]
    steps = [s for s in steps if s not in looked_up]
    # «Оформить возврат можно в личном кабинете» to «как?»: a place and no way through it, when nothing else is told
    if steps and all(bare_place(r, s) for s in steps) and not _WHERE_RE.search(text):
        steps = []
    steps = [s for s in steps if not tried_already(r, s)]  # «перезагрузите роутер» to one who did it three times
    # «Позвоните нам» to «я не слышу»; «Приложите карту» to «её украли» — a bidding set aside as a data ask too
    unreachable = out_of_reach(r, steps + [s for s in r.imperatives[0] + r.imperatives[1] if s not in steps])
    steps = [s for s in steps if s not in unreachable]
    if unreachable and not steps and not (actions and frames) and not answers:
        return ElementResult("solution", False, phrase(
            'Клиент пишет, что не может этого сделать, а ответ предлагает именно это ({quoted}): для него это не путь.',
            quoted=quote(text, unreachable[:1])), unreachable[:1])
    taken = [s for s in steps if taken_already(r, s)]  # «перезаходила, не помогло» — «выйдите и зайдите снова»
    # «браузер меняла», «пробовала в хроме и в сафари» — «другой браузер»; «кэш чистила, в Edge то же самое» —
    # «Очистите кэш»; «попробуйте ещё раз»
    taken += [s for s in steps if s not in taken
              and (other_tried(r, s) or named_tried(r, s) or told_tried(r, s) or retried(r, s))]
    steps = [s for s in steps if s not in taken]
    asked_verbs = why_verbs(r)  # «Рейс отменили 5 мая» to «почему отменили?» repeats what happened, says no why
    told_facts = [(s, e - s) for s, e in r.sentences if not any(a[0] <= s < a[1] for a in told)
                  and any(s <= f[0] < e for f in facts_in_reply)
                  and statement([t for t in tokens if s <= t.start < e])
                  and not any(t.lemmas & asked_verbs for t in tokens if s <= t.start < e)]
    actions, frames, steps, answers, facts_in_reply = (
        [s for s in group if not any(a[0] <= s[0] < a[1] for a in aside)]
        for group in (actions, frames, steps, answers, facts_in_reply))
    if jargon and not (actions or steps or answers or facts_in_reply or frames):
        return ElementResult("solution", False, phrase(
            'Клиент показывает, что в этом не разбирается, а путь назван словами, которых он может не знать ({quoted}): '
            'ему придётся переспрашивать.', quoted=quote(text, jargon_words(r, jargon)[:3])), jargon_words(r, jargon)[:3])
    if regiven or again and not (actions or steps or answers or facts_in_reply):
        return ElementResult("solution", False, phrase(
            'Клиент уже написал, о чём его просят ({quoted}): повторная просьба — не следующий шаг.',
            quoted=quote(text, (regiven or again)[:1])), (regiven or again)[:1])
    dont_know = r.dont_know
    if dont_know and not (actions and frames):
        return ElementResult("solution", False, phrase('{quoted} и отсылка в другое место — не решение: ответьте сами или назовите свой шаг и срок.', quoted=quote(text, dont_know)), dont_know[:1])
    clash = contradiction(r, aside)
    if clash:
        return ElementResult("solution", False, phrase('Ответ противоречит сам себе: {quoted} — клиент не поймёт, что верно.', quoted=quote(text, clash)), clash)
    reverted = old_set(r)  # «с 14-го на 21-е» — «Перенесли на 14-е»
    if reverted:
        return ElementResult("solution", False, phrase(
            'Клиент просит уйти от прежнего значения, а ответ ставит именно его ({quoted}): это не то, о чём просили.',
            quoted=quote(text, reverted[:1])), reverted[:1])
    refusal = [s for _, s in find_phrases(tokens, lex.refusal, gap=1)]
    bare = refusal if refusal and not steps and not (beyond_validity(r, actions) and frames) else refused_outright(r)
    if bare:  # «Нет, нельзя, ручная кладь — до 10 кг»: a reason is no way forward
        return ElementResult("solution", False, phrase('Отказ без другого пути: {quoted}.', quoted=quote(text, bare)),
                             bare[:1])
    shared, asked = _overlap(r)
    if asked and not shared and (adverts or templates or stock_ticket(r, frames)):  # «ответ — в течение 72 часов»
        what = phrase(" (реклама: {quoted})", quoted=quote(text, adverts[:2])) if adverts else ""
        return ElementResult("solution", False, phrase('Ответ не о том, о чём спросил клиент{what}: ни одно слово вопроса ({items}) в ответе не встречается.', what=what, items=', '.join(sorted(asked)[:3])),
                             adverts[:2])
    if adverts and (not (actions or steps or answers or facts_in_reply) or little_besides(r, aside)):
        return ElementResult("solution", False, phrase('Вместо ответа — реклама: {quoted}; срок в рекламе не делает её решением.', quoted=quote(text, adverts[:2])), adverts[:2])
    if templates and not actions and not steps:
        return ElementResult("solution", False, phrase('Шаблон вместо ответа: {quoted}.', quoted=quote(text, templates[:2])), templates[:2])
    handed = choice_handed_back(r)  # «Оба курса хороши, выбирайте то, что по душе» to «какой выбрать?»
    if handed:
        return ElementResult("solution", False, phrase('Клиент просит помочь с выбором, а ответ возвращает выбор ему ({quoted}): ни один вариант не назван подходящим для него.', quoted=quote(text, handed[:1])), handed[:1])
    # «Подскажите, на какой адрес оформлен заказ?» asks; it reports nothing done
    asking = [(s, e) for s, e in r.sentences if text[s:e].rstrip().endswith("?")]
    done = [a for a in actions if operator_did(r, a)]
    done += [d for d in deeds(r, aside) + deeds_beside(r, promised) if d not in done]
    done += [d for d in unsaid_subject(r, aside) if d not in done]  # «Подобрала другого преподавателя»
    done = [a for a in done if not any(s <= a[0] < e for s, e in asking) and not doing_allowed(r, a)]
    undone_words, against = done_anyway(r)  # «…хотя стоп, не отменяйте» — «Заказ отменён»
    if against:
        return ElementResult("solution", False, phrase(
            'Клиент передумал («{words}»), а ответ делает то, от чего он отказался: {quoted}.', words=undone_words,
            quoted=quote(text, against[:1])), against[:1])
    # «продавец молчит» — «напишите ему»: the only way is the one the customer says led nowhere — not beside an
    # answer of its own («Получатель — Сергей П. … обратитесь к нему»)
    silent = sent_to_silent(r) if not done and not (actions and frames) and not steps and not facts_in_reply else []
    if silent and not any(named_answer(r, q) for q in questions(r) + indirect_questions(r)):
        return _taken_result(text, silent)
    elsewhere = other_numbered(r, done)  # «отмените заказ 55123» — «Заказ 55124 отменила»
    if elsewhere:
        return ElementResult("solution", False, phrase(
            'Сделано не с тем, о чём писал клиент: в ответе другой номер ({quoted}), а его собственного нет.',
            quoted=quote(text, elsewhere[:1])), elsewhere[:1])
    # «Открыла вам доступ только что» answers «когда откроете?»: what is done needs no time
    refused_with_way = declined(r) and (steps or frames or other_way(r, aside))  # «он может сам посмотреть…»
    missing = unanswered(r, frames + done + moments(r), facts_in_reply) if not refused_with_way else ""
    missing = "" if missing and promised_answer(r, aside, frames, missing) else missing  # «пришлю цены до 19:00»
    # «как подключить маму?» beside another question: its words said back with no way told answer half
    how = [] if refused_with_way else how_unanswered(r, bool(steps or done or _WHERE_RE.search(text)))
    missing = " и ".join([missing] * bool(missing) + [f"«{p}»" for p in how if p not in missing])
    if missing and not templates and not adverts and not (actions or steps or answers or facts_in_reply):
        return ElementResult("solution", False, phrase('Клиент спросил {missing}, а ответа на это нет.', missing=missing))
    if missing and not templates and not adverts:
        return ElementResult("solution", False, phrase('Клиент спросил {missing}, а в ответе этого нет: ответ на половину вопроса.', missing=missing))
    left = bid_left(r) if not templates and not adverts else ""  # «Добавьте пользователей и пришлите счёт»
    if left:
        return ElementResult("solution", False, phrase(
            'Клиент просит «{bidden}», а ответ об этом молчит: из двух просьб он касается только одной.', bidden=left))
    late = in_time_unsaid(r)  # «Успеете к пятнице?» — «Доставка занимает 7–10 дней»: the customer left to reckon
    if late:
        return ElementResult("solution", False, phrase(
            'Клиент спросил, успеете ли к его сроку («{question}»), а ответ называет только свой срок: ни «да», ни «нет».',
            question=late))
    passed = deadline_passed(r) if not done else None  # «Занятие через час!» — «доступ откроется за 2 дня»
    if passed:
        return ElementResult("solution", False, phrase(
            'Клиенту это нужно скоро («{deadline}»), а ответ называет только более поздний срок ({quoted}) и не говорит, '
            'как быть до него.', deadline=passed[0], quoted=quote(text, [passed[1]])), [passed[1]])
    gone = term_passed(r)  # «купила 20 дней назад» — «вернуть можно в течение 14 дней, оформите…»
    if gone:
        return ElementResult("solution", False, phrase(
            'Клиент пишет «{ago}», а ответ называет срок короче ({quoted}) и не говорит, как быть этому клиенту: '
            'ответ ему не подходит.', ago=gone[0], quoted=quote(text, [gone[1]])), [gone[1]])
    over = limit_exceeded(r)  # «кошка 6 кг» — «в салоне до 5 кг, оформите услугу»
    if over:
        return ElementResult("solution", False, phrase(
            'Клиент пишет «{said}», а ответ называет предел меньше ({quoted}) и не говорит, как быть этому клиенту: '
            'ответ ему не подходит.', said=over[0], quoted=quote(text, [over[1]])), [over[1]])
    again = lapsed_date_again(r)  # «обещали до 5 декабря, сегодня 7-е» — «срок рассмотрения — до 5 декабря»
    if again:
        return ElementResult("solution", False, phrase(
            'Клиент пишет, что срок «{date}» уже прошёл, а ответ называет его снова: нового срока нет.', date=again[0]),
            [again[1]])
    charge = charge_explained(r, aside)
    if charge:
        return ElementResult("solution", True, phrase(
            'Клиент не понял, за что с него взяли деньги, и ответ объясняет: {quoted}.', quoted=quote(text, charge)),
            charge)
    shown = [s for s in r.imperatives[0] + r.imperatives[1] + present_steps(r)
             if not any(a[0] <= s[0] < a[1] for a in aside)]
    # a promise is about the question, though it answers nothing: what else is said decides
    heard = [a for a in aside if a not in promised]
    off = unaddressed(r, heard, done, bool(shown), bool(mine_to_do(r, aside))) \
        if not (refusal and (steps or frames)) else []
    # «Баллы не сгорят?» — «Баллы сохраняются»: its predicate said back in other words answers the question
    said_back = predicate_answered(r, aside)
    set_timed = _set_to_happen(r, frames, aside)  # «Можно исправить?» — «мастер заменит оборудование в четверг»
    off = [q for q in off if not any(q == chunk.rstrip("?!. ").strip() for chunk, _ in said_back)
           and not in_time_told(r, q) and not (set_timed and _asks_can(q))]  # «успею?» — «50 минут … хватает»
    if off and asks_how(r) and not (steps or done or answers):
        return ElementResult("solution", False, phrase(
            'Клиент спросил, как это сделать, а ответ не называет ни шагов, ни места, где это делается.'))
    if off:
        return ElementResult("solution", False, phrase(
            'Клиент спросил «{question}», а ответ об этом ничего не говорит: ни «да», ни «нет», ни того, о чём вопрос.', question=off[0]))
    # «Где поменять реквизиты?» — a reply about the tariff; steps (even ones set aside) or a path are judged as such
    told_how = bool(r.imperatives[0] + r.imperatives[1] + shown) or bool(_WHERE_RE.search(text))
    other = untouched_wh(r, heard, told_how)
    if other:
        return ElementResult("solution", False, phrase(
            'Клиент спросил «{question}», а ответ ни одним словом этого вопроса не касается: он о другом.',
            question=other[0]))
    why = why_questions(r)
    # «Точно не знаю, уточню у разработчиков и отвечу в течение часа»: the operator's own step with its time in the
    # same sentence is the rubric's next step, to a «почему?» as to any question
    own_timed = [m for m in mine_to_do(r, aside) if any(s <= m[0] < e and any(s <= f[0] < e for f in frames)
                                                         for s, e in r.sentences)]
    own_timed += set_timed  # «Почему банкомат съел карту?» — «Карту заберёте в отделении через 3 рабочих дня»
    if why and not done and not own_timed and not reason_given(r, told, said_words(r, told)):
        return ElementResult("solution", False, phrase('Клиент спросил «{question}», а ответ не называет причину и не говорит о том, о чём вопрос.', question=why[0]))
    slow = [s for s in slow_promises(tokens, aside, r.sentences) if not deed_on_data(r, s)]  # «…CVC — я проведу оплату»
    if slow and not frames and (not done or only_looked(r, done)) \
            and (asks_how(r) or not (yes_no_answer(r, aside) or said_back)):  # «Проверила: … Разберёмся и вернёмся»
        return ElementResult("solution", False, phrase('Следующий шаг за компанией ({quoted}), но не сказано, когда: без срока клиент не знает, чего ждать.', quoted=quote(text, slow[:2])), slow[:2])
    slow = passed_on_left(r, done, slow, aside) if not frames else []  # one bid done, the other «рассмотрят»
    if slow:
        return ElementResult("solution", False, phrase('Следующий шаг за компанией ({quoted}), но не сказано, когда: без срока клиент не знает, чего ждать.', quoted=quote(text, slow[:2])), slow[:2])
    # «Заказ отменён. Деньги вернём вдвойне, обещаю!» to «Отмените… Деньги вернутся?»: the deed settles the request, and
    # the other question has only a promise, which answers nothing
    left = unaddressed(r, aside, done, bool(shown), bool(mine_to_do(r, aside))) if done and promised else []
    if left:
        return ElementResult("solution", False, phrase(
            'Клиент спросил «{question}», а ответ об этом ничего не говорит: ни «да», ни «нет», ни того, о чём вопрос.', question=left[0]))
    # «Отключите подписку и верните деньги» — «Подписка отключена»: a participle tells one bidden doing done, and the
    # other bidden one is never spoken of
    undone = bids_undone(r, done)
    if undone:
        return ElementResult("solution", False, phrase(
            'Клиент просит «{bidden}», а ответ об этом молчит и предлагает другое: {quoted}.', bidden=undone[0].text,
            quoted=quote(text, done[:2])), done[:2])
    need, money = money_instead(r, done + actions + steps + frames + answers)  # «поезд отменили, помогите» — «деньги вернутся»
    if need:
        return ElementResult("solution", False, phrase(
            'Клиент спрашивает, как быть после отмены («{asked}»), а ответ только о деньгах ({quoted}): как ему теперь '
            'добраться или получить то, что отменили, не сказано.', asked=need, quoted=quote(text, money[:2])), money[:2])
    later = day_told_later(r, frames)  # «Обучение перенесено. Новая дата будет сообщена дополнительно»
    if later:
        return ElementResult("solution", False, phrase('Следующий шаг за компанией ({quoted}), но не сказано, когда: без срока клиент не знает, чего ждать.', quoted=quote(text, later[:2])), later[:2])
    if done:
        return ElementResult("solution", True, phrase('Оператор сделал, что нужно: {quoted}.', quoted=quote(text, done[:2])), done[:2])
    # «Регистрацию закрыли за 40 минут до вылета»: what happened, with its time, is no step to come
    if actions and frames and not all(bygone_event(r, a) for a in actions):
        return ElementResult("solution", True, phrase('Есть конкретный шаг и срок: {quoted}.', quoted=quote(text, actions[:1] + frames[:1])),
                             actions[:2] + frames[:2])
    hurt = bool({"anger", "urgency", "repeat"} & set(r.customer.states))
    lasting = routine_fix(r, steps, hurt) if not (actions and frames) and not mine_to_do(r, aside) else ""
    if lasting:
        return ElementResult("solution", False, phrase('Клиент пишет, что не работает {lasting}, а ответ — только то, что пробуют первым ({quoted}): нужен шаг компании и срок.', lasting=lasting, quoted=quote(text, steps[:2])), steps[:2])
    guess = bare_first_try(r, steps, told) if not (actions and frames) else []
    if guess:
        return ElementResult("solution", False, phrase('Клиент сообщает о сбое, а ответ — только то, что пробуют первым ({quoted}), без причины сбоя и без шага компании со сроком на случай, если не поможет.', quoted=quote(text, guess[:2])), guess[:2])
    bidden = another_doing(r) if steps else ""  # «Верните деньги» — «отключите автопродление»
    if bidden:
        return ElementResult("solution", False, phrase(
            'Клиент просит «{bidden}», а ответ об этом молчит и предлагает другое: {quoted}.', bidden=bidden,
            quoted=quote(text, steps[:2])), steps[:2])
    if steps:
        return ElementResult("solution", True, phrase('Клиенту дан понятный следующий шаг: {quoted}.', quoted=quote(text, steps)), steps[:3])
    # a reason told with a reproach is still the reason: «Надо было читать договор: платёж вносится до 25-го»
    because = (gives_reason(r, aside) or stated_facts(r, told) or told_facts or figure_explained(r, told)) if why else []
    if because:
        return ElementResult("solution", True, phrase('Клиент спросил «почему», и ответ называет причину: {quoted}.', quoted=quote(text, because[:1])),
                             because[:1])
    # «Да, конечно, можно поменять» to «как поменять?»: a sentence that opens with a yes
    firsts = [next((t for t in tokens if s <= t.start < e), None) for s, e in r.sentences]
    yes = [(t.start, t.end - t.start) for t in firsts if t is not None and t.lower in YES_NO]
    if asks_how(r) and not (steps or done or answers or (actions and frames)) and not yes:
        return ElementResult("solution", False, phrase(
            'Клиент спросил, как это сделать, а ответ не называет ни шагов, ни места, где это делается.'))
    upset = set(r.customer.states) - UNHURT  # a confused or worried customer wants the answer itself
    # a price or a figure asked and given answers even an upset customer: «Пересдача стоит 1 000 рублей»
    figure_asked = bool({"цена", "число"} & set(asked_kinds(r))) and bool(facts_in_reply)
    given = frames or facts_in_reply or answers
    # to a request («Разблокируйте!») a time is the answer; to a question a time or a figure; to a report of what
    # went wrong, a sum that explains it («Промокод не применяется!» — «он действует на заказы от 3 000 ₽»)
    really = asks_really(r)
    sums = [f for f in facts_in_reply if PRICE_RE.match(text, f[0] + f[1]) or PRICE_RE.match(text, f[0] + f[1] + 1)]
    # a request is met by something done or to be done at that time: «воду дадут к 20:00», «Разблокировка — завтра»
    # (the doing asked for, named), not «Плановое отключение — с 1 по 14 июля»
    bidden = {x[:5] for t in r.customer_tokens if "impr" in t.tag for x in t.lemmas}
    acted = [f for f in frames if any(t.tag.startswith(("VERB", "PRTS")) or {x[:5] for x in t.lemmas} & bidden
                                      for s, e in r.sentences if s <= f[0] < e for t in tokens if s <= t.start < e)]
    # and to a report, a time for the very thing reported: «кешбэк не начислили» — «кешбэк начисляется 15-го числа»
    reported = reported_stems(r)
    echoed = [f for f in frames if any({x[:5] for x in t.lemmas} & reported for s, e in r.sentences if s <= f[0] < e
                                       for t in tokens if s <= t.start < e and t.tag.startswith(("VERB", "PRTS"))
                                       and "past" not in t.tag)]  # «закрыли за час до вылета» retells it
    topical = on_topic(r, {"question": frames + facts_in_reply, "request": acted}.get(really, sums + echoed))
    yes_only = bare_can(r, aside) or needs_unnamed(r, aside)  # «Что для этого нужно?» — «Да, можно переоформить»
    if yes_only:
        return ElementResult("solution", False, phrase('Клиент спросил, как это сделать, а ответ только подтверждает, что можно: {quoted}.', quoted=quote(text, yes_only)), yes_only)
    bare_yes = yes_without_way(r, aside)  # «Можно оплатить частями?» — «Да, такая возможность у нас есть»
    if bare_yes:
        return ElementResult("solution", False, phrase(
            'Клиент спросил, можно ли, и ответ соглашается ({quoted}), но не говорит как: ни шага, ни места, ни способа.',
            quoted=quote(text, bare_yes)), bare_yes)
    ruled = rule_only(r, given) if not (actions and frames) else []  # «что сделать?» — «комиссия берётся при…»
    if ruled:
        return ElementResult("solution", False, phrase(
            'Клиент спросил, что ему делать, а ответ только говорит, как всё устроено ({quoted}): шаг не назван.',
            quoted=quote(text, ruled)), ruled)
    if given and (not upset or figure_asked or topical):
        return ElementResult("solution", True, phrase('Дан конкретный ответ на вопрос клиента.'),
                             (frames or facts_in_reply or answers)[:2])
    # «Возможно, вас пустят, а возможно, нет» guesses: a yes or a no with a hedge is neither
    guessed = aside + [se for se in r.sentences if any(se[0] <= h[0] < se[1] and not habit_after_yes(r, h) for h in hedges)]
    guessed += vouched_yes(r, promised)  # «Да, обязательно появится, гарантирую»
    yes_no = yes_no_answer(r, guessed) or echoed_answer(r, guessed) or yes_said_back(r, guessed) or (
        [] if asks_how(r) else said_yes_or_no(r, guessed)) or [span for _, span in predicate_answered(r, guessed)] \
        or alternative_picked(r, guessed)  # «До скидки или после?» — «После скидки: …»
    if yes_no:
        return ElementResult("solution", True, phrase('Клиент спросил, и ответ прямой, с подробностями: {quoted}.', quoted=quote(text, yes_no)),
                             yes_no)
    reasons = [s for _, s in find_phrases(tokens, lex.explanations, gap=0)
               if not any(a[0] <= s[0] < a[1] for a in aside) and not undecided(r, s)]
    reasons += under_way_cause(r, aside)  # «На вышке в посёлке сейчас идут работы» to «почему нет связи?»
    # «Карту заблокировали, я на кассе!!» asks nothing: to a hurried or angry report the cause alone is no way out
    if reasons and shared and (why or not _asks_else(r)) and not (hurt and not questions(r)):
        return ElementResult("solution", True, phrase('Клиент спросил, и ответ объясняет: {quoted}.', quoted=quote(text, reasons[:1])),
                             reasons[:1])
    written = pointers(r, where_asked=False)  # «порядок действий размещён в разделе «Документы»» points to reading
    paths = [(m.start(), m.end() - m.start()) for m in _WHERE_RE.finditer(text)
             if not any(a[0] <= m.start() < a[1] for a in aside + written)]
    where = where_asked(r)
    if where == "is":  # «Где мой заказ?»: «посмотрите в разделе «Мои заказы»» sends the customer to look
        paths = [p for p in paths if not any(t.lemmas & ELSEWHERE for t in r.tokens
                                             if any(s <= p[0] < e and s <= t.start < e for s, e in r.sentences))]
    paths += spot_told(r, aside) if where else []  # «справа вверху, над таблицей»
    if paths and where:
        return ElementResult("solution", True, phrase(
            'Клиент спросил, где это найти, и ответ показывает путь: {quoted}.', quoted=quote(text, paths[:2])),
                             paths[:2])
    named = [s for q in questions(r) + indirect_questions(r) for s in named_answer(r, q)
             if not any(a[0] <= s[0] < a[1] for a in aside)] or owner_named(r, aside)
    if named:
        return ElementResult("solution", True, phrase(
            'Клиент спросил, кто или где, и ответ называет: {quoted}.', quoted=quote(text, named[:2])),
                             named[:2])
    values = values_named(r, aside) or identifier_named(r, aside) or state_named_back(r, aside)
    if values:
        return ElementResult("solution", True, phrase(
            'Клиент спросил, какие они, и ответ называет: {quoted}.', quoted=quote(text, values[:1])), values[:1])
    if asks_how(r) and yes:
        return ElementResult("solution", False, phrase('Клиент спросил, как это сделать, а ответ только подтверждает, что можно: {quoted}.', quoted=quote(text, yes[:1])), yes[:1])
    way = other_way(r, aside) if declined(r) else []
    if way:
        return ElementResult("solution", True, phrase(
            'Отказ с другим путём: {quoted}.', quoted=quote(text, way[:1])), way[:1])
    ready = available_now(r, aside)  # «Запись вебинара доступна в личном кабинете»: to be taken up now, no time due
    if ready:
        return ElementResult("solution", True, phrase(
            'То, о чём пишет клиент, доступно ему уже сейчас: {quoted}.', quoted=quote(text, ready)), ready)
    data = [s for s in r.imperatives[0] + r.imperatives[1] if data_asked(r, s)]  # «Пришлите скриншот»
    if data and all(a in data for a in actions):
        return ElementResult("solution", False, phrase(
            'Ответ только просит прислать данные ({quoted}), а что с ними сделают и когда, не сказано: это вопрос '
            'вместо ответа.', quoted=quote(text, data[:1])), data[:1])
    if looked_up:
        return ElementResult("solution", False, phrase(
            'Клиента отправляют самого искать то, что оператор может сказать ({quoted}): это не ответ.',
            quoted=quote(text, looked_up[:1])), looked_up[:1])
    if taken:
        return _taken_result(text, taken)
    # a past verb or a short participle tells what happened, no step to come that a time is owed for
    pending = [a for a in actions if not told_as_past(r, a)]
    if pending:
        return ElementResult("solution", False,
                             phrase('Шаг назван ({quoted}), но не сказано, когда: добавьте срок.', quoted=quote(text, pending[:1])),
                             pending[:1])
    return ElementResult("solution", False, phrase('Нет ни ответа по существу, ни следующего шага со сроком.'))


def _taken_result(text: str, taken: Sequence[Span]) -> ElementResult:
    return ElementResult("solution", False, phrase(
        'Клиент пишет, что уже пробовал это (не помогло или ему не ответили), а ответ советует то же самое '
        '({quoted}): это не следующий шаг.',
        quoted=quote(text, taken[:2])), taken[:2])


def _timed_events(r: Reply, frames: Sequence[Span], anyone: bool = False) -> list[Span]:
    """«Банк снимет блокировку в течение 3 рабочих дней», «водитель будет через 15 минут», «трек заработает
    завтра до 12:00»: what is going to happen (a future verb) with its time in the same clause — ``anyone``: the
    customer's own too («карту заберёте через 3 дня»)."""
    found = []
    for m in _CLAUSE_RE.finditer(r.text):
        if not any(m.start() <= f[0] < m.end() for f in frames):
            continue
        for tok in r.tokens_in(m.start(), m.end()):
            if tok.tag.startswith("VERB") and "futr" in tok.tag \
                    and ("2per" not in tok.tag or anyone) and not tok.lemmas & (r.lex.not_steps | _TRIES):
                found.append((tok.start, tok.end - tok.start))
    return found


def _set_to_happen(r: Reply, frames: Sequence[Span], aside: Sequence[Span]) -> list[Span]:
    """What is set to happen, with its time in its clause — the company's, a third party's or the customer's own
    («мастер заменит оборудование в четверг», «карту заберёте через 3 рабочих дня»): the rubric's next step, «кто, что и
    к какому сроку». Not what follows an option («Сменить тариф можно…, новый начнёт действовать с 1-го»), nor a
    state that lasts until a day («Распродажа продлится до 20 января»)."""
    return [e for e in _timed_events(r, frames, anyone=True) if not any(a[0] <= e[0] < a[1] for a in aside)
            and not any(t.lemmas & _CAN for t in r.tokens if r.sentence_at(t.start) == r.sentence_at(e[0]))
            and not any(t.start == e[0] and t.lemmas & _LASTING for t in r.tokens)]


_CAN = frozenset({"можно", "мочь", "возможно", "реально", "получиться"})
# «я попробую что-нибудь сделать. Ожидайте»: a try promised is no doing with its time — what is tried is unsaid.
_TRIES = frozenset({"попробовать", "попытаться", "постараться"})
# A state that lasts until a day is no step taken by then: «Распродажа продлится до 20 января».
_LASTING = frozenset({"длиться", "продлиться", "продолжаться", "продолжиться", "действовать"})


def _asks_can(question: str) -> bool:
    """«Это можно исправить?», «Деньги можно вернуть?»: a question whether a thing can be done, which a next step set
    with its time answers by doing it (a yes in deed)."""
    return any(t.lemmas & _CAN for t in tokenize(question))


# Questions that want a value or a permission — a time, an amount, a place, «можно?», «положено?» — not a cause.
_WANTS_VALUE = frozenset({"можно", "нельзя", "нужно", "надо", "положить", "положено", "когда", "сколько", "где", "куда",
                          "какой"})
_WANTS_CAUSE = frozenset({"почему", "зачем", "отчего", "случиться", "произойти", "происходить"})


def _asks_else(r: Reply) -> bool:
    """Each of the customer's questions wants a value or a permission and none a cause: «Нам положено питание?» is
    not answered by «рейс задержан из-за погоды» — an explanation answers only a question about the cause."""
    asked = [{x for t in tokenize(q) for x in t.lemmas | {t.lower}} for q in questions(r)]
    return bool(asked) and all(words & _WANTS_VALUE and not words & _WANTS_CAUSE for words in asked)


def _inside(span: Span, outer: Sequence[Span]) -> bool:
    return any(o[0] <= span[0] and span[0] + span[1] <= o[0] + o[1] for o in outer)


def _overlap(r: Reply) -> tuple[set[str], set[str]]:
    """The customer's content words that the reply repeats (by any normal form or a kin word), and all of them."""
    asked = content(r.customer_tokens)
    said = set().union(*content(r.tokens).values()) if r.tokens else set()
    said |= {lemma[:5] for lemma in said if len(lemma) >= 6}  # «доставка» ~ «доставить»
    shared = {w for w, lemmas in asked.items()
              if lemmas & said or any(len(x) >= 6 and x[:5] in said for x in lemmas)}
    if not shared and asked:  # «как вернуть?» — «запрос на возврат отправила»: a kin word, not the same stem
        mine = [t for t in r.tokens if len(t.lower) >= 3]
        shared = {t.lower for t in r.customer_tokens if t.lower in asked and kin_taken_up([t], mine)}
    return shared, set(asked)


def _time_frames(tokens: Sequence[Token], text: str, lex: Lexicon) -> list[Span]:
    # «через личный кабинет» is a way, «через 2 дня», «через пару часов», «через час» a time
    after = {t.start: tokens[i + 1:i + 3] for i, t in enumerate(tokens)}
    spans = [s for _, s in find_phrases(tokens, lex.time_frames, gap=0)
             if (text[s[0]:s[0] + s[1]].lower() != "через" or any(
                 is_number(t) or t.lemmas & (lex.units | {"пара", "несколько", "полчаса", "неделя"})
                 for t in after.get(s[0], [])))
             and not (text[s[0]:s[0] + s[1]].lower() == "уже" and after.get(s[0])  # «на уже оплаченный заказ»
                      and after[s[0]][0].tag.startswith(("PRTF", "ADJF")))]
    for i, tok in enumerate(tokens):
        if tok.lemmas & lex.units or tok.lemmas & lex.months:
            for back in (1, 2):
                # «3 рабочих дня», but not «350 ₽. Хорошего дня»: the number and the unit in one sentence
                if i - back >= 0 and is_number(tokens[i - back]) \
                        and not re.search(r"[.!?…\n]", text[tokens[i - back].end:tok.start]):
                    spans.append((tokens[i - back].start, tok.end - tokens[i - back].start))
                    break
    spans += [(m.start(), m.end() - m.start()) for m in _TIME_RE.finditer(text)]
    return spans

