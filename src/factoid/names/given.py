"""Given names: cross-language equivalence and the father's name behind a patronymic.

The same man is Genrikh in Russian documents, Heinrich in German ones and Henry in an
English memoir, so given-name comparison cannot be string similarity alone. The table below
lists only long-established renderings of one name (Lev = Leo = Leon, Iosif = Joseph);
it deliberately leaves out looser associations (Ivan ~ John, Yuri ~ George), which would
merge people that sources keep apart. Spelling variants inside a class (Nikolai/Nikolay)
need not be listed: lookups also go through the phonetic ``skeleton``.
"""

from __future__ import annotations

from functools import cache

from factoid.names.phonetic import skeleton
from factoid.names.translit import fold

__all__ = [
    "EQUIVALENT_GIVEN_NAMES",
    "equivalents",
    "father_name",
    "given_names_equivalent",
    "is_female_patronymic",
    "is_known_given_name",
    "looks_like_patronymic",
]

#: Each tuple is one given name across languages and transliteration schemes.
EQUIVALENT_GIVEN_NAMES: tuple[tuple[str, ...], ...] = (
    ("Genrikh", "Henry", "Heinrich", "Henrik", "Henri", "Enrique", "Enrico", "Henryk", "Hendrik"),
    ("Nikolai", "Nicholas", "Nicolas", "Nikolaus", "Nicola", "Nicolae", "Mikolaj", "Mykola"),
    ("Lev", "Leon", "Leo"),
    ("Iosif", "Joseph", "Josef", "Jozef", "Jose", "Giuseppe", "Osip", "Yosef"),
    ("Naum", "Nahum"),
    ("Yakov", "Iakov", "Jacob", "Jakob", "Jakub", "Jacobo"),
    ("Mikhail", "Michael", "Michel", "Michal", "Miguel", "Michele", "Mykhailo", "Mihail"),
    ("Pavel", "Paul", "Pablo", "Paolo", "Pawel", "Paulo"),
    ("Pyotr", "Petr", "Peter", "Pierre", "Pedro", "Pietro", "Piotr", "Petro", "Petar"),
    ("Aleksandr", "Alexander", "Alexandre", "Alejandro", "Alessandro", "Aleksander",
     "Alexandr", "Oleksandr"),
    ("Aleksei", "Alexei", "Alexey", "Alexis"),
    ("Vasily", "Basil", "Wassili", "Vasyl"),
    ("Fyodor", "Fedor", "Feodor", "Fiodor", "Theodore", "Theodor", "Teodor"),
    ("Dmitry", "Dmitri", "Dimitri"),
    ("Sergei", "Serge", "Sergio", "Sergiusz"),
    ("Andrei", "Andrew", "Andre", "Andreas", "Andres", "Andrzej"),
    ("Grigory", "Gregory", "Gregoire", "Gregor", "Grzegorz"),
    ("Georgy", "George", "Georg", "Georges", "Jorge", "Giorgio"),
    ("Stepan", "Stephen", "Steven", "Stefan", "Etienne", "Esteban", "Stefano"),
    ("Semyon", "Semen", "Simon", "Shimon"),
    ("Samuil", "Samoil", "Samoilo", "Samuel", "Shmuel"),
    ("Moisei", "Moses", "Moshe", "Moise"),
    ("Abram", "Avraam", "Abraham"),
    ("Isaak", "Isaac"),
    ("Solomon", "Shlomo", "Salomon"),
    ("Lazar", "Lazarus"),
    ("Matvei", "Matthew", "Matthias", "Mathieu", "Mateo", "Matteo", "Mateusz"),
    ("Filipp", "Philip", "Philippe", "Felipe", "Filippo"),
    ("Anton", "Anthony", "Antoine", "Antonio", "Antoni"),
    ("Konstantin", "Constantine", "Constantin", "Costantino", "Konstanty"),
    ("Yevgeny", "Eugene", "Eugen", "Eugenio"),
    ("Vladimir", "Wlodzimierz", "Volodymyr"),
    ("Ilya", "Elijah", "Elias"),
    ("Karl", "Charles", "Carlos", "Carlo", "Karol"),
    ("Ludwig", "Louis", "Luis", "Luigi", "Ludovic", "Lyudvig"),
    ("Wilhelm", "William", "Guillaume", "Guillermo", "Vilgelm"),
    ("Friedrich", "Frederick", "Frederic", "Federico", "Fridrikh"),
    ("Franz", "Francis", "Francois", "Francisco", "Francesco", "Frants"),
    ("Johann", "Johannes", "John", "Jean", "Juan", "Giovanni", "Joao", "Jan"),
    ("Eduard", "Edward", "Edouard", "Eduardo"),
    ("Kirill", "Cyril", "Cyrille"),
    ("Daniil", "Daniel", "Danila", "Danilo"),
    ("Ignaty", "Ignatiy", "Ignatii", "Ignati", "Ignatius", "Ignacy", "Ignacio", "Ignace", "Ignatz", "Ignaz"),
    ("Valter", "Walter", "Walther", "Valtr"),
    ("Lavrenty", "Lawrence", "Laurence", "Lorenzo", "Laurent"),
    ("Ramon", "Raymond", "Raimundo", "Raimondo", "Raimund"),
    ("Kliment", "Clement", "Klemens"),
    ("Anna", "Anne", "Ann", "Ana"),
    ("Joan", "Jeanne", "Jehanne", "Johanna", "Juana", "Giovanna", "Joanna", "Janina"),
    ("Maria", "Mariya", "Marya", "Marie", "Mary"),
    ("Yekaterina", "Katerina", "Catherine", "Katharina", "Caterina", "Catalina"),
    ("Yelena", "Helen", "Helena", "Helene"),
    ("Sofia", "Sofya", "Sophia", "Sophie"),
    ("Natalia", "Natalya", "Natalie", "Nathalie"),
    ("Yelizaveta", "Elizabeth", "Elisabeth"),
    ("Yulia", "Julia"),
    ("Yury", "Iouri", "Jurij"),
)

