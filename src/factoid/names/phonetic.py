"""A loose phonetic key for one name token, so spellings from different schemes meet.

Sources render one Russian name through English, German, Polish and scholarly schemes and
their own typos: Yezhov / Ezhov / Jeschow, Blyukher / Blücher, Mekhlis / Mehlis,
Frinovsky / Frinovskii / Frinowski. The key erases exactly those differences:

* ``j`` is read as ``y`` (German and Polish Jagoda = Yagoda);
* a ``y``/``i`` that only marks a soft consonant before a vowel disappears
  (Lyushkov ~ Liushkov ~ Lushkov, Yezhov ~ Ezhov), also where a scheme writes two of them
  (Lidiya, Lidija ~ Lidia ~ Lydia), other ``y`` become ``i``
  (Samoylovich ~ Samoilovich, Frinovsky ~ Frinovskii);
* ``h`` is treated as a modifier, not a letter: kh, ch (German, and English for ч) and an
  ``h`` after a vowel all become ``k`` (Blyukher ~ Blucher, Mekhlis ~ Mehlis); sh/zh/sch/shch
  lose their ``h``; an ``h`` after any other consonant is dropped. A side effect is that
  the common sk/kh transposition typo (Lyushkov ~ Lyuskhov) gets the same key;
* w -> v, x -> ks, c -> k, ph -> f, double letters collapse, a final -of/-ef is -ov/-ev;
* a ``z`` between vowels is ``s`` (Suzanna ~ Susanna, Tereza ~ Teresa, Roza ~ Rosa): many
  languages write the voiced s either way.

It is deliberately *not* loose about vowel quality: Samoilovich and Samuilovich keep
different keys (o vs u). Those two patronymics are the same only because Samoil and Samuil
are forms of one given name; ``given.py`` knows that, and patronymic matching asks it.
The price of the h-rule is that ч/к/х and ш/с merge (Chernov ~ Kernov); callers that need
certainty combine the key with an edit-distance score on the folded spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factoid.names.translit import fold

__all__ = ["skeleton"]

# Order matters: longer clusters first, so "shch" is not read as "sh" + "ch".
_CLUSTERS: tuple[tuple[str, str], ...] = (
    ("shch", "s"), ("tsch", "k"), ("sch", "s"), ("zh", "z"), ("sh", "s"), ("kh", "k"),
    ("ch", "k"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("gh", "g"),
)
_VOWEL = "aeiouy"
#: A y/i that only softens the consonant before a vowel.
_SOFT = re.compile(r"[yi]([aeou])")


def _drop_h(s: str) -> str:
    """Initial h and h after a vowel stand for х (Mehlis, Hrushchev) -> k; else h is silent."""
    out: list[str] = []
    for i, ch in enumerate(s):
        if ch != "h":
            out.append(ch)
        elif i == 0 or s[i - 1] in _VOWEL:
            out.append("k")
    return "".join(out)


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Phonetic key of one name token (see the module docstring for what it equates)."""
    s = fold(token).replace(" ", "")
    s = s.replace("j", "y")
    for cluster, key in _CLUSTERS:
        s = s.replace(cluster, key)
    s = _drop_h(s)
    s = s.replace("w", "v").replace("x", "ks").replace("q", "k").replace("c", "k")
    s = re.sub(r"(?<=[aeiouy])z(?=[aeiouy])", "s", s)
    s = re.sub(r"(.)\1+", r"\1", s)  # Ayyub ~ Ayub before the soft-sign rule reads the y
    s = _SOFT.sub(r"\1", _SOFT.sub(r"\1", s))  # twice: Lidiya ~ Lidia ~ Lydia, Mariya ~ Maria
    s = s.replace("y", "i")
    s = re.sub(r"(.)\1+", r"\1", s)
    s = re.sub(r"([oe])f$", r"\1v", s)
    return s
