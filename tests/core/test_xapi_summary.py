"""A department's summary from the statements an LRS returns: one row per candidate, our statements only,
voided ones left out, the same figures as from exported files."""

from __future__ import annotations

import uuid

from app.core import xapi
from app.core.xapi_summary import actor_key, actor_name, attempt_of, candidates

from test_xapi import ANNA, PROFILE, Row


def test_summary_leaves_out_voided_and_foreign_statements():
    kept = xapi.attempt_statement(Row(kind="timed", id=1), ANNA, None, "1")
    voided = xapi.attempt_statement(Row(kind="timed", id=2, cpm=900.0), ANNA, None, "1")
    voiding = xapi.voiding_statement(PROFILE, ANNA.actor(), 2, "2025-03-02T00:00:00+00:00")
    foreign = {"id": str(uuid.uuid4()), "actor": {"mbox": "mailto:x@example.org"},
               "verb": {"id": xapi.VERBS["passed"]}, "object": {"id": "https://other.example/course"}}
    [row] = candidates([kept, voided, voiding, foreign], "LRS")
    assert (row.name, row.attempts, row.figures["best_timed_cpm"]) == ("Анна", 1, 212.5)


def test_one_row_per_candidate_with_the_best_figures_and_the_source():
    boris = xapi.Learner(str(uuid.uuid4()), name="Борис", account_name="boris", home_page="https://kadry.example")
    statements = [xapi.attempt_statement(Row(kind="timed", id=n, cpm=cpm), ANNA, None, "1")
                  for n, cpm in ((1, 180.0), (2, 240.5))]
    statements.append(xapi.attempt_statement(Row(kind="timed", id=3, cpm=150.0), boris, None, "1"))
    rows = candidates(statements, "https://lrs.example")
    assert [(r.name, r.attempts, r.figures["best_timed_cpm"], r.sources) for r in rows] == [
        ("Анна", 2, 240.5, ("https://lrs.example",)), ("Борис", 1, 150.0, ("https://lrs.example",))]


def test_an_attempt_is_read_back_from_its_statement():
    statement = xapi.attempt_statement(Row(kind="timed", cpm=212.5, accuracy=97.31), ANNA, None, "1")
    assert attempt_of(statement) == {"kind": "timed", "cpm": 212.5, "accuracy": 97.31, "score": None, "flags": []}
    assert attempt_of({**statement, "context": {}}) is None  # not of our statement profile


def test_a_candidate_is_known_by_account_or_address_and_named_as_best_we_can():
    account = {"account": {"homePage": "https://kadry.example", "name": "anna"}}
    assert actor_key(account) == "https://kadry.example|anna" and actor_name(account) == "anna"
    assert actor_key({"mbox": "mailto:anna@example.org"}) == "mailto:anna@example.org"
    assert actor_name({"mbox": "mailto:anna@example.org"}) == "anna@example.org"
    assert actor_name({"name": "Анна", "mbox": "mailto:anna@example.org"}) == "Анна"
    assert actor_name({}) == "без имени"
