"""Domain errors in the user's language: workflow refusals, edit conflicts, missing rows,
invalid values, reply, survey, review and undo refusals, rejected import rows.

Services raise errors with an English message (what the command line prints)
and the facts it was built from (``WorkflowError.rule`` and ``params``,
``EditConflict``'s entity, row and author, an ``app.errors.Reason``'s code and
params). These tables say the same in the user's language; an error they do not
know is shown with its English message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.conflicts import LABELS, EditConflict, NotFound
from app.errors import InputFileError, InvalidValue, KaizenError, Reason, Reasons
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
    if isinstance(exc, InvalidValue):
        return invalid_value_message(exc)
    if isinstance(exc, InputFileError):
        return input_file_message(exc)
    if exc.args and isinstance(exc.args[0], Reason) and exc.args[0].code in _sentences():
        return reason_text(exc.args[0])
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


# --- invalid values and other refusals, by the code of their Reason -----------------


def invalid_value_message(exc: InvalidValue) -> str:
    """ "Phone: not a phone number («12»)" in the user's language; English if its reason has no code."""
    if not (isinstance(exc.reason, Reason) and exc.reason.code in _reasons()):
        return str(exc)
    reason = reason_text(exc.reason)
    if exc.value is None or exc.value == "" or exc.value == []:
        return _fill(QCoreApplication.translate("DomainErrors", "%1: %2"), field_label(exc.field), reason)
    return _fill(
        QCoreApplication.translate("DomainErrors", "%1: %2 («%3»)"),
        field_label(exc.field),
        reason,
        _isolated(_value(exc.value)),
    )


def input_file_message(exc: InputFileError) -> str:
    """ "bad.csv, row 3: not valid CSV" in the user's language; English if its reason has no code."""
    if not (isinstance(exc.reason, Reason) and exc.reason.code in _files()):
        return str(exc)
    reason = _files()[exc.reason.code](exc.reason.params)
    if exc.row is None:
        return _fill(QCoreApplication.translate("DomainErrors", "%1: %2"), _isolated(exc.path), reason)
    return _fill(
        QCoreApplication.translate("DomainErrors", "%1, row %2: %3"),
        _isolated(exc.path),
        _number(exc.row),
        reason,
    )


def _files() -> dict[str, Callable[[dict[str, Any]], str]]:
    """Why a file cannot be read (follows "file: ")."""
    translate = QCoreApplication.translate
    return {
        "file_not_found": _t(translate("DomainErrors", "file not found")),
        "not_a_file": _t(translate("DomainErrors", "not a file")),
        "xls_format": _t(translate("DomainErrors", "old Excel format (.xls): save it as .xlsx or CSV first")),
        "not_a_table_file": _t(
            translate("DomainErrors", "not a CSV or XLSX file (expected .csv, .tsv, .txt or .xlsx)")
        ),
        "no_header_row": _t(translate("DomainErrors", "the file has no header row")),
        "header_twice": lambda p: _fill(
            translate("DomainErrors", "column header «%1» appears twice (columns %2 and %3)"),
            _v(p, "header"),
            _value(p.get("first", "")),
            _value(p.get("second", "")),
        ),
        "binary_data": _t(translate("DomainErrors", "contains binary data, not CSV text")),
        "not_valid_csv": _t(translate("DomainErrors", "not valid CSV")),
        "file_empty": _t(translate("DomainErrors", "the file is empty")),
        "not_that_encoding": _t(
            translate("DomainErrors", "starts like %1 text but is not"), "encoding", each=_v
        ),
        "unknown_encoding": _t(
            translate("DomainErrors", "cannot tell the text encoding; save it as UTF-8 CSV")
        ),
        "not_xlsx": _t(translate("DomainErrors", "not a readable XLSX workbook")),
        "no_worksheet": _t(translate("DomainErrors", "the workbook has no worksheet")),
        "corrupted_xlsx": _t(translate("DomainErrors", "corrupted XLSX workbook")),
        "value_without_header": _t(
            translate("DomainErrors", "a value in column %1, which has no header name"), "column"
        ),
        "too_many_cells": _t(
            translate("DomainErrors", "more cells than the %1 columns of the header row"), "columns"
        ),
    }


def reason_text(reason: str) -> str:
    """A service's reason (an ``InvalidValue.reason``, a rejected row's reasons) in the user's language.

    In English, and for a reason without a known code, the service's own words.
    """
    from ui import i18n

    if i18n.current_language() == "en" or not isinstance(reason, (Reason, Reasons)):
        return str(reason)
    if isinstance(reason, Reasons):
        return "; ".join(reason_text(part) for part in reason.parts)
    if reason.code == "error" and isinstance(reason.params.get("error"), KaizenError):
        return user_message(reason.params["error"])
    build = _reasons().get(reason.code) or _sentences().get(reason.code)
    return build(reason.params) if build is not None else str(reason)


