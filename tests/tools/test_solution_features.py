"""The figures a learned second opinion on «solution» reads off a reply (tools/solution_features.py)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from app.core.scorecard.reply import read_reply
from app.core.scorecard.solution import solution

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from solution_features import FEATURES, branch, features  # noqa: E402

SOLUTION_PY = ROOT / "app" / "core" / "scorecard" / "solution.py"


def _verdict_templates() -> list[str]:
    """The reason templates of every verdict solution() can give (ElementResult("solution", True/False, …))."""
    found = []
    for node in ast.walk(ast.parse(SOLUTION_PY.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ElementResult" \
                and len(node.args) >= 3 and isinstance(node.args[1], ast.Constant) and node.args[1].value is not None:
            call = node.args[2]
            if isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Constant):
                found.append(call.args[0].value)
    return found


def test_every_verdict_of_the_rules_falls_in_a_family():
    templates = _verdict_templates()
    assert len(templates) > 25
    lost = [t for t in templates if branch(type("R", (), {"reason": t})()) == "other"]
    assert not lost, f"add these reasons of solution.py to BRANCHES in solution_features.py: {lost}"


def _figures(reply: str, customer: str) -> dict[str, float]:
    r = read_reply(reply, [customer])
    return features(r, solution(r))


ASKED = "Добрый день! Сколько идёт перевод на карту другого банка?"


def test_all_figures_are_given_in_order_and_bounded():
    got = _figures("Здравствуйте! Перевод зачисляется в течение часа, иногда до одного рабочего дня.", ASKED)
    assert tuple(got) == FEATURES
    assert all(0.0 <= v <= 1.0 for v in got.values()), got


def test_a_reply_on_another_subject_takes_up_fewer_of_the_question_s_words():
    on = _figures("Здравствуйте! Перевод в другой банк приходит за час, в выходные — до понедельника.", ASKED)
    off = _figures("Здравствуйте! Оформите нашу кредитную карту с кешбэком пять процентов на всё!", ASKED)
    assert on["asked_words_close"] > off["asked_words_close"]
    assert on["time_frame"] == 1.0 and on["rules_passed"] == 1.0


@pytest.mark.parametrize("reply, name", [
    ("Здравствуйте! Ваш вопрос передан специалистам, ожидайте.", "hand_off"),
    ("Здравствуйте! А какой у вас банк?", "question_back"),
])
def test_plain_marks_are_seen(reply, name):
    assert _figures(reply, ASKED)[name] == 1.0
