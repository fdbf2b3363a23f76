"""«Деловая переписка»: the tasks by industry and the shifts."""


def test_built_in_tasks_and_shifts_are_listed(correspondence):
    titles = [correspondence.tree.topLevelItem(i).text(0) for i in range(correspondence.tree.topLevelItemCount())]
    assert titles[0].startswith("Смены") and "Интернет-магазин" in titles
