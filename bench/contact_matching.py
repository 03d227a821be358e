"""Contact matching: precision and recall on planted duplicates with realistic noise.

A SQLite database holds a generated population of contacts (default 200,000),
each with a Russian full name (first name, patronymic, surname), an e-mail and
a mobile phone. A survey export of 100,000 rows is written as a call centre
would (semicolons, Russian headers); about half of its rows are people already
on file, written again with the noise real systems add:

- e-mail: as on file (sometimes in capitals) 75%, the same name at another
  domain 10%, a different address 8%, missing 7%;
- phone: as on file but formatted another way (8 (916) 123-45-67, +7 916 ...)
  75%, one digit mistyped 10%, missing 10%, another number 5%;
- name: as on file 50%, in Latin letters 25%, one letter mistyped 10%,
  missing 15%.

The other rows are new people; 0.3% of them give the phone of someone on file
(a shared household phone): the import holds such a row for review instead of
merging it when only the phone is known, its e-mail is new and the names
differ (``app.contact_matching``, ``weigh_names``). The file
is imported with ``app.survey_import`` (exact keys, then the near-match
review), and every row's contact is compared with the truth:

- auto-merged: rows the import gave to a contact on file; precision is the
  share of them given to the right one, recall the share of planted rows;
- held for review: pairs (new contact, contact on file) the import put on the
  review list; a planted row counts as found when its pair is held;
- recall with review: planted rows auto-merged correctly or held with their
  true contact.

Targets: auto-merge precision >= 0.995, recall (with review) >= 0.97.
Deterministic for a seed. ``python -m bench.contact_matching [--contacts N] [--rows N] [--seed N] [--json]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bench.common import emit, peak_rss_mb

PRECISION_TARGET = 0.995
RECALL_TARGET = 0.97


def _words(text: str) -> list[str]:
    return text.split()


MALE = _words(
    "Александр Алексей Андрей Антон Артём Борис Вадим Валерий Василий Виктор Виталий Владимир "
    "Владислав Вячеслав Геннадий Георгий Глеб Григорий Даниил Денис Дмитрий Евгений Егор Иван "
    "Игорь Илья Кирилл Константин Леонид Максим Михаил Никита Николай Олег Павел Пётр Роман "
    "Руслан Сергей Степан Тимур Фёдор Юрий"
)
FEMALE = _words(
    "Алёна Алина Алла Анастасия Анна Валентина Валерия Вера Виктория Галина Дарья Диана "
    "Екатерина Елена Елизавета Жанна Зоя Инна Ирина Кристина Ксения Лариса Любовь Людмила "
    "Маргарита Марина Мария Надежда Наталья Нина Оксана Ольга Полина Светлана Софья Тамара "
    "Татьяна Ульяна Юлия Яна"
)
FATHERS = _words(
    "Александр Алексей Андрей Борис Василий Виктор Владимир Геннадий Григорий Дмитрий Евгений "
    "Иван Игорь Константин Михаил Николай Олег Павел Пётр Роман Сергей Степан Юрий Фёдор "
    "Анатолий Аркадий Вадим"
)
ROOTS = _words(
    "Петр Иван Сидор Кузнец Смирн Попов Лебед Козл Новик Морозов Волк Соловь Васильев Зайц Павл "
    "Семен Голуб Виноград Богданов Воробь Фёдор Михайл Беляев Тарас Белов Комар Орл Киселёв "
    "Макар Андреев Ковал Ильин Гусев Тит Кузьм Кудрявц Баран Куликов Алексеев Степан Яковлев "
    "Сорокин Серг Роман Захар Борис Королёв Герасим Пономарёв Григорьев Лазар Медвед Ершов "
    "Никитин Соболев Рябов Поляков Цвет Данил Жук Фролов Журавлёв Николаев Крылов Максимов "
    "Сидоренк Осипов Белоус Федот Дорофеев Егоров Матвеев Бобров Дмитриев Калинин Анисимов "
    "Петух Антонов Тимофеев Никифоров Весел Филипп Марков Большак Суханов Миронов Шир Коновал "
    "Шестак Казак Ефимов Денисов Громов Фомин Давыдов Мельник Щерб Блинов Колесник Карпов "
    "Афанасьев Власов"
)
DOMAINS = ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "rambler.ru", "list.ru", "outlook.com"]
_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        _words("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya"),
        strict=True,
    )
)


def _latin(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in _LATIN:
            latin = _LATIN[low].replace("_", "")
            out.append(latin.capitalize() if ch != low else latin)
        else:
            out.append(ch)
    return "".join(out)


def _surname(root: str, female: bool) -> str:
    if root.endswith(("ов", "ев", "ёв", "ин")):
        base = root
    elif root.endswith("к"):
        base = root + "о"
    else:
        base = root + "ов"
    return base + "а" if female and base.endswith(("ов", "ев", "ёв", "ин")) else base


def _person(rng: random.Random) -> tuple[str, str]:
    """A full name in Cyrillic and the part before the @ of the person's e-mail."""
    female = rng.random() < 0.5
    first = rng.choice(FEMALE if female else MALE)
    father = rng.choice(FATHERS)
    patronymic = father + ("овна" if female else "ович")
    if father.endswith("й"):
        patronymic = father[:-1] + ("евна" if female else "евич")
    surname = _surname(rng.choice(ROOTS), female)
    given, family = _latin(first).lower(), _latin(surname).lower()
    local = rng.choice(
        [
            f"{given}.{family}{rng.randint(1, 99)}",
            f"{given[0]}{family}{rng.randint(1960, 2008)}",
            f"{family}.{given}{rng.randint(100, 999)}",
            f"{given}{rng.randint(1000, 99999)}",
        ]
    )
    return f"{surname} {first} {patronymic}", local