def field_label(field: str) -> str:
    """A service's field name ("phone", "text.2", "question 3") as the user reads it."""
    translate = QCoreApplication.translate
    name, dot, number = field.partition(".")
    if dot and number.isdigit():
        return _fill(translate("DomainErrors", "%1 (item %2)"), field_label(name), _number(int(number)))
    word, space, number = field.partition(" ")
    if space and number.isdigit() and word == "question":
        return _fill(translate("DomainErrors", "Question %1"), _number(int(number)))
    labels = {
        "phone": translate("DomainErrors", "Phone"),
        "email": translate("DomainErrors", "E-mail"),
        "customer_number": translate("DomainErrors", "Customer number"),
        "social": translate("DomainErrors", "Social handle"),
        "name": translate("DomainErrors", "Name"),
        "text": translate("DomainErrors", "Text"),
        "kind": translate("DomainErrors", "Kind"),
        "channel": translate("DomainErrors", "Channel"),
        "category": translate("DomainErrors", "Category"),
        "improvement": translate("DomainErrors", "Improvement"),
        "duplicate_of": translate("DomainErrors", "Duplicate of"),
        "date": translate("DomainErrors", "Date"),
        "received": translate("DomainErrors", "Received"),
        "first response": translate("DomainErrors", "First response"),
        "replied": translate("DomainErrors", "Replied"),
        "language": translate("DomainErrors", "Language"),
        "source": translate("DomainErrors", "Source"),
        "answer": translate("DomainErrors", "Answer"),
        "question": translate("DomainErrors", "Question"),
        "spared": translate("DomainErrors", "Question not asked"),
        "contact": translate("DomainErrors", "Contact"),
        "survey": translate("DomainErrors", "Survey"),
        "body": translate("DomainErrors", "Reply"),
        "outcome": translate("DomainErrors", "Outcome"),
        "item": translate("DomainErrors", "Feedback item"),
        "items": translate("DomainErrors", "Items"),
        "target": translate("DomainErrors", "Suggestion"),
        "owner": translate("DomainErrors", "Owner"),
        "assignee": translate("DomainErrors", "Assignee"),
        "view name": translate("DomainErrors", "View name"),
        "saved view": translate("DomainErrors", "Saved view"),
        "code": translate("DomainErrors", "Code"),
    }
    return labels.get(field, field)


def _number(value: int) -> str:
    return QLocale().toString(value)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return _number(value)
    if isinstance(value, dt.datetime):
        from ui import i18n

        return i18n.local_time(value)
    if isinstance(value, dt.date):
        from ui import i18n

        return i18n.local_date(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(v) for v in value)
    return str(value)


def _isolated(text: str) -> str:
    """A value (a phone, a name, a column) in its own direction inside a right-to-left line."""
    return f"\u2068{text}\u2069"


def _outcome(code: object) -> str:
    translate = QCoreApplication.translate
    words = {
        "received": translate("DomainErrors", "we have it"),
        "accepted": translate("DomainErrors", "we are on it"),
        "declined": translate("DomainErrors", "declined"),
        "done": translate("DomainErrors", "done"),
        "answer": translate("DomainErrors", "a direct answer"),
    }
    return words.get(str(code), str(code))


def _language(code: object) -> str:
    from ui.models.labels import language_labels

    return language_labels().get(str(code), str(code))


def _reason_param(p: dict[str, Any], key: str) -> str:
    value = p.get(key, "")
    return reason_text(value) if isinstance(value, str) else _value(value)


def _t(text: str, *keys: str, each: Any = None) -> Any:
    """A builder: fill the translated ``text``'s %1, %2 ... with these params (through ``each``)."""
    show = each or (lambda p, k: _value(p.get(k, "")))
    return lambda p: _fill(text, *(show(p, k) for k in keys))


def _v(p: dict[str, Any], key: str) -> str:
    return _isolated(_value(p.get(key, "")))


