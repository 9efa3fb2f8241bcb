"""A big, deterministic benchmark corpus recombined from the bundled sources.

The paragraphs of ``examples/corpus`` and ``../shared/corpus/seeds`` (read through factoid's
own ingest and passage splitter, so HTML and Markdown come out as the text factoid sees) form
a pool. Each generated document is a unique header line followed by a shuffled selection of
about 40 paragraphs of that pool, separated by blank lines. The header makes every document
distinct (no two files hash alike, so incremental ingest cannot skip work), and the same seed
always produces the same corpus.

Used by ``benchmarks/throughput.py`` and reusable by other benchmarks::

    from corpus import build_corpus            # with benchmarks/ on sys.path
    info = build_corpus(folder, words=300_000, seed=1)
    info.paths, info.words, info.documents

``lang="ru"`` makes Russian documents instead (``benchmarks/corpus_ru.py``: biographies of
invented people from template sentences written for the benchmark).

or from the command line::

    .venv/bin/python benchmarks/corpus.py OUT_DIR [--words N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "examples" / "corpus", ROOT.parent / "shared" / "corpus" / "seeds")
PARAGRAPHS_PER_DOC = 40
DEFAULT_SEED = 1


@dataclass
class CorpusInfo:
    folder: Path
    paths: list[Path] = field(default_factory=list)
    words: int = 0
    pool: int = 0

    @property
    def documents(self) -> int:
        return len(self.paths)


@lru_cache(maxsize=1)
def paragraph_pool(sources: tuple[Path, ...] = SOURCES) -> tuple[str, ...]:
    """Every paragraph of the source folders, in a stable order (folder, file, position)."""
    from factoid.ingest import iter_documents
    from factoid.passages import split_passages
    from factoid.model import Document

    pool: list[str] = []
    for folder in sources:
        if not folder.is_dir():
            raise SystemExit(f"benchmark corpus source missing: {folder}")
        for item in iter_documents([folder]):
            if isinstance(item, Document):
                pool.extend(p.text for p in split_passages(item))
    if not pool:
        raise SystemExit("benchmark corpus: no paragraphs found in the sources")
    return tuple(pool)


def make_document(n: int, rng: random.Random, pool: tuple[str, ...], paragraphs: int = PARAGRAPHS_PER_DOC) -> str:
    """Document number ``n``: a unique header, then ``paragraphs`` distinct pool paragraphs
    in shuffled order."""
    chosen = rng.sample(pool, min(paragraphs, len(pool)))
    header = f"Benchmark dossier {n:05d} (compiled notes, part {rng.randrange(1, 10_000):04d})"
    return "\n\n".join([header, *chosen]) + "\n"


def build_corpus(
    folder: str | Path,
    *,
    words: int = 300_000,
    seed: int = DEFAULT_SEED,
    paragraphs: int = PARAGRAPHS_PER_DOC,
    prefix: str = "doc",
    lang: str = "en",
) -> CorpusInfo:
    """Write documents to ``folder`` until they hold at least ``words`` words (whitespace
    split). Returns the paths written and the word count."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    pool = paragraph_pool() if lang == "en" else ()
    rng = random.Random(seed)
    info = CorpusInfo(folder=folder, pool=len(pool))
    seen: set[str] = set()
    n = 0
    while info.words < words:
        text = _document(lang, n, rng, pool, paragraphs)
        n += 1
        if text in seen:  # cannot happen (the header is unique), kept as a guard
            continue
        seen.add(text)
        path = folder / f"{prefix}{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        info.paths.append(path)
        info.words += len(text.split())
    return info


def _document(lang: str, n: int, rng: random.Random, pool: tuple[str, ...], paragraphs: int) -> str:
    """Document number ``n`` in ``lang``: English from the paragraph pool, Russian from templates."""
    if lang == "en":
        return make_document(n, rng, pool, paragraphs)
    if lang == "ru":
        import corpus_ru

        return corpus_ru.make_document(n, rng)
    raise SystemExit(f"benchmark corpus: no generator for language {lang!r} (en, ru)")


def extra_document(folder: str | Path, *, seed: int = DEFAULT_SEED, name: str = "extra00001.txt",
                   lang: str = "en") -> Path:
    """One more document, distinct from every document of the corpus built with ``seed``
    (a different random stream and header), for incremental-rebuild measurements."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"extra-{seed}")
    pool = paragraph_pool() if lang == "en" else ()
    text = _document(lang, 99_999, rng, pool, PARAGRAPHS_PER_DOC).replace("Benchmark dossier", "Additional dossier", 1)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="folder to write the documents into")
    ap.add_argument("--words", type=int, default=300_000)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--lang", default="en", choices=("en", "ru"))
    args = ap.parse_args()
    info = build_corpus(args.out, words=args.words, seed=args.seed, lang=args.lang)
    print(f"{info.documents} documents, {info.words} words, from a pool of {info.pool} paragraphs, in {info.folder}")


if __name__ == "__main__":
    main()
