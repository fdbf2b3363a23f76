"""Is the learned second opinion on «solution» worth having? Figures against the rules alone.

    .venv/bin/python tests/bench/eval_solution_model.py [--cv] [--check] [--cache DIR]

``--cv``: leave-one-set-out over the 20 labelled sets — train on 19 (never on the check halves of М and Н),
predict the 20th (for М and Н, their tune halves) — and, on the pooled out-of-fold predictions and per set, the
«solution» agreement and the pass/fail agreement of the rules alone, the model alone and the model overturning the
rules when |p − ½| ≥ margin, for a few margins and penalties. The rules have been tuned on every one of these sets,
so this flatters the rules; it serves to choose the margin and the penalty and to see how stable the model is.

``--check``: the honest test — the committed model (trained without the check halves) against the rules on the
check halves of М and Н, which neither was shaped on: figures only, never which reply went which way. The plan
(docs/solution_model_plan.md) allows it three times in all.

Pass/fail is recomputed with the new «solution» verdict and, where it flips, the tone item judged again (tone
looks at whether there is a step); every other item is the rules' own, with the grammar checker, as
``chat-trainer grade-reply`` gives it. The rules' scorecards are cached (``tests/bench/solution_cases.py``).
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, ROOT / "tools"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from tests.bench.solution_cases import DEFAULT_CACHE, SPLIT_SETS, Case, load_set  # noqa: E402
from train_solution_model import SETS, fit, predict  # noqa: E402

MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4)
PENALTIES = (1.0, 3.0, 10.0)


def featurise(cases: list[Case]) -> np.ndarray:
    from app.core.scorecard.reply import read_reply
    from app.core.scorecard.solution_features import FEATURES, features

    out = []
    for c in cases:
        values = features(read_reply(c.reply, c.customer, customer_name=c.name), c.elements["solution"])
        out.append([values[f] for f in FEATURES])
    return np.array(out, dtype=np.float64).reshape(len(cases), -1)


def verdicts(cases: list[Case], p: np.ndarray, margin: float) -> list[bool]:
    """The rules' verdict, overturned where the model is at least ``margin`` away from ½ on the other side."""
    out = []
    for c, pi in zip(cases, p):
        rules = c.elements["solution"].passed is True
        out.append(pi >= 0.5 if abs(pi - 0.5) >= margin and (pi >= 0.5) != rules else rules)
    return out


def passes(case: Case, solution_passed: bool) -> bool:
    """The whole reply's pass mark with this «solution» verdict."""
    from app.core.scorecard.card import ElementResult, total_up

    rules = case.elements["solution"]
    if solution_passed == (rules.passed is True):
        results = copy.deepcopy(case.elements)
    else:
        results = copy.deepcopy(case.elements)
        results["solution"] = ElementResult("solution", solution_passed, "")
        results["tone"] = copy.deepcopy(case.tone_flipped)
    for res in results.values():
        res.critical_failure = False
    return total_up(results, None, None, []).passed


def score(cases: list[Case], said: list[bool]) -> tuple[float, float, int]:
    """«Solution» agreement and pass/fail agreement in per cent, and how many replies were judged."""
    sol = [s == c.label for c, s in zip(cases, said) if c.label is not None]
    pf = [passes(c, s) == c.passed for c, s in zip(cases, said) if c.label is not None]
    return 100 * float(np.mean(sol)), 100 * float(np.mean(pf)), len(sol)


def _judged(cases: list[Case]) -> list[Case]:
    return [c for c in cases if c.label is not None]


def cross_validate(data: dict[str, list[Case]]) -> None:
    train_part = {name: _judged([c for c in cases if c.half != "check"]) for name, cases in data.items()}
    x = {name: featurise(cases) for name, cases in train_part.items()}
    y = {name: np.array([float(c.label) for c in cases]) for name, cases in train_part.items()}
    for l2 in PENALTIES:
        out_of_fold = {}
        for name in SETS:
            rest = [n for n in SETS if n != name]
            model = fit(np.vstack([x[n] for n in rest]), np.concatenate([y[n] for n in rest]), l2)
            out_of_fold[name] = predict(model, x[name])
        pooled = [c for n in SETS for c in train_part[n]]
        p_all = np.concatenate([out_of_fold[n] for n in SETS])
        print(f"L2 = {l2:g}; out of fold, {len(pooled)} replies (the rules have seen them all):")
        rules_sol, rules_pf, _ = score(pooled, [c.elements["solution"].passed is True for c in pooled])
        print(f"  rules alone                 solution {rules_sol:5.1f} %   pass/fail {rules_pf:5.1f} %")
        for margin in MARGINS:
            sol, pf, _ = score(pooled, verdicts(pooled, p_all, margin))
            flips = sum(v != (c.elements["solution"].passed is True)
                        for c, v in zip(pooled, verdicts(pooled, p_all, margin)))
            what = "model alone" if margin == 0 else f"overturn at |p−½| ≥ {margin:g}"
            print(f"  {what:<27} solution {sol:5.1f} %   pass/fail {pf:5.1f} %   overturned {flips}")
        if l2 == L2_SHOWN:
            print("  per set (solution rules → overturn at the default margin; pass/fail the same):")
            for n in SETS:
                cases = train_part[n]
                rs, rp, k = score(cases, [c.elements["solution"].passed is True for c in cases])
                ms, mp, _ = score(cases, verdicts(cases, out_of_fold[n], MARGIN_SHOWN))
                print(f"    {n:<22} {k:4d}  solution {rs:5.1f} → {ms:5.1f}   pass/fail {rp:5.1f} → {mp:5.1f}")


def check_halves(data: dict[str, list[Case]]) -> None:
    from app.core.scorecard.second_opinion import load_model

    model = load_model()
    asdict = {"mean": model.mean, "scale": model.scale, "weights": model.weights, "bias": model.bias}
    for name in SPLIT_SETS:
        cases = _judged([c for c in data[name] if c.half == "check"])
        rules = score(cases, [c.elements["solution"].passed is True for c in cases])
        mixed = score(cases, verdicts(cases, predict(asdict, featurise(cases)), model.margin))
        print(f"{name} (check), {rules[2]} replies: solution {rules[0]:5.1f} → {mixed[0]:5.1f} %, "
              f"pass/fail {rules[1]:5.1f} → {mixed[1]:5.1f} %  (rules → rules + model, margin {model.margin:g})")


L2_SHOWN, MARGIN_SHOWN = 3.0, 0.3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out over the 20 sets")
    parser.add_argument("--check", action="store_true", help="the check halves of М and Н (three times in all)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args(argv)
    data = {name: load_set(name, args.cache) for name in SETS}
    if args.cv:
        cross_validate(data)
    if args.check:
        check_halves(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
