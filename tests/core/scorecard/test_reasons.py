"""«Почему?» wants a cause: here, a why-question that sets two sums side by side, answered by their difference."""

from __future__ import annotations

import pytest

from app.core.scorecard.questions import said_words
from app.core.scorecard.reasons import reason_given
from app.core.scorecard.reply import read_reply

TWO_SUMS = "Почему в этом месяце за интернет списали 980 вместо 780?"


@pytest.mark.parametrize("figure, cause", [("200", True), ("150", False)])
def test_the_difference_of_the_two_sums_named_is_the_cause(figure, cause):
    r = read_reply(f"Здравствуйте! С декабря в счёт включены {figure} ₽ за ТВ-приставку. Хорошего дня!", [TWO_SUMS])
    assert reason_given(r, [], said_words(r)) is cause
