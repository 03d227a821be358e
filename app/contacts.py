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
        raise InvalidValue("phone", raw, "empty phone number", code="empty")
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
        raise InvalidValue("phone", raw, "not a phone number", code="not_a_phone") from exc
    if not phonenumbers.is_possible_number(number):
        raise InvalidValue("phone", raw, "too short or too long for a phone number", code="phone_length")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(raw: str) -> str:
    """A lower-cased e-mail address with an IDNA-decoded domain; syntax checked only."""
    text = raw.strip()
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidValue("email", raw, str(exc), code="not_an_email") from exc
    return result.normalized.lower()


def normalise_customer_number(raw: str) -> str:
    text = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", raw)).upper()
    if not text:
        raise InvalidValue("customer_number", raw, "empty customer number", code="empty")
    return text


def normalise_social(raw: str) -> str:
    text = raw.strip().lower()
    if not text:
        raise InvalidValue("social", raw, "empty social handle", code="empty")
    return text


NORMALISERS = {
    ContactPointKind.PHONE: normalise_phone,
    ContactPointKind.EMAIL: normalise_email,
    ContactPointKind.CUSTOMER_NUMBER: normalise_customer_number,
    ContactPointKind.SOCIAL: normalise_social,
}


def normalise_point(kind: ContactPointKind, raw: str) -> str:
    """The normalised form of a contact point; the commonest shapes are read without the full parsers."""
    return common_point(kind, raw) or NORMALISERS[kind](raw)


# The commonest shapes, normalised without the full parsers (a tenth of the time);
# tests hold them to the full parsers' results.
_PLAIN_EMAIL = re.compile(
    r"[a-z0-9](?:[a-z0-9_+-]|\.(?!\.)){0,62}(?<!\.)@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}"
)
_SPECIAL_USE_TLDS = {"arpa", "invalid", "local", "localhost", "onion", "test", "example", "internal", "lan"}
_RU_PHONE = re.compile(r"(?:\+7|8)(\d{10})")
_PHONE_PUNCTUATION = str.maketrans("", "", " -().\u00a0")


def common_point(kind: ContactPointKind, raw: str) -> str | None:
    """A plain e-mail or Russian phone normalised directly, as the full parsers would; else None."""
    if kind == ContactPointKind.EMAIL:
        text = raw.strip().lower()
        if (
            len(text) <= 254
            and _PLAIN_EMAIL.fullmatch(text)
            and text.rsplit(".", 1)[1] not in _SPECIAL_USE_TLDS
        ):
            return text
    elif kind == ContactPointKind.PHONE:
        found = _RU_PHONE.fullmatch(raw.strip().translate(_PHONE_PUNCTUATION))
        if found and found.group(1)[0] in "3489":  # Russian geographic and mobile numbers
            return "+7" + found.group(1)
    return None


def name_key(name: str | None) -> str | None:
    """The form of a name used for lookup: folded, single-spaced."""
    if not name or not name.strip():
        return None
    return " ".join(fold(unicodedata.normalize("NFKC", name)).split())
