"""Survey exports in English, Russian and Persian, imported the way a user would: for previews and tests.

``write_sample_exports`` writes three files as other systems export them (a
dealer e-survey in UTF-8 with commas, a call centre's in Windows-1251 with
semicolons and Russian headers, a Persian branch survey); ``add_sample_surveys``
imports them with ``app.survey_import`` and links the dealer's questions to
two canonical questions. The call centre's respondents include near matches
of the dealer's (a name in Latin letters, a phone one digit off, a household's
shared phone, a Persian name written in Latin), so the review list has pairs
of every kind. Plain Python, no Qt.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select

DEALER = [
    ["Name", "E-mail", "Phone", "Date", "How likely are you to recommend us to a friend?",
     "Was the waiting area clean?", "Comment"],
    ["Anna Smith", "anna.smith@example.org", "+7 916 123-45-67", "2026-03-02", "9", "yes", "Quick service"],
    ["Иван Петров", "ivan.petrov@mail.ru", "+7 903 111-22-33", "2026-03-03", "7", "no", "Долго ждал"],
    ["Ольга Кузнецова", "olga.k@yandex.ru", "+7 926 555-01-02", "2026-03-04", "10", "yes", ""],
    ["مریم احمدی", "maryam.ahmadi@example.ir", "+98 912 345 6789", "2026-03-05", "8", "yes", "خیلی خوب بود"],
    ["John O'Connor", "john.oconnor@example.com", "+44 20 7946 0958", "2026-03-06", "6", "no", ""],
]  # fmt: skip
CALL_CENTRE = [
    ["№ анкеты", "Дата", "ФИО", "Почта", "Телефон", "Порекомендуете ли вы нас другу?",
     "Была ли зона ожидания чистой?", "Комментарий"],
    ["1001", "10.03.2026", "Ivan Petrov", "i.petrov@gmail.com", "", "8", "да", "Спасибо"],
    ["1002", "10.03.2026", "Борис Козлов", "boris.kozlov@mail.ru", "8 (916) 123-45-67", "5", "нет", ""],
    ["1003", "11.03.2026", "Кузнецова Ольга", "olga.kuz@mail.ru", "8 926 555-01-03", "9", "да", ""],
    ["1004", "11.03.2026", "Maryam Ahmadi", "m.ahmadi@gmail.com", "", "9", "да", ""],
    ["1005", "12.03.2026", "Светлана Морозова", "svetlana.m@bk.ru", "+7 915 000-11-22", "10", "да", ""],
]  # fmt: skip
BRANCH = [
    ["نام", "ایمیل", "تاریخ", "چقدر احتمال دارد ما را به دوستان توصیه کنید؟", "آیا سالن انتظار تمیز بود؟"],
    ["علی رضایی", "ali.rezaei@example.ir", "2026-03-07", "10", "بله"],
    ["سارا کریمی", "sara.karimi@example.ir", "2026-03-08", "7", "خیر"],
]  # fmt: skip


def _csv(rows: list[list[str]], delimiter: str) -> str:
    def cell(text: str) -> str:
        return f'"{text}"' if delimiter in text or '"' in text else text

    return "\r\n".join(delimiter.join(cell(c) for c in row) for row in rows) + "\r\n"


def write_sample_exports(folder: str | Path) -> dict[str, Path]:
    """The three exports, by source name."""
    folder = Path(folder)
    paths = {
        "dealer_esurvey": folder / "dealer_esurvey.csv",
        "call_centre": folder / "call_centre.csv",
        "branch_fa": folder / "branch_fa.csv",
    }
    paths["dealer_esurvey"].write_text(_csv(DEALER, ","), encoding="utf-8")
    paths["call_centre"].write_bytes(_csv(CALL_CENTRE, ";").encode("cp1251"))
    paths["branch_fa"].write_text("\ufeff" + _csv(BRANCH, ","), encoding="utf-8")
    return paths


def add_sample_surveys(engine: Engine, folder: str | Path) -> dict[str, Path]:
    """Import the three exports (dealer first) and link the dealer's questions to canonical ones."""
    from app.survey_import import import_survey
    from app.survey_questions import create_canonical, set_canonical
    from db.tables import question

    paths = write_sample_exports(folder)
    for source, path in paths.items():
        import_survey(engine, path, source=source)
    with engine.begin() as conn:
        nps = create_canonical(conn, "nps", "How likely are you to recommend us to a friend?", "scale_0_10")
        clean = create_canonical(conn, "clean_waiting_area", "Was the waiting area clean?", "yes_no")
        create_canonical(conn, "comment", "Anything else you would like to tell us?")
        by_text = dict(conn.execute(select(question.c.text, question.c.id)).all())
        set_canonical(conn, by_text[DEALER[0][4]], nps)
        set_canonical(conn, by_text[DEALER[0][5]], clean)
    return paths
