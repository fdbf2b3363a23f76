"""Is the learned second opinion on «solution» worth having? Figures against the rules alone.

    .venv/bin/python tests/bench/eval_solution_model.py [--cv] [--check] [--cache DIR]

``--cv``: leave-one-set-out over the 20 labelled sets — train on 19 (never on the check halves of М and Н),
predict the 20th (for М and Н, their tune halves) — and, on the pooled out-of-fold predictions and per set, the
«solution» agreement and the pass/fail agreement of the rules alone, the model alone and the model overturning the
rules when |p − ½| ≥ margin, for a few margins and penalties; once with the rules as they were when each set was
added («first run», what the model learns from: the fair estimate for unseen wording) and once with today's rules,
which have been tuned on every one of these sets (this flatters the rules: it shows the model does not spoil them).

``--check``: the honest test — a model written by ``tools/train_solution_model.py`` (trained without the check
halves) against the rules on the check halves of М and Н, which neither was shaped on: figures only, never which
reply went which way. The plan (docs/solution_model_plan.md) allowed it three times in all; it was run twice.

Pass/fail is recomputed with the new «solution» verdict and, where it flips, the tone item judged again (tone
looks at whether there is a step); every other item is the rules' own, with the grammar checker, as
``chat-trainer grade-reply`` gives it. The rules' scorecards are cached (``tests/bench/solution_cases.py``).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, ROOT / "tools"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from tests.bench.solution_cases import DEFAULT_CACHE, SPLIT_SETS, Case, load_set  # noqa: E402
from first_run_verdicts import first_run  # noqa: E402
from train_solution_model import OUT, SETS, fit, predict, rules_then  # noqa: E402

MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4)
PENALTIES = (1.0, 3.0, 10.0)


def featurise(cases: list[Case], then: dict[str, list] | None = None) -> np.ndarray:
    """The features of each case with today's rules' verdict, or with the first-run one (``then``)."""
    from app.core.scorecard.reply import read_reply
    from solution_features import FEATURES, features

    out = []
    for c in cases:
        rules = c.elements["solution"] if then is None else rules_then(then[c.id])
        values = features(read_reply(c.reply, c.customer, customer_name=c.name), rules)
        out.append([values[f] for f in FEATURES])
    return np.array(out, dtype=np.float64).reshape(len(cases), -1)


def verdicts(rules: list[bool], p: np.ndarray, margin: float, x: np.ndarray) -> list[bool]:
    """The rules' verdicts, overturned where the model is at least ``margin`` away from ½ on the other side — never
    a failure the rubric decides by itself (``LOCKED_FAILS``, read from the branch columns of ``x``)."""
    from solution_features import FEATURES, LOCKED_FAILS

    locked = x[:, [FEATURES.index(f"branch_{b}") for b in sorted(LOCKED_FAILS)]].sum(axis=1) > 0
    return [bool(pi >= 0.5) if abs(pi - 0.5) >= margin and (pi >= 0.5) != said and not (lock and not said) else said
            for said, pi, lock in zip(rules, p, locked)]


def now(cases: list[Case]) -> list[bool]:
    return [c.elements["solution"].passed is True for c in cases]


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
    part = {name: _judged([c for c in cases if c.half != "check"]) for name, cases in data.items()}
    then = {name: first_run(name) for name in SETS}
    x_then = {name: featurise(cases, then[name]) for name, cases in part.items()}
    x_now = {name: featurise(cases) for name, cases in part.items()}
    y = {name: np.array([float(c.label) for c in cases]) for name, cases in part.items()}
    rules_then_said = {name: [then[name][c.id][0] is True for c in cases] for name, cases in part.items()}
    pooled = [c for n in SETS for c in part[n]]
    print(f"Leave one set out, {len(pooled)} replies; the model learns from the first-run verdicts of 19 sets.")
    print("«first run»: the rules as they were before they saw the set; «today»: the rules tuned on every set.")
    for l2 in PENALTIES:
        p_then, p_now = {}, {}
        for name in SETS:
            rest = [n for n in SETS if n != name]
            model = fit(np.vstack([x_then[n] for n in rest]), np.concatenate([y[n] for n in rest]), l2)
            p_then[name], p_now[name] = predict(model, x_then[name]), predict(model, x_now[name])
        print(f"L2 = {l2:g}")
        for label, rules, p, x in (("first run", rules_then_said, p_then, x_then),
                                   ("today", {n: now(part[n]) for n in SETS}, p_now, x_now)):
            said = [v for n in SETS for v in rules[n]]
            probs = np.concatenate([p[n] for n in SETS])
            sol, pf, _ = score(pooled, said)
            print(f"  {label:<9} rules alone                 solution {sol:5.1f} %   pass/fail {pf:5.1f} %")
            for margin in MARGINS:
                mixed = verdicts(said, probs, margin, np.vstack([x[n] for n in SETS]))
                sol, pf, _ = score(pooled, mixed)
                what = "model alone" if margin == 0 else f"+ model at |p−½| ≥ {margin:g}"
                flips = sum(a != b for a, b in zip(said, mixed))
                print(f"  {label:<9} {what:<27} solution {sol:5.1f} %   pass/fail {pf:5.1f} %   overturned {flips}")
        if l2 != L2_SHOWN:
            continue
        print(f"  per set at margin {MARGIN_SHOWN:g}: solution, first run → + model | today → + model; "
              "pass/fail today → + model")
        for n in SETS:
            cases = part[n]
            a = score(cases, rules_then_said[n])[0]
            b = score(cases, verdicts(rules_then_said[n], p_then[n], MARGIN_SHOWN, x_then[n]))[0]
            c_sol, c_pf, k = score(cases, now(cases))
            d_sol, d_pf, _ = score(cases, verdicts(now(cases), p_now[n], MARGIN_SHOWN, x_now[n]))
            print(f"    {n:<18} {k:4d}  {a:5.1f} → {b:5.1f} | {c_sol:5.1f} → {d_sol:5.1f}   {c_pf:5.1f} → {d_pf:5.1f}")


def check_halves(data: dict[str, list[Case]], path: Path) -> None:
    from solution_features import FEATURES

    model = json.loads(path.read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURES:
        raise SystemExit(f"{path} was trained on features {model['features']}, but solution_features.py computes "
                         f"{list(FEATURES)}: train it again")
    for name in SPLIT_SETS:
        cases = _judged([c for c in data[name] if c.half == "check"])
        rules = score(cases, now(cases))
        x = featurise(cases)
        mixed = score(cases, verdicts(now(cases), predict(model, x), model["margin"], x))
        print(f"{name} (check), {rules[2]} replies: solution {rules[0]:5.1f} → {mixed[0]:5.1f} %, "
              f"pass/fail {rules[1]:5.1f} → {mixed[1]:5.1f} %  (rules → rules + model, margin {model['margin']:g})")


L2_SHOWN, MARGIN_SHOWN = 3.0, 0.2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out over the 20 sets")
    parser.add_argument("--check", action="store_true", help="the check halves of М and Н (three times in all)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--model", type=Path, default=OUT, help="the model --check measures (train_solution_model.py)")
    args = parser.parse_args(argv)
    data = {name: load_set(name, args.cache) for name in SETS}
    if args.cv:
        cross_validate(data)
    if args.check:
        check_halves(data, args.model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
