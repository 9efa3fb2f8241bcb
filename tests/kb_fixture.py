"""A small knowledge base built from fixture documents written for these tests."""

from __future__ import annotations

DOCS = {
    "lyushkov_a.txt": (
        "Genrikh Lyushkov\n\n"
        "Genrikh Lyushkov was a Soviet security officer. Genrikh Lyushkov was born on 12 March 1900 in Odessa. "
        "He joined the Bolshevik Party in 1917.\n\n"
        "In 1935-1937 he was head of the NKVD of the Azov-Black Sea region. His wife, Nina Lyushkova, stayed in Moscow.\n\n"
        "On 13 June 1938 Lyushkov fled to Manchukuo. He died on 19 August 1945 in Dalian.\n"
    ),
    "lyushkov_b.txt": (
        "The strange fate of Lyushkov\n\n"
        "Genrikh Samoilovich Lyushkov came from Odessa, where he was born in 1900. "
        "In 1937 Lyushkov was sent to the Far East.\n\n"
        "Lyushkov crossed the border into Manchuria in June 1938. Genrikh Lyushkov died on 2 February 1946 in Tokyo, "
        "as this memoir claims.\n"
    ),
    "krivitsky.txt": (
        "Walter Krivitsky\n\n"
        "Walter Krivitsky was a Soviet intelligence officer, born in 1899 in Galicia. "
        "On 6 October 1937 he defected in Paris.\n\n"
        "Walter Krivitsky died on 10 February 1941 in Washington.\n"
    ),
}


def build_kb(root, url=None):
    """Write the fixture documents under ``root``, ingest and build them into the store at
    ``url`` (default: a SQLite file under ``root``)."""
    from factoid import api

    src = root / "sources"
    src.mkdir()
    for name, text in DOCS.items():
        (src / name).write_text(text, encoding="utf-8")
    kb = api.open_kb(url or f"sqlite:///{root / 'kb.db'}")
    report = api.ingest(kb, [src])
    assert report.ok and len(report.new) == len(DOCS)
    api.build(kb)
    return kb
