"""SQLAlchemy models for every domain word in DESIGN.md.

Times are stored as naive UTC datetimes in both databases, so SQLite and
PostgreSQL hand back the same values. Rows that people edit carry a
``version`` column that SQLAlchemy checks on every UPDATE (optimistic locking):
two managers editing the same improvement cannot silently overwrite each other.

Enumerations are plain strings validated by the services; the allowed values
live here, next to the columns that hold them.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

# Stable constraint names, so that migrations (and SQLite batch mode, which
# recreates tables) can refer to constraints by name on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Optimistic locking: UPDATE ... WHERE version = :seen, then version + 1."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Role(enum.StrEnum):
    OPERATOR = "operator"
    MANAGER = "manager"
    EXECUTIVE = "executive"
    ADMIN = "admin"


class ContactPointKind(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    SOCIAL = "social"
    CUSTOMER_NUMBER = "customer_number"


class ChannelCode(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    SOCIAL = "social"
    WEB_FORM = "web_form"
    SELF_SERVICE = "self_service"
    IN_PERSON = "in_person"
    SURVEY = "survey"
    LETTER = "letter"


class FeedbackKind(enum.StrEnum):
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    QUESTION = "question"
    PRAISE = "praise"


class FeedbackStatus(enum.StrEnum):
    NEW = "new"
    TRIAGED = "triaged"
    LINKED = "linked"  # part of an improvement
    DUPLICATE = "duplicate"
    ANSWERED = "answered"
    CLOSED = "closed"


class Stage(enum.StrEnum):
    """Improvement workflow stages (Plan-Do-Check-Act plus outcomes)."""

    NEW = "new"
    TRIAGE = "triage"
    ACCEPTED = "accepted"
    PLAN = "plan"
    DO = "do"
    CHECK = "check"
    ACT = "act"
    DONE = "done"
    DECLINED = "declined"
    ON_HOLD = "on_hold"


class ReplyOutcome(enum.StrEnum):
    RECEIVED = "received"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    DONE = "done"


class User(Versioned, Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default=Role.OPERATOR)
    usual_channel_id: Mapped[int | None] = mapped_column(ForeignKey("channel.id"))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Channel(Versioned, Base):
    __tablename__ = "channel"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    # Service targets: acknowledge and reply within this many hours.
    ack_target_hours: Mapped[float | None] = mapped_column(Float)
    reply_target_hours: Mapped[float | None] = mapped_column(Float)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class Category(Versioned, Base):
    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class Contact(Versioned, Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str | None] = mapped_column(String(300))
    # Lower-cased, whitespace-collapsed name for lookup as the operator types.
    name_key: Mapped[str | None] = mapped_column(String(300), index=True)
    preferred_language: Mapped[str | None] = mapped_column(String(8))
    # Set when this contact was merged into another; kept for traceability.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    points: Mapped[list[ContactPoint]] = relationship(back_populates="contact", cascade="all, delete-orphan")


class ContactPoint(Base):
    """One normalised way to reach a contact: unique per kind across all contacts."""

    __tablename__ = "contact_point"
    __table_args__ = (UniqueConstraint("kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(320))  # E.164 phone, normalised e-mail ...
    raw_value: Mapped[str | None] = mapped_column(String(320))  # as first seen
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    contact: Mapped[Contact] = relationship(back_populates="points")


class Improvement(Versioned, Base):
    __tablename__ = "improvement"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(20), default=Stage.NEW, index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    decision: Mapped[str | None] = mapped_column(String(20))  # accepted / declined
    decision_reason: Mapped[str | None] = mapped_column(Text)
    expected_benefit: Mapped[str | None] = mapped_column(Text)
    measured_benefit: Mapped[str | None] = mapped_column(Text)
    effort_days: Mapped[float | None] = mapped_column(Float)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    stage_changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class FeedbackItem(Versioned, Base):
    __tablename__ = "feedback_item"
    __table_args__ = (
        # Idempotent imports: one row per (source system, its own id).
        UniqueConstraint("source", "external_ref"),
        Index("ix_feedback_item_channel_received", "channel_id", "received_at"),
        Index("ix_feedback_item_category_received", "category_id", "received_at"),
        Index("ix_feedback_item_status_received", "status", "received_at"),
        Index("ix_feedback_item_contact_received", "contact_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"))  # None: anonymous
    channel_id: Mapped[int] = mapped_column(ForeignKey("channel.id"))
    kind: Mapped[str] = mapped_column(String(20), index=True)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    logged_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    logged_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    source: Mapped[str] = mapped_column(String(80), default="kaizen")
    external_ref: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default=FeedbackStatus.NEW)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    category_confidence: Mapped[float | None] = mapped_column(Float)
    category_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    kind_confidence: Mapped[float | None] = mapped_column(Float)
    kind_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    improvement_id: Mapped[int | None] = mapped_column(ForeignKey("improvement.id"), index=True)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("feedback_item.id"), index=True)
    first_response_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    replied_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ReplyTemplate(Versioned, Base):
    __tablename__ = "reply_template"
    __table_args__ = (UniqueConstraint("outcome", "language", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    outcome: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)  # with {name}, {idea}, {decision}, {reason}


class Reply(Base):
    """What a contact was told: written once, never edited (a correction is a new reply)."""

    __tablename__ = "reply"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)
    feedback_item_id: Mapped[int | None] = mapped_column(ForeignKey("feedback_item.id"), index=True)
    improvement_id: Mapped[int | None] = mapped_column(ForeignKey("improvement.id"), index=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channel.id"))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("reply_template.id"))
    outcome: Mapped[str | None] = mapped_column(String(20))
    language: Mapped[str | None] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class Survey(Base):
    __tablename__ = "survey"
    __table_args__ = (UniqueConstraint("source_system", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_system: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CanonicalQuestion(Versioned, Base):
    """The one meaning that questions from different surveys share."""

    __tablename__ = "canonical_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    text: Mapped[str] = mapped_column(Text)
    answer_type: Mapped[str] = mapped_column(String(20), default="text")  # scale_0_10, scale_1_5 ...


class Question(Versioned, Base):
    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("survey_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id"))
    code: Mapped[str] = mapped_column(String(200))  # the column name or id in the source system
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    canonical_question_id: Mapped[int | None] = mapped_column(ForeignKey("canonical_question.id"), index=True)


class SurveyResponse(Base):
    __tablename__ = "survey_response"
    __table_args__ = (
        UniqueConstraint("survey_id", "external_ref"),
        Index("ix_survey_response_contact_responded", "contact_id", "responded_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"))
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channel.id"))
    responded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # The source system's id, or a content hash when it has none (re-imports add nothing).
    external_ref: Mapped[str] = mapped_column(String(200))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Answer(Base):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("response_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("survey_response.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), index=True)
    value_text: Mapped[str | None] = mapped_column(Text)
    value_number: Mapped[float | None] = mapped_column(Float)


class AuditEvent(Base):
    """Who changed what and when; append-only."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity_type", "entity_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    # JSON text of {"field": [old, new]}; text rather than JSON type so both
    # databases store and compare it the same way.
    changes: Mapped[str | None] = mapped_column(Text)
