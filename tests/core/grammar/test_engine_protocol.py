"""Messages between the window and the engine process: framed, and a broken stream named."""

import io

import pytest

from app.core.grammar.engine_protocol import read_frame, write_frame


def test_frames_carry_messages_and_a_broken_stream_is_named():
    stream = io.BytesIO()
    write_frame(stream, {"id": 1, "op": "check", "args": {"text": "Привет"}})
    stream.seek(0)
    assert read_frame(stream) == {"id": 1, "op": "check", "args": {"text": "Привет"}}
    assert read_frame(stream) is None  # the other end has closed
    assert read_frame(io.BytesIO(b"\x00\x00\x00\x09abc")) is None  # cut off mid-message
    with pytest.raises(ValueError, match="повреждено"):
        read_frame(io.BytesIO(b"\xff\xff\xff\xff"))
