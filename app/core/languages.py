"""The languages of the built-in keyboard layouts, grammar checking and the interface.

Part of the domain's vocabulary (:mod:`app.core.vocabulary` re-exports it, and the rest of the
program imports it from there), kept in a module of its own because the window reads the interface
language before its first frame, which must not wait for the vocabulary's imports (dataclasses).
"""

LANGUAGES = ("ru", "en")
