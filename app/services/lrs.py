"""Talking to a department's Learning Record Store (xAPI 1.0.3 statements API) over HTTP.

The sender delivers what the outbox (app/storage/outbox.py) holds: POST in batches; the ids are
derived from the attempts, so a batch the LRS already has (409 Conflict, sent before the answer
was lost) is re-sent statement by statement with PUT, where 204 and 409 both mean "the LRS has it".
A statement the LRS refuses as such (400, or 422 from Ralph) is set aside as rejected and shown; everything else (LRS
down, 401, 5xx, too slow) leaves the statement waiting, retried later with growing pauses. It never
runs on the GUI thread: the window starts it through app/ui/lrs_sender.py.

The reader pages through GET /statements (``more``) for ``chat-trainer report --lrs``.
"""

from __future__ import annotations

import base64
import json
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urljoin

from app.core import xapi
from app.core.phrase import phrase

BATCH = 50  # statements per POST
REQUEST_DEADLINE = 30.0  # seconds for one request, all its tries included
TRIES = 3  # tries of one request within its deadline
FIRST_PAUSE = 0.5  # seconds before the second try; doubled for each further one
RETRY_AFTER = 30.0  # seconds before a statement whose delivery failed is tried again …
RETRY_AFTER_MAX = 3600.0  # … doubled per failure up to an hour: an LRS down for days costs 24 tries a day
# "This statement is invalid": 400 in xAPI 1.0.3; FastAPI-based LRSs (Ralph) answer 422.
REFUSED = frozenset({400, 422})


