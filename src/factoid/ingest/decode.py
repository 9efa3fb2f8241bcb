"""Bytes to text: refuse binary data, detect the encoding, normalise what gets stored.

The stored text is the single source of truth for every later character offset, so all
normalisation (BOM, line endings, Unicode NFC) happens here, once, before anything is stored.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from factoid.errors import IngestError

__all__ = ["decode_text", "looks_binary", "normalise_text"]

#: How much of a file the binary sniff looks at; enough to see a header, cheap on big files.
_SNIFF_BYTES = 8192
#: Above this share of control bytes the data is not text even without NUL bytes.
_MAX_CONTROL_SHARE = 0.10
#: Control bytes that plain text legitimately contains: tab, LF, VT, FF, CR, ESC.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_UTF16_32_BOMS = (
    codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)

_UNDECODABLE = "cannot decode text (not UTF-8, no plausible encoding)"


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control bytes near the start.

    UTF-16/32 text is full of NUL bytes, so a Unicode BOM exempts the data from the NUL test.
    """
    if data.startswith(_UTF16_32_BOMS):
        return False
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return bool(sample) and controls / len(sample) > _MAX_CONTROL_SHARE


def decode_text(data: bytes, name: str, *, html: bool = False) -> str:
    """Decode raw bytes, detecting the encoding rather than assuming one; normalised result.

    Strict UTF-8 comes first because it almost never decodes non-UTF-8 text by accident; then a
    charset an HTML page declares for itself; then charset-normalizer's best guess, which
    returns nothing for bytes that no encoding turns into plausible text.
    """
    text = _decode_utf(data)
    if text is None and html:
        text = _decode_declared(data)
    if text is None:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise IngestError(name, _UNDECODABLE)
        text = str(best)
    return normalise_text(text)


def normalise_text(text: str) -> str:
    """Turn CRLF and lone CR into LF, and change nothing else.

    The stored text must be exactly what Python's universal-newline reading of the file
    gives (``Path.read_text(encoding="utf-8")``), because every offset factoid exports is an
    index into it and anyone can check a quote against the file that way. So no Unicode
    normalisation and no BOM stripping: a decomposed "й" stays two code points, and a BOM
    stays character 0. Name matching folds such differences itself.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_utf(data: bytes) -> str | None:
    """Decode UTF-8 (BOM optional) strictly, or UTF-16/32 when a BOM says so; else None."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _try(data, "utf-32")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _try(data, "utf-16")
    return _try(data, "utf-8")


def _decode_declared(data: bytes) -> str | None:
    """Decode with the charset a ``<meta>`` tag declares, if Python knows it and it fits."""
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    try:
        encoding = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _try(data, encoding)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None
