"""Verification grades the embedded answers again against the built-in packs.

Each forged certificate below has its figures and verification code recomputed after the edit,
so the figures and the code agree with the data: only re-grading the answers can catch it.
"""

import copy
import dataclasses
import json
from datetime import date

import pytest

from app.core import quiz
from app.core.cert_evidence import build_evidence, collect
from app.core.cert_verify import verify_evidence
from app.core.certificate import figures_from_raw, verification_code
from app.core.thresholds import CertificateThresholds
from app.core.grammar.answers import judge_answer
from app.core.grammar.checker import GrammarChecker
from app.core.grammar.rules import check_rules
from app.core.records import QuizRecord
from app.core.scorecard import score_reply
from app.packs.registry import find_pack
from tests.core.cert_fixtures import row


@pytest.fixture(scope="module")
def check():
    checker = GrammarChecker(engine="embedded", extra_rules=check_rules)
    return lambda text, language: checker.check(text, language).findings


def _evidence(rows, pack, th):
    elig = collect(rows, pack, lambda _: [], th)
    return build_evidence(elig, name="Анна Петрова", profile="anna", pack=pack, th=th, issued=date(2026, 12, 4))


def _forged(evidence, edit):
    """``evidence`` with its raw data edited and everything derived from it recomputed to agree."""
    doc = copy.deepcopy(evidence)
    edit(doc["raw"])
    figures, _ = figures_from_raw(doc["kinds"], doc["raw"], CertificateThresholds(**doc["thresholds"]))
    doc["figures"] = [f.to_dict() for f in figures]
    doc["code"] = verification_code(doc)
    return doc


def _never_called(text, language):
    raise AssertionError("a quiz needs no grammar engine")


# --------------------------------------------------------------------------- quiz

@pytest.fixture(scope="module")
def netiquette():
    pack = find_pack("ru-netiquette", None)
    final = next(q for q in pack.quizzes if q.id == "quiz-final")
    drawn = quiz.draw(pack.quiz, final, seed=7)
    wrong = next(d for d in drawn if d.question.type == "truefalse")
    answers = {d.id: quiz.right_answer(d.question) for d in drawn}
    answers[wrong.id] = not wrong.question.answer
    details = QuizRecord.of(7, drawn, quiz.grade_quiz(drawn, answers, final)).to_json()
    details = json.loads(json.dumps(details))  # as the store gives it back
    ev = _evidence([row(1, "quiz", final.id, score=95.0, **details)], pack, CertificateThresholds())
    return pack, ev, wrong.id


def test_an_honest_quiz_certificate_is_re_graded_and_holds(netiquette):
    pack, ev, _ = netiquette
    assert {type(a).__name__ for a in ev["raw"]["quiz"]["answers"].values()} >= {"int", "list", "bool", "str"}
    report = verify_evidence(ev, pack=pack, check=_never_called)
    assert report.valid, report.mismatches
    assert report.regraded and report.notes == []


def test_a_wrong_quiz_answer_put_among_the_right_ones_is_named(netiquette):
    pack, ev, wrong = netiquette
    forged = _forged(ev, lambda raw: raw["quiz"]["right"].append(wrong))
    assert verify_evidence(forged).valid  # the figures alone agree with the forged list
    report = verify_evidence(forged, pack=pack, check=_never_called)
    assert report.mismatches == [f"Тест, вопрос {wrong}: в сертификате ответ засчитан как верный, "
                                 "при перепроверке — неверный"]


def test_a_right_question_counted_twice_is_named(netiquette):
    pack, ev, _ = netiquette
    first = ev["raw"]["quiz"]["right"][0]
    forged = _forged(ev, lambda raw: raw["quiz"]["right"].append(first))
    report = verify_evidence(forged, pack=pack, check=_never_called)
    assert any(first in line and "несколько раз" in line for line in report.mismatches)


def test_without_the_pack_the_answers_are_not_re_graded_and_the_note_says_so(netiquette):
    pack, ev, wrong = netiquette
    forged = _forged(ev, lambda raw: raw["quiz"]["right"].append(wrong))
    other = dataclasses.replace(pack, content_hash="0" * 64)  # another version of the pack
    for given in (None, other):
        report = verify_evidence(forged, pack=given, check=_never_called)
        assert report.valid and not report.regraded
        assert report.notes == [f"Ответы не перепроверены: пакет «ru-netiquette» версии {pack.manifest.version} "
                                f"(хеш {pack.content_hash}) не найден"]


def test_a_quiz_run_saved_before_answers_were_kept_gets_a_note_not_a_failure(netiquette):
    pack, ev, _ = netiquette
    old = _forged(ev, lambda raw: raw["quiz"].pop("answers"))
    report = verify_evidence(old, pack=pack, check=_never_called)
    assert report.valid
    assert report.notes == ["Ответы теста не перепроверены: сертификат выпущен до того, как ответы стали сохраняться."]
    # nothing else to re-grade: the report must not also claim the answers were checked again
    assert report.regraded == [] and report.regraded_sentence() == ""


