"""The review list of possible duplicates: merge with M, keep apart with K, the list moves on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, insert, select

from app.reference_data import channel_ids
from db.tables import contact, contact_match_review, contact_point, feedback_item, reply, survey_response
from ui.main_window import MainWindow
from ui.surveys.match_review import MatchReviewWindow
from ui.surveys.sample_surveys import add_sample_surveys

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def _contact_id(engine: Engine, name: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(contact.c.id).where(contact.c.display_name == name)).scalar_one())


def _give_history(engine: Engine, contact_id: int) -> None:
    """A feedback item and a reply for the contact, so a merge has them to keep."""
    with engine.begin() as conn:
        channel = min(channel_ids(conn).values())
        item = conn.execute(
            insert(feedback_item)
            .values(
                contact_id=contact_id,
                channel_id=channel,
                kind="complaint",
                text="Долго ждала",
                language="ru",
                received_at=dt.datetime(2026, 3, 12, 10, 0),
            )
            .returning(feedback_item.c.id)
        ).scalar_one()
        conn.execute(
            insert(reply).values(
                contact_id=contact_id, feedback_item_id=item, channel_id=channel, body="Спасибо"
            )
        )


def test_merge_and_keep_apart_with_the_keyboard(
    sqlite_engine: Engine, qtbot: QtBot, tmp_path: Path, qtmodeltester
) -> None:
    add_sample_surveys(sqlite_engine, tmp_path)
    olga, olga_again = (
        _contact_id(sqlite_engine, "Ольга Кузнецова"),
        _contact_id(sqlite_engine, "Кузнецова Ольга"),
    )
    _give_history(sqlite_engine, olga_again)
    window = MatchReviewWindow(sqlite_engine)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.list_loaded, timeout=10_000) as loaded:
        window.show()
    assert loaded.args == [4]
    model = window.model()
    qtmodeltester.check(model)
    assert "4 pair(s) of contacts may be one person" in window.summary_text()
    # Strongest first: Olga with a phone one digit off and her name in another order.
    first = window.current_match()
    assert first is not None and {first.contact_id, first.candidate_id} == {olga, olga_again}
    detail = window.detail_text()
    assert "Ольга Кузнецова" in detail and "olga.kuz@mail.ru" in detail and "Phone one digit off" in detail
    assert "items: 0 | 1" in detail  # the newer contact's complaint, shown before the merge

    with qtbot.waitSignal(window.list_loaded, timeout=10_000):
        qtbot.keyClick(window.table(), Qt.Key.Key_M)
    with sqlite_engine.connect() as conn:
        merged_into = conn.execute(
            select(contact.c.merged_into_id).where(contact.c.id == olga_again)
        ).scalar()
        points = set(
            conn.execute(select(contact_point.c.value).where(contact_point.c.contact_id == olga)).scalars()
        )
        responses = conn.execute(select(survey_response.c.contact_id)).scalars().all()
        items = set(conn.execute(select(feedback_item.c.contact_id)).scalars())
        replies = set(conn.execute(select(reply.c.contact_id)).scalars())
    assert merged_into == olga
    assert {"olga.k@yandex.ru", "olga.kuz@mail.ru", "+79265550102", "+79265550103"} <= points
    assert responses.count(olga) == 2 and olga_again not in responses
    assert items == {olga} and replies == {olga}

    # The list moved on to the next pair: the household phone of Anna Smith. Not one person: K.
    assert model.rowCount() == 3
    nxt = window.current_match()
    assert nxt is not None and nxt.evidence[0]["kind"] == "shared_phone"
    assert "Same phone, but a new e-mail and another name" in window.detail_text()
    with qtbot.waitSignal(window.list_loaded, timeout=10_000):
        qtbot.keyClick(window.table(), Qt.Key.Key_K)
    with sqlite_engine.connect() as conn:
        status = conn.execute(
            select(contact_match_review.c.status).where(contact_match_review.c.id == nxt.id)
        ).scalar()
        boris = conn.execute(select(contact.c.merged_into_id).where(contact.c.id == nxt.contact_id)).scalar()
    assert status == "rejected" and boris is None
    assert model.rowCount() == 2 and "2 pair(s)" in window.summary_text()
    qtmodeltester.check(model)


def test_the_surveys_menu_opens_the_survey_screens(sample_engine: Engine, qtbot: QtBot) -> None:
    main = MainWindow(sample_engine)
    qtbot.addWidget(main)
    actions = {a.text(): a for a in main.surveys_menu.actions()}
    assert actions["&Import survey responses…"].shortcut().toString() == "Ctrl+Shift+I"
    assert actions["Review possible &duplicates…"].shortcut().toString() == "Ctrl+M"
    actions["Review possible &duplicates…"].trigger()
    review = main.surveys.open_match_review()
    qtbot.waitUntil(lambda: "No possible duplicates" in review.summary_text(), timeout=10_000)
    actions["&Import survey responses…"].trigger()
    assert main.surveys.open_import_wizard().isVisible()
    actions["Same &question, any survey…"].trigger()
    questions = main.surveys.open_canonical_questions()
    qtbot.waitUntil(lambda: "0 questions" in questions.summary_text(), timeout=10_000)


def test_a_pair_decided_elsewhere_meanwhile_is_said_and_the_list_reloads(
    sqlite_engine: Engine, qtbot: QtBot, tmp_path: Path
) -> None:
    from app.match_review import reject_match

    add_sample_surveys(sqlite_engine, tmp_path)
    window = MatchReviewWindow(sqlite_engine)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.list_loaded, timeout=10_000):
        window.show()
    shown = window.current_match()
    assert shown is not None
    with sqlite_engine.begin() as conn:  # another manager keeps them apart first
        reject_match(conn, shown.id)
    with qtbot.waitSignal(window.list_loaded, timeout=10_000) as loaded:
        qtbot.keyClick(window.table(), Qt.Key.Key_M)
    assert loaded.args == [3]
    assert window.summary_text().startswith(f"review {shown.id} is not open — ")
    assert "3 pair(s)" in window.summary_text()
    with sqlite_engine.connect() as conn:
        merged = conn.execute(
            select(contact.c.merged_into_id).where(contact.c.id == shown.contact_id)
        ).scalar()
    assert merged is None  # nothing merged behind the other manager's decision
