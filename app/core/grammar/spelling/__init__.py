"""Spelling beyond the engine's dictionary check: ranked suggestions and what is not an error."""
