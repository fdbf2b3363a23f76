"""The grammar engine process: ``python -m app.core.grammar.engine_host``, fed by :mod:`engine_client`.

It reads requests from standard input and writes responses to standard output (the frames of
:mod:`app.core.grammar.engine_protocol`); anything printed goes to standard error instead, so that a
stray message cannot break the stream. It runs at a lower priority than the window, and ends when its
input closes (the GUI process is gone) or on SIGTERM, stopping a local LanguageTool server first.
"""

from __future__ import annotations

import os
import signal
import sys

from app.core.grammar import service
from app.core.grammar.engine_protocol import read_frame, write_frame
from app.core.typography import TypographyPolicy

NICENESS = 5  # the GUI process keeps the CPU while the user types


def handle(op: str, args: dict):
    settings = service.CheckSettings(**args["settings"])
    if op == "load":
        return service.load(settings, tuple(args["languages"]))
    known = tuple(args.get("known_words", ()))
    if op == "check":
        policy = args.get("typography")
        return service.check(args["text"], args["language"], settings, known,
                             TypographyPolicy.from_dict(policy) if policy is not None else None)
    if op == "grade":
        from app.core.scorecard import score_reply

        kwargs = {k: v for k, v in args.items() if k not in ("settings", "known_words")}
        return score_reply(grammar=lambda text, language: service.check(text, language, settings, known).findings,
                           **kwargs)
    raise ValueError(f"Движок проверки не знает запроса «{op}».")


def serve(requests, responses) -> None:
    while True:
        message = read_frame(requests)
        if message is None:
            return
        try:
            reply = {"id": message["id"], "ok": handle(message["op"], message["args"])}
        except Exception as exc:  # handed back to the caller, who shows it
            reply = {"id": message["id"], "error": exc}
        try:
            write_frame(responses, reply)
        except (TypeError, AttributeError, ValueError) as exc:  # an unpicklable exception or value
            write_frame(responses, {"id": message["id"], "error": RuntimeError(str(reply.get("error") or exc))})


def _stop(*_args) -> None:
    service.close_all()
    os._exit(0)  # the interpreter's clean-up of the loaded dictionaries would only delay the exit


def main() -> None:
    requests, responses = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    if hasattr(os, "nice"):
        os.nice(NICENESS)
    signal.signal(signal.SIGTERM, _stop)
    try:
        serve(requests, responses)
    finally:
        _stop()


if __name__ == "__main__":
    main()
