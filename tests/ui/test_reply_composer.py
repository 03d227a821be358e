"""The reply composer: "you said, we did" from the detail view and the board; sending; drafts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, insert, select

from app import workflow
from app.reference_data import channel_ids, ensure_reference_data
from db.enums import Stage
from db.tables import (
    app_user,
    channel,
    contact,
    contact_point,
    feedback_item,
    improvement,
    reply,
    reply_draft,
)
from ui.models.reply_recipients_model import State
from ui.workflow.board import BoardWidget
from ui.workflow.detail import ImprovementDetailView
from ui.workflow.reply_composer import ReplyComposerDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

T0 = dt.datetime(2026, 3, 2, 9, 0)


@dataclass
class People:
    engine: Engine
    manager: int = 0
    channels: dict[str, int] = field(default_factory=dict)
    contacts: dict[str, int] = field(default_factory=dict)

    def item(self, who: str | None, text: str, language: str, **values: Any) -> int:
        with self.engine.begin() as conn:
            return int(
                conn.execute(
                    insert(feedback_item)
                    .values(
                        contact_id=self.contacts[who] if who else None,
                        channel_id=self.channels[values.pop("channel", "email")],
                        kind=values.pop("kind", "suggestion"),
                        text=text,
                        language=language,
                        received_at=T0 + dt.timedelta(hours=len(text) % 7),
                        status=values.pop("status", "linked"),
                        version=1,
                        **values,
                    )
                    .returning(feedback_item.c.id)
                ).scalar_one()
            )

    def improvement(self, stage: str, **values: Any) -> int:
        with self.engine.begin() as conn:
            return int(
                conn.execute(
                    insert(improvement)
                    .values(
                        title=values.pop("title", "Вечерняя доставка"),
                        stage=stage,
                        created_at=T0,
                        stage_changed_at=T0,
                        version=1,
                        **values,
                    )
                    .returning(improvement.c.id)
                ).scalar_one()
            )


def _contact(conn: Any, name: str, language: str, points: dict[str, str]) -> int:
    id_ = conn.execute(
        insert(contact)
        .values(display_name=name, preferred_language=language, created_at=T0, updated_at=T0, version=1)
        .returning(contact.c.id)
    ).scalar_one()
    for kind, value in points.items():
        conn.execute(
            insert(contact_point).values(
                contact_id=id_, kind=kind, value=value, is_primary=True, created_at=T0
            )
        )
    return int(id_)


@pytest.fixture
def people(sqlite_engine: Engine) -> People:
    # No reply template in the database: the built-in ones in each language are used.
    found = People(sqlite_engine)
    with sqlite_engine.begin() as conn:
        ensure_reference_data(conn)
        found.channels = channel_ids(conn)
        found.manager = conn.execute(
            insert(app_user)
            .values(username="mina", display_name="Mina", role="manager")
            .returning(app_user.c.id)
        ).scalar_one()
        found.contacts = {
            "sara": _contact(conn, "سارا رضایی", "fa", {"social": "@sara_r"}),
            "boris": _contact(
                conn, "Борис Петров", "ru", {"phone": "+79161234567", "email": "boris@example.ru"}
            ),
            "gleb": _contact(conn, "Gleb", "en", {}),
        }
    return found


def _replies(engine: Engine) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                select(
                    reply.c.contact_id,
                    reply.c.feedback_item_id,
                    reply.c.improvement_id,
                    channel.c.code,
                    reply.c.outcome,
                    reply.c.language,
                    reply.c.body,
                    reply.c.sent_by_id,
                )
                .join(channel, channel.c.id == reply.c.channel_id)
                .order_by(reply.c.contact_id)
            )
        ]


def _loaded(qtbot: QtBot, dialog: ReplyComposerDialog) -> ReplyComposerDialog:
    if dialog.parent() is None:  # one opened by a view is closed with it
        qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.prepared() is not None and not dialog.is_busy())
    return dialog


def _choose_channel(dialog: ReplyComposerDialog, code: str) -> None:
    index = dialog.channel_box.findData(code)
    assert index >= 0, f"{code} is not offered"
    dialog.channel_box.setCurrentIndex(index)
    dialog.channel_box.activated.emit(index)


def test_you_said_we_did_from_the_detail_view(people: People, qtbot: QtBot) -> None:
    c = people.contacts
    imp = people.improvement("act", decision="accepted", measured_benefit="доставка после 18:00 — с 1 апреля")
    sara = people.item("sara", "لطفاً تحویل عصرگاهی اضافه کنید", "fa", improvement_id=imp, channel="social")
    boris = people.item("boris", "Нужна доставка вечером", "ru", improvement_id=imp, channel="phone")
    anonymous = people.item(None, "Evening delivery please", "en", improvement_id=imp, channel="web_form")

    view = ImprovementDetailView(people.engine, user_id=people.manager)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.detail_loaded):
        view.show_improvement(imp)
    assert view.replies_button.isEnabled()
    with qtbot.waitSignal(view.replies_opened) as opened:
        view.replies_button.click()
    dialog = _loaded(qtbot, opened.args[0])
    model = dialog.recipients_model
    rows = {r.contact_id: r for r in model.recipients()}
    assert model.rowCount() == 3
    assert [r.state for r in model.recipients()].count(State.ANONYMOUS) == 1
    assert model.index(2, 0).data() == f"Anonymous item #{anonymous}"
    assert model.index(2, 3).data() == "cannot be answered"
    assert (rows[c["sara"]].draft.language, rows[c["sara"]].channel) == ("fa", "social")  # type: ignore[union-attr]
    assert (rows[c["boris"]].draft.language, rows[c["boris"]].channel) == ("ru", "phone")  # type: ignore[union-attr]
    assert rows[c["sara"]].body.startswith("سارا رضایی عزیز،")
    assert "آنچه تغییر کرد: доставка после 18:00" in rows[c["sara"]].body
    assert rows[c["boris"]].body.startswith("Здравствуйте, Борис Петров!")
    assert "Что изменилось: доставка после 18:00 — с 1 апреля" in rows[c["boris"]].body

    # Persian reads right to left in the editor; Boris is told by e-mail instead, and his text edited.
    dialog.select_recipient(model.row_of(c["sara"]))  # type: ignore[arg-type]
    assert dialog.body_edit.layoutDirection().name == "RightToLeft"
    dialog.select_recipient(model.row_of(c["boris"]))  # type: ignore[arg-type]
    assert dialog.body_edit.layoutDirection().name == "LeftToRight"
    assert [dialog.channel_box.itemData(i) for i in range(dialog.channel_box.count())] == ["email", "phone"]
    _choose_channel(dialog, "email")
    dialog.body_edit.setPlainText(rows[c["boris"]].body + "\nP.S. Спасибо за идею!")

    with qtbot.waitSignal(dialog.replies_sent) as sent:
        dialog.send()
    assert [d.error for d in sent.args[0]] == [None, None]
    assert [model.recipient(r).state for r in range(3)] == [State.SENT, State.SENT, State.ANONYMOUS]
    found = _replies(people.engine)
    assert [r[:6] for r in found] == [
        (c["sara"], sara, imp, "social", "done", "fa"),
        (c["boris"], boris, imp, "email", "done", "ru"),
    ]
    assert found[1][6].endswith("P.S. Спасибо за идею!") and found[1][7] == people.manager
    # Everyone who can be answered has been: the improvement can move to done.
    qtbot.waitUntil(lambda: not dialog.is_busy())
    moved = workflow.advance(people.engine, imp, Stage.DONE, user_id=people.manager)
    assert moved.to_stage is Stage.DONE
    qtbot.waitUntil(lambda: not dialog.is_busy() and not view.is_busy())


def test_a_recipient_that_fails_keeps_its_text_and_the_others_are_sent(
    people: People, qtbot: QtBot, qtmodeltester: Any
) -> None:
    c = people.contacts
    gleb = people.item("gleb", "Open earlier on Saturdays", "en", status="new", channel="in_person")
    boris = people.item("boris", "Открывайтесь раньше по субботам", "ru", status="new", channel="phone")
    dialog = _loaded(
        qtbot, ReplyComposerDialog(people.engine, item_ids=[gleb, boris], user_id=people.manager)
    )
    model = dialog.recipients_model
    assert dialog.prepared().outcome == "received"  # type: ignore[union-attr]
    row = model.row_of(c["gleb"])
    assert row is not None and model.recipient(row).channel is None
    assert model.index(row, 3).data() == "needs a channel"
    dialog.select_recipient(row)
    dialog.body_edit.setPlainText("Dear Gleb,\n\nthank you, we will look at Saturday hours.")

    with qtbot.waitSignal(dialog.replies_sent):
        dialog.send()
    gleb_row = model.recipient(row)
    assert gleb_row.state is State.FAILED and "no e-mail, phone or social handle" in gleb_row.error
    assert gleb_row.body == "Dear Gleb,\n\nthank you, we will look at Saturday hours."
    assert "1 sent; 1 not sent" in dialog.status_text()
    qtmodeltester.check(model)
    assert [r[0] for r in _replies(people.engine)] == [c["boris"]]

    dialog.select_recipient(row)  # told face to face instead
    _choose_channel(dialog, "in_person")
    with qtbot.waitSignal(dialog.replies_sent) as sent:
        dialog.send()
    assert [(d.contact_id, d.error) for d in sent.args[0]] == [(c["gleb"], None)]  # Boris is not told twice
    found = _replies(people.engine)
    assert [(r[0], r[3], r[4]) for r in found] == [
        (c["boris"], "phone", "received"),
        (c["gleb"], "in_person", "received"),
    ]
    assert found[1][6] == "Dear Gleb,\n\nthank you, we will look at Saturday hours."
    qtbot.waitUntil(lambda: not dialog.is_busy())


def test_a_draft_survives_closing_and_reopening(people: People, qtbot: QtBot) -> None:
    c = people.contacts
    sara = people.item("sara", "پیک دیر رسید", "fa", status="new", kind="complaint", channel="social")
    boris = people.item("boris", "Курьер опоздал", "ru", status="new", channel="phone")
    first = _loaded(qtbot, ReplyComposerDialog(people.engine, item_ids=[sara, boris], user_id=people.manager))
    assert not first.saved_drafts_offered()
    first.select_recipient(first.recipients_model.row_of(c["sara"]))  # type: ignore[arg-type]
    edited = "سارا عزیز،\n\nبابت تأخیر پیک عذر می‌خواهیم. ۲ روز رایگان ارسال برای شما فعال شد."
    with qtbot.waitSignal(first.keeper.drafts_written, timeout=5000):  # a few seconds later, unclosed
        first.body_edit.setPlainText(edited)
    with people.engine.connect() as conn:  # on disk before any close: a crash now loses nothing
        assert sorted(conn.execute(select(reply_draft.c.contact_id)).scalars()) == sorted(
            c[k] for k in ("boris", "sara")
        )
    first.body_edit.appendPlainText("سپاس")
    first.close()  # the last change is written on closing
    edited += "\nسپاس"
    qtbot.waitUntil(lambda: first.keeper.is_idle())
    with people.engine.connect() as conn:
        assert conn.execute(select(reply.c.id)).first() is None  # closing sends nothing

    # The same items, in another order: the same composer, and its drafts are offered back.
    again = _loaded(qtbot, ReplyComposerDialog(people.engine, item_ids=[boris, sara], user_id=people.manager))
    assert again.saved_drafts_offered()
    row = again.recipients_model.row_of(c["sara"])
    assert row is not None and again.recipients_model.recipient(row).body != edited  # until restored
    again.restore_drafts()
    assert not again.saved_drafts_offered()
    assert again.recipients_model.recipient(row).body == edited
    with qtbot.waitSignal(again.replies_sent):
        again.send()
    qtbot.waitUntil(lambda: not again.is_busy())
    assert [r[6] for r in _replies(people.engine) if r[0] == c["sara"]] == [edited]

    # Everything was sent: nothing is offered any more.
    third = _loaded(qtbot, ReplyComposerDialog(people.engine, item_ids=[sara, boris], user_id=people.manager))
    assert not third.saved_drafts_offered()


def test_the_board_offers_the_replies_after_a_decline_and_before_done(people: People, qtbot: QtBot) -> None:
    c = people.contacts
    declined = people.improvement("triage", title="Доставка ночью")
    people.item("boris", "Доставляйте ночью", "ru", improvement_id=declined, channel="phone")
    act = people.improvement("act", title="تحویل عصرگاهی", decision="accepted", measured_benefit="از ۱ آوریل")
    people.item("sara", "تحویل عصرگاهی", "fa", improvement_id=act, channel="social")
    asked: list[str] = []
    board = BoardWidget(people.engine, user_id=people.manager)
    qtbot.addWidget(board)
    board.ask_text = lambda _p, _t, _l: "Слишком дорого для нас сейчас"  # type: ignore[method-assign,assignment]
    board.confirm = lambda _p, _t, text: asked.append(text) or True  # type: ignore[method-assign,assignment,func-returns-value]
    qtbot.waitUntil(lambda: not board.is_busy())

    with qtbot.waitSignal(board.card_moved):
        board.request_move(declined, Stage.DECLINED)
    dialog = _loaded(qtbot, board.reply_composer)  # type: ignore[arg-type]
    assert "Доставка ночью" in asked[-1]
    assert dialog.prepared().outcome == "declined"  # type: ignore[union-attr]
    assert "Причина: Слишком дорого для нас сейчас" in dialog.recipients_model.recipient(0).body
    assert not dialog.close_box.isVisible()

    with qtbot.waitSignal(board.move_refused):
        board.request_move(act, Stage.DONE)
    closing = _loaded(qtbot, board.reply_composer)  # type: ignore[arg-type]
    assert closing is not dialog and "تحویل عصرگاهی" in asked[-1]
    assert closing.close_box.isChecked() and not closing.close_box.isHidden()
    with qtbot.waitSignal(closing.improvement_closed):
        closing.send()
    with people.engine.connect() as conn:
        assert conn.execute(select(improvement.c.stage).where(improvement.c.id == act)).scalar_one() == "done"
    assert [(r[0], r[4]) for r in _replies(people.engine)] == [(c["sara"], "done")]
    qtbot.waitUntil(lambda: not board.is_busy() and not closing.is_busy() and not dialog.is_busy())
