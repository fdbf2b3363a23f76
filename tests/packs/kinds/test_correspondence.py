"""Correspondence tasks: every scorecard item of the core table can be set per task, and only those."""

from app.core.vocabulary import SCORECARD_IDS
from app.packs.loader import load_pack

from ..helpers import edit, errors


def test_every_scorecard_item_can_be_set_in_a_task(mini):
    settings = "\n".join(f"{item} = {{ weight = 7 }}" for item in SCORECARD_IDS)
    edit(mini, "correspondence.toml", "[task.context]", f"[task.scorecard]\n{settings}\n[task.context]")
    task = load_pack(mini).correspondence[0]
    assert [(e.name, e.weight) for e in task.scorecard] == [(item, 7) for item in SCORECARD_IDS]
    assert "time" in SCORECARD_IDS  # the item an older copy of this list had lost


def test_an_unknown_scorecard_item_names_the_allowed_ones(mini):
    edit(mini, "correspondence.toml", "[task.context]", "[task.scorecard]\nspeed = false\n[task.context]")
    [problem] = errors(mini)
    assert "task[1].scorecard.speed: неизвестный элемент оценки; допустимы: greeting, name," in problem
    assert problem.endswith("facts, forbidden, time")
