"""Time to score a 1,000-character reply, without the grammar check (goal: ≤ 300 ms).

Run from the project root:

    python tests/bench/bench_scorecard.py

Prints the median of 20 runs. Each run scores a different reply (the words are shuffled), and the
lemma cache is emptied before each, so it does not hide the morphology's cost; the dictionaries are loaded once beforehand, as
the app does at start-up.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CUSTOMER = ["Здравствуйте! Заказ должен был прийти вчера, а его всё нет. Что происходит? Это уже третий раз!"]
BODY = ("Приносим извинения за задержку. Заказ 48213 задержался на сортировочном центре из-за большого потока "
        "посылок, курьер привезёт его завтра с 10:00 до 14:00. Стоимость доставки мы вернём на карту в течение "
        "трёх рабочих дней, уведомление придёт по СМС. Если удобнее забрать заказ самостоятельно, выберите пункт "
        "выдачи в разделе «Мои заказы» — посылка будет там уже сегодня вечером. Чтобы такие задержки не "
        "повторялись, я передала ваше обращение руководителю службы доставки, он проверит работу склада. "
        "Курьер позвонит за час до приезда; если время не подойдёт, перенесите доставку в приложении. ")


def make_reply(seed: int, length: int = 1000) -> str:
    words = (BODY * 3).split()
    random.Random(seed).shuffle(words)
    body = " ".join(words)
    reply = "Здравствуйте, Марина! " + body
    closing = " Если будут вопросы, пишите — я на связи."
    return reply[:length - len(closing)] + closing


def run(repeats: int = 20) -> float:
    from app.core.scorecard import score_reply, warm
    from app.core.scorecard.words import analyse
    warm()
    times = []
    for i in range(repeats):
        reply = make_reply(i)
        analyse.cache_clear()  # the worst case: no word of the reply analysed before
        t = time.perf_counter()
        score_reply(reply, CUSTOMER, customer_name="Марина", grammar=None)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> int:
    ms = run()
    print(f"Оценка ответа в {len(make_reply(0))} знаков без проверки грамотности: медиана {ms:.1f} мс "
          f"(цель — не больше 300 мс)")
    return 0 if ms <= 300 else 1


if __name__ == "__main__":
    sys.exit(main())
