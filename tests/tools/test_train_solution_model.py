"""The training script of the «solution» second opinion is deterministic and learns what the data say."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from train_solution_model import fit, predict  # noqa: E402

# Six replies, three figures: the first decides the label, the second is noise, the third never changes.
X = np.array([[1, 0.2, 1], [1, 0.9, 1], [1, 0.4, 1], [0, 0.3, 1], [0, 0.8, 1], [0, 0.1, 1]], dtype=float)
Y = np.array([1, 1, 1, 0, 0, 0], dtype=float)


def test_the_same_data_give_the_same_weights_to_the_last_digit():
    assert fit(X, Y, 1.0) == fit(X.copy(), Y.copy(), 1.0)


def test_the_deciding_figure_gets_the_weight_and_a_constant_one_none():
    model = fit(X, Y, 1.0)
    assert model["weights"][0] > 1.0
    assert abs(model["weights"][0]) > 3 * abs(model["weights"][1])
    assert model["weights"][2] == 0.0
    p = predict(model, X)
    assert (p[:3] > 0.5).all() and (p[3:] < 0.5).all()


def test_a_heavier_penalty_gives_smaller_weights():
    assert abs(fit(X, Y, 10.0)["weights"][0]) < abs(fit(X, Y, 0.1)["weights"][0])
