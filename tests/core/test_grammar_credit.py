"""Grammar first-try scoring (issue 16, item 2): a right answer after the key or a fix was seen
is «решено с подсказкой» — shown apart, never solved, never in a certificate."""

from types import SimpleNamespace

from app.core.cert_evidence import collect
from app.core.certificate import grammar_figures
from app.core.content import GrammarItem
from app.core.grammar_credit import credit, help_seen_before, shows_help, solved_with_help
from app.core.progress import topic_progress
from app.core.records import GrammarRecord
from app.core.thresholds import CertificateThresholds
from tests.core.cert_fixtures import pack, row

ITEM = GrammarItem("g1", "punctuation", "Добрый день Иван!", ("Добрый день, Иван!",), topic="Обращение")
FREE = GrammarItem("g2", "free", "Сообщите срок.", topic="Обращение")


def verdict(accepted, key="", replacements=()):
    return SimpleNamespace(accepted=accepted, key=key,
                           findings=[SimpleNamespace(replacements=tuple(replacements))] if replacements else [])


def stored(exercise_id, passed, **record):
    return SimpleNamespace(exercise_id=exercise_id, passed=passed,
                           details=GrammarRecord(answer="…", **record).to_json())


def test_a_wrong_answer_shows_help_when_it_shows_the_key_or_a_fix():
    assert shows_help(verdict(False, key="Добрый день, Иван!"))
    assert shows_help(verdict(False, replacements=["течение"]))
    assert not shows_help(verdict(False))  # «too short», no key, no fix: nothing given away
    assert not shows_help(verdict(True, key="Добрый день, Иван!"))


def test_only_a_right_answer_before_help_counts():
    first, helped, wrong = credit(True, False), credit(True, True), credit(False, True)
    assert (first.passed, first.with_help) == (True, False)
    assert (helped.passed, helped.with_help) == (False, True)
    assert (wrong.passed, wrong.with_help) == (False, False)


def test_help_seen_in_an_earlier_session_is_remembered():
    assert not help_seen_before(ITEM, [])
    assert not help_seen_before(ITEM, [stored("g1", True)])  # solved at once: no help
    assert help_seen_before(ITEM, [stored("g1", False)])  # a wrong answer showed the key
    assert not help_seen_before(ITEM, [stored("other", False)])
    no_fix = stored("g2", False, findings=[{"rule_id": "R", "replacements": []}])
    assert not help_seen_before(FREE, [no_fix])  # no key, no fix offered
    assert help_seen_before(FREE, [stored("g2", False, findings=[{"rule_id": "R", "replacements": ["течение"]}])])


def test_solved_with_help_is_counted_apart_in_topic_progress():
    rows = [stored("g1", False), stored("g1", False, with_help=True), stored("g2", True),
            stored("g3", False, with_help=True), stored("g3", True)]  # g3 solved at the first try later on
    helped = solved_with_help(rows)
    assert helped == {"g1"}
    [topic] = topic_progress([ITEM, FREE], {"g2"}, helped)
    assert (topic.done, topic.with_help, topic.total) == (1, 1, 2)


def test_an_old_row_without_the_field_counts_as_it_did():
    old = {"topic": "Обращение", "kind": "punctuation", "answer": "Добрый день, Иван!", "matched_key": None,
           "findings": []}  # written before with_help existed
    assert GrammarRecord.from_json(old).with_help is False
    assert solved_with_help([SimpleNamespace(exercise_id="g1", passed=True, details=old)]) == set()


def test_an_answer_solved_with_help_never_counts_for_a_certificate():
    rows = [row(10 + i, "grammar", f"g{i}", score=100.0, passed=True, answer=f"ответ {i}") for i in range(8)]
    rows += [row(20, "grammar", "g8", score=0.0, passed=False, answer="ответ 8"),
             row(21, "grammar", "g8", score=0.0, passed=False, answer="верный 8", with_help=True)]
    raw = collect(rows, pack(), lambda _: [], CertificateThresholds()).raw["grammar"]
    entry = next(a for a in raw["answers"] if a["id"] == "g8")
    assert entry == {"id": "g8", "answer": "верный 8", "accepted": False, "with_help": True}
    [figure] = grammar_figures(raw, CertificateThresholds(grammar_percent=80.0))
    assert figure.reached == 80.0  # 8 of 10: the one solved with help is not among them
