"""``labels.prefix_end``: the trie walk gives exactly what the label pattern's match gives
(where it ends, or no match), on every label of every language written as the tables have it,
in other cases, with other whitespace, glued to a value, cut short, and with characters the
regex engine folds specially."""

from __future__ import annotations

import random

from factoid.extract.infobox import labels


def _pattern_end(text: str, start: int = 0, end: int | None = None) -> int | None:
    m = labels.prefix_pattern().match(text, start, len(text) if end is None else end)
    return None if m is None else m.end()


def _variants(word: str, rng: random.Random) -> list[str]:
    """A label as a page may write it at a line's start."""
    spaced = word.replace(" ", rng.choice(["  ", "\t", "\u00a0", " \n "]))
    return [word, word.upper(), word.title(), spaced, word + "Mar 3, 1850", word + " 1899", word[:-1],
            word + "s" + word[-1:], "\n" + word]


def test_every_label_in_every_form_ends_where_the_pattern_ends() -> None:
    rng = random.Random(7)
    words = sorted(labels.labels())
    assert len(words) > 100  # else this compares nothing
    matched = 0
    for word in words:
        for text in _variants(word, rng):
            want = _pattern_end(text)
            assert labels.prefix_end(text) == want, (word, text)
            matched += want is not None
    assert matched > len(words)


def test_start_and_end_bound_the_walk_as_they_bound_the_match() -> None:
    text = "xx\nPlace of birth  Lisbon\nSpouse(s)Ana Reis"
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert labels.prefix_end(text, start, end) == _pattern_end(text, start, end), (start, end)


def test_characters_the_engine_folds_specially_compare_as_it_compares_them() -> None:
    """The long s, the final sigma, the dotless i, the Kelvin sign, the dotted capital I:
    ``re.IGNORECASE`` takes some of them for other letters, not all as ``str.lower`` would."""
    odd = "\u017f\u03c2\u03c3\u03a3\u0131\u0130\u212a\u00b5\u03bc\u1e9b\u00df\u1e9e"
    words = [w for w in labels.labels() if any(c.lower() in "sikμσß" for c in w)][:300]
    rng = random.Random(11)
    for word in words:
        for _ in range(4):
            text = "".join(rng.choice(odd) if c.lower() in "sikμσß" and rng.random() < 0.5 else c for c in word)
            assert labels.prefix_end(text + " 1901") == _pattern_end(text + " 1901"), text


def test_no_label_no_match() -> None:
    assert labels.prefix_end("") == _pattern_end("")
    assert labels.prefix_end("Zzqx 1901") is None
