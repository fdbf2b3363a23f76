"""1,000 random edits of a certificate's embedded data: every one is detected (page edits: tests/certs)."""

import copy
import random
from datetime import date

from app.core.cert_evidence import build_evidence, collect
from app.core.cert_verify import verify_evidence
from app.core.thresholds import CertificateThresholds
from tests.core.cert_fixtures import human_log, pack, qualifying_rows


def _leaves(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _leaves(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _leaves(v, path + (i,))
    else:
        yield path


def _changed(value, rng):
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + rng.choice([-1, 1]) * rng.choice([0.01, 0.5, 1, 7, 100])
    if value is None:
        return 0
    s = str(value)
    i = rng.randrange(len(s) + 1)
    return s[:i] + rng.choice("яz7 -") + s[i:]


def test_every_random_edit_is_detected():
    log = human_log(seed=3, seconds=59)  # a one-minute test (the pack asks for one) keeps 1,000 checks quick
    p = pack(typing_minutes=1)
    th = CertificateThresholds.from_rules(p.manifest.certificate)
    rows = qualifying_rows(log)
    rows[0].details["time_limit"] = 60.0
    ev = build_evidence(collect(rows, p, lambda _: log, th), name="Анна Петрова",
                        profile="anna", pack=p, th=th, issued=date(2026, 12, 4))
    assert verify_evidence(ev).valid
    paths = list(_leaves(ev))
    rng = random.Random(2026)
    unreadable = 0
    for n in range(1000):
        doc = copy.deepcopy(ev)
        *parent, last = rng.choice(paths)
        node = doc
        for step in parent:
            node = node[step]
        old = node[last]
        node[last] = _changed(old, rng)
        assert node[last] != old
        try:
            report = verify_evidence(doc)
        except ValueError:
            unreadable += 1  # the verifier says the data is damaged: detected as well
            continue
        assert not report.valid, f"edit {n} went unnoticed"
    assert unreadable < 100  # nearly all edits leave readable data, so the comparison itself is tested