def test_the_report_names_exactly_the_kinds_re_graded(netiquette):
    pack, ev, _ = netiquette
    report = verify_evidence(ev, pack=pack, check=_never_called)
    assert report.regraded_sentence() == "Ответы заново проверены по пакету: тест."


# --------------------------------------------------------------------------- grammar

@pytest.fixture(scope="module")
def grammar(check):
    pack = find_pack("ru-grammar", None)
    items = [g for g in pack.grammar if g.kind != "free"][:8]
    answers = {g.id: g.answers[0] for g in items}
    answers[items[0].id] = items[0].text  # the sentence left uncorrected
    rows = []
    for n, item in enumerate(items):
        verdict = judge_answer(item, answers[item.id], item.language or pack.manifest.language, check)
        rows.append(row(10 + n, "grammar", item.id, passed=verdict.accepted, answer=answers[item.id]))
    assert [r.passed for r in rows] == [False] + [True] * 7
    ev = _evidence(rows, pack, CertificateThresholds(grammar_percent=2.0))
    return pack, ev, items[0].id


def test_an_honest_grammar_certificate_holds_when_re_graded(grammar, check):
    pack, ev, _ = grammar
    report = verify_evidence(ev, pack=pack, check=check)
    assert report.valid and report.regraded, report.mismatches


def test_an_uncorrected_sentence_marked_accepted_is_named(grammar, check):
    pack, ev, wrong = grammar

    def accept(raw):
        next(a for a in raw["grammar"]["answers"] if a["id"] == wrong)["accepted"] = True

    forged = _forged(ev, accept)
    assert verify_evidence(forged).valid
    assert verify_evidence(forged, pack=pack, check=check).mismatches == [
        f"Грамматика, упражнение {wrong}: в сертификате ответ засчитан как верный, при перепроверке — неверный"]


def test_an_answer_right_only_with_help_holds_unaccepted_and_cannot_be_passed_off(grammar, check):
    pack, ev, wrong = grammar
    item = next(g for g in pack.grammar if g.id == wrong)

    def helped(raw):  # the learner later typed the key they had been shown
        entry = next(a for a in raw["grammar"]["answers"] if a["id"] == wrong)
        entry.update(answer=item.answers[0], with_help=True)

    honest = _forged(ev, helped)
    assert verify_evidence(honest, pack=pack, check=check).mismatches == []

    def passed_off(raw):
        helped(raw)
        next(a for a in raw["grammar"]["answers"] if a["id"] == wrong)["accepted"] = True

    assert verify_evidence(_forged(ev, passed_off), pack=pack, check=check).mismatches == [
        f"Грамматика, упражнение {wrong}: в сертификате ответ засчитан как верный, при перепроверке — неверный"]


# --------------------------------------------------------------------------- correspondence

@pytest.fixture(scope="module")
def correspondence(check):
    pack = find_pack("ru-correspondence", None)
    tasks = [t for t in pack.correspondence if not t.turns][:5]
    rows = []
    late = tasks[2]  # answered after the time limit: it loses the time mark
    for n, task in enumerate(tasks):
        seconds = task.time_limit + 60.0 if task is late else 40.0
        card = score_reply(task.model_replies[0], task.messages, customer_name=task.customer, task=task,
                           language="ru", grammar=check, seconds=seconds)
        rows.append(row(30 + n, "correspondence", task.id, score=card.total, passed=card.passed,
                        turn="", reply=task.model_replies[0], seconds=seconds, scorecard=card.to_json()))
    ev = _evidence(rows, pack, CertificateThresholds(correspondence_score=10.0))
    assert next(r for r in ev["raw"]["correspondence"]["replies"] if r["id"] == late.id)["scorecard"]["total"] < 100
    return pack, ev, late.id


def test_an_honest_correspondence_certificate_holds_when_re_graded(correspondence, check):
    pack, ev, _ = correspondence
    report = verify_evidence(ev, pack=pack, check=check)
    assert report.valid and report.regraded, report.mismatches


def test_a_raised_reply_score_is_named(correspondence, check):
    pack, ev, task_id = correspondence

    def raise_score(raw):
        reply = next(r for r in raw["correspondence"]["replies"] if r["id"] == task_id)
        reply["scorecard"]["total"] = 100

    forged = _forged(ev, raise_score)
    assert verify_evidence(forged).valid
    lines = verify_evidence(forged, pack=pack, check=check).mismatches
    assert len(lines) == 1 and lines[0].startswith(f"Переписка, задание {task_id}: балл в сертификате")


def test_a_late_reply_passed_off_as_timely_is_named(correspondence, check):
    pack, ev, task_id = correspondence

    def in_time(raw):
        reply = next(r for r in raw["correspondence"]["replies"] if r["id"] == task_id)
        reply["scorecard"]["elements"]["time"]["passed"] = True

    forged = _forged(ev, in_time)
    assert verify_evidence(forged).valid
    assert verify_evidence(forged, pack=pack, check=check).mismatches == [
        f"Переписка, задание {task_id}: пункт «Время ответа» в сертификате выполнен, при перепроверке — нет"]
