"""Contacts and their contact points, normalised so one person is one contact."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from app.errors import InvalidValue
from db.enums import ContactPointKind
from db.textnorm import fold

# Region assumed for national-format numbers with no country code. Our first
# users are in Russia; 8XXXXXXXXXX is the Russian trunk prefix.
DEFAULT_PHONE_REGION = "RU"
# National formats that identify their own country by the trunk prefix and length.
_REGION_BY_PATTERN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^0?9\d{9}$"), "IR"),  # Iranian mobile: 0912 345 6789
    (re.compile(r"^8\d{10}$"), "RU"),  # Russian: 8 916 123-45-67
)


def normalise_phone(raw: str, default_region: str = DEFAULT_PHONE_REGION) -> str:
    """A phone number in E.164 (+79161234567), from any common way of writing it."""
    text = fold(unicodedata.normalize("NFKC", raw)).strip()  # Persian digits become ASCII
    if not text:
        raise InvalidValue("phone", raw, "empty phone number")
    digits = re.sub(r"\D", "", text)
    region = default_region
    if not text.startswith("+") and not text.startswith("00"):
        for pattern, pattern_region in _REGION_BY_PATTERN:
            if pattern.match(digits):
                region = pattern_region
                break
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidValue("phone", raw, "not a phone number") from exc
    if not phonenumbers.is_possible_number(number):
        raise InvalidValue("phone", raw, "too short or too long for a phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(raw: str) -> str:
    """A lower-cased e-mail address with an IDNA-decoded domain; syntax checked only."""
    text = raw.strip()
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidValue("email", raw, str(exc)) from exc
    return result.normalized.lower()


def normalise_customer_number(raw: str) -> str:
    text = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", raw)).upper()
    if not text:
        raise InvalidValue("customer_number", raw, "empty customer number")
    return text


def normalise_social(raw: str) -> str:
    text = raw.strip().lower()
    if not text:
        raise InvalidValue("social", raw, "empty social handle")
    return text


NORMALISERS = {
    ContactPointKind.PHONE: normalise_phone,
    ContactPointKind.EMAIL: normalise_email,
    ContactPointKind.CUSTOMER_NUMBER: normalise_customer_number,
    ContactPointKind.SOCIAL: normalise_social,
}


def normalise_point(kind: ContactPointKind, raw: str) -> str:
    return NORMALISERS[kind](raw)


def name_key(name: str | None) -> str | None:
    """The form of a name used for lookup: folded, single-spaced."""
    if not name or not name.strip():
        return None
    return " ".join(fold(unicodedata.normalize("NFKC", name)).split())
