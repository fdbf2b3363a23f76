"""Exercise packs: format, loading and validation, building, installing."""
