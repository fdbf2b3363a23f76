"""The rules' «solution» verdicts as they were before the rules ever saw each set: what the model learns from.

Every labelled set was committed before the scorecard was first run on it, and the rules were then tuned on it
until they agreed with it at 92–100 %. So today's rules are nearly always right on these sets, and a model taught
to second-guess them there learns only to copy them. What the model must learn is where the rules go wrong on
wording they have not seen — and that is what the rules said on each set at the commit that added it. This
script checks out ``app/`` of that commit (``git archive``, into ``--cache``; the repository is not touched),
scores the set's replies there without the grammar checker, and caches {id: [passed, reason]} per set.

    .venv/bin/python tools/first_run_verdicts.py [set …]
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPLIES = ROOT / "tests" / "data" / "replies"

DEFAULT_CACHE = Path("/tmp/solution_model_cache")

# Run inside the old app/: read the set, score each reply, print {id: [passed, reason template]}.
_SCORE = r"""
import json, sys, tomllib, app
from app.core.scorecard import score_reply
assert app.__file__.startswith(sys.argv[2]), app.__file__
out = {}
for c in tomllib.load(open(sys.argv[1], "rb"))["case"]:
    card = score_reply(c["reply"], c["customer"], customer_name=c.get("name", ""))
    res = card.elements["solution"] if hasattr(card, "elements") else card["solution"]
    out[c["id"]] = [res.passed, getattr(res.reason, "template", str(res.reason))]
print(json.dumps(out, ensure_ascii=False))
"""


def added_in(set_name: str) -> str:
    """The commit that added the set's file (its first-run rules)."""
    log = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", f"tests/data/replies/{set_name}.toml"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return log[-1]


def first_run(set_name: str, cache: Path = DEFAULT_CACHE) -> dict[str, list]:
    """{case id: [passed, reason template]} of the rules at the commit that added the set."""
    commit = added_in(set_name)
    cached = cache / f"first_run-{set_name}-{commit[:12]}.json"
    if cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    tree = cache / f"app-{commit[:12]}"
    if not (tree / "app").exists():
        archive = subprocess.run(["git", "archive", commit, "app"], cwd=ROOT, capture_output=True, check=True).stdout
        tree.mkdir(parents=True, exist_ok=True)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", _SCORE, str(REPLIES / f"{set_name}.toml"), str(tree)], env=env,
                          cwd=tree, capture_output=True, text=True, check=True)
    verdicts = json.loads(done.stdout.strip().splitlines()[-1])
    cached.write_text(json.dumps(verdicts, ensure_ascii=False), encoding="utf-8")
    return verdicts


if __name__ == "__main__":
    from train_solution_model import SETS

    for name in sys.argv[1:] or SETS:
        v = first_run(name)
        print(name, added_in(name)[:9], len(v), flush=True)
