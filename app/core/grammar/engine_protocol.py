"""The wire between the GUI process and the grammar engine process.

Both ends are this program, started from the same interpreter, so a message is a pickled dict in a
frame: 4 bytes of big-endian length, then the pickle. One request at a time, each answered once:

* request  ``{"id": n, "op": "load" | "check" | "grade", "args": {...}}``;
* response ``{"id": n, "ok": value}`` or ``{"id": n, "error": exception}``.

``load`` args: ``settings`` (a CheckSettings dict), ``languages``; value: (status, reason).
``check`` args: ``settings``, ``text``, ``language``, optional ``known_words`` (a tuple of words never
reported as misspelt: the profile's dictionary and the practised pack's glossary); value: a CheckResult.
``grade`` args: ``settings``, optional ``known_words``, and the keyword arguments of
:func:`app.core.scorecard.score_reply` except ``grammar``; value: the Scorecard. The engine process checks with
:func:`app.core.grammar.service.check`, so every caller sees the same findings.
"""

from __future__ import annotations

import pickle
import struct
from typing import BinaryIO

OPS = ("load", "check", "grade")
_HEADER = struct.Struct(">I")
MAX_FRAME = 256 * 2**20  # a text is at most 100,000 characters: anything near this is a broken stream


class EngineFailure(RuntimeError):
    """The engine process died or did not answer in time; the message says which, in Russian."""


class EngineCrashed(EngineFailure):
    pass


class EngineHung(EngineFailure):
    pass


def write_frame(stream: BinaryIO, message: dict) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: BinaryIO) -> dict | None:
    """The next message, or None when the other end has closed the stream."""
    header = _read_exactly(stream, _HEADER.size)
    if header is None:
        return None
    (size,) = _HEADER.unpack(header)
    if size > MAX_FRAME:
        raise ValueError(f"Сообщение движка проверки повреждено: длина {size} байт.")
    data = _read_exactly(stream, size)
    return None if data is None else pickle.loads(data)


def _read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
