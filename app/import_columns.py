"""What the columns and cells of a feedback export mean, in English and Russian.

Header names and values are compared by ``key``: case, spaces, punctuation and
``ё``/``е`` do not matter, so "E-mail", "e_mail" and "EMAIL" are one word.
Cell readers raise ``InvalidValue`` whose reason a user can act on: it names
the value and says what is allowed.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from functools import lru_cache

from dateutil import parser as date_parser

from app.errors import InputFileError, InvalidValue
from db.enums import ChannelCode, FeedbackKind


class Field(enum.StrEnum):
    EXTERNAL_REF = "external id"
    RECEIVED = "received"
    CHANNEL = "channel"
    KIND = "kind"
    TEXT = "text"
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    CUSTOMER_NUMBER = "customer number"
    CATEGORY = "category"
    FIRST_RESPONSE = "first response"
    REPLIED = "replied"
    LANGUAGE = "language"


def key(text: str) -> str:
    """Lower-cased letters and digits only (and №, which is a word of its own)."""
    folded = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return "".join(ch for ch in folded if ch.isalnum() or ch == "№")


def _keys(*words: str) -> frozenset[str]:
    return frozenset(key(word) for word in words)


HEADERS: dict[Field, frozenset[str]] = {
    Field.EXTERNAL_REF: _keys(
        "external id", "external ref", "id", "ticket id", "ticket", "ticket number", "case id",
        "case number", "number", "no", "№", "номер", "номер обращения", "id обращения",
        "номер заявки", "ref", "reference",
    ),
    Field.RECEIVED: _keys(
        "received", "received at", "created", "created at", "date", "date time", "timestamp",
        "дата", "дата обращения", "создано", "дата создания", "дата и время", "получено",
    ),
    Field.CHANNEL: _keys("channel", "канал", "канал обращения", "via"),
    Field.KIND: _keys("kind", "type", "feedback type", "тип", "вид", "тип обращения", "вид обращения"),
    Field.TEXT: _keys(
        "text", "message", "description", "comment", "body", "feedback", "текст", "сообщение",
        "описание", "суть обращения", "комментарий", "текст обращения", "обращение",
    ),
    Field.NAME: _keys(
        "name", "contact", "customer", "customer name", "contact name", "full name", "client",
        "имя", "фио", "клиент", "контакт", "имя клиента",
    ),
    Field.EMAIL: _keys(
        "email", "e-mail", "email address", "mail", "почта", "эл. почта", "электронная почта",
    ),
    Field.PHONE: _keys(
        "phone", "phone number", "telephone", "tel", "mobile", "телефон", "тел", "номер телефона",
    ),
    Field.CUSTOMER_NUMBER: _keys(
        "customer number", "customer no", "customer id", "client number", "account number",
        "клиентский номер", "номер клиента",
    ),
    Field.CATEGORY: _keys("category", "topic", "категория", "тема"),
    Field.FIRST_RESPONSE: _keys(
        "first response", "first response at", "first response time", "первый ответ",
        "время первого ответа",
    ),
    Field.REPLIED: _keys(
        "reply", "replied", "replied at", "reply time", "answered", "answered at", "ответ",
        "дата ответа", "время ответа",
    ),
    Field.LANGUAGE: _keys("language", "lang", "язык"),
}  # fmt: skip


def map_columns(path: str, headers: list[str]) -> dict[Field, str]:
    """Which header holds which field; the text column is required."""
    found: dict[Field, str] = {}
    for header in headers:
        for field, names in HEADERS.items():
            if key(header) in names:
                if field in found:
                    both = f"columns {found[field]!r} and {header!r}"
                    raise InputFileError(path, f"{both} both look like the {field}; rename one")
                found[field] = header
    if Field.TEXT not in found:
        raise InputFileError(
            path,
            f"no column with the feedback text; found columns: {', '.join(headers)}; expected one "
            "named like Text, Message, Description, Comment, Текст, Сообщение, Описание, Суть обращения",
        )
    return found


@lru_cache(maxsize=4096)
def _cached_key(value: str) -> str:
    return key(value)  # a column of channels or kinds repeats a handful of values


def _words(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {key(word): code for code, words in table.items() for word in (code, *words)}


CHANNELS = _words({
    ChannelCode.PHONE: ("telephone", "call", "phone call", "tel", "call centre", "call center", "hotline",
                        "телефон", "звонок", "телефонный звонок", "колл-центр", "горячая линия"),
    ChannelCode.EMAIL: ("e-mail", "mail", "почта", "электронная почта", "емейл", "имейл"),
    ChannelCode.CHAT: ("live chat", "messenger", "whatsapp", "telegram", "чат", "онлайн-чат", "мессенджер"),
    ChannelCode.SOCIAL: ("social media", "social network", "vk", "facebook", "instagram", "twitter",
                         "соцсети", "соцсеть", "социальные сети", "вконтакте"),
    ChannelCode.WEB_FORM: ("web", "web form", "website", "site", "form", "portal", "сайт", "форма",
                           "веб-форма", "форма на сайте"),
    ChannelCode.SELF_SERVICE: ("self-service", "kiosk", "terminal", "киоск", "терминал", "самообслуживание"),
    ChannelCode.IN_PERSON: ("in person", "visit", "office", "walk-in", "лично", "личный визит",
                            "личный прием", "визит", "офис"),
    ChannelCode.SURVEY: ("опрос", "анкета"),
    ChannelCode.LETTER: ("post", "paper letter", "письмо", "почтовое письмо"),
})  # fmt: skip

KINDS = _words({
    FeedbackKind.COMPLAINT: ("claim", "жалоба", "претензия", "рекламация"),
    FeedbackKind.SUGGESTION: ("idea", "proposal", "improvement", "предложение", "идея", "пожелание"),
    FeedbackKind.QUESTION: ("inquiry", "enquiry", "request", "вопрос", "запрос"),
    FeedbackKind.PRAISE: ("thanks", "compliment", "gratitude", "благодарность", "похвала"),
})  # fmt: skip

LANGUAGES = _words({
    "en": ("english", "eng", "английский"),
    "ru": ("russian", "rus", "русский"),
    "fa": ("persian", "farsi", "fas", "per", "персидский", "фарси"),
})  # fmt: skip
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,4})?$")


def _lookup(field: str, raw: str, words: dict[str, str], codes: list[str]) -> str:
    found = words.get(_cached_key(raw))
    if found is None:
        allowed = ", ".join(codes)
        raise InvalidValue(
            field,
            raw,
            f"unknown {field}; allowed: {allowed} (or their Russian names)",
            code="unknown_code",
            params={"allowed": allowed},
        )
    return found


def channel_code(raw: str) -> str:
    return _lookup("channel", raw, CHANNELS, [c.value for c in ChannelCode])


def feedback_kind(raw: str) -> str:
    return _lookup("kind", raw, KINDS, [k.value for k in FeedbackKind])


def language_code(raw: str) -> str:
    """A known language name, or anything shaped like a language tag (de, pt-br)."""
    code = LANGUAGES.get(key(raw))
    if code is not None:
        return code
    tag = raw.strip().lower().replace("_", "-")
    if _LANGUAGE_CODE.match(tag) and len(tag) <= 8:
        return tag
    raise InvalidValue(
        "language", raw, "unknown language; use a code such as en, ru, fa", code="unknown_language"
    )


_SCRIPTS = (
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("fa", re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")),
    ("en", re.compile(r"[A-Za-z\u00c0-\u024f]")),
)


def detect_language(text: str) -> str | None:
    """By the script most letters are in: Cyrillic ru, Arabic-script fa (we serve Persian), Latin en."""
    sample = text[:1000]
    counts = {code: len(letters.findall(sample)) for code, letters in _SCRIPTS}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] else None


_DOTTED = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}")
# Two different defaults: a part of the date that differs between them was not in the text.
_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))


def parse_time(field: str, raw: str) -> dt.datetime:
    """A naive UTC datetime from ISO, "21.03.2026 14:05" (day first) or "03/21/2026 2:05 PM".

    Times without a zone are taken as they are (as UTC); aware ones are converted.
    """
    text = raw.strip()
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        value = _parse_loose(field, raw, text)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _parse_loose(field: str, raw: str, text: str) -> dt.datetime:
    dayfirst = bool(_DOTTED.match(text))
    try:
        first, second = (date_parser.parse(text, dayfirst=dayfirst, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError) as exc:
        raise InvalidValue(field, raw, "not a date and time", code="not_a_date") from exc
    if first.date() != second.date():
        raise InvalidValue(field, raw, "incomplete date: needs day, month and year", code="incomplete_date")
    return first
