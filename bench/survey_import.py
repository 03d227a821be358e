"""Survey import: end-to-end time to import a 100,000-row CSV into a database with 1,000,000 answers.

The database (SQLite, built once and cached in bench/.data) holds 100,000
contacts with e-mail and phone, and 200,000 responses of an e-survey with five
answers each. The CSV is a call-centre export as such systems write it (UTF-8
with BOM, semicolons, Russian headers, day-first dates, decimal commas): a
response id, date, name, e-mail, phone and six questions. A fifth of its
respondents are contacts on file (matched by e-mail or phone), a few of them
with a phone typo; the rest are new people; 1% of rows are repeated. The run
imports into a copy of the cached database, so every run starts alike.
Target: <= 15 s. ``python -m bench.survey_import [--rows N] [--answers N] [--json]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bench.common import DATA_DIR, emit, peak_rss_mb

TARGET_S = 15.0
FIRST = ["Иван", "Мария", "Пётр", "Анна", "Olga", "John", "Sara", "Ali", "Дмитрий", "Елена"]
LAST = ["Петров", "Сидорова", "Smith", "Ivanova", "Karimi", "Кузнецов", "Brown", "Соколова", "Lee", "Rahimi"]


def _phone(n: int) -> str:
    # Spread out, so that a one-digit typo rarely hits another contact's number.
    return f"+7916{n * 7_919 % 10_000_000:07d}"


def build_database(path: Path, answers: int, seed: int = 1) -> None:
    from app.reference_data import ensure_reference_data
    from db.engine import make_engine
    from db.migrate import upgrade_to_head
    from db.tables import answer, contact, contact_point, question, survey, survey_response

    rng = random.Random(seed)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{partial}")
    upgrade_to_head(engine)
    contacts = answers // 10
    responses = answers // 5
    now = dt.datetime(2026, 1, 1)
    with engine.begin() as conn:
        ensure_reference_data(conn)
        conn.execute(
            insert(contact),
            [
                {
                    "id": i,
                    "display_name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for i in range(1, contacts + 1)
            ],
        )
        conn.execute(
            insert(contact_point),
            [
                {"contact_id": i, "kind": kind, "value": value, "is_primary": True, "created_at": now}
                for i in range(1, contacts + 1)
                for kind, value in (("email", f"person{i}@example.com"), ("phone", _phone(i)))
            ],
        )
        conn.execute(insert(survey).values(id=1, source_system="oem", name="oem"))
        conn.execute(
            insert(question),
            [
                {"id": q, "survey_id": 1, "code": f"Q{q}", "text": f"Q{q}", "position": q, "version": 1}
                for q in range(1, 6)
            ],
        )
        for start in range(0, responses, 50_000):
            ids = range(start + 1, min(start + 50_000, responses) + 1)
            conn.execute(
                insert(survey_response),
                [
                    {
                        "id": r,
                        "survey_id": 1,
                        "contact_id": rng.randint(1, contacts),
                        "responded_at": now - dt.timedelta(minutes=r),
                        "external_ref": f"ES-{r:08d}",
                        "imported_at": now,
                    }
                    for r in ids
                ],
            )
            conn.execute(
                insert(answer),
                [
                    {
                        "response_id": r,
                        "question_id": q,
                        "value_text": None,
                        "value_number": float(rng.randint(0, 10)),
                    }
                    for r in ids
                    for q in range(1, 6)
                ],
            )
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    partial.rename(path)


def write_csv(path: Path, rows: int, known_contacts: int, seed: int = 2) -> None:
    rng = random.Random(seed)
    header = (
        "№ анкеты;Дата;ФИО;Почта;Телефон;Порекомендуете ли вы нас?;Оценка;Решён ли вопрос;Чисто ли;Вовремя;"
        "Комментарий"
    )
    lines = [header]
    for n in range(1, rows + 1):
        if rng.random() < 0.2:
            who = rng.randint(1, known_contacts)
            email = f"person{who}@example.com" if rng.random() < 0.5 else ""
            phone = _phone(who) if email == "" or rng.random() < 0.5 else ""
            if phone and rng.random() < 0.02:
                phone = phone[:-3] + str((int(phone[-3]) + 1) % 10) + phone[-2:]  # a typo
        else:
            who = known_contacts + n
            email, phone = f"new{n}@mail.ru", f"+7903{n:07d}"
        day = dt.date(2026, 2, 1) + dt.timedelta(days=n % 50)
        score = f"{rng.randint(1, 5)},{rng.randint(0, 9)}"
        comment = rng.choice(["", "", "Всё хорошо", "Долго ждал", "Кофе холодный; исправьте"])
        comment = f'"{comment}"' if ";" in comment else comment
        lines.append(
            f"CC-{n:07d};{day:%d.%m.%Y};{rng.choice(FIRST)} {rng.choice(LAST)};{email};{phone};"
            f"{rng.randint(0, 10)};{score};да;{rng.choice(['да', 'нет'])};да;{comment}"
        )
        if rng.random() < 0.01:
            lines.append(lines[-1])  # exported twice
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="python -m bench.survey_import", description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the imported CSV")
    parser.add_argument("--answers", type=int, default=1_000_000, help="answers already in the database")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from app.survey_import import import_survey
    from db.engine import make_engine

    DATA_DIR.mkdir(exist_ok=True)
    cached = DATA_DIR / f"survey-{args.answers}.db"
    if not cached.exists():
        print(f"building {cached.name} (once) ...", file=sys.stderr, flush=True)
        build_database(cached, args.answers)
    work = DATA_DIR / "survey-run.db"
    for leftover in DATA_DIR.glob("survey-run.db*"):
        leftover.unlink()
    shutil.copy(cached, work)
    csv_path = DATA_DIR / f"survey-{args.rows}.csv"
    if not csv_path.exists():
        write_csv(csv_path, args.rows, known_contacts=args.answers // 10)
    engine = make_engine(f"sqlite:///{work}")
    started = time.perf_counter()
    report = import_survey(engine, csv_path, source="callcentre")
    elapsed = time.perf_counter() - started
    started = time.perf_counter()
    again = import_survey(engine, csv_path, source="callcentre")
    rerun = time.perf_counter() - started
    engine.dispose()
    result = {
        "rows": args.rows,
        "answers_before": args.answers,
        "import_s": round(elapsed, 2),
        "target_s": TARGET_S,
        "within_target": elapsed <= TARGET_S,
        "rerun_s": round(rerun, 2),
        "rerun_added": again.responses_added,
        "peak_rss_mb": peak_rss_mb(),
        **{k: v for k, v in report.as_dict().items() if k != "rows_rejected"},
        "rows_rejected": len(report.rejected),
    }
    emit(result, args.json)
    return result


if __name__ == "__main__":
    main()
