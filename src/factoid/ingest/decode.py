"""Bytes to text: refuse binary data, detect the encoding, normalise what gets stored.

The stored text is the single source of truth for every later character offset, so all
normalisation (BOM, line endings, Unicode NFC) happens here, once, before anything is stored.

The order of decoding, and why:

1. UTF-8, strictly (or UTF-16/32 with a BOM): valid UTF-8 is almost never anything else.
2. UTF-16 without a BOM, recognised by its NUL bytes falling on every other byte.
3. For a web page, the charset its ``<meta>`` tag declares.
4. A file that is UTF-8 except for some lines (a paragraph pasted from a cp1251 file): the
   UTF-8 lines stay UTF-8 and only the others are decoded with a legacy encoding.
5. A legacy single-byte encoding, chosen by how plausible the decoded text is
   (``_plausibility``: letters of one script per word, few accented letters per Latin word,
   no control or odd symbol characters) among cp1252, cp1251, cp1250, KOI8-R, Latin-1 and
   charset-normalizer's own guess. charset-normalizer alone stored a Latin-1 "naïve" as
   cp1250 "naďve". When two encodings are about as plausible, the choice is reported as
   doubtful (``Decoded.doubt``).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer

from factoid.errors import IngestError

__all__ = ["Decoded", "decode", "decode_text", "looks_binary", "normalise_text"]


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding it was read with, and why that choice may be wrong."""

    text: str
    encoding: str
    doubt: str | None = None

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
    if data.startswith(_UTF16_32_BOMS) or _utf16_without_bom(data) is not None:
        return False
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return bool(sample) and controls / len(sample) > _MAX_CONTROL_SHARE


def decode_text(data: bytes, name: str, *, html: bool = False) -> str:
    """Decode raw bytes, detecting the encoding rather than assuming one; normalised result."""
    return decode(data, name, html=html).text


def decode(data: bytes, name: str, *, html: bool = False) -> Decoded:
    """Decode raw bytes in the order the module docstring gives; the text is normalised."""
    found = _decode_unicode(data)
    if found is None and html:
        found = _decode_declared(data)
    if found is None:
        found = _decode_mixed(data)
    if found is None:
        found = _decode_legacy(data)
    if found is None:
        raise IngestError(name, _UNDECODABLE)
    return Decoded(normalise_text(found.text), found.encoding, found.doubt)


def normalise_text(text: str) -> str:
    """Turn CRLF and lone CR into LF, and change nothing else.

    The stored text must be exactly what Python's universal-newline reading of the file
    gives (``Path.read_text(encoding="utf-8")``), because every offset factoid exports is an
    index into it and anyone can check a quote against the file that way. So no Unicode
    normalisation and no BOM stripping: a decomposed "й" stays two code points, and a BOM
    stays character 0. Name matching folds such differences itself.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_unicode(data: bytes) -> Decoded | None:
    """UTF-8 (BOM optional) strictly, UTF-16/32 when a BOM says so, or BOM-less UTF-16."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _as(data, "utf-32")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _as(data, "utf-16")
    return _utf16_without_bom(data) or _as(data, "utf-8")  # UTF-16 first: NUL is valid UTF-8


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """BOM-less UTF-16 that decodes to printable text, else None."""
    order = _utf16_order(data)
    found = _as(data, order) if order is not None else None
    if found is None or _printable_share(found.text) < 0.95:
        return None
    return found


