"""The labelled replies the «solution» model learns from, each with the rules' full scorecard, cached.

Scoring every reply with the grammar checker takes a quarter of an hour, and the rules' cards do not change
while the model is trained and compared, so each set's cards are pickled once (keyed by the set file's and
the scorecard package's contents) under ``--cache``. The held-out set is not among the sets here.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, ROOT / "tools"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from train_solution_model import REPLIES, SETS  # noqa: E402  (the 20 labelled sets, never the held-out one)

# The sets split into a «tune» and a «check» half.
SPLIT_SETS = ("tuning_blind_m", "tuning_blind_n")
DEFAULT_CACHE = Path("/tmp/solution_model_cache")


@dataclass
class Case:
    set: str
    id: str
    half: str  # "tune", "check", or "" in the sets that are not split
    customer: list[str]
    name: str
    reply: str
    label: bool | None  # «solution» as labelled; None when not applicable
    passed: bool  # the pass mark as labelled
    elements: dict  # the rules' ElementResults, by item
    tone_flipped: object  # the tone item had «solution» gone the other way (tone looks at whether there is a step)


def _fingerprint(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes())
    sources = sorted((ROOT / "app" / "core").rglob("*.py")) + sorted((ROOT / "app" / "assets").rglob("*.toml"))
    for src in sources:
        digest.update(src.read_bytes())
    return digest.hexdigest()[:16]


def _score(raw: dict, set_name: str, grammar) -> Case:
    from app.core.scorecard import score_reply
    from app.core.scorecard.reply import read_reply
    from app.core.scorecard.tone import tone

    name = raw.get("name", "")
    card = score_reply(raw["reply"], raw["customer"], customer_name=name, grammar=grammar)
    r = read_reply(raw["reply"], raw["customer"], customer_name=name, grammar=grammar)
    label = None if "solution" in raw.get("na", []) else raw["labels"].get("solution")
    customer = [raw["customer"]] if isinstance(raw["customer"], str) else list(raw["customer"])
    return Case(set_name, raw["id"], raw.get("half", ""), customer, name, raw["reply"], label, raw["pass"],
                card.elements, tone(r, has_step=card["solution"].passed is not True))


class _Unpickler(pickle.Unpickler):
    """A cache written with this file run as a script holds ``__main__.Case``: read it as this module's."""

    def find_class(self, module, name):
        return Case if name == "Case" else super().find_class(module, name)


def load_set(set_name: str, cache: Path = DEFAULT_CACHE, grammar=None) -> list[Case]:
    """The set's labelled cases that judge «solution» (true or false, or n/a) with the rules' cards."""
    path = REPLIES / f"{set_name}.toml"
    cached = cache / f"{set_name}-{_fingerprint(path)}.pkl"
    if cached.exists():
        return _Unpickler(io.BytesIO(cached.read_bytes())).load()
    if grammar is None:
        from tests.bench.eval_scorecard import grammar_callable
        grammar = grammar_callable()
    with open(path, "rb") as fh:
        raws = tomllib.load(fh)["case"]
    cases = [_score(raw, set_name, grammar) for raw in raws
             if "solution" in raw.get("na", []) or "solution" in raw["labels"]]
    cache.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps(cases))
    return cases


if __name__ == "__main__":
    for name in sys.argv[1:] or SETS:
        print(name, len(load_set(name)), flush=True)
