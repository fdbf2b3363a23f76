"""The one way a command reports that it could not do its job."""

from __future__ import annotations

import sys

# Exit statuses shared by the commands: 1 — a usable input got a negative verdict or the operation
# failed (a reply that does not pass, a certificate that does not verify, a write that failed);
# 2 — a wrong call or a file that cannot be used (missing, malformed or invalid: a broken pack, quiz
# bank, course, certificate or text).
EXIT_FAILED, EXIT_USAGE = 1, 2


class CommandFailed(Exception):
    """Raised by a command: ``message`` goes to standard error, ``code`` becomes the exit status."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.message = message
        self.code = code


def report(exc: CommandFailed) -> int:
    print(exc.message, file=sys.stderr)
    return exc.code
