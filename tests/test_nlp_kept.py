"""``nlp``: a pipeline just loaded is moved out of the cyclic collector's reach
(``gc.freeze``), since it lives as long as the process and full collections would walk it."""

from __future__ import annotations

import gc

from factoid import nlp


def test_a_loaded_pipeline_is_no_longer_walked_by_collections() -> None:
    nlp.load_language.cache_clear()
    pipeline = nlp.load_language("xx")
    tracked = gc.get_objects()  # the generations a collection walks; frozen objects are apart
    assert gc.get_freeze_count() > 0
    assert not any(o is pipeline for o in tracked)
    assert pipeline("Anna Lind wrote.").text == "Anna Lind wrote."
