"""The pack fixtures (a writable copy of the small pack, an empty data directory) for the pack commands."""

from tests.packs.conftest import data_dir, mini  # noqa: F401 — fixtures are found by name
