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


def test_a_required_fact_the_learner_cannot_see_is_refused(mini):
    """A fact in no customer message and nowhere on the card can be passed only by guessing."""
    edit(mini, "correspondence.toml", "[task.context]", 'required_facts = ["12345", "3 рабочих дней"]\n[task.context]')
    [problem] = errors(mini)
    assert "task[1].required_facts[2]" in problem
    assert "«3 рабочих дней»" in problem and "ни в сообщениях клиента, ни в карточке" in problem


def test_a_required_fact_on_the_card_in_another_form_is_accepted(mini):
    edit(mini, "correspondence.toml", "[task.context]",
         'required_facts = ["12345", "3 рабочих дней"]\n[task.context]\n"Возврат" = "за 3 рабочих дня"')
    assert errors(mini) == []
    assert load_pack(mini).correspondence[0].required_facts == ("12345", "3 рабочих дней")
