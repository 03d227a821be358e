"""Reference rows every database needs: channels, base categories, the system user, reply templates.

``ensure_reference_data`` is idempotent: it adds what is missing and leaves
what an administrator changed alone. Imports and sample data both call it.

``REPLY_TEMPLATES`` are the built-in "Standard" reply templates, one per
outcome and language. ``ensure_reply_templates`` writes the missing ones to
the database, where an administrator may reword them; ``app.replies`` falls
back to these texts for a language the database has no template in.
"""

from __future__ import annotations

from sqlalchemy import Connection, insert, select

from db.enums import ChannelCode, Role
from db.tables import app_user, category, channel, reply_template

# Service targets per channel (acknowledge within, reply within; hours): a
# phone call is acknowledged on the spot, a letter takes days.
CHANNELS: tuple[tuple[ChannelCode, str, float, float], ...] = (
    (ChannelCode.PHONE, "Phone", 0.0, 48.0),
    (ChannelCode.EMAIL, "E-mail", 24.0, 72.0),
    (ChannelCode.CHAT, "Chat", 0.1, 24.0),
    (ChannelCode.SOCIAL, "Social media", 4.0, 48.0),
    (ChannelCode.WEB_FORM, "Web form", 24.0, 72.0),
    (ChannelCode.SELF_SERVICE, "Kiosk / self-service", 24.0, 72.0),
    (ChannelCode.IN_PERSON, "In person", 0.0, 72.0),
    (ChannelCode.SURVEY, "Survey", 48.0, 120.0),
    (ChannelCode.LETTER, "Letter", 72.0, 240.0),
)

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("delivery", "Delivery"),
    ("billing", "Billing and payments"),
    ("service_quality", "Service quality"),
    ("staff", "Staff and courtesy"),
    ("waiting_time", "Waiting time"),
    ("product", "Product"),
    ("website_app", "Website and app"),
    ("communication", "Communication"),
    ("facilities", "Facilities"),
    ("pricing", "Pricing"),
)

SYSTEM_USERNAME = "system"


def ensure_reference_data(conn: Connection) -> None:
    """Add missing channels, categories, the system user (who logs imports), the standard reply templates."""
    have = set(conn.execute(select(channel.c.code)).scalars())
    rows = [
        {"code": code.value, "name": name, "ack_target_hours": ack, "reply_target_hours": reply}
        for code, name, ack, reply in CHANNELS
        if code.value not in have
    ]
    if rows:
        conn.execute(insert(channel), rows)

    have = set(conn.execute(select(category.c.code)).scalars())
    rows = [{"code": code, "name": name} for code, name in CATEGORIES if code not in have]
    if rows:
        conn.execute(insert(category), rows)

    if conn.execute(select(app_user.c.id).where(app_user.c.username == SYSTEM_USERNAME)).first() is None:
        conn.execute(
            insert(app_user).values(username=SYSTEM_USERNAME, display_name="Kaizen Desk", role=Role.ADMIN)
        )
    ensure_reply_templates(conn)


def channel_ids(conn: Connection) -> dict[str, int]:
    """Channel code -> id."""
    return {code: id_ for code, id_ in conn.execute(select(channel.c.code, channel.c.id))}


def system_user_id(conn: Connection) -> int:
    return conn.execute(select(app_user.c.id).where(app_user.c.username == SYSTEM_USERNAME)).scalar_one()


STANDARD_TEMPLATE = "Standard"
# "answer" is no outcome of an improvement: the frame of a direct answer to a
# complaint or a question, which the operator writes between greeting and signature.
ANSWER = "answer"

