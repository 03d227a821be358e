"""The review queue screen: keys confirm and correct (checked in the database), Train now refreshes it."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, insert, select

from app.classification_review import acceptance_rate
from app.reference_data import channel_ids, ensure_reference_data
from classifiers import training
from db.tables import audit_event, category, classifier_model, feedback_item
from ui.classification.review_queue import ReviewQueueWindow, _digit
from ui.models.review_queue_model import Column, ReviewQueueModel

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
ROOT = QModelIndex()
PHRASES = {
    ("delivery", "complaint"): [
        "the courier was late and my parcel never arrived",
        "курьер опоздал, посылка так и не пришла",
        "پیک دیر آمد و بسته هرگز نرسید",
    ],
    ("billing", "complaint"): [
        "I was charged twice on my card for one payment",
        "с карты дважды списали деньги за один платёж",
        "برای یک پرداخت دو بار از کارتم پول کم شد",
    ],
    ("staff", "praise"): [
        "the staff member was very kind and helpful, thank you",
        "сотрудник был очень вежлив и помог, спасибо",
        "کارمند بسیار مودب و کمک‌کننده بود، ممنون",
    ],
    ("website_app", "suggestion"): [
        "please add a dark mode to the mobile app",
        "добавьте, пожалуйста, тёмную тему в мобильное приложение",
        "لطفا حالت تاریک را به اپلیکیشن موبایل اضافه کنید",
    ],
}
# Unconfirmed items with a stored suggestion: text, language, category, confidence, kind, confidence.
UNSURE = [
    (
        "Курьер привёз не тот заказ, а в приложении статус не меняется",
        "ru",
        "delivery",
        0.31,
        "complaint",
        0.42,
    ),
    ("پیک مودب بود ولی پرداخت دو بار از کارت کم شد", "fa", "staff", 0.22, "praise", 0.35),
    ("The app charged my card but the parcel never came", "en", "website_app", 0.45, "complaint", 0.55),
    ("Спасибо, но тёмная тема в приложении всё ещё не работает", "ru", "staff", 0.52, "praise", 0.7),
    ("لطفا برنامه را سریع‌تر کنید، پیک همیشه دیر می‌آید", "fa", "website_app", 0.38, "suggestion", 0.58),
    ("Courier very polite, thank you", "en", "staff", 0.9, "praise", 0.95),
]
QUEUE_ORDER = [1, 0, 4, 2, 3]  # least confident first; the 0.9 one is not in the queue


def fill(engine: Engine, copies: int = 4, seed: int = 1) -> list[int]:
    """48 confirmed items (4 categories x 3 languages) and the UNSURE ones; returns the UNSURE ids."""
    rng = random.Random(seed)
    with engine.begin() as conn:
        ensure_reference_data(conn)
        email = channel_ids(conn)["email"]
        ids = dict(conn.execute(select(category.c.code, category.c.id)).all())
        n = 0
        for (code, kind), phrases in PHRASES.items():
            for lang, phrase in zip(("en", "ru", "fa"), phrases, strict=True):
                for _ in range(copies):
                    words = phrase.split()
                    words.pop(rng.randrange(len(words)))
                    conn.execute(
                        insert(feedback_item).values(
                            channel_id=email,
                            kind=kind,
                            text=" ".join(words),
                            language=lang,
                            received_at=dt.datetime(2026, 3, 1) + dt.timedelta(minutes=n),
                            category_id=ids[code],
                            category_confirmed=True,
                            kind_confirmed=True,
                        )
                    )
                    n += 1
        unsure = []
        for text, lang, code, confidence, kind, kind_confidence in UNSURE:
            unsure.append(
                conn.execute(
                    insert(feedback_item)
                    .values(
                        channel_id=email,
                        kind=kind,
                        text=text,
                        language=lang,
                        received_at=dt.datetime(2026, 4, 1) + dt.timedelta(minutes=n),
                        category_id=ids[code],
                        category_confidence=confidence,
                        kind_confidence=kind_confidence,
                    )
                    .returning(feedback_item.c.id)
                ).scalar_one()
            )
            n += 1
    return unsure


def item(engine: Engine, item_id: int) -> tuple[str, bool, str, bool]:
    with engine.connect() as conn:
        row = conn.execute(
            select(
                category.c.code,
                feedback_item.c.category_confirmed,
                feedback_item.c.kind,
                feedback_item.c.kind_confirmed,
            )
            .join(category, category.c.id == feedback_item.c.category_id)
            .where(feedback_item.c.id == item_id)
        ).one()
    return tuple(row)  # type: ignore[return-value]


@pytest.fixture
def unsure(sqlite_engine: Engine) -> list[int]:
    return fill(sqlite_engine)


def open_window(qtbot: QtBot, engine: Engine, model_dir: Path) -> ReviewQueueWindow:
    window = ReviewQueueWindow(engine, model_dir=model_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.count() is not None)
    return window


def wait_alternatives(qtbot: QtBot, window: ReviewQueueWindow) -> None:
    qtbot.waitUntil(lambda: window.model.alternatives(0) is not None, timeout=30_000)


def test_model_pages_least_confident_first(
    qtbot: QtBot, qtmodeltester: object, sqlite_engine: Engine, unsure: list[int], tmp_path: Path
) -> None:
    model = ReviewQueueModel(sqlite_engine, model_dir=tmp_path, page_size=2)
    assert model.rowCount() == 2  # one page, not the whole queue
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    while model.canFetchMore(ROOT):
        model.fetchMore(ROOT)
    assert [model.review_row(r).item_id for r in range(model.rowCount())] == [unsure[k] for k in QUEUE_ORDER]
    assert model.index(0, Column.CONFIDENCE).data() == "22%"
    assert model.index(0, Column.SUGGESTION).data() == "Staff and courtesy"
    assert model.index(0, Column.LANGUAGE).data() == "Persian"
    qtbot.waitUntil(lambda: model.count() == 5)
    model.set_target("kind")
    assert [model.review_row(r).item_id for r in range(model.rowCount())] == [unsure[1], unsure[0]]
    assert model.index(0, Column.SUGGESTION).data() == "Praise"
    # No model trained: no alternatives, and the column says nothing misleading.
    qtbot.waitUntil(lambda: model.index(0, Column.ALTERNATIVES).data() == "")


def test_enter_confirms_and_the_list_moves_on(
    qtbot: QtBot, sqlite_engine: Engine, unsure: list[int], tmp_path: Path
) -> None:
    window = open_window(qtbot, sqlite_engine, tmp_path)
    assert window.counts.text() == "5 suggestions to review"
    first, second = unsure[QUEUE_ORDER[0]], unsure[QUEUE_ORDER[1]]
    with qtbot.waitSignal(window.item_reviewed) as reviewed:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert reviewed.args == [first, "accepted"]
    assert item(sqlite_engine, first) == ("staff", True, "praise", False)
    assert window.model.review_row(window.table.currentIndex().row()).item_id == second
    assert window.counts.text() == "4 suggestions to review"
    with qtbot.waitSignal(window.item_reviewed):
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert item(sqlite_engine, second) == ("delivery", True, "complaint", False)
    qtbot.waitUntil(lambda: "100% (2 of 2 reviewed)" in window.acceptance.text())


def test_chooser_corrects_and_corrections_train(
    qtbot: QtBot, sqlite_engine: Engine, unsure: list[int], tmp_path: Path
) -> None:
    window = open_window(qtbot, sqlite_engine, tmp_path)
    first = unsure[QUEUE_ORDER[0]]
    assert not window.message.isVisible()
    qtbot.keyClick(window.table, "3")  # no model trained: no alternatives, nothing written
    assert window.message.text() == "There is no alternative 3 for this item." and window.message.isVisible()
    assert item(sqlite_engine, first) == ("staff", False, "praise", False)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    dialog = window._chooser
    assert dialog is not None and dialog.isVisible()
    assert "Billing and payments" in dialog.comboBoxItems()
    dialog.setTextValue("Billing and payments")
    with qtbot.waitSignal(window.item_reviewed) as reviewed:
        dialog.accept()
    assert reviewed.args == [first, "corrected"]
    assert item(sqlite_engine, first) == ("billing", True, "praise", False)
    with sqlite_engine.connect() as conn:
        assert acceptance_rate(conn, "category") == {"reviewed": 1, "accepted": 0, "rate": 0.0}
    # The correction is a label for the next training.
    examples = training.confirmed_examples(sqlite_engine, "category")
    assert examples.labels[examples.texts.index(UNSURE[1][0])] == "billing"


def test_digit_takes_an_alternative(
    qtbot: QtBot, sqlite_engine: Engine, unsure: list[int], tmp_path: Path
) -> None:
    training.train_models(sqlite_engine, tmp_path)
    window = open_window(qtbot, sqlite_engine, tmp_path)
    window.threshold.setValue(1.0)  # the stored suggestions are what they were
    wait_alternatives(qtbot, window)
    row = window.table.currentIndex().row()
    target_id = window.model.review_row(row).item_id
    alternatives = window.model.alternatives(row)
    assert alternatives and all(confidence >= 0.01 for _label, confidence in alternatives)
    number = len(alternatives)  # the last one shown
    suggestion = window.model.review_row(row).suggestion
    assert suggestion not in [label for label, _ in alternatives]
    shown = window.model.index(row, Column.ALTERNATIVES).data()
    assert shown.startswith(f"1 {window.model.label_name(alternatives[0][0])} ")
    with qtbot.waitSignal(window.item_reviewed) as reviewed:
        qtbot.keyClick(window.table, str(number))
    assert reviewed.args == [target_id, "corrected"]
    assert item(sqlite_engine, target_id)[:2] == (alternatives[number - 1][0], True)


def test_persian_and_keypad_digits() -> None:
    def key(text: str, code: int = 0) -> QKeyEvent:
        return QKeyEvent(QEvent.Type.KeyPress, code, Qt.KeyboardModifier.NoModifier, text)

    assert _digit(key("۲")) == 2
    assert _digit(key("٣")) == 3
    assert _digit(key("7", Qt.Key.Key_7)) == 7
    assert _digit(key("0", Qt.Key.Key_0)) is None
    assert _digit(key("a", Qt.Key.Key_A)) is None


def test_train_now_refreshes_the_queue(
    qtbot: QtBot, sqlite_engine: Engine, unsure: list[int], tmp_path: Path
) -> None:
    window = open_window(qtbot, sqlite_engine, tmp_path)
    window.threshold.setValue(1.0)
    before = [window.model.review_row(r).confidence for r in range(window.model.rowCount())]
    progress: list[tuple[int, int]] = []
    with qtbot.waitSignal(window.training_finished, timeout=60_000) as finished:
        task = window.train()
        assert task is not None
        task.progress.connect(lambda done, total: progress.append((done, total)))
        assert window.cancel_button.isVisible() and not window.train_button.isEnabled()
    summary = finished.args[0]
    assert summary["category"]["trained"] and summary["category"]["training_size"] == 48
    assert window.message.text().startswith("Trained on 48 confirmed items")
    assert progress and progress[-1] == (100, 100)
    assert window.train_button.isEnabled() and not window.cancel_button.isVisible()
    with sqlite_engine.connect() as conn:
        stored = dict(
            conn.execute(
                select(feedback_item.c.id, feedback_item.c.category_confidence).where(
                    feedback_item.c.id.in_(unsure)
                )
            ).all()
        )
        assert (
            conn.execute(select(classifier_model.c.target).where(classifier_model.c.is_active))
            .scalars()
            .all()
        )
    # The queue now shows the new model's confidences, as stored.
    shown = {
        window.model.review_row(r).item_id: window.model.review_row(r).confidence
        for r in range(window.model.rowCount())
    }
    assert shown == {k: v for k, v in stored.items() if v < 1.0}
    assert sorted(shown.values()) != sorted(before)
    wait_alternatives(qtbot, window)


def test_cancel_training_keeps_the_old_state(
    qtbot: QtBot, sqlite_engine: Engine, unsure: list[int], tmp_path: Path
) -> None:
    window = open_window(qtbot, sqlite_engine, tmp_path)
    with qtbot.waitSignal(window.training_finished, timeout=60_000) as finished:
        window.train()
        window.cancel_training()
    assert finished.args == [None]
    assert "cancelled" in window.message.text()
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(audit_event.c.id)).first() is None


def test_a_reviewed_last_row_does_not_come_back(
    qtbot: QtBot, sqlite_engine: Engine, unsure: list[int], tmp_path: Path
) -> None:
    model = ReviewQueueModel(sqlite_engine, model_dir=tmp_path, page_size=2)
    taken = model.take_row(1)  # not yet written: the next page must still start after it
    while model.canFetchMore(ROOT):
        model.fetchMore(ROOT)
    shown = [model.review_row(r).item_id for r in range(model.rowCount())]
    assert taken.item_id not in shown
    assert shown == [unsure[k] for k in QUEUE_ORDER if unsure[k] != taken.item_id]
    qtbot.waitUntil(lambda: model.count() is not None)


def test_training_on_the_newest_items_says_how_many_were_left_out(
    qtbot: QtBot, sqlite_engine: Engine, unsure: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(training, "MAX_TRAINING_ITEMS", 40)
    monkeypatch.setattr(training, "MIN_PER_LABEL", 1)
    window = open_window(qtbot, sqlite_engine, tmp_path)
    with qtbot.waitSignal(window.training_finished, timeout=60_000) as finished:
        window.train()
    assert finished.args[0]["category"]["training_size"] == 40
    assert window.message.text().startswith("Trained on the newest 40 of 48 confirmed items")
