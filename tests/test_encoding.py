"""Encoding detection on inputs that fooled it: samples cut mid-character, UTF-16 without a
BOM, a stray NUL byte. Each case decoded wrongly or was refused before the fix."""
from __future__ import annotations

import os

import pytest

from zhclean.encoding import DecodeError, decode

NOTICE = "各基层工会：现将有关事项通知如下。请认真组织，按时报送。"


@pytest.mark.parametrize("text", ["职工" * 40000, "工会。" * 30000, "a" + "职工之家" * 30000],
                         ids=["even-cut", "odd-cut", "shifted-cut"])
def test_long_utf8_without_newlines_stays_utf8(text):
    # the 64 KiB sample has no line break to cut at, so it ends inside a character
    assert decode(text.encode("utf-8")) == (text, "utf-8")


def test_long_gbk_without_newlines_is_gb18030():
    text = "职工之家建设" * 20000
    assert decode(text.encode("gbk")) == (text, "gb18030")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec):
    text = NOTICE * 40
    assert decode(text.encode(codec)) == (text, codec)


def test_a_stray_nul_does_not_make_a_page_binary():
    text = NOTICE * 40 + "\x00" + NOTICE
    assert decode(text.encode("utf-8")) == (text, "utf-8")


@pytest.mark.parametrize("data", [os.urandom(4096), bytes(range(256)) * 20, b"\x7fELF" + b"\x00\x01\x02" * 500],
                         ids=["random", "all-bytes", "elf-like"])
def test_binary_is_still_refused(data):
    with pytest.raises(DecodeError):
        decode(data)