def _utf16_order(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the NUL bytes of the sample sit on every other byte
    (the high byte of Latin text), as in UTF-16 without a BOM; else None."""
    sample = data[: _SNIFF_BYTES & ~1]
    if len(sample) < 4 or len(data) % 2:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.2 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.2 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _printable_share(text: str) -> float:
    sample = text[:_SNIFF_BYTES]
    ok = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t")
    return ok / max(1, len(sample))


#: Single-byte encodings tried when a file is not Unicode, most common first (ties go first).
_LEGACY = ("cp1252", "cp1251", "cp1250", "koi8_r", "latin_1")
#: Below this plausibility no decoding is believed (random high bytes score about -1).
_MIN_PLAUSIBILITY = 0.0
#: Two encodings closer than this in plausibility make the choice doubtful.
_DOUBT_MARGIN = 0.25
#: Accented Latin letters of the Western European languages (Latin-1 / cp1252 territory).
_COMMON_LATIN = frozenset("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœšžÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒŠŽ")
_COMMON_SYMBOLS = frozenset("\u00a0—–“”‘’„«»…€°§©®·•№±×¡¿")
_WORD = re.compile(r"\w+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _decode_mixed(data: bytes) -> Decoded | None:
    """A file that is UTF-8 except for some lines: those lines alone get a legacy encoding."""
    lines = data.split(b"\n")
    bad = [i for i, line in enumerate(lines) if _try(line, "utf-8") is None]
    bad_bytes = sum(len(lines[i]) for i in bad)
    if not bad or bad_bytes * 2 > len(data) or len(bad) == len(lines):
        return None
    legacy = _decode_legacy(b"\n".join(lines[i] for i in bad))
    if legacy is None:
        return None
    bad_set = set(bad)
    text = "\n".join(
        line.decode(legacy.encoding if i in bad_set else "utf-8") for i, line in enumerate(lines)
    )
    doubt = f"mixed: {len(bad)} of {len(lines)} lines are not UTF-8, read as {legacy.encoding}"
    return Decoded(text, f"utf-8+{legacy.encoding}", doubt)


def _decode_legacy(data: bytes) -> Decoded | None:
    """The most plausible single-byte decoding (see ``_plausibility``), with a doubt when the
    runner-up is close or when even the best one looks wrong."""
    guess = charset_normalizer.from_bytes(data).best()
    names = list(_LEGACY)
    if guess is not None and codecs.lookup(guess.encoding).name not in {codecs.lookup(n).name for n in names}:
        names.append(guess.encoding)
    scored: list[tuple[float, int, str, str]] = []
    for rank, encoding in enumerate(names):
        text = _try(data, encoding)
        if text is not None:
            scored.append((_plausibility(text), -rank, encoding, text))
    if not scored:
        return None
    scored.sort(reverse=True)
    best_score, _, encoding, text = scored[0]
    if best_score < _MIN_PLAUSIBILITY:  # every decoding is mostly mojibake: not text we can read
        return None
    doubt = None
    rivals = [enc for score, _, enc, other in scored[1:] if score > best_score - _DOUBT_MARGIN and other != text]
    if best_score < 0.5:
        doubt = f"low confidence in {encoding}"
    elif rivals:
        doubt = f"{encoding} chosen, but {rivals[0]} is almost as plausible"
    return Decoded(text, codecs.lookup(encoding).name, doubt)


def _plausibility(text: str) -> float:
    """Mean score of the non-ASCII characters of ``text`` (1 = a plausible letter, negative =
    the signature of a wrong encoding); 1.0 for pure ASCII."""
    total, count = 0.0, 0
    for word in _WORD.findall(text):
        non_ascii = [ch for ch in word if ord(ch) > 0x7F]
        if non_ascii:
            total += _word_score(word, non_ascii)
            count += len(non_ascii)
    for ch in _NON_ASCII.findall(_WORD.sub(" ", text)):
        count += 1
        if ch in _COMMON_SYMBOLS:
            total += 0.5
        elif unicodedata.category(ch).startswith("C"):
            total -= 3
        else:
            total -= 1
    return total / count if count else 1.0


def _word_score(word: str, non_ascii: list[str]) -> float:
    """Score of a word's non-ASCII characters: a word mixing scripts, a Latin word made mostly
    of accented letters, or a Cyrillic word with capitals inside is mojibake."""
    letters = [ch for ch in word if ch.isalpha()]
    scripts = {_script(ch) for ch in letters}
    if len(scripts) > 1:
        return -2.0 * len(non_ascii)
    if scripts == {"CYRILLIC"} and _capital_inside(word):
        return -1.0 * len(non_ascii)
    if scripts == {"LATIN"} and len(letters) >= 3 and len(non_ascii) * 2 > len(letters):
        return -1.0 * len(non_ascii)
    return sum(_letter_score(ch) for ch in non_ascii)


def _letter_score(ch: str) -> float:
    if not ch.isalpha():
        return -1.0
    if _script(ch) == "LATIN":
        return 1.0 if ch in _COMMON_LATIN else 0.5
    return 1.0


def _script(ch: str) -> str:
    if ord(ch) < 0x80:
        return "LATIN"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def _capital_inside(word: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def _as(data: bytes, encoding: str) -> Decoded | None:
    text = _try(data, encoding)
    return None if text is None else Decoded(text, encoding)


def _decode_declared(data: bytes) -> Decoded | None:
    """Decode with the charset a ``<meta>`` tag declares, if Python knows it and it fits."""
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    try:
        encoding = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _as(data, encoding)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None