def _reasons() -> dict[str, Any]:
    """Why a value is invalid (follows "Field: ")."""
    translate = QCoreApplication.translate

    taken = translate("DomainErrors", "already on file for %1; pick that contact")
    return {
        "empty": _t(translate("DomainErrors", "empty")),
        "not_a_phone": _t(translate("DomainErrors", "not a phone number")),
        "phone_length": _t(translate("DomainErrors", "too short or too long for a phone number")),
        "not_an_email": _t(translate("DomainErrors", "not a valid e-mail address")),
        "too_long": _t(translate("DomainErrors", "longer than %1 characters"), "limit"),
        "no_contact": _t(translate("DomainErrors", "give a name, a phone, an e-mail or a customer number")),
        "point_taken": lambda p: _fill(
            taken,
            _isolated(str(p["who"])) if p.get("who") else translate("DomainErrors", "another contact"),
        ),
        "nothing_to_save": _t(translate("DomainErrors", "nothing to save: type what the customer said")),
        "no_text": _t(translate("DomainErrors", "type what the customer said")),
        "unknown_kind": _t(translate("DomainErrors", "unknown kind")),
        "unknown_channel": _t(translate("DomainErrors", "unknown channel")),
        "no_such_category": _t(translate("DomainErrors", "no such category")),
        "link_and_duplicate": _t(
            translate("DomainErrors", "link to an improvement or mark a duplicate, not both")
        ),
        "no_such_improvement": _t(translate("DomainErrors", "no such improvement (deleted?)")),
        "no_such_item": _t(translate("DomainErrors", "no such feedback item (deleted?)")),
        "unknown_code": _t(
            translate("DomainErrors", "unknown value; allowed: %1 (or their Russian names)"),
            "allowed",
            each=_v,
        ),
        "unknown_language": lambda p: _fill(
            translate("DomainErrors", "unknown language; use a code such as %1"), _isolated("en, ru, fa")
        ),
        "not_a_date": _t(translate("DomainErrors", "not a date and time")),
        "incomplete_date": _t(translate("DomainErrors", "incomplete date: needs day, month and year")),
        "unknown_outcome": _t(translate("DomainErrors", "unknown outcome")),
        "empty_reply": _t(translate("DomainErrors", "the reply is empty")),
        "item_not_from_contact": _t(
            translate("DomainErrors", "feedback item %1 is not from contact %2"), "item", "contact"
        ),
        "not_in_survey": _t(
            translate("DomainErrors", "is not a question of the survey «%1»"), "survey", each=_v
        ),
        "no_such_contact": _t(translate("DomainErrors", "no such contact")),
        "no_such_survey": _t(translate("DomainErrors", "no such survey")),
        "not_on_scale": _t(translate("DomainErrors", "must be a whole number from %1 to %2"), "low", "high"),
        "not_yes_no": _t(translate("DomainErrors", "must be yes or no")),
        "cannot_spare": _t(translate("DomainErrors", "only a question on file and not asked can be spared")),
        "not_on_file": _t(translate("DomainErrors", "has no answer on file; ask it")),
        "one_of": _t(translate("DomainErrors", "must be one of %1"), "allowed", each=_v),
        "nothing_to_confirm": _t(translate("DomainErrors", "the item has no suggested category to confirm")),
        "select_items": _t(
            translate("DomainErrors", "select at least one item to start an improvement from")
        ),
        "no_such_user": _t(translate("DomainErrors", "no such user")),
        "source_needed": _t(
            translate("DomainErrors", "an import needs the name of the system it comes from")
        ),
        "view_name_needed": _t(translate("DomainErrors", "a saved view needs a name")),
        "no_such_view": _t(translate("DomainErrors", "you have no such saved view")),
        "bad_question_code": _t(
            translate("DomainErrors", "one word of letters, digits, _ . - up to %1 characters"), "limit"
        ),
        "question_text_needed": _t(translate("DomainErrors", "a canonical question needs its text")),
        "question_code_taken": _t(
            translate("DomainErrors", "another canonical question already has this code")
        ),
    }


