"""What the customer says came, read from one parsed sentence: the span shown as the reason, or nothing."""

import pytest

from app.core.grammar.language.syntax import analyse
from app.core.scorecard import customer_deliveries as d


def _shown(reader, text: str) -> str | None:
    span = reader(analyse(text).sentences[0])
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize(("reader", "text", "shown"), [
    (d.not_as_ordered, "Заказал два чехла, а в коробке один.", "Заказал два чехла, а в коробке один"),
    (d.came_late, "Курьер приехал только через неделю.", "приехал только через неделю"),
    (d.came_without, "Наушники пришли без кабеля.", "пришли без кабеля"),
    (d.came_in_part, "Доставили только часть мебели.", "Доставили только часть"),
    (d.came_short, "Архив скачался битый.", "скачался битый"),
    (d.found_on_arrival, "Вернулась домой, а дверь сломана.", "Вернулась домой, а дверь"),
])
def test_each_kind_of_bad_delivery_is_shown_by_its_words(reader, text, shown):
    assert _shown(reader, text) == shown


@pytest.mark.parametrize(("reader", "text"), [
    (d.not_as_ordered, "Заказал два чехла, оба пришли вовремя."),  # what came is not counted against the order
    (d.came_late, "Пришла только одна коробка."),  # «только» before a count, not a time
    (d.came_without, "Всё доставили без проблем."),  # praise
    (d.came_short, "Файл скачался быстро."),
    (d.found_on_arrival, "Курьер приехал, а меня нет дома."),  # another's coming, not the customer's
])
def test_a_delivery_that_went_well_is_no_complaint(reader, text):
    assert _shown(reader, text) is None