class LrsError(Exception):
    """A request the LRS did not answer with success; ``status`` is None when it did not answer at all."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


def retry_delay(tries: int) -> float:
    return min(RETRY_AFTER * 2 ** max(0, tries - 1), RETRY_AFTER_MAX)


def _describe_status(status: int, body: bytes) -> str:
    detail = body.decode("utf-8", "replace").strip()[:200]
    if status in (401, 403):
        return phrase("LRS не принял ключ и секрет (HTTP {status}). Проверьте их в настройках.", status=status)
    if status >= 500:
        return phrase("LRS сейчас не может принять данные (HTTP {status}): {detail}", status=status, detail=detail)
    return phrase("LRS ответил HTTP {status}: {detail}", status=status, detail=detail)


@dataclass
class LrsClient:
    """One LRS endpoint (the xAPI base URL, e.g. ``https://lrs.example.org/xAPI/``) with HTTP Basic."""
    endpoint: str
    key: str = ""
    secret: str = ""
    deadline: float = REQUEST_DEADLINE
    tries: int = TRIES
    first_pause: float = FIRST_PAUSE
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)

    def __post_init__(self) -> None:
        if not self.endpoint.startswith(("http://", "https://")):
            raise LrsError(phrase('Адрес LRS «{endpoint}» должен начинаться с http:// или https://.', endpoint=self.endpoint))
        self.endpoint = self.endpoint.rstrip("/") + "/"

    @property
    def statements_url(self) -> str:
        return self.endpoint + "statements"

    def _headers(self, body: bool) -> dict[str, str]:
        headers = {"X-Experience-API-Version": xapi.XAPI_VERSION, "Accept": "application/json"}
        if body:
            headers["Content-Type"] = "application/json"
        if self.key or self.secret:
            token = base64.b64encode(f"{self.key}:{self.secret}".encode()).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
        return headers

    def request(self, method: str, url: str, payload: object = None) -> tuple[int, bytes]:
        """Send one request, retrying a refused connection, a timeout, 429 and 5xx with exponential
        pauses, all within ``deadline`` seconds. Returns (status, body) for 2xx and 409; raises
        LrsError for the rest."""
        data = None if payload is None else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        start = time.monotonic()
        pause = self.first_pause
        error = LrsError(phrase('LRS не ответил.'))
        for attempt in range(self.tries):
            left = self.deadline - (time.monotonic() - start)
            if left <= 0:
                break
            req = urllib.request.Request(url, data=data, method=method, headers=self._headers(data is not None))
            try:
                with urllib.request.urlopen(req, timeout=left) as response:
                    return response.status, response.read()
            except urllib.error.HTTPError as exc:
                body = exc.read()
                if exc.code == 409:
                    return 409, body
                error = LrsError(_describe_status(exc.code, body), exc.code)
                if exc.code != 429 and exc.code < 500:
                    raise error from None
            except (urllib.error.URLError, socket.timeout, ConnectionError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                error = LrsError(phrase('LRS по адресу {endpoint} недоступен: {reason}.', endpoint=self.endpoint, reason=reason))
            if attempt + 1 < self.tries:
                wait = min(pause, self.deadline - (time.monotonic() - start))
                if wait <= 0:
                    break
                self.sleep(wait)
                pause *= 2
        raise error

    def post(self, statements: list[dict]) -> int:
        return self.request("POST", self.statements_url, statements)[0]

    def put(self, statement: dict) -> int:
        url = f"{self.statements_url}?{urlencode({'statementId': statement['id']})}"
        return self.request("PUT", url, statement)[0]

    def statements(self, **filters: str) -> Iterator[dict]:
        """Every statement matching the filters (xAPI GET /statements parameters), page by page."""
        url = f"{self.statements_url}?{urlencode(filters)}" if filters else self.statements_url
        while url:
            _status, body = self.request("GET", url)
            try:
                page = json.loads(body)
                statements = page["statements"]
            except (ValueError, KeyError, TypeError) as exc:
                raise LrsError(phrase('LRS вернул не список утверждений xAPI ({exc}).', exc=exc)) from None
            yield from statements
            more = page.get("more") or ""
            url = urljoin(self.endpoint, more) if more and statements else ""


# -- delivering the outbox -------------------------------------------------------------------

@dataclass
class Delivery:
    """What one round of delivery did."""
    sent: int = 0
    failed: int = 0  # left waiting, to be retried
    rejected: int = 0  # refused by the LRS as invalid; kept, shown, not retried
    errors: list[str] = field(default_factory=list)


def _send_one_by_one(client: LrsClient, outbox, items) -> tuple[int, int]:
    """PUT each statement: 2xx and 409 are delivered, a refused one is set aside; any other failure stops."""
    sent = rejected = 0
    for item in items:
        try:
            client.put(item.statement)
        except LrsError as exc:
            if exc.status in REFUSED:
                outbox.mark_failed([item.id], str(exc), retry_delay, rejected=True)
                rejected += 1
                continue
            raise
        outbox.mark_sent([item.id])
        sent += 1
    return sent, rejected


def deliver_profile(outbox, profile_id: int, client: LrsClient, *, batch: int = BATCH,
                    limit: int | None = None) -> Delivery:
    """Deliver the profile's due statements until none is due, the LRS fails, or ``limit`` is reached."""
    done = Delivery()
    while limit is None or done.sent + done.rejected < limit:
        items = outbox.due(profile_id, batch)
        if not items:
            break
        try:
            try:
                status = client.post([item.statement for item in items])
            except LrsError as exc:
                if exc.status not in REFUSED or len(items) == 1:
                    raise
                status = 409  # one bad statement spoils the batch: find it statement by statement
            if status == 409:
                sent, rejected = _send_one_by_one(client, outbox, items)
                done.sent += sent
                done.rejected += rejected
            else:
                outbox.mark_sent([item.id for item in items])
                done.sent += len(items)
        except LrsError as exc:
            waiting = outbox.due(profile_id)  # the LRS failed: all of them wait, not just this batch
            if exc.status in REFUSED:
                outbox.mark_failed([waiting[0].id], str(exc), retry_delay, rejected=True)
                done.rejected += 1
                continue
            outbox.mark_failed([item.id for item in waiting], str(exc), retry_delay)
            done.failed += len(waiting)
            done.errors.append(str(exc))
            break
    return done


def deliver_pending(outbox, *, client_for: Callable[..., LrsClient] = LrsClient, limit: int | None = None) -> Delivery:
    """One round: every profile whose switch is on and has an endpoint gets its due statements sent."""
    total = Delivery()
    for profile_id in outbox.waiting_profiles():
        settings = outbox.settings(profile_id)
        if not settings.enabled or not settings.endpoint:
            continue  # the candidate switched sending off: the statements wait for them
        key, secret = outbox.credentials(profile_id)
        try:
            client = client_for(settings.endpoint, key, secret)
        except LrsError as exc:
            total.errors.append(str(exc))
            continue
        done = deliver_profile(outbox, profile_id, client, limit=limit)
        total.sent += done.sent
        total.failed += done.failed
        total.rejected += done.rejected
        total.errors += done.errors
    return total


def deliver_store(db_path: Path, **kwargs) -> Delivery:
    """A delivery round on its own connection to the database at ``db_path`` (for a worker thread)."""
    from app.storage.outbox import open_outbox
    outbox = open_outbox(db_path)
    try:
        return deliver_pending(outbox, **kwargs)
    finally:
        outbox.db.close()
