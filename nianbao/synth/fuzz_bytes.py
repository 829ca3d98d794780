"""The fuzzer's byte-level mutators, for every format: bytes flipped, the file cut short, a chunk repeated,
deleted or junk inserted. ``Draw`` is Hypothesis's draw function, which every mutator takes first."""

from __future__ import annotations

from typing import Callable

from hypothesis import strategies as st

Draw = Callable[[st.SearchStrategy], object]


def position(draw: Draw, data: bytes) -> int:
    """A drawn byte offset inside ``data``."""
    return draw(st.integers(0, max(len(data) - 1, 0)))


def flip_bytes(draw: Draw, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 16))):
        if out:
            i = position(draw, out)
            out[i] ^= 1 << draw(st.integers(0, 7))
    return bytes(out)


def truncate(draw: Draw, data: bytes) -> bytes:
    return data[: position(draw, data)]


def repeat_chunk(draw: Draw, data: bytes) -> bytes:
    i = position(draw, data)
    j = min(len(data), i + draw(st.integers(1, 4096)))
    return data[:j] + data[i:j] * draw(st.integers(1, 50)) + data[j:]


def delete_chunk(draw: Draw, data: bytes) -> bytes:
    i = position(draw, data)
    return data[:i] + data[i + draw(st.integers(1, 4096)):]


def insert_junk(draw: Draw, data: bytes) -> bytes:
    i = position(draw, data)
    junk = draw(st.sampled_from([b"\x00" * 64, b"\xff\xfe", b"\xe4\xb8", b"%%EOF\n", b"<", b"]]>", b"\r\n" * 30,
                                 bytes(range(256))]))
    return data[:i] + junk + data[i:]


BYTE_MUTATORS = (flip_bytes, truncate, repeat_chunk, delete_chunk, insert_junk)
