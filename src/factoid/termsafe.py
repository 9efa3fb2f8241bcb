"""Text that is safe to print on a terminal: no control characters from the data get through.

Document text, titles and file names come from anywhere. An ESC byte in them reaches the
terminal as an instruction (OSC 0 sets the window title, OSC 52 writes the clipboard, SGR 8
hides text), and Rich markup escaping does not help: it escapes ``[``, not ESC. So every
character that a terminal may act on is shown as a visible escape (``\\x1b``) instead:
C0 controls except newline and tab, DEL, C1 controls, lone surrogates (undecodable bytes of
a file name) and the Unicode bidirectional overrides that reorder what the reader sees.

``SafeConsole`` applies this to every text segment Rich renders, so no print path of the CLI
can forget it; Rich's own styling codes are added after this step and are untouched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.console import Console
from rich.segment import Segment

__all__ = ["SafeConsole", "clean", "json_safe"]

#: Characters a terminal may interpret: C0 (not \t \n), DEL, C1, surrogates, bidi controls.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
#: In JSON output, C1 controls and bidi controls survive ``json.dumps(ensure_ascii=False)``.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape): show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def clean(text: str) -> str:
    """``text`` with every terminal-active character replaced by a visible escape."""
    return _UNSAFE.sub(_visible, text)


def json_safe(dumped: str) -> str:
    """JSON text (already dumped) with C1 and bidi controls written as ``\\uXXXX`` escapes:
    still the same JSON value, but inert on a terminal."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


class SafeConsole(Console):
    """A Rich console that cleans the text of every segment before it is written."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        safe = (
            seg if seg.control else Segment(clean(seg.text), seg.style, seg.control)
            for seg in buffer
        )
        return super()._render_buffer(safe)
