"""Lines of a gzip file, member by member, from verified members only.

A gzip member's checksum (CRC-32 and length) is only known at its end, and damaged deflate
data often still decodes, to wrong bytes: read as a stream, a flipped bit mid-file gives
records spliced from garbage before the checksum fails, and everything after the damage is
lost. Here a first pass decompresses the file once (zlib runs at hundreds of MB/s, cleaning
at about 1 MB/s, so it costs little) and notes each member's place and whether it checks
out; lines are then read only from members that do. A damaged member is reported once, as
:class:`DamagedMember`, and reading goes on with the next member.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

_CHUNK = 1 << 20
_MAGIC = b"\x1f\x8b"
_TRUNCATED = "the file ends in the middle of a gzip member (it was cut short)"


class DamagedMember(Exception):
    """A gzip member whose data does not decompress or does not match its checksum."""


@dataclass
class Member:
    """One gzip member: where it is, and why it cannot be trusted (``error``) if so."""

    start: int  # offset of its header in the compressed file
    end: int  # offset just after it (the next member's start)
    error: str | None  # why it cannot be trusted, or None
    ends_line: bool  # whether its (decoded, possibly unverified) data ends with a newline
    #: The file ends inside it: what decoded before the end is sound (deflate output is a
    #: prefix of the real data), only the rest is missing.
    truncated: bool = False


def members(path: Path) -> list[Member]:
    """Every member of a gzip file, in order, each checked by decompressing it once.

    After a damaged member, the next place where a whole member decompresses and checks
    out is where reading resumes (members of concatenated files, or of a writer that
    flushes members, survive damage to one of them). Bytes after the last member that do
    not start another (zero padding, an appended log) end the list, as ``gzip -d`` treats
    them; a file cut short ends with a damaged member.
    """
    found: list[Member] = []
    with open(path, "rb") as fh:
        size = fh.seek(0, 2)
        pos = 0
        while pos < size and _magic_at(fh, pos):
            end, error, ends_line = _check_member(fh, pos)
            if error is None:
                found.append(Member(pos, end, None, ends_line))
                pos = end
                continue
            damaged = Member(pos, -1, error, ends_line, truncated=error == _TRUNCATED)
            found.append(damaged)
            pos = _next_good_member(fh, pos + 1)
            if pos < 0:
                break
            damaged.end = pos
    return found


def _magic_at(fh, pos: int) -> bool:
    fh.seek(pos)
    return fh.read(3) == _MAGIC + b"\x08"


def _check_member(fh, start: int) -> tuple[int, str | None, bool]:
    """``(end, error, ends_line)`` of the member whose header is at ``start``."""
    fh.seek(start)
    inflate = zlib.decompressobj(wbits=31)
    last, consumed = b"\n", 0
    while not inflate.eof:
        data = fh.read(_CHUNK)
        if not data:
            return -1, _TRUNCATED, last == b"\n"
        try:
            out = inflate.decompress(data)
        except zlib.error as exc:
            return -1, f"corrupt gzip data ({exc})", last == b"\n"
        if out:
            last = out[-1:]
        consumed += len(data) - len(inflate.unused_data)
    return start + consumed, None, last == b"\n"


#: Candidate member starts tried after a damaged member before giving up on the rest.
_MAX_CANDIDATES = 256


def _next_good_member(fh, pos: int) -> int:
    """Offset of the first gzip header at or after ``pos`` that starts a sound member, or -1."""
    tried = 0
    while tried < _MAX_CANDIDATES:
        fh.seek(pos)
        window = fh.read(_CHUNK + 2)
        if len(window) < 3:
            return -1
        at = window.find(_MAGIC + b"\x08")
        if at < 0:
            pos += len(window) - 2
            continue
        tried += 1
        _end, error, _ = _check_member(fh, pos + at)
        if error is None:
            return pos + at
        pos += at + 1
    return -1


def _chunks(path: Path, plan: list[Member]) -> Iterator[bytes | DamagedMember]:
    with open(path, "rb") as fh:
        for member in plan:
            if member.truncated:  # its complete lines are sound; the cut one goes with the error
                fh.seek(member.start)
                inflate = zlib.decompressobj(wbits=31)
                while data := fh.read(_CHUNK):
                    if out := inflate.decompress(data):
                        yield out
            if member.error:
                yield DamagedMember(member.error)
                if not member.ends_line:
                    yield b""  # marker handled by the reader: drop the next member's first fragment
                continue
            fh.seek(member.start)
            inflate = zlib.decompressobj(wbits=31)
            left = member.end - member.start
            while left > 0:
                data = fh.read(min(_CHUNK, left))
                if not data:
                    break
                left -= len(data)
                out = inflate.decompress(data)
                if out:
                    yield out


class VerifiedGzipLines:
    """A file-like object with ``readline(size)`` over the verified members of a gzip file.

    ``readline`` raises :class:`DamagedMember` once where a damaged member's lines would
    come (the partial line around it is dropped with it), then goes on.
    """

    def __init__(self, path: Path):
        self._chunks = _chunks(path, members(path))
        self._buffer = b""
        self._pos = 0
        self._drop_fragment = False

    def readline(self, size: int = -1) -> bytes:
        """The next line (with its newline), at most ``size`` bytes; ``b""`` at the end."""
        while True:
            buf, pos = self._buffer, self._pos
            stop = len(buf) if size < 0 else min(len(buf), pos + size)
            cut = buf.find(b"\n", pos, stop)
            if cut >= 0 or (size >= 0 and stop - pos >= size):
                end = cut + 1 if cut >= 0 else stop
                self._pos = end
                return buf[pos:end]
            chunk = next(self._chunks, None)
            if chunk is None:
                self._buffer, self._pos = b"", 0
                return buf[pos:]
            if isinstance(chunk, DamagedMember):
                self._buffer, self._pos = b"", 0  # a line whose end was in the damaged member
                raise chunk
            if chunk == b"":
                self._drop_fragment = True
                continue
            if self._drop_fragment:
                cut = chunk.find(b"\n")
                if cut < 0:
                    continue
                chunk, self._drop_fragment = chunk[cut + 1:], False
            self._buffer, self._pos = buf[pos:] + chunk, 0

    def close(self) -> None:
        """Stop reading (the file is opened per member and closed at the end)."""
        self._chunks.close()

    def __enter__(self) -> "VerifiedGzipLines":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
