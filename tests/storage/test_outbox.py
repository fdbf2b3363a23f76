"""The xAPI outbox: a statement exists exactly when its attempt does; credentials never leave."""

from __future__ import annotations

import json

import pytest
from storage_helpers import save_attempt

from app.core.records import GrammarRecord
from app.core.xapi import XapiError
from app.reports.export import export_results
from app.storage import SaveError
from app.storage.connection import writing
from app.storage.outbox import LrsSettings

ENDPOINT = "http://127.0.0.1:9/xAPI/"


def _on(store, profile_id: int, **identity) -> None:
    identity = identity or {"email": "anna@example.org"}
    store.outbox.save_settings(profile_id, LrsSettings(enabled=True, endpoint=ENDPOINT, **identity))


def _rows(store) -> list[tuple]:
    return store.db.execute("SELECT attempt_id, voids, state FROM outbox ORDER BY id").fetchall()


def test_off_by_default_nothing_is_queued(store, profile):
    assert store.outbox.settings(profile.id).enabled is False
    save_attempt(store, profile.id)
    assert _rows(store) == []


def test_statement_queued_with_the_attempt(store, profile):
    _on(store, profile.id)
    typing = save_attempt(store, profile.id)
    graded = store.attempts.save_result(profile.id, pack_id="p", exercise_id="g1", score=100.0, passed=True,
                                        record=GrammarRecord(answer="x"), started_at="2025-01-01T10:00:00")
    assert _rows(store) == [(typing, 0, "waiting"), (graded, 0, "waiting")]
    assert store.outbox.status(profile.id).waiting == 2


def test_queue_failure_saves_no_attempt_either(store, profile):
    """One transaction: if the statement cannot be queued, the attempt is not half-saved."""
    _on(store, profile.id)
    store.db.execute("CREATE TRIGGER full BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(SaveError):
        save_attempt(store, profile.id)
    assert store.attempts.count(profile.id) == 0
    assert store.db.execute("SELECT count(*) FROM keystrokes").fetchone()[0] == 0


def test_identity_that_cannot_make_a_statement_does_not_lose_the_attempt(store, profile):
    # stored by an older version or edited by hand: switched on without an identity
    store.settings.set("lrs", {"enabled": True, "endpoint": ENDPOINT}, profile_id=profile.id)
    save_attempt(store, profile.id)
    assert store.attempts.count(profile.id) == 1 and _rows(store) == []
    assert "адрес электронной почты" in store.outbox.status(profile.id).last_error


@pytest.mark.parametrize("settings, message", [
    (LrsSettings(enabled=True, endpoint="lrs.example.org", email="a@example.org"), "http://"),
    (LrsSettings(enabled=True, endpoint=ENDPOINT, email="anna"), "не похож"),
    (LrsSettings(enabled=True, endpoint=ENDPOINT, account_name="anna"), "адрес сайта"),
])
def test_switching_on_checks_the_settings(store, profile, settings, message):
    with pytest.raises(XapiError, match=message):
        store.outbox.save_settings(profile.id, settings)
    assert store.outbox.settings(profile.id).enabled is False


def test_voiding_joins_the_deleting_transaction(store, profile):
    _on(store, profile.id)
    attempt = save_attempt(store, profile.id)
    store.db.execute("UPDATE outbox SET state = 'sent'")
    with pytest.raises(RuntimeError):
        with writing(store.db, "удалить попытку") as conn:
            assert store.outbox.queue_voiding(attempt, conn) == "voided"
            conn.execute("DELETE FROM attempts WHERE id = ?", (attempt,))
            raise RuntimeError("the deletion fails after all")
    assert _rows(store) == [(attempt, 0, "sent")] and store.attempts.count(profile.id) == 1
    assert store.outbox.queue_voiding(attempt) == "voided"
    assert _rows(store) == [(attempt, 0, "sent"), (attempt, 1, "waiting")]
    assert store.outbox.queue_voiding(attempt) == "voided"  # asked twice: still one voiding statement
    assert len(_rows(store)) == 2


def test_credentials_stay_out_of_exports(store, profile, tmp_path):
    _on(store, profile.id)
    store.outbox.save_credentials(profile.id, "dept-key", "очень-секретно")
    save_attempt(store, profile.id)
    for fmt in ("json", "csv"):
        path = export_results(store, [profile.id], tmp_path / f"out.{fmt}", fmt)
        text = path.read_text(encoding="utf-8-sig")
        assert "очень-секретно" not in text and "dept-key" not in text
    assert json.loads((tmp_path / "out.json").read_text())["profiles"][0]["name"] == profile.name
    assert store.outbox.credentials(profile.id) == ("dept-key", "очень-секретно")


def test_deleting_a_profile_takes_its_queue(store, profile):
    _on(store, profile.id)
    save_attempt(store, profile.id)
    store.profiles.delete(profile.id)
    assert _rows(store) == []


def test_removing_a_packs_results_voids_what_the_lrs_has(store, profile):
    _on(store, profile.id)
    sent = save_attempt(store, profile.id, pack_id="old-pack", exercise_id="a")
    store.db.execute("UPDATE outbox SET state = 'sent'")
    waiting = save_attempt(store, profile.id, pack_id="old-pack", exercise_id="b")
    other = save_attempt(store, profile.id, pack_id="other", exercise_id="c")
    assert store.attempts.delete_pack("old-pack") == 2
    # the delivered one is voided, the waiting one never leaves, the other pack's is untouched
    assert _rows(store) == [(sent, 0, "sent"), (other, 0, "waiting"), (sent, 1, "waiting")]
    assert waiting not in [r[0] for r in _rows(store)]


def test_deleting_attempts_voids_them_and_putting_them_back_takes_it_back(store, profile):
    _on(store, profile.id)
    sent = save_attempt(store, profile.id, exercise_id="a")
    store.db.execute("UPDATE outbox SET state = 'sent'")
    waiting = save_attempt(store, profile.id, exercise_id="b")
    removed = store.attempts.delete(profile.id, [sent, waiting])
    assert _rows(store) == [(sent, 0, "sent"), (sent, 1, "waiting")]  # b never left: nothing to void
    store.attempts.restore(removed)  # «Вернуть удалённые» before the voiding went out
    assert sorted(_rows(store)) == [(sent, 0, "sent"), (waiting, 0, "waiting")]
