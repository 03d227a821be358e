"""The schema as SQLAlchemy Core tables: the one definition of every column.

Kept apart from the ORM classes (db/models.py) because importing the ORM
costs a tenth of a second; the window's first page (app/feedback.py) reads
through these tables alone and opens faster for it. Alembic compares the
migrations against ``metadata``.

Times are naive UTC datetimes in both databases, so SQLite and PostgreSQL
hand back the same values. Tables that people edit carry a ``version``
column, used by the ORM for optimistic locking.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# Stable constraint names, so that migrations (and SQLite batch mode, which
# recreates tables) can refer to constraints by name on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def required(name: str, type_: Any, *args: Any, **kwargs: Any) -> Column[Any]:
    return Column(name, type_, *args, nullable=False, **kwargs)


def optional(name: str, type_: Any, *args: Any, **kwargs: Any) -> Column[Any]:
    return Column(name, type_, *args, nullable=True, **kwargs)


def _id() -> Column[Any]:
    return Column("id", Integer, primary_key=True)


def _version() -> Column[Any]:
    return required("version", Integer, default=1)


app_user = Table(
    "app_user",
    metadata,
    _id(),
    required("username", String(80), unique=True),
    required("display_name", String(200)),
    required("role", String(20), default="operator"),
    optional("usual_channel_id", Integer, ForeignKey("channel.id")),
    required("is_active", Boolean, default=True),
    required("created_at", DateTime, default=utcnow),
    _version(),
)

channel = Table(
    "channel",
    metadata,
    _id(),
    required("code", String(30), unique=True),
    required("name", String(100)),
    # Service targets: acknowledge and reply within this many hours.
    optional("ack_target_hours", Float),
    optional("reply_target_hours", Float),
    required("is_active", Boolean, default=True),
    _version(),
)

category = Table(
    "category",
    metadata,
    _id(),
    required("code", String(80), unique=True),
    required("name", String(200)),
    optional("parent_id", Integer, ForeignKey("category.id")),
    required("is_active", Boolean, default=True),
    _version(),
)

contact = Table(
    "contact",
    metadata,
    _id(),
    optional("display_name", String(300)),
    # Lower-cased, whitespace-collapsed name for lookup as the operator types.
    optional("name_key", String(300)),  # indexed for prefix look-up: ix_contact_name_key below
    optional("preferred_language", String(8)),
    # Set when this contact was merged into another; kept for traceability.
    optional("merged_into_id", Integer, ForeignKey("contact.id")),
    required("created_at", DateTime, default=utcnow),
    required("updated_at", DateTime, default=utcnow, onupdate=utcnow),
    _version(),
)

# One normalised way to reach a contact: unique per kind across all contacts.
contact_point = Table(
    "contact_point",
    metadata,
    _id(),
    required("contact_id", Integer, ForeignKey("contact.id", ondelete="CASCADE"), index=True),
    required("kind", String(20)),
    required("value", String(320)),  # E.164 phone, normalised e-mail ...
    optional("raw_value", String(320)),  # as first seen
    required("is_primary", Boolean, default=False),
    required("created_at", DateTime, default=utcnow),
    UniqueConstraint("kind", "value"),
)

improvement = Table(
    "improvement",
    metadata,
    _id(),
    required("title", String(300)),
    optional("description", Text),
    required("stage", String(20), default="new", index=True),
    optional("owner_id", Integer, ForeignKey("app_user.id"), index=True),
    optional("category_id", Integer, ForeignKey("category.id")),
    optional("decision", String(20)),  # accepted / declined
    optional("decision_reason", Text),
    optional("expected_benefit", Text),
    optional("measured_benefit", Text),
    optional("effort_days", Float),
    optional("due_date", Date),
    required("created_at", DateTime, default=utcnow),
    required("stage_changed_at", DateTime, default=utcnow),
    optional("decided_at", DateTime),
    optional("closed_at", DateTime),
    _version(),
)

feedback_item = Table(
    "feedback_item",
    metadata,
    _id(),
    optional("contact_id", Integer, ForeignKey("contact.id")),  # None: anonymous
    required("channel_id", Integer, ForeignKey("channel.id")),
    required("kind", String(20), index=True),
    required("text", Text),
    optional("language", String(8), index=True),
    required("received_at", DateTime, index=True),
    required("logged_at", DateTime, default=utcnow),
    optional("logged_by_id", Integer, ForeignKey("app_user.id")),
    required("source", String(80), default="kaizen"),
    optional("external_ref", String(200)),
    required("status", String(20), default="new"),
    optional("category_id", Integer, ForeignKey("category.id")),
    optional("category_confidence", Float),
    required("category_confirmed", Boolean, default=False),
    optional("kind_confidence", Float),
    required("kind_confirmed", Boolean, default=False),
    optional("improvement_id", Integer, ForeignKey("improvement.id"), index=True),
    optional("duplicate_of_id", Integer, ForeignKey("feedback_item.id"), index=True),
    optional("first_response_at", DateTime),
    optional("replied_at", DateTime),
    # Who triages the item (migration 0009); the inbox filters on it ("mine", "nobody").
    # "Assigned to X" newest first walks this index (assignee, id) without a sort;
    # by date, ix_feedback_item_assignee_received below.
    optional("assignee_id", Integer, ForeignKey("app_user.id"), index=True),
    _version(),
    # Idempotent imports: one row per (source system, its own id).
    UniqueConstraint("source", "external_ref"),
    Index("ix_feedback_item_channel_received", "channel_id", "received_at"),
    Index("ix_feedback_item_category_received", "category_id", "received_at"),
    Index("ix_feedback_item_status_received", "status", "received_at"),
    Index("ix_feedback_item_contact_received", "contact_id", "received_at"),
    Index("ix_feedback_item_assignee_received", "assignee_id", "received_at"),
)

reply_template = Table(
    "reply_template",
    metadata,
    _id(),
    required("name", String(120)),
    required("outcome", String(20)),
    required("language", String(8)),
    optional("subject", String(300)),
    required("body", Text),  # with {name}, {idea}, {decision}, {reason}
    _version(),
    UniqueConstraint("outcome", "language", "name"),
)

# What a contact was told: written once, never edited (a correction is a new reply).
reply = Table(
    "reply",
    metadata,
    _id(),
    required("contact_id", Integer, ForeignKey("contact.id"), index=True),
    optional("feedback_item_id", Integer, ForeignKey("feedback_item.id"), index=True),
    optional("improvement_id", Integer, ForeignKey("improvement.id"), index=True),
    required("channel_id", Integer, ForeignKey("channel.id")),
    optional("template_id", Integer, ForeignKey("reply_template.id")),
    optional("outcome", String(20)),
    optional("language", String(8)),
    required("body", Text),
    required("sent_at", DateTime, default=utcnow, index=True),
    optional("sent_by_id", Integer, ForeignKey("app_user.id")),
)

survey = Table(
    "survey",
    metadata,
    _id(),
    required("source_system", String(80)),
    required("name", String(200)),
    required("created_at", DateTime, default=utcnow),
    UniqueConstraint("source_system", "name"),
)

# The one meaning that questions from different surveys share.
canonical_question = Table(
    "canonical_question",
    metadata,
    _id(),
    required("code", String(80), unique=True),
    required("text", Text),
    required("answer_type", String(20), default="text"),  # scale_0_10, scale_1_5 ...
    _version(),
)

question = Table(
    "question",
    metadata,
    _id(),
    required("survey_id", Integer, ForeignKey("survey.id")),
    required("code", String(200)),  # the column name or id in the source system
    required("text", Text),
    required("position", Integer, default=0),
    optional("canonical_question_id", Integer, ForeignKey("canonical_question.id"), index=True),
    _version(),
    UniqueConstraint("survey_id", "code"),
)

survey_response = Table(
    "survey_response",
    metadata,
    _id(),
    required("survey_id", Integer, ForeignKey("survey.id")),
    optional("contact_id", Integer, ForeignKey("contact.id")),
    optional("channel_id", Integer, ForeignKey("channel.id")),
    required("responded_at", DateTime),
    # The source system's id, or a content hash when it has none (re-imports add nothing).
    required("external_ref", String(200)),
    required("imported_at", DateTime, default=utcnow),
    UniqueConstraint("survey_id", "external_ref"),
    Index("ix_survey_response_contact_responded", "contact_id", "responded_at"),
)

answer = Table(
    "answer",
    metadata,
    _id(),
    required("response_id", Integer, ForeignKey("survey_response.id", ondelete="CASCADE")),
    required("question_id", Integer, ForeignKey("question.id"), index=True),
    optional("value_text", Text),
    optional("value_number", Float),
    UniqueConstraint("response_id", "question_id"),
)

# Who changed what and when; append-only.
audit_event = Table(
    "audit_event",
    metadata,
    _id(),
    required("at", DateTime, default=utcnow),
    optional("user_id", Integer, ForeignKey("app_user.id")),
    required("entity_type", String(40)),
    required("entity_id", Integer),
    required("action", String(40)),
    # JSON text of {"field": [old, new]}; text rather than JSON type so both
    # databases store and compare it the same way.
    optional("changes", Text),
    Index("ix_audit_event_entity", "entity_type", "entity_id", "at"),
)

# Prefix look-up of contacts as the operator types (app/contact_lookup.py). On
# PostgreSQL a plain b-tree serves ``LIKE 'abc%'`` only under the C collation;
# text_pattern_ops serves it (and equality) under any. SQLite serves the same
# prefixes as ranges over these indexes. One index over every kind of value
# serves an e-mail, a customer number or a handle typed into the same box.
Index("ix_contact_name_key", contact.c.name_key, postgresql_ops={"name_key": "text_pattern_ops"})
Index("ix_contact_point_value", contact_point.c.value, postgresql_ops={"value": "text_pattern_ops"})

# The classification review queue (app/classification_review.py, migration 0007):
# unconfirmed suggestions by confidence. Partial, over the queue's own condition.
for _target in ("category", "kind"):
    _waiting = feedback_item.c[f"{_target}_confirmed"].is_(False) & feedback_item.c[
        f"{_target}_confidence"
    ].is_not(None)
    if _target == "category":
        _waiting = _waiting & feedback_item.c.category_id.is_not(None)
    Index(
        f"ix_feedback_item_{_target}_review",
        feedback_item.c[f"{_target}_confidence"],
        feedback_item.c.id,
        sqlite_where=_waiting,
        postgresql_where=_waiting,
    )

# What an operator was typing in the capture form, saved every few seconds so
# that a crash loses nothing (app/drafts.py); one per operator, gone once saved.
capture_draft = Table(
    "capture_draft",
    metadata,
    _id(),
    required("user_id", Integer, ForeignKey("app_user.id", ondelete="CASCADE"), unique=True),
    optional("contact_id", Integer, ForeignKey("contact.id", ondelete="SET NULL")),
    required("payload", Text),  # JSON of the form as typed (app/drafts.py reads and writes it)
    required("saved_at", DateTime, default=utcnow),
)

# Replies composed but not sent yet (app/reply_drafts.py, migration 0008): one per
# user, composer (an improvement or a set of items: ``draft_key``) and recipient.
reply_draft = Table(
    "reply_draft",
    metadata,
    _id(),
    required("user_id", Integer, ForeignKey("app_user.id", ondelete="CASCADE")),
    required("draft_key", String(80)),  # "improvement:12" or "items:<count>:<hash of the ids>"
    required("contact_id", Integer, ForeignKey("contact.id", ondelete="CASCADE")),
    required("payload", Text),  # JSON of the reply as edited (app/reply_drafts.py)
    required("saved_at", DateTime, default=utcnow),
    UniqueConstraint("user_id", "draft_key", "contact_id"),
)

# Items not answered yet, oldest first (migration 0008): the overdue list
# (app/service_targets.py) pages through these instead of the whole history.
Index(
    "ix_feedback_item_awaiting_reply",
    feedback_item.c.received_at,
    feedback_item.c.id,
    sqlite_where=feedback_item.c.replied_at.is_(None),
    postgresql_where=feedback_item.c.replied_at.is_(None),
)

# A trained classifier: the file the app wrote and what it needs to be trusted
# later. Only a file whose SHA-256 matches ``sha256`` is ever unpickled.
classifier_model = Table(
    "classifier_model",
    metadata,
    _id(),
    required("target", String(20)),  # what it predicts: category / kind
    required("file_name", String(200)),  # inside the app's model folder, never a path
    required("sha256", String(64)),
    required("labels", Text),  # JSON list
    required("training_size", Integer),
    required("trained_at", DateTime, default=utcnow),
    optional("metrics", Text),  # JSON: cross-validated accuracy, macro-F1, per class, confusion
    required("library_versions", Text),  # JSON: python, scikit-learn, numpy, scipy
    required("is_active", Boolean, default=False),
    Index("ix_classifier_model_target_active", "target", "is_active"),
)

# A survey source's column mapping (app/survey_mapping.py), saved on import and
# reused next time: which columns identify the respondent, which are questions.
survey_mapping = Table(
    "survey_mapping",
    metadata,
    _id(),
    required("source_system", String(80), unique=True),
    required("mapping", Text),  # JSON: {"identity": {...}, "questions": {...}, "ignore": [...]}
    required("updated_at", DateTime, default=utcnow),
    _version(),
)

# Two contacts that may be one person, held for a person to decide (app/match_review.py);
# never merged automatically. ``evidence`` is JSON: what made them look alike.
contact_match_review = Table(
    "contact_match_review",
    metadata,
    _id(),
    required("contact_id", Integer, ForeignKey("contact.id", ondelete="CASCADE"), index=True),
    required("candidate_id", Integer, ForeignKey("contact.id", ondelete="CASCADE"), index=True),
    required("score", Float),
    required("evidence", Text),
    optional("source", String(80)),  # the import that found it
    required("status", String(20), default="open", index=True),  # open / merged / rejected
    required("created_at", DateTime, default=utcnow),
    optional("decided_at", DateTime),
)

# One phone-survey call (app/phone_survey.py): how many questions the operator
# asked and how many the answers on file spared the customer; the answers given
# are the survey response ``response_id`` (none when nothing new was answered).
# ``override_reason``: why the operator called although the contact rules said not yet.
phone_survey_call = Table(
    "phone_survey_call",
    metadata,
    _id(),
    required("contact_id", Integer, ForeignKey("contact.id"), index=True),
    required("survey_id", Integer, ForeignKey("survey.id")),
    optional("response_id", Integer, ForeignKey("survey_response.id", ondelete="SET NULL")),
    optional("operator_id", Integer, ForeignKey("app_user.id")),
    required("called_at", DateTime, index=True),
    required("asked", Integer),
    required("spared", Integer),
    required("completed", Boolean, default=True),  # False: saved part-way, when the window closed
    optional("override_reason", Text),
)

# A user's named inbox view (app/saved_views.py): filters, search and sort as JSON
# ({"kind": "complaint", "assignee": "mine", "sort": "received", ...}).
saved_view = Table(
    "saved_view",
    metadata,
    _id(),
    required("user_id", Integer, ForeignKey("app_user.id", ondelete="CASCADE")),
    required("name", String(120)),
    required("definition", Text),
    required("updated_at", DateTime, default=utcnow),
    _version(),
    UniqueConstraint("user_id", "name"),
)
