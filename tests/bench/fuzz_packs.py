"""A long fuzz run of pack installation (run on demand, not part of the suite).

    /work/main/.venv/bin/python tests/bench/fuzz_packs.py [EXAMPLES]

Mutated archives must install or be refused with PackError, never raise
anything else nor leave a file outside the data folder.
"""

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from hypothesis import HealthCheck, given, settings  # noqa: E402

from packs.fuzzing import check_one, mutated  # noqa: E402


def main() -> None:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    outcomes: Counter[str] = Counter()

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(mutated())
    def run(data: bytes) -> None:
        outcomes[check_one(data)] += 1

    start = time.perf_counter()
    run()
    elapsed = time.perf_counter() - start
    total = sum(outcomes.values())
    print(f"fuzz_packs: {total} cases in {elapsed:.1f} s ({total / elapsed:.0f}/s): "
          f"installed {outcomes['ok']}, refused {outcomes['refused']}, other failures 0")


if __name__ == "__main__":
    main()