# (outcome, language) -> (subject, body). Placeholders: {name} the contact,
# {idea} what they said, {decision} the decision in words, {reason} why it was
# declined or, for "done", what changed (the measured result).
REPLY_TEMPLATES: dict[tuple[str, str], tuple[str, str]] = {
    ("received", "en"): (
        "We have received your message",
        'Dear {name},\n\nthank you for writing to us. We have received your idea "{idea}" '
        "and will come back to you as soon as we have looked at it.\n\nKind regards,\nCustomer care",
    ),
    ("accepted", "en"): (
        "Your idea: we are on it",
        'Dear {name},\n\nthank you for your idea "{idea}". Our decision: {decision}. '
        "The team is already working on it, and we will let you know when it is done.\n\n"
        "Kind regards,\nCustomer care",
    ),
    ("declined", "en"): (
        "Your idea: our decision",
        'Dear {name},\n\nthank you for your idea "{idea}". We looked at it carefully and decided: '
        "{decision}. The reason: {reason}\n\nPlease keep sharing your ideas with us.\n\n"
        "Kind regards,\nCustomer care",
    ),
    ("done", "en"): (
        "Your idea is now in place",
        'Dear {name},\n\ngood news: we have acted on your idea "{idea}". What changed: {reason}\n\n'
        "Thank you for helping us improve.\n\nKind regards,\nCustomer care",
    ),
    (ANSWER, "en"): (
        "Your message",
        'Dear {name},\n\nthank you for your message "{idea}".\n\n\n\nKind regards,\nCustomer care',
    ),
    ("received", "ru"): (
        "Мы получили ваше обращение",
        "Здравствуйте, {name}!\n\nСпасибо, что написали нам. Мы получили ваше предложение «{idea}» "
        "и ответим вам, как только его рассмотрим.\n\nС уважением,\nСлужба заботы о клиентах",
    ),
    ("accepted", "ru"): (
        "Ваше предложение принято в работу",
        "Здравствуйте, {name}!\n\nСпасибо за ваше предложение «{idea}». Наше решение: {decision}. "
        "Команда уже занимается им, и мы сообщим вам, когда всё будет готово.\n\n"
        "С уважением,\nСлужба заботы о клиентах",
    ),
    ("declined", "ru"): (
        "Решение по вашему предложению",
        "Здравствуйте, {name}!\n\nСпасибо за ваше предложение «{idea}». Мы внимательно его "
        "рассмотрели и приняли решение: {decision}. Причина: {reason}\n\n"
        "Пожалуйста, продолжайте делиться с нами идеями.\n\nС уважением,\nСлужба заботы о клиентах",
    ),
    ("done", "ru"): (
        "Ваше предложение реализовано",
        "Здравствуйте, {name}!\n\nХорошая новость: мы воплотили ваше предложение «{idea}». "
        "Что изменилось: {reason}\n\nСпасибо, что помогаете нам становиться лучше.\n\n"
        "С уважением,\nСлужба заботы о клиентах",
    ),
    (ANSWER, "ru"): (
        "Ваше обращение",
        "Здравствуйте, {name}!\n\nСпасибо за ваше обращение «{idea}».\n\n\n\n"
        "С уважением,\nСлужба заботы о клиентах",
    ),
    ("received", "fa"): (
        "پیام شما دریافت شد",
        "{name} عزیز،\n\nاز اینکه برای ما نوشتید سپاسگزاریم. پیشنهاد شما «{idea}» به دست ما رسید "
        "و پس از بررسی، نتیجه را به شما اطلاع می‌دهیم.\n\nبا احترام،\nواحد امور مشتریان",
    ),
    ("accepted", "fa"): (
        "پیشنهاد شما در دست اجراست",
        "{name} عزیز،\n\nاز پیشنهاد شما «{idea}» سپاسگزاریم. تصمیم ما: {decision}. "
        "همکاران ما روی آن کار می‌کنند و پس از اجرا به شما خبر می‌دهیم.\n\nبا احترام،\nواحد امور مشتریان",
    ),
    ("declined", "fa"): (
        "تصمیم درباره پیشنهاد شما",
        "{name} عزیز،\n\nاز پیشنهاد شما «{idea}» سپاسگزاریم. آن را با دقت بررسی کردیم و تصمیم ما "
        "این است: {decision}. دلیل: {reason}\n\nلطفاً همچنان ایده‌هایتان را با ما در میان بگذارید."
        "\n\nبا احترام،\nواحد امور مشتریان",
    ),
    ("done", "fa"): (
        "پیشنهاد شما اجرا شد",
        "{name} عزیز،\n\nخبر خوب: پیشنهاد شما «{idea}» اجرا شد. آنچه تغییر کرد: {reason}\n\n"
        "سپاس از اینکه به بهتر شدن ما کمک می‌کنید.\n\nبا احترام،\nواحد امور مشتریان",
    ),
    (ANSWER, "fa"): (
        "پیام شما",
        "{name} عزیز،\n\nاز پیام شما «{idea}» سپاسگزاریم.\n\n\n\nبا احترام،\nواحد امور مشتریان",
    ),
}


def ensure_reply_templates(conn: Connection) -> int:
    """Add the built-in templates missing from the database (an edited one stays); how many were added."""
    rt = reply_template
    have = {
        (outcome, language)
        for outcome, language in conn.execute(
            select(rt.c.outcome, rt.c.language).where(rt.c.name == STANDARD_TEMPLATE)
        )
    }
    rows = [
        {
            "name": STANDARD_TEMPLATE,
            "outcome": outcome,
            "language": language,
            "subject": subject,
            "body": body,
            "version": 1,
        }
        for (outcome, language), (subject, body) in REPLY_TEMPLATES.items()
        if (outcome, language) not in have
    ]
    if rows:
        conn.execute(insert(rt), rows)
    return len(rows)
