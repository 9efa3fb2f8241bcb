"""Russian benchmark documents, generated from template sentences written for this benchmark.

Each document is a unique header line and paragraphs of short biographies of invented people:
a name made of a given name, patronymic and surname (grammatical gender kept consistent),
birth, schooling, a move, work, marriage and death with dates and places, among sentences
without facts. The sentences are this file's own; the names are common Russian given names
and surnames recombined at random, so no person is real. Deterministic for a seed, like
``corpus.make_document``, and about as long as its English documents.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

#: (nominative, prepositional "в ...", accusative "в ...")
CITIES = (
    ("Тверь", "Твери", "Тверь"), ("Казань", "Казани", "Казань"), ("Самара", "Самаре", "Самару"),
    ("Томск", "Томске", "Томск"), ("Ярославль", "Ярославле", "Ярославль"), ("Калуга", "Калуге", "Калугу"),
    ("Пермь", "Перми", "Пермь"), ("Вологда", "Вологде", "Вологду"), ("Саратов", "Саратове", "Саратов"),
    ("Рязань", "Рязани", "Рязань"), ("Омск", "Омске", "Омск"), ("Курск", "Курске", "Курск"),
    ("Иркутск", "Иркутске", "Иркутск"), ("Воронеж", "Воронеже", "Воронеж"), ("Кострома", "Костроме", "Кострому"),
)
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря")
GIVEN = {"m": ("Иван", "Пётр", "Алексей", "Николай", "Михаил", "Сергей", "Григорий", "Фёдор", "Василий", "Андрей"),
         "f": ("Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Вера", "Софья", "Екатерина", "Людмила")}
FATHERS = ("Пётр", "Иван", "Алексей", "Николай", "Сергей", "Фёдор", "Андрей", "Михаил")
PATRONYMIC = {"Пётр": ("Петрович", "Петровна"), "Иван": ("Иванович", "Ивановна"),
              "Алексей": ("Алексеевич", "Алексеевна"), "Николай": ("Николаевич", "Николаевна"),
              "Сергей": ("Сергеевич", "Сергеевна"), "Фёдор": ("Фёдорович", "Фёдоровна"),
              "Андрей": ("Андреевич", "Андреевна"), "Михаил": ("Михайлович", "Михайловна")}
SURNAMES = ("Соколов", "Лебедев", "Морозов", "Волков", "Зайцев", "Беляев", "Орехов", "Гущин", "Ершов",
            "Тихонов", "Крылов", "Назаров", "Суханов", "Громов", "Шилов", "Дроздов", "Рябинин", "Кудрин")
#: (what the person studied, "окончил(а) ...")
SCHOOLS = ("гимназию", "университет", "учительскую семинарию", "медицинский факультет", "реальное училище",
           "консерваторию", "сельскохозяйственную академию")
#: (occupation in the instrumental, place of work in the prepositional with its preposition)
JOBS = (("инженером", "на железной дороге"), ("учителем", "в губернской гимназии"),
        ("врачом", "в земской больнице"), ("редактором", "в городской газете"),
        ("агрономом", "в опытном хозяйстве"), ("библиотекарем", "в университетской библиотеке"),
        ("переводчиком", "в издательстве"), ("химиком", "на текстильной фабрике"))
#: Sentences without facts, so paragraphs read like notes and not like a table.
FILLERS = (
    "Современники вспоминали о трудолюбии и скромности этого человека.",
    "Архивные документы того времени сохранились лишь частично.",
    "Письма той поры дают представление о круге знакомств и занятиях семьи.",
    "В семейных бумагах упоминаются поездки к родственникам и долгие зимние вечера за чтением.",
    "Об этом периоде известно немногое, и сведения разных источников расходятся в мелочах.",
    "Позднее родственники передали часть бумаг в областной музей.",
    "Сохранилась фотография, на которой видны дом, сад и небольшая пристройка.",
    "Краеведы не раз возвращались к этой истории в своих статьях.",
)


@dataclass(frozen=True)
class Person:
    gender: str  # "m" or "f"
    given: str
    patronymic: str
    surname: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.patronymic} {self.surname}"

    def verb(self, stem: str) -> str:
        """A past-tense verb agreeing with the person: "родился" / "родилась", "умер" / "умерла"."""
        if self.gender == "m":
            return stem
        if stem.endswith("ся"):
            return stem[:-3] + "лась"
        return stem + ("ла" if stem.endswith("р") else "а")


def person(rng: random.Random) -> Person:
    gender = rng.choice("mf")
    father = rng.choice(FATHERS)
    surname = rng.choice(SURNAMES)
    return Person(gender, rng.choice(GIVEN[gender]), PATRONYMIC[father][gender == "f"],
                  surname if gender == "m" else surname + "а")


def _date(rng: random.Random, year: int) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year} года"


def biography(rng: random.Random) -> list[str]:
    """Paragraphs about one invented person: birth and schooling, work, family, death."""
    p = person(rng)
    he = "Он" if p.gender == "m" else "Она"
    born, home, city = rng.randint(1820, 1900), rng.choice(CITIES), rng.choice(CITIES)
    job, place = rng.choice(JOBS)
    spouse = person(rng)
    while spouse.gender == p.gender:
        spouse = person(rng)
    married, start = born + rng.randint(20, 32), born + rng.randint(18, 25)
    died = born + rng.randint(50, 85)
    out = [
        f"{p.full} {p.verb('родился')} {_date(rng, born)} в {home[1]}. {rng.choice(FILLERS)} "
        f"{he} {p.verb('окончил')} {rng.choice(SCHOOLS)} в {start} году и {p.verb('переехал')} в {city[2]}.",
        f"С {start + 1} по {start + rng.randint(5, 15)} год {p.surname} {p.verb('работал')} {job} {place}. "
        f"{rng.choice(FILLERS)} В {married} году {p.surname} {p.verb('вступил')} в брак; "
        f"{'его женой стала' if p.gender == 'm' else 'её мужем стал'} {spouse.full}.",
        f"{rng.choice(FILLERS)} {p.surname} {p.verb('умер')} {_date(rng, died)} в {city[1]}. {rng.choice(FILLERS)}",
    ]
    return out


def make_document(n: int, rng: random.Random, paragraphs: int = 48) -> str:
    """Document number ``n``: a unique header, then biographies until ``paragraphs`` paragraphs."""
    body: list[str] = []
    while len(body) < paragraphs:
        body += biography(rng)
    header = f"Справочные заметки {n:05d} (выписки из архива, часть {rng.randrange(1, 10_000):04d})"
    return "\n\n".join([header, *body[:paragraphs]]) + "\n"