def _phone_digits(rng: random.Random) -> str:
    return "9" + "".join(rng.choice("0123456789") for _ in range(9))


def _formatted(digits: str, rng: random.Random) -> str:
    d = digits
    return rng.choice(
        [
            f"+7{d}",
            f"8{d}",
            f"8 ({d[:3]}) {d[3:6]}-{d[6:8]}-{d[8:]}",
            f"+7 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}",
            f"+7 ({d[:3]}) {d[3:6]}-{d[6:]}",
            f"8-{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}",
        ]
    )


def _typo(text: str, rng: random.Random, alphabet: str) -> str:
    spots = [i for i, ch in enumerate(text) if ch in alphabet]
    i = rng.choice(spots)
    return text[:i] + rng.choice([ch for ch in alphabet if ch != text[i]]) + text[i + 1 :]


class Population:
    def __init__(self, size: int, rng: random.Random) -> None:
        self.names: list[str] = [""]
        self.emails: list[str] = [""]
        self.phones: list[str] = [""]
        used_emails: set[str] = set()
        used_phones: set[str] = set()
        for _ in range(size):
            name, stem = self.fresh(rng, used_emails, used_phones)
            self.names.append(name)
            self.emails.append(stem)
            self.phones.append(self._last_phone)

    _last_phone = ""

    def fresh(self, rng: random.Random, used_emails: set[str], used_phones: set[str]) -> tuple[str, str]:
        """A new person: (name, e-mail); the phone in ``_last_phone``."""
        name, stem = _person(rng)
        email = f"{stem}@{rng.choice(DOMAINS)}"
        while email in used_emails:
            email = f"{stem}{rng.randint(1, 9999)}@{rng.choice(DOMAINS)}"
        phone = _phone_digits(rng)
        while phone in used_phones:
            phone = _phone_digits(rng)
        used_emails.add(email)
        used_phones.add(phone)
        self._last_phone = phone
        return name, email


