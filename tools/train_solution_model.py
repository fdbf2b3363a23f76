"""Train a learned second opinion on «solution» (logistic regression) and write it as JSON.

    .venv/bin/python tools/train_solution_model.py [--margin 0.2] [--l2 3] [--out PATH]

Learns from the 20 labelled sets ``tests/data/replies/tuning*.toml`` — the replies that label «solution» true or
false — except the ``check`` halves of the split sets (М and Н): those are kept for the honest test. The held-out
set is never read. The rules' verdict among the features is the one they gave each set at the commit that added
it, before they were tuned on it (``tools/first_run_verdicts.py``): today's rules fit these sets at 97 % and a
model taught on their verdicts learns only to copy them, not where they fail on wording they have not seen.
L2-regularised logistic regression in numpy, fitted by Newton's method from zero in a fixed order, so the same data
give the same file. ``--margin``: how sure the model must be to overturn the rules (chosen by leave-one-set-out
cross-validation, ``tests/bench/eval_solution_model.py``). The model is not part of the program: on the check
halves it did not help (docs/solution_model_plan.md); the file goes to /tmp unless ``--out`` says otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT, ROOT / "tools"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from app.core.scorecard.card import ElementResult  # noqa: E402
from first_run_verdicts import added_in, first_run  # noqa: E402

REPLIES = ROOT / "tests" / "data" / "replies"
# Not an asset of the program: the model did not earn its place there (docs/solution_model_plan.md).
OUT = Path("/tmp/solution_model_cache/solution_model.json")
# The labelled sets the model learns from, in a fixed order; never heldout.toml nor the labellers' files.
SETS = ("tuning", "tuning_more", "tuning_fresh", "tuning_wild", "tuning_courtesy", "tuning_paraphrase",
        *(f"tuning_blind_{x}" for x in "abcdefghijklmn"))
HELD_BACK_HALF = "check"
MARGIN = 0.2
L2 = 3.0
_ITERATIONS = 30


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> dict:
    """Logistic regression on standardised columns with an L2 penalty (not on the intercept): Newton steps."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0  # a constant column: no weight can be learnt from it
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    w = np.zeros(z.shape[1])
    for _ in range(_ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(z.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return {"mean": mean.tolist(), "scale": scale.tolist(), "weights": w[1:].tolist(), "bias": float(w[0])}


def predict(model: dict, x: np.ndarray) -> np.ndarray:
    z = (np.asarray(x, dtype=np.float64) - np.array(model["mean"])) / np.array(model["scale"])
    return 1.0 / (1.0 + np.exp(-np.clip(z @ np.array(model["weights"]) + model["bias"], -30, 30)))


def labelled(set_name: str) -> list[dict]:
    """The set's replies that label «solution» true or false, without the held-back half."""
    with open(REPLIES / f"{set_name}.toml", "rb") as fh:
        cases = tomllib.load(fh)["case"]
    return [c for c in cases if c.get("half") != HELD_BACK_HALF and "solution" not in c.get("na", [])
            and isinstance(c["labels"].get("solution"), bool)]


def rules_then(verdict: list) -> ElementResult:
    """The first-run rules' «solution» verdict, as [passed, reason template]."""
    return ElementResult("solution", verdict[0], verdict[1])


def rows(cases: list[dict], verdicts: dict[str, list]) -> tuple[np.ndarray, np.ndarray]:
    """The features of each reply (with the first-run rules' verdict on it) and its «solution» label."""
    from app.core.scorecard.reply import read_reply
    from solution_features import FEATURES, features

    x, y = [], []
    for c in cases:
        r = read_reply(c["reply"], c["customer"], customer_name=c.get("name", ""))
        values = features(r, rules_then(verdicts[c["id"]]))
        x.append([values[f] for f in FEATURES])
        y.append(float(c["labels"]["solution"]))
    return np.array(x, dtype=np.float64).reshape(len(x), -1), np.array(y)


def train(sets: tuple[str, ...] = SETS, margin: float = MARGIN, l2: float = L2) -> dict:
    from solution_features import FEATURES

    per_set = {name: labelled(name) for name in sets}
    cases = [c for name in sets for c in per_set[name]]
    parts = [rows(per_set[name], first_run(name)) for name in sets]
    x, y = np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts])
    model = fit(x, y, l2)
    return {
        "about": "Second opinion on the scorecard's «solution»: logistic regression, tools/train_solution_model.py",
        "features": list(FEATURES),
        **{k: [round(v, 8) for v in model[k]] for k in ("mean", "scale", "weights")},
        "bias": round(model["bias"], 8), "margin": margin, "l2": l2,
        "trained_on": [{"set": f"tests/data/replies/{name}.toml", "replies": len(per_set[name]),
                        "rules_of": added_in(name)[:12],
                        "without_half": HELD_BACK_HALF if any(c.get("half") for c in per_set[name]) else None}
                       for name in sets],
        "replies": len(cases),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--margin", type=float, default=MARGIN, help="how far from ½ the model must be to overturn")
    parser.add_argument("--l2", type=float, default=L2, help="the L2 penalty on the standardised weights")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    model = train(margin=args.margin, l2=args.l2)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {model['replies']} replies, {len(model['features'])} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