#: Russian male names with no foreign equivalent worth encoding, listed so that their
#: patronymics (Moiseyevich, Avelevich, ...) are recognised as patronymics, not surnames.
OTHER_RUSSIAN_GIVEN_NAMES: tuple[str, ...] = (
    "Avel", "Afanasy", "Akim", "Anatoly", "Arkady", "Arseny", "Artyom", "Boris", "Bogdan",
    "Efim", "Yefim", "Emelyan", "Foma", "Gavriil", "Gennady", "Gerasim", "Gleb", "Ignat",
    "Igor", "Innokenty", "Kuzma", "Leonid", "Leonty", "Luka", "Lukyan", "Makar",
    "Maksim", "Martyn", "Matvey", "Mark", "Miron", "Mitrofan", "Nikanor", "Nikifor",
    "Nikita", "Nikon", "Oleg", "Pankrat", "Prokofy", "Prokhor", "Rodion", "Roman", "Ruvim",
    "Savva", "Savely", "Semyon", "Sidor", "Spiridon", "Stanislav", "Taras", "Terenty",
    "Timofei", "Trofim", "Valentin", "Valerian", "Varlaam", "Veniamin", "Viktor", "Vikenty",
    "Vissarion", "Vyacheslav", "Yakim", "Yegor", "Yemelyan", "Yeremei", "Zakhar", "Zinovy",
    "Mendel", "Gersh", "Girsh", "Zalman", "Berko", "Abel", "Mikhel", "Yankel", "Aron",
    "German", "Izrail", "Vulf", "Volf", "Evsei", "Yevsei", "Emmanuil", "Leib", "Khaim", "Meer",
    "Vsevolod", "Avgust", "Ernst", "Rudolf", "Albert", "Yulian", "Isai", "Eduard", "Gustav",
)


@cache
def _index() -> tuple[dict[str, int], dict[str, int]]:
    """Class number by folded spelling and by skeleton.

    A skeleton shared by two classes (Jan ~ Ann) is left out of the skeleton index, so the
    loose key never bridges two names the table keeps apart.
    """
    by_fold: dict[str, int] = {}
    by_skel: dict[str, int] = {}
    clashes: set[str] = set()
    for number, names in enumerate(EQUIVALENT_GIVEN_NAMES):
        for name in names:
            by_fold[fold(name)] = number
            key = skeleton(name)
            if by_skel.get(key, number) != number:
                clashes.add(key)
            by_skel[key] = number
    for key in clashes:
        del by_skel[key]
    return by_fold, by_skel


