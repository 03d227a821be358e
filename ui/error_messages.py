"""Domain errors in the user's language: workflow refusals, edit conflicts, missing rows.

Services raise errors with an English message (what the command line prints)
and the facts it was built from (``WorkflowError.rule`` and ``params``,
``EditConflict``'s entity, row and author). This table says the same in the
user's language; an error it does not know is shown with its English message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.conflicts import LABELS, EditConflict, NotFound
from app.errors import KaizenError
from app.workflow import WorkflowError
from db.enums import Stage


def user_message(exc: KaizenError) -> str:
    """What to tell the user about ``exc``, translated where we know its kind.

    In English the service's own message is shown, word for word as the command line prints it.
    """
    from ui import i18n

    if i18n.current_language() == "en":
        return str(exc)
    if isinstance(exc, WorkflowError):
        return workflow_message(exc)
    if isinstance(exc, EditConflict):
        return conflict_message(exc)
    if isinstance(exc, NotFound):
        return (
            QCoreApplication.translate("DomainErrors", "%1 %2 does not exist")
            .replace("%1", entity_label(exc.entity_type))
            .replace("%2", str(exc.entity_id))
        )
    return str(exc)


def entity_label(entity_type: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "improvement": translate("DomainErrors", "Improvement"),
        "feedback_item": translate("DomainErrors", "Feedback item"),
    }
    return labels.get(entity_type, LABELS.get(entity_type, entity_type))


def _stage(code: object) -> str:
    from ui.models.board_model import stage_labels

    try:
        return stage_labels()[Stage(str(code))]
    except ValueError:
        return str(code)


def _fill(text: str, *args: object) -> str:
    """Qt's %1, %2 ... filled in one pass (a value holding "%2" is not filled again)."""
    values = [str(a) for a in args]
    out, i = [], 0
    while i < len(text):
        if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            number = int(text[i + 1])
            if 1 <= number <= len(values):
                out.append(values[number - 1])
                i += 2
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


def workflow_message(exc: WorkflowError) -> str:
    """A refused move, in the user's language: which improvement, and why."""
    translate = QCoreApplication.translate
    p: dict[str, Any] = exc.params
    rule = exc.rule
    to = _stage(p.get("to", ""))
    if rule == "same_stage":
        why = _fill(translate("DomainErrors", "it is already in %1"), _stage(p.get("stage")))
    elif rule == "not_allowed":
        allowed = p.get("allowed") or []
        options = ", ".join(_stage(s) for s in allowed) or translate("DomainErrors", "none")
        why = _fill(
            translate("DomainErrors", "it cannot move from %1 to %2; from here: %3"),
            _stage(p.get("stage")),
            to,
            options,
        )
    elif rule == "resume":
        held = p.get("held_from")
        why = _fill(
            translate("DomainErrors", "it resumes to the stage it was held from (%1) or to %2"),
            _stage(held) if held else _stage(Stage.TRIAGE.value),
            _stage(Stage.TRIAGE.value),
        )
    elif rule == "reason_required" and p.get("reopening"):
        why = _fill(
            translate("DomainErrors", "reopening an improvement in %1 needs a reason"), _stage(p.get("stage"))
        )
    elif rule == "reason_required":
        why = _fill(translate("DomainErrors", "moving it to %1 needs a reason"), to)
    elif rule == "measured_required":
        why = translate("DomainErrors", "leaving Check needs the measured result")
    elif rule == "replies_missing":
        names = ", ".join(
            _fill(translate("DomainErrors", "%1 (item %2)"), name, item)
            for name, item in zip(p.get("names", []), p.get("items", []), strict=False)
        )
        more = int(p.get("missing", 0)) - len(p.get("names", []))
        if more > 0:
            names += _fill(translate("DomainErrors", " and %1 more"), more)
        why = _fill(
            translate("DomainErrors", "%1 needs a reply to every contributor; not told yet: %2"),
            to,
            names,
        )
    elif rule == "unknown_stage":
        return _fill(translate("DomainErrors", "Unknown stage “%1”"), p.get("to", ""))
    else:
        return str(exc)
    if exc.improvement_id is None:
        return why
    return _fill(
        translate("DomainErrors", "Improvement %1 (“%2”): %3"),
        exc.improvement_id,
        p.get("title", ""),
        why,
    )


def conflict_message(exc: EditConflict) -> str:
    """Someone saved first: who, when, and that nothing of ours was written."""
    translate = QCoreApplication.translate
    label = f"{entity_label(exc.entity_type)} {exc.entity_id}"
    if exc.current is None:
        return _fill(
            translate("DomainErrors", "%1 was deleted by someone else; your changes were not saved."), label
        )
    title = exc.current.get("title")
    if title:
        label = _fill(translate("DomainErrors", "%1 (“%2”)"), label, title)
    if exc.changed_by and exc.changed_at:
        when = QLocale().toString(exc.changed_at, QLocale.FormatType.ShortFormat)
        changed = _fill(
            translate("DomainErrors", "%1 was changed by %2 at %3 UTC"), label, exc.changed_by, when
        )
    elif exc.changed_by:
        changed = _fill(translate("DomainErrors", "%1 was changed by %2"), label, exc.changed_by)
    else:
        changed = _fill(translate("DomainErrors", "%1 was changed by someone else"), label)
    return _fill(
        translate(
            "DomainErrors",
            "%1 while you were editing it; your changes were not saved. "
            "Look at its current state and make your change again.",
        ),
        changed,
    )
