"""How often the reply scorecard agrees with hand labels, per element and on pass/fail, per labelled set.

Run from the project root:

    python tests/bench/eval_scorecard.py [labelled|tuning|more|fresh|wild|courtesy|paraphrase|blind_a|blind_b|blind_c|blind_d|blind_e|blind_f|blind_g|blind_h|blind_i|blind_j|blind_k|blind_l|blind_m|blind_n|blind_o|blind_p|blind_r|blind_s|blind_t|blind_u|blind_v|blind_w|blind_x|blind_y|blind_z|blind_za|blind_zb|blind_zc|blind_zd|blind_ze|blind_zf|blind_zg|blind_zh|blind_zi|blind_zj|blind_zk|blind_zl|blind_zm|blind_zn|blind_zo|blind_zp|blind_zq|blind_zr|blind_zs|blind_zt|blind_zu|blind_zv|blind_zw|blind_zx|blind_zy|heldout ...]
        [--details] [--no-grammar]

Sets: ``labelled`` — ``tests/core/data/replies_labelled.toml`` (the first 66 replies); ``tuning`` and
``heldout`` — ``tests/data/replies/`` (labelled by two people from ``docs/scorecard_rubric.md``); ``more`` —
``tests/data/replies/tuning_more.toml`` (written and labelled by one person to try the rules on wording
they were not tuned on; for tuning too); ``fresh`` — ``tests/data/replies/tuning_fresh.toml`` (187 replies to the
built-in tasks in the manner of the held-out misses, labelled by one person before the scorecard was run on
them; for tuning too); ``wild`` — ``tests/data/replies/tuning_wild.toml`` (102 replies in voices and shapes unlike
the other sets — terse, chatty, non-native, bureaucratic, templated, split into short messages, half-answers, indirect
sympathy — to the built-in tasks and to the seeds' industries, labelled before the scorecard was run on them; for
tuning too); ``courtesy`` — ``tests/data/replies/tuning_courtesy.toml`` (132 replies on empathy and closing in wordings
and shapes the other sets lack — sympathy by action, for a third party, condolences, English calques, thanks for patience
alone, apologies that are no apology; wishes outside the word lists, signatures with the operator's name and post,
closings merged with the answer or split into a last line, «Хорошего дня» with a typo — labelled and committed before
the scorecard was run on them; for tuning too). Its first run, before any rule was changed for it: pass/fail 87.9 %,
empathy 75.8 %, closing 87.1 %, tone 97.7 %, solution 97.7 %, safety 98.5 %, language 98.5 %, style 99.2 %, greeting,
name and length 100 % (two of its labels were then corrected, see the set's header; after the rules were widened:
pass/fail 98.5 %, empathy and closing 100 %);
``paraphrase`` — ``tests/data/replies/tuning_paraphrase.toml`` (132 replies whose solution, or lack of
one, is worded unlike the other sets: figures and times in words, dates as «до конца недели», synonyms, answers split,
given as a condition or as steps, half-answers, answers to another question, an answer inside a template, hedges,
promises without the fact, a contradiction, a question back, referral elsewhere — labelled and committed before the
scorecard was first run on them; for tuning too. First run, before any change to the rules:
pass/fail 84.1 %, solution 84.8 %, tone 91.7 %, empathy 96.2 %, language 97.0 %, style 98.5 %, others ≥ 99 %;
after the solution rules were generalised (questions.py): pass/fail 95.5 %, solution 97.7 %, tone 93.9 %);
``blind_a`` — ``tests/data/replies/tuning_blind_a.toml`` (137 replies written and labelled BLIND: before the writer read
any scorecard code or any other reply set, from the rubric alone — operators of varied skill in e-commerce and delivery,
telecom, travel, banks, SaaS, education; paired replies to one customer, one passing and one failing; committed before the
scorecard was first run on them; for tuning too. First run, before any change to the rules: pass/fail 87.6 %,
solution 87.6 %, name 88.3 %, empathy 91.2 %, safety 96.4 %, language 97.1 %, tone and style 97.8 %, closing 98.5 %,
greeting and length 100 %; seven labels were then corrected by the rubric, see the set's header; after the safety,
tone, solution and style rules were generalised: pass/fail 94.9 %, solution 93.4 %, tone, safety and closing 100 %;
the other helper's blind set, measured without tuning on it, went from 91.5 to 92.3 % with the same changes);
``blind_b`` — ``tests/data/replies/tuning_blind_b.toml`` (142 replies written and labelled BLIND — before the
labeller read the scorecard's code or any other reply set — from the rubric alone: banks and insurance, SaaS, education,
marketplaces and food delivery; customers upset, anxious, grieving, ironic, hurried, repeated or calm; operators of
varied skill and voice; for tuning too). First run, before any change to the rules: pass/fail 90.8 %, empathy
89.4 %, solution 90.8 %, name 93.7 %, closing, language and safety 95.8 %, tone 97.9 %, greeting and style 99.3 %;
five labels were then corrected, one pass mark with them (see the set's header); after the greeting, name, empathy
and closing rules were generalised: pass/fail 92.3 %, greeting, name and closing 100 %, empathy 98.6 %; blind_a, measured
before any change was made for it, went from name 88.3 % to 97.8 % with the same changes;
``blind_c`` — ``tests/data/replies/tuning_blind_c.toml`` (167 replies written and labelled BLIND — before the
labeller read the scorecard's code or any other reply set — from the rubric alone, aimed at the solution element: two
questions with one answered, templates and adverts carrying another topic's time frame or sum, a question back, answers
in words, as steps or as a condition, hand-offs with and without a deadline, refusals with and without a way, hedges,
promises without the fact, contradictions; e-commerce, banks, telecom, SaaS, travel, education, food delivery,
insurance, utilities, government services, marketplaces; committed before the scorecard was first run on it; for
tuning too);
``blind_d`` — ``tests/data/replies/tuning_blind_d.toml`` (178 replies written and labelled BLIND — before the labeller
read the scorecard's code or any other reply set — from the rubric alone, as an independent QA lead's sample: e-commerce,
banks and insurance, telecom, SaaS, travel, education; the issue's failure kinds (codes, passwords and other people's data
asked for or given, adverts with a time phrase, blame and lecturing without rude words, «не знаю» + elsewhere, misspelt
greetings, names only in a signature, angry customers without an apology) and other voices (terse, wordy, informal,
templated, bureaucratic, non-native, tired, over-polite); committed before the scorecard was first run on it; for
tuning too; first-run figures in the set's header);
``blind_e`` — ``tests/data/replies/tuning_blind_e.toml`` (167 replies written and labelled BLIND — before the labeller
read the scorecard's code or any other reply set — from the rubric alone, aimed at «solution» and the pass/fail verdict:
average trainees in e-commerce, marketplaces, banks, insurance, telecom, SaaS, travel, airlines, education, food delivery,
utilities, government-like services, car sharing and fitness clubs; full answers beside half-answers, answers to another
question, hand-offs with and without a deadline, «в личном кабинете» instead of the steps, contradictions, an order number
asked for when given and when missing, yes/no with and without the next step, refusals with another way, promises the
company cannot make; committed before the scorecard was first run on it; for tuning too; first-run figures in the set's
header);
``blind_f`` — ``tests/data/replies/tuning_blind_f.toml`` (173 replies written and labelled BLIND — before the labeller
read the scorecard's code or any other reply set — from the rubric alone, aimed at empathy and language and at the verdict
an independent QA lead would give: customers disappointed but polite, worried, hurried, ironic, tired of waiting, confused
and elderly, second and third contacts, complaints told as a story, calm questions, thanks; empathy in many wordings,
template or misplaced, «не переживайте» only, none; one slip and several of the kinds real writers make, and correct
replies full of brands, Latin names, numbers, links and emoji; twelve industries; committed before the scorecard was
first run on it; first-run figures in the set's header);
``blind_g`` — ``tests/data/replies/tuning_blind_g.toml`` (117 replies written and labelled BLIND — before the labeller
read the scorecard's code or any other reply set — from the rubric alone, as an independent QA lead's monthly sample:
e-commerce, banks, telecom, SaaS, travel, education, food, insurance, marketplaces; customers calm, angry, hurried,
worried, confused, writing again; replies that fail one element at a time, about half passing; committed before the
scorecard was first run on it; first-run figures in the set's header);
``blind_h`` — ``tests/data/replies/tuning_blind_h.toml`` (170 replies written and labelled BLIND — before the labeller
read the scorecard's code or any other reply set — from the rubric alone, aimed at «solution» in the shapes operators
write: conditions, numbered steps, figures and dates in words, half-answers to two questions, hedged answers with and
without substance, answers to another question, hand-offs and «уточню и вернусь» with and without a time, «see the
site/app», refusals with and without a way forward, yes/no with and without detail; six industries, mostly in pairs
of a passing and a failing reply to the same message; committed before the scorecard was first run on it; first-run
figures in the set's header);
``blind_i`` — ``tests/data/replies/tuning_blind_i.toml`` (168 replies written and labelled BLIND — before the labeller
read the scorecard's code or any other reply set — from the rubric alone, as a QA department's random monthly sample:
ordinary conversations in e-commerce, delivery, food, banks, insurance, telecom, SaaS, travel and education by good,
rushed, tired, novice, non-native and template-bound operators; the usual slips, cold but correct answers, warm answers
with no step, half answers, data asked for or told that must not be; committed before the scorecard was first run on
it; first-run figures in the set's header);
``blind_j`` — ``tests/data/replies/tuning_blind_j.toml`` (165 replies written and labelled BLIND on empathy and tone:
customers who complain plainly, politely, sarcastically, about a third party or inside a question, who are angry,
hurried, worried, confused or writing again, and calm ones; sympathy and apologies in many wordings and places, and
what is no sympathy; blame, lecturing, familiarity, capitals and emoji to an upset customer; pairs that differ in one
of these; committed before the scorecard was first run on it; first-run figures in the set's header);
``blind_k`` — ``tests/data/replies/tuning_blind_k.toml`` (172 replies written and labelled BLIND on the solution
element: pairs of a good and a flawed reply to one customer — vague terms, a neighbouring topic, a term past the
customer's own deadline, promises nobody can keep, half answers, the question in the second message, a problem with
no question mark; and correct answers worded unusually: conditions, steps, figures in words, a link with the key fact,
the answer before the apology, terse or split replies, hand-offs with an owner and a time, refusals with another way;
committed before the scorecard was first run on it; first-run figures in the set's header);
``blind_l`` — ``tests/data/replies/tuning_blind_l.toml`` (162 replies written and labelled BLIND as trainees'
answers to task cards in six industries: pairs of a good and a subtly flawed reply to one customer, weighted to
solution (half answers, «да, можно» with no how, vague company steps, refusals with another way, contradictions),
empathy (apologies in unusual words, worried but calm customers, «не переживайте» instead of sympathy) and
language (trainees' real slips beside correct sentences full of product names, codes and Latin words); committed
before the scorecard was first run on it; first-run figures in the set's header);
``blind_m`` — ``tests/data/replies/tuning_blind_m.toml`` (180 replies written and labelled BLIND on the solution
element, in pairs of a good and a subtly flawed reply to one customer in six industries — neighbouring topics that
share the question's words, one of two questions answered, contradictions inside the reply, conditions, steps and sums
in words, hand-offs with and without an owner and a time, refusals with and without another way, questions back for
given and for missing data; split into a ``tune`` and a ``check`` half, committed before the scorecard was first run);
``blind_n`` — ``tests/data/replies/tuning_blind_n.toml`` (180 replies written and labelled BLIND as an independent
QA lead's sample in six industries, in pairs of a good and a subtly flawed reply, aimed at the verdict through empathy
(needed or not, given in unusual words), tone slips without rude words, closing variants, one and several real language
slips beside correct replies full of brands and codes, and safety; split into a ``tune`` half the rules may be tuned on
and a ``check`` half that is only measured (``--half``); committed before the scorecard was first run on it; first-run
figures in the set's header);
``blind_o`` — ``tests/data/replies/tuning_blind_o.toml`` (181 replies written and labelled BLIND on the solution
element, in groups of replies to one customer in six industries — one of two questions answered, answers in other
words than the question's, the fact without a next step and the step without the fact, hand-offs that are and are not
a solution, questions back that are needed and that stall, refusals with and without another way, «не знаю»,
templates and adverts with a time, answers buried in long replies, neighbouring questions; split into a ``tune`` and a
``check`` half, committed before the scorecard was first run on it; first-run figures in the set's header).
``blind_p`` — ``tests/data/replies/tuning_blind_p.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a good reply and one that slips on a single element other than the solution: sympathy needed or not and
given in other words, tone slips without rude words, language slips a QA lead counts beside correct informal writing,
closings, greetings, names from signatures, style, length and safety; customers calm, worried, angry with and without
marks, sarcastic, repeated, confused, urgent; split into a ``tune`` and a ``check`` half, committed before the
scorecard was first run on it; first-run figures in the set's header).
``blind_r`` — ``tests/data/replies/tuning_blind_r.toml`` (204 replies written and labelled BLIND in six industries, in
pairs of a reply that passes and one that slips as operators do on a shift — about two in five slips on the solution
(half answers, «да, можно» with no how, vague hand-offs, templates and adverts with a time, questions back, answers to
a neighbouring question, contradictions, refusals with and without another way), the rest on empathy, tone, safety or
two minor elements; customers calm, confused, anxious, angry, repeated, urgent, ill; split into a ``tune`` and a
``check`` half, committed before the scorecard was first run on it; first-run figures in the set's header).
``blind_s`` — ``tests/data/replies/tuning_blind_s.toml`` (191 replies written and labelled BLIND in six industries, in
pairs of a reply that passes and one that slips, with the rarer voices weighted (terse, tired, templated, novice, wordy,
non-native, informal, bureaucratic, split): half the slips on the solution in the ways operators miss it, as many passing
replies solving in unusual words (a yes said otherwise, «всё останется», a cause, a deed in the passive, a link with the
fact), the rest on empathy, tone, safety or two minor elements; split into a ``tune`` and a ``check`` half, committed
before the scorecard was first run on it; first-run figures in the set's header).
``blind_t`` — ``tests/data/replies/tuning_blind_t.toml`` (181 replies written and labelled BLIND in six industries by
customers with two questions or a question and a complaint, mostly chat-short replies in rarer voices (terse, tired,
templated, bureaucratic, novice, informal, non-native, split); pairs of a reply that solves, often in unusual words (a
yes/no in other words, «всё сохранится», a cause, a done deed, a link with the fact), and one that slips — on the
solution the many ways operators do, or on empathy, tone, safety or two minor elements; split into a ``tune`` and a
``check`` half, committed before the scorecard was first run on it; first-run figures in the set's header).
``blind_u`` — ``tests/data/replies/tuning_blind_u.toml`` (192 replies written and labelled BLIND in six industries by
customers with long, muddled messages of two or three questions, stories and feelings mixed; rarer voices weighted
(terse, templated, bureaucratic, informal, chatty, novice, tired, split, wordy, non-native); pairs or triples of a reply
that solves, often in unusual words, and replies that slip — on the solution the many ways operators do, or on tone,
empathy, safety or two minor elements; split into a ``tune`` and a ``check`` half, committed before the scorecard was
first run on it; first-run figures in the set's header).
``blind_v`` — ``tests/data/replies/tuning_blind_v.toml`` (176 replies written and labelled BLIND in six industries, in
pairs of one customer message answered by a reply that passes and one that slips; blunt one-line customers and older
formal ones, rarer operator voices weighted; half the slips on the solution in the ways operators miss it, as many
passes solving in unusual words, the rest on empathy, tone, safety or two minor elements; the pairs alternate between
a ``tune`` and a ``check`` half; committed before the scorecard was first run on it; first-run figures in the header).
``blind_w`` — ``tests/data/replies/tuning_blind_w.toml`` (186 replies written and labelled BLIND in six industries:
disputes with history — customers writing several long, emotional or muddled messages after earlier contacts and
broken promises, often asking two or three things; operators answering with numbered steps, interface paths,
compensation, partial refunds, conditions and hand-offs with or without a date; pairs of a passing and a slipping
reply, half the slips on the solution, the rest on empathy, tone, safety or two minor elements; the pairs alternate
between a ``tune`` and a ``check`` half; committed before the scorecard was first run on it; first-run figures in the
header).
``blind_x`` — ``tests/data/replies/tuning_blind_x.toml`` (190 replies written and labelled BLIND in six industries, in
pairs of one customer message answered by a reply that passes and one that slips; quick peak-hour chat exchanges —
one short question, often with typos or slang, rude-ish customers, customers who only thank or confirm; terse, vague,
evasive, neighbouring-question, link-only and sarcastic operators; half the slips on the solution, as many passes
solving in unusual ways, the rest on tone, empathy, safety or two minor elements; the pairs alternate between a
``tune`` and a ``check`` half; committed before the scorecard was first run on it; first-run figures in the header).
``blind_y`` — ``tests/data/replies/tuning_blind_y.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of one customer message answered by a reply that passes and one that slips; «how do I …» and «what are the
conditions …» questions from novice, elderly, hurried and non-native customers, often naming their device or plan;
operators answering with steps, conditions with exceptions, links or menu paths; half the slips on the solution (steps
for another device or plan, a missing or misplaced step, a bare menu path, «see the FAQ», a condition that rules the
customer out), the rest on tone (talking down), empathy, safety («send me the code and I'll do it») or two minor
elements; the pairs alternate between a ``tune`` and a ``check`` half; committed before the scorecard was first run on
it; first-run figures in the header).
``blind_z`` — ``tests/data/replies/tuning_blind_z.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; angry, urgent, confused and repeat customers, customers who
sign their name; operators who ask for codes, passwords or a card photo in roundabout words, leak another person's data,
answer with an offer holding a date, lecture, blame the customer politely, insist the company cannot err, or say «не
знаю» and send the customer elsewhere, and passes with the apology inside the answer, a precise question back or a
hand-off with who and when; half the slips on the solution; the pairs alternate between a ``tune`` and a ``check``
half; committed before the scorecard was first run on it; first-run figures in the header).
``blind_za`` — ``tests/data/replies/tuning_blind_za.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; «когда?», «сколько?», «почему?», «где сейчас?», «до какого
числа?» about parcels, refunds, transfers, number ports, visits, exports, certificates, visas and moved flights, asked in
several short messages with the customer's own figures; passes with a range and its condition, a cause in a clause, an
amount checked against the customer's; half the slips on the solution (the cause without the when, «в ближайшее
время», only the first of two questions, a date for something else, the standard term already passed, a figure that
contradicts itself or the customer); the pairs alternate between a ``tune`` and a ``check`` half; committed before the
scorecard was first run on it; first-run figures in the header).
``blind_zb`` — ``tests/data/replies/tuning_blind_zb.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; replies that must take context into account: repeat contacts,
customers who already tried the obvious step, two or three requests in one message, wrong beliefs to correct politely,
requests the rules forbid (a refund after the term, a discount, another person's data); slips that repeat the tried
step, drop a request, refuse with no other way, promise what the rules forbid, correct with blame or ignore the repeat
contact; passes with polite corrections, refusals with a real alternative and hand-offs with who, what and when; half
the slips on the solution; the pairs alternate between a ``tune`` and a ``check`` half; committed before the scorecard
was first run on it; first-run figures in the header).
``blind_zc`` — ``tests/data/replies/tuning_blind_zc.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; «how do I …?» and «what should I do?» questions — switching a
service off, stopping a payment, moving data or a number, setting something up, getting somewhere, fixing a fault —
from customers who write calmly, in a Russian–English mix, with typos or very emotionally; slips that give a menu path
with nothing to do there, a link instead of the way, the way for another device or service, the way the customer said
failed, an answer to a neighbouring question, sarcasm or a lecture, a roundabout request for secrets; passes with terse
paths, numbered steps, a way plus a fallback, the operator doing it herself and hand-offs with who, what and when; half
the slips on the solution; the pairs alternate between a ``tune`` and a ``check`` half; committed before the scorecard
was first run on it; first-run figures in the header).
``blind_zd`` — ``tests/data/replies/tuning_blind_zd.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; yes/no and «можно ли / будет ли / успею ли / мне положено / это
нормально?» questions, rules and limits, customers who write two or three short messages with the question in the last;
passes with «да/нет» and the reason, a plain statement, a condition, a refusal with another way or a hand-off with who
and when; half the slips on the solution (no yes or no, a «да» that does not fit the customer, a figure of something
else, a bare «да» where the customer must act, half of two questions), the rest on tone, safety, empathy and minor
items; the pairs alternate between a ``tune`` and a ``check`` half; committed before the scorecard was first run on
it; first-run figures in the header).
``blind_ze`` — ``tests/data/replies/tuning_blind_ze.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; requests for a deed — cancel, refund, change an address, tariff
or date, block a card, recount, delete data, re-register on someone else — sometimes two in one message or with the
customer's own reason or deadline; passes that do it and say what changed and when, do part and explain the rest,
refuse with the rule and another way, hand off with who and when, or name the one step only the customer can take;
half the slips on the solution («done» of another thing, a dropped deed, no term, asking again, a refusal with no way),
the rest on empathy, tone, safety and minor items; the pairs alternate between a ``tune`` and a ``check`` half;
committed before the scorecard was first run on it; first-run figures in the header).
``blind_zf`` — ``tests/data/replies/tuning_blind_zf.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; choice and advice questions — which plan, card, course, size or
hotel, «что лучше: … или …?», which documents, what to take, «подойдёт ли мне …?» — where the answer depends on what the
customer said about themselves; passes that pick one option with the customer's reason, compare two honestly, fit a
document list to the case or ask one precise question with a conditional answer; about 60 % of the slips on the
solution (no pick, a list of everything, a pick against the customer's words, a missing document, a question about
what was said), the rest on empathy, tone, safety and minor items; the pairs alternate between a ``tune`` and a
``check`` half; committed before the scorecard was first run on it; first-run figures in the header).
``blind_zg`` — ``tests/data/replies/tuning_blind_zg.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; complaints about quality — a faulty, broken, used or wrong
item, a missing part, a damaged parcel, an outage or speed below the tariff, a wrong charge, a lesson, tour or room not
as promised — where the customer wants a replacement, repair, refund, recount or compensation, or only to be heard;
passes that apologise and name what is done and when, often in unusual but valid ways; the slips on the solution (an
apology with no remedy, no term, a question back for what was sent, a remedy of another thing, a refusal with no way)
and on empathy, tone, safety and minor items; the pairs alternate between a ``tune`` and a ``check`` half; committed
before the scorecard was first run on it; first-run figures in the header).
``blind_zh`` — ``tests/data/replies/tuning_blind_zh.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; money and figures — bills, charges, fees, refunds, instalments,
bonuses and points, exchange rates, fines, prorated sums; passes that give the figure and what it is made of, admit an
error and say what is corrected and when, or ask for one precise datum with a term; about half the slips on the
solution (no reason, a sum that does not add up, a refund with no sum or term, «обратитесь в банк», a question about
what was given), the rest on empathy, tone, safety and minor items; the pairs alternate between a ``tune`` and a
``blind_zi`` — ``tests/data/replies/tuning_blind_zi.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; rules and refusals — a return after the period, a refund of a
non-refundable ticket, handing a plan or booking to another person, an exception to an age or document rule, deleting
data, a second trial, leaving a contract early, cash where only cards are taken, a late entry to a course; passes that
say the rule and why and give what is possible (another way, a partial remedy, an exception request with a term);
60 % of the slips on the solution (a bare refusal, a vague or contradicting rule, «да, можно» without how, a question
about what was said), the rest on empathy, tone, safety and minor items; the pairs alternate between a ``tune`` and a
``check`` half; committed before the scorecard was first run on it; first-run figures in the header).
``blind_zj`` — ``tests/data/replies/tuning_blind_zj.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; technical trouble and what the customer already tried — an app
that crashes or loses the login, a payment page that hangs, a router or TV box that drops, an SMS code or confirmation
that never comes, a sync that fails, a video or test that will not work; passes that give the next step fitting what
was tried and the device, do the fix themselves or hand on with a term; 60 % of the slips on the solution (the step
already tried, steps for another system, «попробуйте позже», a question about what was written, an escalation with no
term, jargon), the rest on empathy, tone, safety and minor items; the pairs alternate between a ``tune`` and a
``check`` half; committed before the scorecard was first run on it; first-run figures in the header).
``blind_zk`` — ``tests/data/replies/tuning_blind_zk.toml`` (172 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; status and changes of what is on its way — where an order, card,
SIM or parcel is, a courier or technician who did not come, a new delivery address or day, a moved flight, booking, lesson
or exam; passes that say where the thing is and when it comes, make or explain the change and its conditions, often in
unusual but valid ways; the slips on the solution (a status with no date, «ожидайте», the address asked again, the change
made to the wrong order or passenger) and on empathy, tone, safety and minor items; the pairs alternate between a ``tune``
and a ``check`` half; committed before the scorecard was first run on it; first-run figures in the header).
``blind_zl`` — ``tests/data/replies/tuning_blind_zl.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; longer chats of three to six messages with several questions
and follow-ups — a corrected detail, a withdrawn question, a change of mind, «и ещё…», a customer growing upset;
passes that answer the last state of the chat, often by doing it; slips that answer the first detail, only one
question, a withdrawn one, repeat what did not help or ask again for what was given (50 of 90 on the solution), the
rest on empathy, tone, safety and minor items; the pairs alternate between a ``tune`` and a ``check`` half; committed
before the scorecard was first run on it; first-run figures in the header).
``blind_zm`` — ``tests/data/replies/tuning_blind_zm.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; account access and security — a stolen phone with the app, a SIM
reissued by someone else, a «security service» call for a code, a forgotten password or code word, codes that do not come,
a suspicious login or payment, a late relative's or a shared family account; passes that block, refund or reset by
themselves or route to a safe way with a term, often in unusual ways; slips on the solution (47 of 90: a vague
«разберёмся», a step already taken, «да, можно» with no how), safety (a code, card number, password or code word asked,
someone else's data sent, a guarantee), tone, empathy and minor items; the pairs alternate between a ``tune`` and a
``check`` half; committed before the scorecard was first run on it; first-run figures in the header).
``blind_zn`` — ``tests/data/replies/tuning_blind_zn.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; subscriptions, auto-renewal and cancellations — a renewal
without warning, a trial turned into a charge, auto-payment to turn off, a refund for unused months, a cheaper or family
plan, a course or contract that cannot simply be left, an option never ordered, a cancelled plan that still charges;
slips on the solution (a path for another platform, «в личном кабинете» with no path, a figure that does not fit, a
refusal with no way forward, another paid plan pushed; 48 of 90), the rest on empathy, tone, safety and minor items;
the pairs alternate between a ``tune`` and a ``check`` half; committed before the scorecard was first run on it;
first-run figures in the header).
``blind_zo`` — ``tests/data/replies/tuning_blind_zo.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; customers who are unsure or new to it — elderly people, a first
order, login or flight, someone writing for a relative, a customer who does not know the words or is afraid to break
something or lose money; passes in plain words, one step at a time, often doing it or going round the unfamiliar thing;
slips on the solution (jargon, steps for another device, a skipped step, «на сайте», another thing answered; 44 of 90)
and on empathy, tone (condescension), safety and minor items; the pairs alternate between a ``tune`` and a ``check``
half; committed before the scorecard was first run on it; first-run figures in the header).
``blind_zp`` — ``tests/data/replies/tuning_blind_zp.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; complaints about staff and their conduct — a rude or drunk
courier, assembler or installer, an operator who hung up or mocked, a clerk who pushed insurance or told a relative a
balance, a guide who left the group, a teacher who ignores messages or shouts at a child; passes apologise for the person
without gossip or blame and say what is done and what the customer gets; slips on the solution («передадим» with no
term, half of two questions, another thing answered, jargon; 50 of 90), tone (staff defended, the customer blamed),
empathy, safety (a promised sanction, an employee's private life) and minor items; the pairs alternate between a
``tune`` and a ``check`` half; committed before the scorecard was first run on it; first-run figures in the header).
``blind_zq`` — ``tests/data/replies/tuning_blind_zq.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; promotions, bonuses and loyalty — promo codes that do not apply,
cashback not credited, points and miles that burned, a referral bonus, an advert's price not at checkout, birthday
offers, a free first month turned paid, student discounts, «2 по цене 1»; passes say the condition not met, the date
and the sum, or credit it by hand; slips on the solution (rules quoted, half of two questions, a figure contradicting
its rule, another offer or a paid upgrade, jargon, no term, «акция закончилась»; 54 of 90) and on tone, empathy,
safety and minor items; the pairs alternate between a ``tune`` and a ``check`` half; committed before the scorecard was
first run on it; first-run figures in the header).
``blind_zr`` — ``tests/data/replies/tuning_blind_zr.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; returns, exchanges, warranty repairs and compensation claims —
goods that broke or came damaged, the wrong size, a service not given (a missed delivery or visit, an outage, a cancelled
lesson, course, flight or excursion, a late train), money back to a closed card or after a wrong transfer; passes give
the way and the term or do it (a return, a courier, a compensation credited); slips on the solution (a shop or «на
сайте» without saying which, half of two questions, no term, a bare «да, можно», jargon, a contradiction; 51 of 90)
and on tone, empathy, safety and minor items; the pairs alternate between a ``tune`` and a ``check`` half; committed
before the scorecard was first run on it; first-run figures in the header).
``blind_zs`` — ``tests/data/replies/tuning_blind_zs.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; B2B and corporate customers — accountants, office managers,
directors and HR asking for invoices and closing documents (акт, УПД, счёт-фактура), VAT, requisites changes, payments
that did not reach, acquiring, corporate SIM cards, team seats, business trips and training paid by an employer;
passes give the document, the term or the path or do it; slips on the solution («на сайте» or «к менеджеру» without
how, half of two questions, no term, a bare «да, можно», jargon, a private person's answer to a company, a
contradiction; 51 of 90) and on tone, empathy, safety (another company's or employee's data) and minor items; the pairs
alternate between a ``tune`` and a ``check`` half; committed before the scorecard was first run on it; first-run
figures in the header).
``blind_zt`` — ``tests/data/replies/tuning_blind_zt.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; waiting and broken promises — «когда?»: an order, a refund, a
transfer, a salary or a pension late, a connection date missed, a number port overdue, a feature «in the next release», a
certificate, a diploma or exam results not issued, a callback never made; second and third contacts, needs by a date;
passes give a concrete new term and why or act now (a new slot with a compensation, a search with a date, a digital card,
a trusted payment, the thing done by hand); slips on the solution («в ближайшее время», a term already passed, another
order, half of two questions, jargon, a promise as the only answer; 67 of 90, mostly with another slip) and on empathy,
tone, safety and minor items; the pairs alternate between a ``tune`` and a ``check`` half; committed before the
scorecard was first run on it; first-run figures in the header).
``blind_zu`` — ``tests/data/replies/tuning_blind_zu.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; customers who write messily — no punctuation or capitals,
caps, slang, typos, voice-message transcripts, translit, Russian mixed with English, emoji, several questions in one
long message, a name only in a signature or mid-text, nonnative Russian, irony; passes read the real question(s), the
mood and the name; slips on the solution (half of several questions, a neighbour answered, jargon, no path, no term, a
bare «да», a contradiction; 51 of 90), on empathy and tone (the customer's slang copied, their Russian corrected,
irony answered with irony, blame) and on safety and minor items; the pairs alternate between a ``tune`` and a
``check`` half; committed before the scorecard was first run on it; first-run figures in the header).
``blind_zv`` — ``tests/data/replies/tuning_blind_zv.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; customers who struggle with the channel or the technology —
elderly people, poor eyesight or hearing, screen-reader users, first-time users, people writing from a relative's phone or
for a relative (power of attorney, guardianship, a parent of an adult student); passes are plain, patient, step by step
and still solve (or refuse another person's data with a way the customer can take); slips on the solution (jargon, steps
the customer cannot take — a call to a deaf customer, a click for a blind one —, «на сайте» with no path, no term, half of
two questions, a bare «да», a contradiction; 45 of 90), on empathy and tone (talking down, «проще простого», blame,
lecturing, the customer's spelling corrected), on safety (a relative told what only the account holder may hear, a PIN or
an SMS code asked) and minor items; the pairs alternate between a ``tune`` and a ``check`` half; committed before the
scorecard was first run on it; first-run figures in the header).
``blind_zw`` — ``tests/data/replies/tuning_blind_zw.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; security scares and fraud — a code told to «the bank's security
service», a «safe account», phishing SMS and links, a lost phone or card, a SIM swap or a number port behind the
customer's back, a login or a charge they did not make, a loan in their name, a fake shop, booking, seller or tutor;
passes calm the customer and give the safe steps in order with terms (block, new password, dispute, police report)
without asking for codes and without promising a refund; slips on the solution (a question not answered, no path, no
term, a vague «обратитесь в полицию», a refusal with no way, jargon, the wrong deed; 57 of 90), on tone (blame,
lecturing, «система не ошибается», «это не к нам»), on empathy, on safety (codes, passwords, a card's number or photo,
a relative's data, a promised refund) and minor items; the pairs alternate between a ``tune`` and a ``check`` half;
committed before the scorecard was first run on it; first-run figures in the header).
``blind_zx`` — ``tests/data/replies/tuning_blind_zx.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; customers who want to leave or stop something — a subscription
or an auto-renewal that charged them, an account, a card, a deposit, a contract or a tariff, mailings and SMS, a course,
a booking or a tour — with fees, notice periods and what becomes of the money, points and data after closing; passes do
what was asked with a term or give the exact path, and an honest «no» with a way; slips on the solution (a retention
offer instead of the cancellation, half of two questions, «на сайте» with no path, no term, a bare «да», jargon, a
neighbour answered, the wrong deed; 67 of 90), on empathy and tone (blame, lecturing, «система не ошибается», «это не к
нам», «исключений не делаем»), on safety (a card number, a code, a password, a relative's or classmates' data, promises)
and minor items; the pairs alternate between a ``tune`` and a ``check`` half; committed before the scorecard was first run
on it; first-run figures in the header).
``blind_zy`` — ``tests/data/replies/tuning_blind_zy.toml`` (180 replies written and labelled BLIND in six industries, in
pairs of a passing and a slipping reply to one customer; complaints and escalation — a manager or «старший» demanded, a
formal claim filed, a bad review, the press, Роспотребнадзор, ЦБ, ФАС, a court or a lawyer threatened, the law or a
contract clause cited, a history of failed contacts listed; passes answer calmly with the claim's path, who decides and
by when, and what the customer gets now, conceding when the customer is right and refusing with a way when not; slips
on the solution («передано руководству» with no term, half of two questions, a neighbouring question, «на сайте» with no
path, jargon, a dodged legal question; 68 of 90), on tone («система не ошибается», blame, lecturing, threats answered with
threats, gossip), on empathy, on safety (a code, a password, another person's data, a guaranteed outcome) and minor
items; the pairs alternate between a ``tune`` and a ``check`` half; committed before the scorecard was first run on it;
first-run figures in the header).
The held-out set is never used to shape the rules: it is only measured. Each reply is scored with
the embedded grammar checker and our rules, as ``chat-trainer grade-reply`` does, and each element's
verdict (met, not met, not applicable) is compared with the settled label. An element a set does not
label (the first set has no ``safety``) is not counted for that set. Goals on the held-out set:
≥ 95 % on pass/fail, ≥ 90 % per element, and no further from the settled label than the two labellers
are from each other (``kappa_replies.py``).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETS = {
    "labelled": ROOT / "tests" / "core" / "data" / "replies_labelled.toml",
    "tuning": ROOT / "tests" / "data" / "replies" / "tuning.toml",
    "heldout": ROOT / "tests" / "data" / "replies" / "heldout.toml",
    "more": ROOT / "tests" / "data" / "replies" / "tuning_more.toml",
    "fresh": ROOT / "tests" / "data" / "replies" / "tuning_fresh.toml",
    "wild": ROOT / "tests" / "data" / "replies" / "tuning_wild.toml",
    "courtesy": ROOT / "tests" / "data" / "replies" / "tuning_courtesy.toml",
    "paraphrase": ROOT / "tests" / "data" / "replies" / "tuning_paraphrase.toml",
    "blind_a": ROOT / "tests" / "data" / "replies" / "tuning_blind_a.toml",
    "blind_b": ROOT / "tests" / "data" / "replies" / "tuning_blind_b.toml",
    "blind_c": ROOT / "tests" / "data" / "replies" / "tuning_blind_c.toml",
    "blind_d": ROOT / "tests" / "data" / "replies" / "tuning_blind_d.toml",
    "blind_e": ROOT / "tests" / "data" / "replies" / "tuning_blind_e.toml",
    "blind_f": ROOT / "tests" / "data" / "replies" / "tuning_blind_f.toml",
    "blind_g": ROOT / "tests" / "data" / "replies" / "tuning_blind_g.toml",
    "blind_h": ROOT / "tests" / "data" / "replies" / "tuning_blind_h.toml",
    "blind_i": ROOT / "tests" / "data" / "replies" / "tuning_blind_i.toml",
    "blind_j": ROOT / "tests" / "data" / "replies" / "tuning_blind_j.toml",
    "blind_k": ROOT / "tests" / "data" / "replies" / "tuning_blind_k.toml",
    "blind_l": ROOT / "tests" / "data" / "replies" / "tuning_blind_l.toml",
    "blind_m": ROOT / "tests" / "data" / "replies" / "tuning_blind_m.toml",
    "blind_n": ROOT / "tests" / "data" / "replies" / "tuning_blind_n.toml",
    "blind_o": ROOT / "tests" / "data" / "replies" / "tuning_blind_o.toml",
    "blind_p": ROOT / "tests" / "data" / "replies" / "tuning_blind_p.toml",
    "blind_r": ROOT / "tests" / "data" / "replies" / "tuning_blind_r.toml",
    "blind_s": ROOT / "tests" / "data" / "replies" / "tuning_blind_s.toml",
    "blind_t": ROOT / "tests" / "data" / "replies" / "tuning_blind_t.toml",
    "blind_u": ROOT / "tests" / "data" / "replies" / "tuning_blind_u.toml",
    "blind_v": ROOT / "tests" / "data" / "replies" / "tuning_blind_v.toml",
    "blind_w": ROOT / "tests" / "data" / "replies" / "tuning_blind_w.toml",
    "blind_x": ROOT / "tests" / "data" / "replies" / "tuning_blind_x.toml",
    "blind_y": ROOT / "tests" / "data" / "replies" / "tuning_blind_y.toml",
    "blind_z": ROOT / "tests" / "data" / "replies" / "tuning_blind_z.toml",
    "blind_za": ROOT / "tests" / "data" / "replies" / "tuning_blind_za.toml",
    "blind_zb": ROOT / "tests" / "data" / "replies" / "tuning_blind_zb.toml",
    "blind_zc": ROOT / "tests" / "data" / "replies" / "tuning_blind_zc.toml",
    "blind_zd": ROOT / "tests" / "data" / "replies" / "tuning_blind_zd.toml",
    "blind_ze": ROOT / "tests" / "data" / "replies" / "tuning_blind_ze.toml",
    "blind_zf": ROOT / "tests" / "data" / "replies" / "tuning_blind_zf.toml",
    "blind_zg": ROOT / "tests" / "data" / "replies" / "tuning_blind_zg.toml",
    "blind_zh": ROOT / "tests" / "data" / "replies" / "tuning_blind_zh.toml",
    "blind_zi": ROOT / "tests" / "data" / "replies" / "tuning_blind_zi.toml",
    "blind_zj": ROOT / "tests" / "data" / "replies" / "tuning_blind_zj.toml",
    "blind_zk": ROOT / "tests" / "data" / "replies" / "tuning_blind_zk.toml",
    "blind_zl": ROOT / "tests" / "data" / "replies" / "tuning_blind_zl.toml",
    "blind_zm": ROOT / "tests" / "data" / "replies" / "tuning_blind_zm.toml",
    "blind_zn": ROOT / "tests" / "data" / "replies" / "tuning_blind_zn.toml",
    "blind_zo": ROOT / "tests" / "data" / "replies" / "tuning_blind_zo.toml",
    "blind_zp": ROOT / "tests" / "data" / "replies" / "tuning_blind_zp.toml",
    "blind_zq": ROOT / "tests" / "data" / "replies" / "tuning_blind_zq.toml",
    "blind_zr": ROOT / "tests" / "data" / "replies" / "tuning_blind_zr.toml",
    "blind_zs": ROOT / "tests" / "data" / "replies" / "tuning_blind_zs.toml",
    "blind_zt": ROOT / "tests" / "data" / "replies" / "tuning_blind_zt.toml",
    "blind_zu": ROOT / "tests" / "data" / "replies" / "tuning_blind_zu.toml",
    "blind_zv": ROOT / "tests" / "data" / "replies" / "tuning_blind_zv.toml",
    "blind_zw": ROOT / "tests" / "data" / "replies" / "tuning_blind_zw.toml",
    "blind_zx": ROOT / "tests" / "data" / "replies" / "tuning_blind_zx.toml",
    "blind_zy": ROOT / "tests" / "data" / "replies" / "tuning_blind_zy.toml",
}
LABELLED = SETS["labelled"]

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.core.scorecard import ELEMENTS  # noqa: E402  (the items judged on every reply)


@dataclass
class Agreement:
    cases: int = 0
    per_element: dict[str, float] = field(default_factory=dict)
    pass_fail: float = 0.0
    disagreements: list[str] = field(default_factory=list)


def load_cases(path: Path = LABELLED) -> list[dict]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)["case"]


def grammar_callable():
    from app.core.grammar.checker import GrammarChecker
    from app.core.grammar.rules import check_rules
    checker = GrammarChecker(engine="embedded", extra_rules=check_rules)
    return lambda text, language: checker.check(text, language).findings


def measure(cases: list[dict] | None = None, grammar=None) -> Agreement:
    from app.core.scorecard import score_reply

    cases = load_cases() if cases is None else cases
    agree = {e: 0 for e in ELEMENTS}
    judged = {e: 0 for e in ELEMENTS}
    pass_agree = 0
    result = Agreement(cases=len(cases))
    for case in cases:
        card = score_reply(case["reply"], case["customer"], customer_name=case.get("name", ""), grammar=grammar)
        for e in ELEMENTS:
            if e not in case.get("na", []) and e not in case["labels"]:
                continue
            judged[e] += 1
            want = None if e in case.get("na", []) else case["labels"][e]
            got = card[e].passed
            if got == want:
                agree[e] += 1
            else:
                result.disagreements.append(f"{case['id']}: {e} — разметка {want}, программа {got} ({card[e].reason})")
        if card.passed == case["pass"]:
            pass_agree += 1
        else:
            result.disagreements.append(f"{case['id']}: зачёт — разметка {case['pass']}, программа {card.passed} "
                                        f"(балл {card.total})")
    result.per_element = {e: 100 * agree[e] / judged[e] for e in ELEMENTS if judged[e]}
    result.pass_fail = 100 * pass_agree / max(len(cases), 1)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", choices=[*SETS, []], default=[],
                        help="какие наборы измерить (по умолчанию все, кроме отложенного heldout: "
                             "его называют явно, чтобы не смотреть на него при каждой правке)")
    parser.add_argument("--details", action="store_true", help="показать каждое расхождение")
    parser.add_argument("--no-grammar", action="store_true", help="без проверки грамотности")
    parser.add_argument("--half", choices=["tune", "check"],
                        help="только ответы этой половины набора (поле half: на «tune» правят правила, "
                             "«check» лишь измеряют)")
    args = parser.parse_args(argv)
    grammar = None if args.no_grammar else grammar_callable()
    for name in args.sets or [name for name in SETS if name != "heldout"]:
        cases = load_cases(SETS[name])
        if args.half:
            cases = [c for c in cases if c.get("half") == args.half]
        result = measure(cases, grammar=grammar)
        print(f"{name}{f' ({args.half})' if args.half else ''}: ответов {result.cases}")
        for e, pct in result.per_element.items():
            print(f"  {e:<10} {pct:5.1f} %")
        print(f"  зачёт/незачёт {result.pass_fail:.1f} %")
        if args.details:
            for line in result.disagreements:
                print("    " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