def build_database(path: Path, people: Population) -> None:
    from app.reference_data import ensure_reference_data
    from db.bulk import insert_rows
    from db.engine import make_engine
    from db.migrate import upgrade_to_head
    from db.tables import contact, contact_point

    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    now = dt.datetime(2026, 1, 1)
    with engine.begin() as conn:
        ensure_reference_data(conn)
        insert_rows(
            conn,
            contact,
            ("id", "display_name", "name_key", "created_at", "updated_at", "version"),
            [(i, name, name.lower(), now, now, 1) for i, name in enumerate(people.names) if i],
        )
        insert_rows(
            conn,
            contact_point,
            ("contact_id", "kind", "value", "raw_value", "is_primary", "created_at"),
            [
                (i, kind, value, value, True, now)
                for i in range(1, len(people.names))
                for kind, value in (("email", people.emails[i]), ("phone", "+7" + people.phones[i]))
            ],
        )
    engine.dispose()


def write_csv(path: Path, people: Population, rows: int, rng: random.Random) -> dict[str, int | None]:
    """The export; returns each response id's true contact (None: a new person)."""
    truth: dict[str, int | None] = {}
    used_emails = set(people.emails)
    used_phones = set(people.phones)
    lines = ["№ анкеты;Дата;ФИО;Почта;Телефон;Оценка;Комментарий"]
    size = len(people.names) - 1
    for n in range(1, rows + 1):
        if rng.random() < 0.5:
            known = rng.randint(1, size)
            who: int | None = known
            name, email, digits = people.names[known], people.emails[known], people.phones[known]
            roll = rng.random()
            if roll < 0.75:
                email = email.upper() if rng.random() < 0.1 else email
            elif roll < 0.85:
                email = (
                    email.split("@")[0] + "@" + rng.choice([d for d in DOMAINS if d != email.split("@")[1]])
                )
            elif roll < 0.93:
                email = f"{rng.randint(10**5, 10**6)}x{n}@{rng.choice(DOMAINS)}"
            else:
                email = ""
            roll = rng.random()
            phone = _formatted(digits, rng)
            if 0.75 <= roll < 0.85:
                phone = _formatted(_typo(digits, rng, "0123456789"), rng)
            elif 0.85 <= roll < 0.95:
                phone = ""
            elif roll >= 0.95:
                phone = _formatted(_phone_digits(rng), rng)
            roll = rng.random()
            if 0.5 <= roll < 0.75:
                name = _latin(name)
            elif 0.75 <= roll < 0.85:
                name = _typo(name, rng, "абвгдежзиклмнопрстуфхцчшщыэюя")
            elif roll >= 0.85:
                name = ""
        else:
            who = None
            name, email = people.fresh(rng, used_emails, used_phones)
            phone = _formatted(people._last_phone, rng)
            if rng.random() < 0.003:  # a household phone: someone on file answers it too
                phone = _formatted(people.phones[rng.randint(1, size)], rng)
        ref = f"R-{n:07d}"
        truth[ref] = who
        day = dt.date(2026, 3, 1) + dt.timedelta(days=n % 60)
        lines.append(f"{ref};{day:%d.%m.%Y};{name};{email};{phone};{n % 11};")
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return truth


