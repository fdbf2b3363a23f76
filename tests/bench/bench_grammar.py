"""Grammar engine figures (run on demand):

    /work/main/.venv/bin/python tests/bench/bench_grammar.py [--profile]

- construct + warm the embedded engine (goal: ready ≤ 3 s after launch, in the background);
- a full check of a 3,000-character text, fresh sentences (goal ≤ 1.5 s);
- re-check after editing one sentence of a 500-character reply, p95 over 50 edits (goal ≤ 150 ms).
``--profile`` prints cProfile's top functions for the 3,000-character check.
"""

import cProfile
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.core.grammar.embedded import EmbeddedEngine  # noqa: E402

SENTENCES = [
    "Здравствуйте, Анна!", "Спасибо, что обратились в нашу службу поддержки.",
    "Я проверила ваш заказ, он уже передан в службу доставки.", "Курьер привезёт его завтра с десяти до двух часов.",
    "К сожалению, мы не можем изменить адрес после отправки заказа.",
    "Если вам удобнее, заберите посылку в пункте выдачи рядом с домом.",
    "Приносим извинения за задержку, мы уже разбираемся в ситуации.",
    "Извените за ожидание, ответ займёт пару минут.", "Деньги вернутся на карту в течении трёх рабочих дней.",
    "Уточните пожалуйста номер заказа, чтобы я могла всё проверить.",
    "Мы ценим ваше время и постараемся решить вопрос как можно быстрее.",
    "Оператор свяжется с вами в ближайшее время.", "Хорошего вам дня!",
    "Напишите нам, если появятся вопросы, мы всегда на связи.",
    "Бонусы за покупку начисляться через сутки после получения заказа.",
    "Ваше обращение зарегистрировано под номером 4815.",
]


def text_of(length, seed):
    rng = random.Random(seed)
    parts, size = [], 0
    while size < length:
        sentence = rng.choice(SENTENCES)
        # A number keeps each sentence new to the cache, as a fresh text would be.
        sentence = sentence[:-1] + f" (обращение {rng.randrange(10**6)})" + sentence[-1]
        parts.append(sentence)
        size += len(sentence) + 1
    return " ".join(parts)[:length].rsplit(" ", 1)[0] + "."


def main(profile=False):
    start = time.perf_counter()
    engine = EmbeddedEngine()
    engine.warm()
    print(f"construct + warm:                {time.perf_counter() - start:6.2f} s")

    text = text_of(3000, 1)
    start = time.perf_counter()
    engine.check(text, "ru")
    print(f"full check, {len(text)} chars:         {time.perf_counter() - start:6.2f} s "
          f"({engine.sentences_checked} sentences)")
    text = text_of(3000, 2)
    start = time.perf_counter()
    engine.check(text, "ru")
    print(f"full check, another {len(text)} chars: {time.perf_counter() - start:6.2f} s (goal ≤ 1.5 s)")

    reply = text_of(500, 3)
    engine.check(reply, "ru")
    rng = random.Random(4)
    latencies = []
    for n in range(50):
        words = reply.split(" ")
        i = rng.randrange(len(words))
        words[i] = words[i] + ("ы" if n % 2 else "")  # a typo, or a word edited back
        edited = " ".join(words)
        start = time.perf_counter()
        engine.check(edited, "ru")
        latencies.append((time.perf_counter() - start) * 1000)
        reply = edited
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(f"re-check after one edit, {len(reply)} chars: median {statistics.median(latencies):.0f} ms, "
          f"p95 {p95:.0f} ms, max {latencies[-1]:.0f} ms (goal p95 ≤ 150 ms)")

    if profile:
        text = text_of(3000, 5)
        profiler = cProfile.Profile()
        profiler.runcall(engine.check, text, "ru")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main(profile="--profile" in sys.argv)
