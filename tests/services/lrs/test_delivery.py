"""Results reach a real LRS (Ralph) through the real sender, whatever goes wrong on the way."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from ralph.models.xapi.base.statements import BaseXapiStatement

from app.core import xapi
from app.services.lrs import LrsClient, deliver_pending, deliver_store
from app.services.results import gather_from_lrs
from app.storage import open_store
from tests.services.lrs.fault_proxy import FaultProxy
from tests.services.lrs.helpers import describe_packs, save_every_kind, sending_profile
from tests.services.lrs.ralph import KEY, SECRET, Ralph
from tests.storage.storage_helpers import save_attempt

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
ISO_DURATION = re.compile(r"^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)$")


def _fast(endpoint, key, secret):
    """The real client with short pauses, so fault tests do not wait for minutes."""
    return LrsClient(endpoint, key, secret, deadline=3.0, first_pause=0.05)


def _read_back(ralph: Ralph, **filters) -> list[dict]:
    return list(LrsClient(ralph.endpoint, KEY, SECRET).statements(**filters))


def _waiting(store) -> int:
    return store.db.execute("SELECT count(*) FROM outbox WHERE state = 'waiting'").fetchone()[0]


def test_every_kind_of_attempt_arrives_once_and_follows_xapi(ralph, tmp_path):
    with open_store(tmp_path / "data") as store:
        describe_packs(store)
        anna = sending_profile(store, "Анна Петрова", ralph.endpoint, email="anna@example.org")
        ids = save_every_kind(store, anna.id)
        assert _waiting(store) == len(ids)
        done = deliver_pending(store.outbox)
        assert (done.sent, done.failed, done.errors) == (len(ids), 0, [])
        assert _waiting(store) == 0 and store.outbox.status(anna.id).sent == len(ids)

    got = _read_back(ralph)
    assert len(got) == len(ids) and len({s["id"] for s in got}) == len(ids)
    for s in got:  # Ralph's strict xAPI 1.0.3 model (its API itself validates leniently)
        BaseXapiStatement.model_validate(s)
    verbs = sorted(s["verb"]["id"].rsplit("/", 1)[1] for s in got)
    # the lesson was left unfinished (attempted); the timed test and the shift fell short
    assert verbs == ["answered", "attempted", "failed", "failed", "passed", "scored"]
    for s in got:
        assert UUID_RE.match(s["id"])
        assert s["actor"] == {"objectType": "Agent", "name": "Анна Петрова", "mbox": "mailto:anna@example.org"}
        assert s["object"]["id"].startswith("urn:chat-trainer:pack:")
        assert ISO_DURATION.match(s["result"]["duration"])
        assert s["context"]["registration"] == xapi.registration(_profile_uuid(tmp_path, anna.id), s_pack(s))
        assert s["context"]["contextActivities"]["parent"][0]["definition"]["type"] == xapi.COURSE_TYPE
        assert "stored" in s and "authority" in s  # the LRS, not us, adds these (xAPI 1.0.3 §2.4.8, §2.4.9)
        score = s["result"].get("score")
        if score is not None:
            assert -1 <= score["scaled"] <= 1 and score["min"] <= score["raw"] <= score["max"]
    reply = next(s for s in got if s["verb"]["id"].endswith("scored"))
    assert reply["result"]["extensions"][xapi.EXT["scorecard"]] == {"greeting": True, "empathy": False}
    assert reply["result"]["duration"] == "PT1M35.5S"
    typing = next(s for s in got if s["object"]["id"].endswith("home-row-1"))
    assert typing["result"]["extensions"][xapi.EXT["cpm"]] > 0


def s_pack(statement: dict) -> str:
    return "ru-basic" if statement["result"]["extensions"][xapi.EXT["kind"]] in ("lesson", "timed") else "dept-pack"


def _profile_uuid(tmp_path: Path, profile_id: int) -> str:
    with open_store(tmp_path / "data") as store:
        return store.settings.get("xapi_profile_uuid", profile_id=profile_id)


def test_resending_everything_duplicates_nothing(ralph, tmp_path):
    with open_store(tmp_path / "data") as store:
        profile = sending_profile(store, "Борис", ralph.endpoint, account="boris.k")
        save_every_kind(store, profile.id)
        deliver_pending(store.outbox)
        # the answer was lost: the program thinks nothing went through and sends it all again
        store.db.execute("UPDATE outbox SET state = 'waiting'")
        again = deliver_pending(store.outbox)
        assert again.sent == 6 and again.failed == 0
    assert len(ralph.stored()) == 6 and len(_read_back(ralph)) == 6


def test_wrong_secret_keeps_everything_waiting_with_a_clear_error(ralph, tmp_path):
    with open_store(tmp_path / "data") as store:
        profile = sending_profile(store, "Вера", ralph.endpoint, email="vera@example.org", secret="не тот")
        save_attempt(store, profile.id)
        done = deliver_pending(store.outbox, client_for=_fast)
        status = store.outbox.status(profile.id)
        assert (done.sent, done.failed, status.waiting) == (0, 1, 1)
        assert "ключ" in status.last_error and "401" in status.last_error
        store.outbox.save_credentials(profile.id, KEY, SECRET)
        store.db.execute("UPDATE outbox SET next_try = 0")  # the retry time has come
        assert deliver_pending(store.outbox).sent == 1
        assert store.outbox.status(profile.id).last_error == ""
    assert len(_read_back(ralph)) == 1


def test_lrs_down_for_days_then_back_loses_nothing(tmp_path):
    ralph = Ralph(tmp_path / "ralph")  # not started: the LRS is down
    with open_store(tmp_path / "data") as store:
        profile = sending_profile(store, "Глеб", ralph.endpoint, email="gleb@example.org")
        for n in range(3):
            save_attempt(store, profile.id, seed=n, exercise_id=f"ex-{n}")
            done = deliver_pending(store.outbox, client_for=_fast)
            assert done.sent == 0 and "недоступен" in done.errors[0]
            store.db.execute("UPDATE outbox SET next_try = 0")
        tries = store.db.execute("SELECT max(tries) FROM outbox").fetchone()[0]
        assert tries == 3 and _waiting(store) == 3
        ralph.start()
        try:
            assert deliver_pending(store.outbox).sent == 3
            assert len(_read_back(ralph)) == 3
        finally:
            ralph.stop()


def test_500_and_a_slow_lrs_are_retried_and_nothing_doubles(ralph, tmp_path):
    proxy = FaultProxy(ralph.port)
    try:
        with open_store(tmp_path / "data") as store:
            profile = sending_profile(store, "Дина", proxy.endpoint, email="dina@example.org")
            save_every_kind(store, profile.id)
            proxy.fail_next = 2  # two 500s, then the third try of the same request goes through
            assert deliver_pending(store.outbox, client_for=_fast).sent == 6
            assert [s for _m, _p, s in proxy.requests] == [500, 500, 200]
            for n in range(3):
                save_attempt(store, profile.id, seed=10 + n, exercise_id=f"slow-{n}")
            proxy.delay = 4.0  # longer than the whole deadline of a request
            done = deliver_pending(store.outbox, client_for=_fast)
            assert done.sent == 0 and done.failed == 3
            proxy.delay = 0
            store.db.execute("UPDATE outbox SET next_try = 0")
            assert deliver_pending(store.outbox, client_for=_fast).sent == 3
    finally:
        proxy.close()
    # the slow POST may have reached the LRS after the sender gave up: still one of each
    stored = ralph.stored()
    assert len(stored) == len({s["id"] for s in stored}) == 9


def test_lrs_restarted_mid_queue_and_sender_killed_lose_and_double_nothing(ralph, tmp_path):
    data = tmp_path / "data"
    with open_store(data) as store:
        profile = sending_profile(store, "Егор", ralph.endpoint, account="egor")
        for n in range(120):
            save_attempt(store, profile.id, n=40, seed=n, exercise_id=f"ex-{n}")
        db_path = store.path
    # a sender process delivers in small batches and is killed part-way
    script = textwrap.dedent(f"""
        import sys; sys.path[:0] = {[str(Path.cwd())]!r}
        from app.services.lrs import deliver_profile, LrsClient
        from app.storage.outbox import open_outbox
        outbox = open_outbox({str(db_path)!r})
        for _ in range(1000):
            deliver_profile(outbox, {profile.id}, LrsClient({ralph.endpoint!r}, {KEY!r}, {SECRET!r}),
                            batch=5, limit=5)
            print("batch", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    for _ in range(4):
        proc.stdout.readline()
    proc.kill()
    proc.wait(10)
    ralph.stop()  # the LRS restarts while statements are still waiting
    with open_store(data) as store:
        assert 0 < _waiting(store) < 120
        done = deliver_pending(store.outbox, client_for=_fast)
        assert done.sent == 0 and done.failed == _waiting(store)  # every waiting one is put off
        store.db.execute("UPDATE outbox SET next_try = 0")  # … until its retry time comes
    ralph.start()
    assert deliver_store(db_path).failed == 0
    with open_store(data) as store:
        assert _waiting(store) == 0
    ids = [s["id"] for s in ralph.stored()]
    assert len(ids) == len(set(ids)) == 120


def test_deleted_attempt_is_voided_and_leaves_the_summary(ralph, tmp_path):
    with open_store(tmp_path / "data") as store:
        profile = sending_profile(store, "Жанна", ralph.endpoint, email="zhanna@example.org")
        kept = save_attempt(store, profile.id, exercise_id="kept", kind="timed")
        gone = save_attempt(store, profile.id, exercise_id="gone", kind="timed")
        never_sent = save_attempt(store, profile.id, exercise_id="never", kind="timed")
        store.db.execute("UPDATE outbox SET next_try = 1e12 WHERE attempt_id = ?", (never_sent,))
        deliver_pending(store.outbox)
        assert store.outbox.queue_voiding(gone) == "voided"
        assert store.outbox.queue_voiding(never_sent) == "dropped"  # the LRS never heard of it
        assert store.outbox.queue_voiding(kept + 1000) == "none"
        assert deliver_pending(store.outbox).sent == 1
    gone_id = xapi.statement_id(_profile_uuid(tmp_path, profile.id), gone)
    voiding = next(s for s in ralph.stored() if s["verb"]["id"] == xapi.VERBS["voided"])
    assert voiding["object"] == {"objectType": "StatementRef", "id": gone_id}
    assert len(ralph.stored()) == 3  # kept, gone, and the voiding statement; «never» never left
    # Ralph 5.1 still returns the voided statement (xAPI 1.0.3 says it must not): the summary drops it
    report = gather_from_lrs(ralph.endpoint, KEY, SECRET)
    assert [r.attempts for r in report.candidates] == [1]


def test_department_summary_comes_from_the_lrs(ralph, tmp_path):
    with open_store(tmp_path / "data") as store:
        for n, name in enumerate(("Анна", "Борис", "Вера")):
            profile = sending_profile(store, name, ralph.endpoint, account=f"cand-{n}")
            save_every_kind(store, profile.id, seed=n * 10)
            save_attempt(store, profile.id, seed=n * 10 + 5, exercise_id="t2", kind="timed")
        deliver_pending(store.outbox)
    report = gather_from_lrs(ralph.endpoint, KEY, SECRET, limit="4")  # small pages: follows `more`
    assert report.unreadable == []
    assert [r.name for r in report.candidates] == ["Анна", "Борис", "Вера"]
    for row in report.candidates:
        assert row.attempts == 7
        assert row.figures["grammar_score"] == 100.0 and row.figures["quiz_score"] == 90.0
        assert row.figures["best_timed_cpm"] > 0
    wrong = gather_from_lrs(ralph.endpoint, KEY, "wrong")
    assert wrong.candidates == [] and "401" in wrong.unreadable[0]


def test_switched_off_profile_sends_nothing(ralph, tmp_path):
    from app.storage.outbox import LrsSettings
    with open_store(tmp_path / "data") as store:
        profile = store.profiles.create("Зоя")
        save_attempt(store, profile.id)
        assert _waiting(store) == 0  # off by default: nothing is even queued
        on = sending_profile(store, "Ирина", ralph.endpoint, email="irina@example.org")
        save_attempt(store, on.id)
        store.outbox.save_settings(on.id, LrsSettings(enabled=False, endpoint=ralph.endpoint,
                                                      email="irina@example.org"))
        assert deliver_pending(store.outbox).sent == 0 and _waiting(store) == 1
    assert _read_back(ralph) == []


@pytest.mark.parametrize("argv_extra", [[], ["--since", "2000-01-01T00:00:00Z"]])
def test_report_command_reads_the_lrs(ralph, tmp_path, argv_extra, capsys):
    from app.cli import main
    with open_store(tmp_path / "data") as store:
        profile = sending_profile(store, "Кира", ralph.endpoint, email="kira@example.org")
        save_every_kind(store, profile.id)
        deliver_pending(store.outbox)
    out = tmp_path / "summary.csv"
    code = main(["report", "--lrs", ralph.endpoint, "--lrs-key", KEY, "--lrs-secret", SECRET, "-o", str(out),
                 *argv_extra])
    assert code == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "Кира" in text and "LRS http://127.0.0.1" in text


def test_a_statement_the_lrs_refuses_is_set_aside_and_the_rest_arrive(ralph, tmp_path):
    with open_store(tmp_path / "data") as store:
        profile = sending_profile(store, "Лев", ralph.endpoint, email="lev@example.org")
        first = save_attempt(store, profile.id, seed=1, exercise_id="a")
        save_attempt(store, profile.id, seed=2, exercise_id="b")
        # a row damaged by hand: an agent with no identifier is not a valid actor
        store.db.execute("UPDATE outbox SET statement = json_set(statement, '$.actor', json('{\"name\": \"x\"}')) "
                         "WHERE attempt_id = ?", (first,))
        done = deliver_pending(store.outbox)
        status = store.outbox.status(profile.id)
        assert (done.sent, done.rejected, status.rejected, status.waiting) == (1, 1, 1, 0)
        assert "422" in status.rejected_error  # Ralph's «invalid statement» (xAPI says 400; both are refusals)
    assert [s["object"]["id"].rsplit(":", 1)[1] for s in _read_back(ralph)] == ["b"]