def evaluate(path: Path, truth: dict[str, int | None], population: int) -> dict[str, Any]:
    from db.engine import make_engine
    from db.tables import contact_match_review, survey_response

    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        given = dict(conn.execute(select(survey_response.c.external_ref, survey_response.c.contact_id)).all())
        held: dict[int, set[int]] = {}
        evidence: dict[tuple[int, int], str] = {}
        for new, other, found in conn.execute(
            select(
                contact_match_review.c.contact_id,
                contact_match_review.c.candidate_id,
                contact_match_review.c.evidence,
            )
        ):
            held.setdefault(new, set()).add(other)
            evidence[(new, other)] = "+".join(sorted({e["kind"] for e in json.loads(found)}))
    engine.dispose()
    planted = sum(1 for who in truth.values() if who is not None)
    auto_right = auto_wrong = found_in_review = wrong_new_person = 0
    true_pairs: set[tuple[int, int]] = set()
    for ref, who in truth.items():
        contact_id = given.get(ref)  # None: anonymous, or a rejected row
        if contact_id is not None and contact_id <= population:
            auto_right += contact_id == who
            auto_wrong += contact_id != who
            wrong_new_person += who is None
        elif who is not None and contact_id is not None and who in held.get(contact_id, ()):
            found_in_review += 1
            true_pairs.add((contact_id, who))
    pairs = sum(len(others) for others in held.values())
    by_evidence: dict[str, dict[str, int]] = {}
    for pair, kinds in sorted(evidence.items(), key=lambda item: item[1]):
        tally = by_evidence.setdefault(kinds, {"true": 0, "false": 0})
        tally["true" if pair in true_pairs else "false"] += 1
    auto = auto_right + auto_wrong
    return {
        "planted_duplicates": planted,
        "auto_merged": auto,
        "auto_precision": round(auto_right / auto, 4) if auto else 1.0,
        "auto_recall": round(auto_right / planted, 4) if planted else 1.0,
        "auto_wrong": auto_wrong,
        "auto_wrong_new_person": wrong_new_person,  # a new person given someone's phone or e-mail
        "held_pairs": pairs,
        "held_true_pairs": len(true_pairs),
        "review_precision": round(len(true_pairs) / pairs, 4) if pairs else 1.0,
        "held_by_evidence": by_evidence,
        "found_in_review": found_in_review,
        "recall_with_review": round((auto_right + found_in_review) / planted, 4) if planted else 1.0,
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="python -m bench.contact_matching", description=__doc__)
    parser.add_argument("--contacts", type=int, default=200_000, help="contacts on file")
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the imported export")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    import app.survey_import as survey_import

    rng = random.Random(args.seed)
    people = Population(args.contacts, rng)
    with tempfile.TemporaryDirectory(prefix="kaizen-match-") as folder:
        db_path, csv_path = Path(folder) / "match.db", Path(folder) / "export.csv"
        build_database(db_path, people)
        truth = write_csv(csv_path, people, args.rows, rng)
        matching_s = 0.0
        timed = {}
        for name in ("match_contacts", "find_near_matches"):
            original = getattr(survey_import, name)

            def run(*a: Any, _original: Any = original, **k: Any) -> Any:
                nonlocal matching_s
                started = time.perf_counter()
                try:
                    return _original(*a, **k)
                finally:
                    matching_s += time.perf_counter() - started

            timed[name] = original
            setattr(survey_import, name, run)
        from db.engine import make_engine

        engine = make_engine(f"sqlite:///{db_path}")
        started = time.perf_counter()
        try:
            report = survey_import.import_survey(engine, csv_path, source="callcentre", skip_invalid=True)
        finally:
            for name, original in timed.items():
                setattr(survey_import, name, original)
        import_s = time.perf_counter() - started
        engine.dispose()
        figures = evaluate(db_path, truth, args.contacts)
    result = {
        "contacts": args.contacts,
        "rows": args.rows,
        "seed": args.seed,
        **figures,
        "precision_target": PRECISION_TARGET,
        "recall_target": RECALL_TARGET,
        "within_target": figures["auto_precision"] >= PRECISION_TARGET
        and figures["recall_with_review"] >= RECALL_TARGET,
        "matching_s": round(matching_s, 2),
        "import_s": round(import_s, 2),
        "contacts_matched": report.contacts_matched,
        "contacts_created": report.contacts_created,
        "uncertain_matches": report.uncertain_matches,
        "rows_rejected": len(report.rejected),
        "peak_rss_mb": peak_rss_mb(),
    }
    emit(result, args.json)
    return result


if __name__ == "__main__":
    main()