@cache
def _known_keys() -> frozenset[str]:
    names = [n for cls in EQUIVALENT_GIVEN_NAMES for n in cls] + list(OTHER_RUSSIAN_GIVEN_NAMES)
    return frozenset(skeleton(n) for n in names)


def _class_of(name: str) -> int | None:
    by_fold, by_skel = _index()
    folded = fold(name)
    if folded in by_fold:
        return by_fold[folded]
    return by_skel.get(skeleton(folded))


def is_known_given_name(name: str) -> bool:
    """True for a name the tables know, in any spelling the skeleton can reach."""
    return bool(name) and (_class_of(name) is not None or skeleton(name) in _known_keys())


def equivalents(name: str) -> tuple[str, ...]:
    """All table renderings of ``name`` (itself included), e.g. Genrikh -> Henry, Heinrich..."""
    number = _class_of(name)
    return (name,) if number is None else (name, *EQUIVALENT_GIVEN_NAMES[number])


def given_names_equivalent(a: str, b: str) -> bool:
    """Could ``a`` and ``b`` be renderings of one given name (Genrikh ~ Henry ~ Heinrich)?

    Known names are equivalent only within their table class, even if their skeletons
    collide; unknown names fall back to skeleton equality (Maks ~ Max).
    """
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    ca, cb = _class_of(fa), _class_of(fb)
    if ca is not None and cb is not None:
        return ca == cb
    return skeleton(fa) == skeleton(fb)


# Patronymic endings as they look after ``fold``: Russian-English, French (-ovitch),
# German (-owitsch) and scholarly (-ovič -> -ovic). Female forms first.
_FEMALE_SUFFIXES = ("inichna", "ichna", "ovna", "evna", "owna", "ewna")
_MALE_SUFFIXES = ("ovitch", "evitch", "owitsch", "ewitsch", "ovich", "evich", "ovic", "evic")
_SHORT_MALE_SUFFIXES = ("itch", "ich")  # Ilyich, Kuzmich, Lukich: only with a known stem


def is_female_patronymic(token: str) -> bool:
    """A patronymic such as Ivanovna marks a woman, whatever the surname looks like."""
    return fold(token).endswith(_FEMALE_SUFFIXES)


def _stem_candidates(token: str) -> list[str]:
    """Guesses at the father's name: the stem plus the endings Russian names drop."""
    folded = fold(token).replace(" ", "")
    for suffix in _FEMALE_SUFFIXES + _MALE_SUFFIXES + _SHORT_MALE_SUFFIXES:
        if folded.endswith(suffix) and len(folded) > len(suffix) + 1:
            stem = folded[: -len(suffix)]
            return [stem + end for end in ("", "i", "y", "o", "a", "ya")]
    return []


def father_name(patronymic: str) -> str | None:
    """The given name a patronymic is built from (Samoilovich -> samoil), if recognisable."""
    candidates = _stem_candidates(patronymic)
    for candidate in candidates:
        if is_known_given_name(candidate):
            return candidate
    return candidates[0] if candidates else None


def looks_like_patronymic(token: str, *, strict: bool) -> bool:
    """Does ``token`` have a patronymic ending?

    Many surnames end the same way (Kaganovich, Shostakovich, Milosevic), so ``strict``
    also demands that the stem be a known given name; the parser is strict only where word
    order gives no other clue. A token that is itself a given name (Heinrich, Friedrich)
    is never a patronymic, and the short ending -ich always needs a known stem.
    """
    folded = fold(token).replace(" ", "")
    if not folded or is_known_given_name(folded):
        return False
    if folded.endswith(_FEMALE_SUFFIXES):
        return True  # no surname ends in -ovna/-evna/-ichna
    stems = _stem_candidates(folded)
    if not stems:
        return False
    needs_known_stem = strict or not folded.endswith(_MALE_SUFFIXES)
    return any(is_known_given_name(s) for s in stems) if needs_known_stem else True
