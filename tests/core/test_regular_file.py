"""Reading a file the user named: only a regular file within its size limit; anything else is refused
at once with the file's name and the reason, before a byte is read."""

import os

import pytest

from app.core.regular_file import UnusableFile, check_regular, read_regular


def test_a_regular_file_within_the_limit_is_read(tmp_path):
    path = tmp_path / "ответ.txt"
    path.write_bytes("Здравствуйте!".encode())
    assert read_regular(path, 100) == "Здравствуйте!".encode()
    assert check_regular(path, 100) == len("Здравствуйте!".encode())


@pytest.mark.parametrize("make, reason", [
    (lambda p: None, "файл не найден"),
    (lambda p: p.mkdir(), "это папка, а не файл"),
    (lambda p: os.mkfifo(p), "это именованный канал, а не обычный файл"),
])
def test_what_is_not_a_regular_file_is_refused_naming_it(tmp_path, make, reason):
    path = tmp_path / "input"
    make(path)
    with pytest.raises(UnusableFile) as err:
        read_regular(path, 100, name="ответ клиента")  # a FIFO would block here if it were opened
    assert str(err.value) == f"ответ клиента: {reason}"
    assert not err.value.too_large


def test_a_device_is_refused_without_reading_it():
    with pytest.raises(UnusableFile, match="^/dev/zero: это устройство, а не обычный файл$"):
        read_regular("/dev/zero", 100)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(UnusableFile) as err:
        read_regular(path, 100)
    assert err.value.too_large
    assert str(err.value) == f"{path}: файл слишком большой: 101 байт, допустимо не больше 100"