def _sentences() -> dict[str, Callable[[dict[str, Any]], str]]:
    """Whole messages (a ``KaizenError(Reason(...))``) and the reasons of rejected import rows."""
    translate = QCoreApplication.translate
    return {
        # replies
        "no_route": _t(
            translate(
                "DomainErrors",
                "Contact %1 has no e-mail, phone or social handle on file: choose how you told them",
            ),
            "contact",
        ),
        "no_template": lambda p: _fill(
            translate("DomainErrors", "There is no reply template for “%1” in %2 or in English"),
            _outcome(p.get("outcome")),
            _language(p.get("language")),
        ),
        "no_decision": lambda p: _fill(
            translate("DomainErrors", "An improvement in %1 has no decision to tell its contributors yet"),
            _stage(p.get("stage")),
        ),
        "outcome_not_allowed": lambda p: _fill(
            translate(
                "DomainErrors", "Improvement %1 is in %2: its contributors cannot be told “%3” (possible: %4)"
            ),
            _value(p.get("improvement")),
            _stage(p.get("stage")),
            _outcome(p.get("outcome")),
            ", ".join(f"“{_outcome(o)}”" for o in p.get("allowed", [])),
        ),
        "placeholders_unfilled": lambda p: _fill(
            translate("DomainErrors", "The reply to contact %1 still has placeholders without a value: %2"),
            _value(p.get("contact", "")),
            _v(p, "placeholders"),
        ),
        "no_channel_for": lambda p: _fill(
            translate("DomainErrors", "Choose how to reach %1: no e-mail, phone or handle on file"),
            _v(p, "names"),
        ),
        "nothing_to_close": _t(
            translate("DomainErrors", "These replies are about no improvement: there is nothing to close")
        ),
        # phone survey
        "no_questions": _t(
            translate("DomainErrors", "The survey «%1» has no questions to ask"), "survey", each=_v
        ),
        "no_question_left": _t(translate("DomainErrors", "The call has no question left")),
        "surveyed_recently": _t(
            translate(
                "DomainErrors",
                "This contact was surveyed on %1 and may not be surveyed again within %2 days (until %3); "
                "give a reason to survey them anyway (contact %4)",
            ),
            "last",
            "days",
            "allowed_from",
            "contact",
            each=lambda p, k: (
                _value(p[k].date()) if isinstance(p.get(k), dt.datetime) else _value(p.get(k, ""))
            ),
        ),
        # review queue, triage, undo
        "item_missing": _t(translate("DomainErrors", "Feedback item %1 does not exist"), "item"),
        "same_item": _t(
            translate(
                "DomainErrors", "Feedback item %1 cannot be a duplicate of item %2: it is the same item"
            ),
            "item",
            "of",
        ),
        "duplicate_cycle": _t(
            translate(
                "DomainErrors",
                "Feedback item %1 cannot be a duplicate of item %2: that item is a duplicate of it",
            ),
            "item",
            "of",
        ),
        "already_undone": _t(translate("DomainErrors", "This change is already undone")),
        "already_redone": _t(translate("DomainErrors", "This change is already done again")),
        "move_already_undone": _t(
            translate("DomainErrors", "The move of improvement %1 is already undone"), "improvement"
        ),
        "move_already_redone": _t(
            translate("DomainErrors", "The move of improvement %1 is already done again"), "improvement"
        ),
        # saved views, duplicate contacts, canonical questions
        "view_name_taken": _t(
            translate("DomainErrors", "You already have a saved view named «%1»: choose another name"),
            "name",
            each=_v,
        ),
        "merge_into_itself": _t(translate("DomainErrors", "A contact cannot be merged into itself")),
        "contact_missing": _t(translate("DomainErrors", "Contact %1 does not exist"), "contact"),
        "contact_merged": _t(
            translate("DomainErrors", "Contact %1 was already merged into contact %2"), "contact", "into"
        ),
        "review_missing": _t(translate("DomainErrors", "Possible duplicate %1 does not exist"), "review"),
        "review_decided": _t(
            translate("DomainErrors", "Possible duplicate %1 was already decided"), "review"
        ),
        "question_missing": _t(translate("DomainErrors", "Question %1 does not exist"), "question"),
        "canonical_missing": _t(
            translate("DomainErrors", "Canonical question %1 does not exist"), "canonical"
        ),
        "import_refused": lambda p: _fill(
            translate(
                "DomainErrors",
                "%1: nothing was imported; the database refused a row, perhaps because another import "
                "of «%2» ran at the same time (%3)",
            ),
            _v(p, "path"),
            _v(p, "source"),
            _v(p, "detail"),
        ),
        "reply_not_recorded": _t(
            translate(
                "DomainErrors", "the database did not record this reply (%1); its text is kept: send again"
            ),
            "detail",
            each=_v,
        ),
        # rejected import rows
        "empty_cell": _t(translate("DomainErrors", "%1: empty"), "column", each=_v),
        "bad_cell": lambda p: _fill(
            translate("DomainErrors", "%1 «%2»: %3"),
            _v(p, "column"),
            _v(p, "value"),
            _reason_param(p, "reason"),
        ),
        "cell_too_long": lambda p: (
            _t(
                translate("DomainErrors", "%1: longer than %2 characters (%3)"),
                "column",
                "limit",
                "length",
                each=_cell,
            )(p)
            if "length" in p
            else _t(
                translate("DomainErrors", "%1: longer than %2 characters"), "column", "limit", each=_cell
            )(p)
        ),
        "ref_on_other_row": _t(
            translate("DomainErrors", "%1: «%2» is also on row %3 with different content"),
            "column",
            "value",
            "row",
            each=_cell,
        ),
        "before_received": _t(
            translate("DomainErrors", "%1: %2 is before the received time %3"),
            "column",
            "when",
            "received",
            each=_cell,
        ),
        "no_answers": _t(translate("DomainErrors", "no answers: every question column is empty")),
    }


def _cell(p: dict[str, Any], key: str) -> str:
    """A column name or a cell as the file has it (isolated); numbers and times in the user's digits."""
    return _v(p, key) if key in ("column", "value") else _value(p.get(key, ""))
