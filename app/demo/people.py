"""Users of the desk and the contacts who write to it."""

from __future__ import annotations

import bisect
import datetime as dt
import random
from typing import Any

from sqlalchemy import insert, select

from app import demo_texts as tx
from app.contacts import name_key, normalise_point
from app.demo.distributions import BATCH, LANGUAGE_TABLE, PERSIAN_DIGITS, SPAN_S, START
from app.demo.run import Run
from db.models import Contact, ContactPoint, ContactPointKind, Role, User


def add_users(run: Run) -> int:
    have = set(run.conn.execute(select(User.username)).scalars())
    rows = [
        {
            "username": username,
            "display_name": display,
            "role": role,
            "usual_channel_id": run.channels[channel] if channel else None,
            "is_active": True,
            "created_at": START - dt.timedelta(days=30),
            "version": 1,
        }
        for username, display, role, channel in tx.USERS
        if username not in have
    ]
    if rows:
        run.conn.execute(insert(User), rows)
    names = [u[0] for u in tx.USERS]
    found = run.conn.execute(
        select(User.username, User.id, User.role, User.usual_channel_id).where(User.username.in_(names))
    ).all()
    code_of = {id_: code for code, id_ in run.channels.items()}
    for _username, id_, role, channel_id in sorted(found, key=lambda r: names.index(r[0])):
        if role == Role.OPERATOR:
            run.operators.append(id_)
            run.operators_by_channel.setdefault(code_of.get(channel_id or 0, ""), []).append(id_)
        elif role == Role.MANAGER:
            run.managers.append(id_)
    run.operators = run.operators or [run.system_user]
    run.managers = run.managers or [run.system_user]
    return len(rows)


def _person(rng: random.Random, lang: str) -> tuple[str, str, str, str]:
    """(display name, first name for replies, Latin first, Latin last)."""
    if lang == "en":
        first, last = rng.choice(tx.EN_FIRST), rng.choice(tx.EN_LAST)
        return f"{first} {last}", first, first, last
    if lang == "ru":
        female = rng.random() < 0.5
        first = rng.choice(tx.RU_FEMALE_FIRST if female else tx.RU_MALE_FIRST)
        last = rng.choice(tx.RU_LAST) + ("а" if female else "")
        display = f"{last} {first}" if rng.random() < 0.15 else f"{first} {last}"
        return display, first, tx.transliterate(first), tx.transliterate(last)
    (first, lat_first), (last, lat_last) = rng.choice(tx.FA_FIRST), rng.choice(tx.FA_LAST)
    return f"{first} {last}", first, lat_first, lat_last


def _injective(index: int, offset: int, modulus: int) -> int:
    # The factor shares no divisor with the modulus (powers of 2 and 5): distinct
    # indexes below the modulus give distinct numbers, scattered so they look random.
    return (index * 3_141_593 + offset) % modulus


def _raw_phone(rng: random.Random, lang: str, index: int, offset: int) -> str:
    if lang == "ru":
        op = rng.choice(("916", "903", "925", "985", "926", "905", "495", "499"))
        s = f"{_injective(index, offset, 10_000_000):07d}"
        return rng.choice(
            (
                f"+7 {op} {s[:3]}-{s[3:5]}-{s[5:]}",
                f"8{op}{s}",
                f"8 ({op}) {s[:3]}-{s[3:5]}-{s[5:]}",
                f"+7({op}){s}",
                f"8-{op}-{s[:3]}-{s[3:5]}-{s[5:]}",
            )
        )
    if lang == "fa":
        op = rng.choice(("912", "935", "919", "901", "910"))
        s = f"{_injective(index, offset, 10_000_000):07d}"
        return rng.choice(
            (
                f"0{op} {s[:3]} {s[3:]}",
                f"+98 {op} {s[:3]} {s[3:]}",
                f"0{op}{s}",
                f"0{op} {s[:3]} {s[3:]}".translate(PERSIAN_DIGITS),
                f"+98-{op}-{s}",
            )
        )
    area = rng.choice(("212", "646", "415", "312", "617"))
    s = f"{2_000_000 + _injective(index, offset, 8_000_000):07d}"
    return rng.choice((f"+1 ({area}) {s[:3]}-{s[3:]}", f"+1 {area}-{s[:3]}-{s[3:]}", f"+1{area}{s}"))


def _raw_email(rng: random.Random, lang: str, lat_first: str, lat_last: str, number: int) -> str:
    local = rng.choice(
        (
            f"{lat_first}.{lat_last}{number}",
            f"{lat_first[0]}{lat_last}{number}",
            f"{lat_first}{number}",
            f"{lat_last}.{lat_first}{number}",
        )
    )
    style = rng.random()
    local = local.upper() if style < 0.1 else local.title() if style < 0.45 else local.lower()
    address = f"{local}@{rng.choice(tx.EMAIL_DOMAINS[lang])}"
    return f" {address} " if rng.random() < 0.1 else address  # pasted with spaces


def add_contacts(run: Run) -> None:
    rng, conn = run.rng, run.conn
    n = run.contacts
    run.first_contact_id = run.next_id(Contact)
    offset = rng.randrange(10_000_000)
    number_base = rng.randrange(100, 1000)
    taken = {tuple(r) for r in conn.execute(select(ContactPoint.kind, ContactPoint.value))}
    # A third of the contacts were already on file when the sample period starts.
    created = sorted(
        int(rng.uniform(-365 * 86_400, 0) if rng.random() < 0.3 else rng.uniform(0, SPAN_S - 3600))
        for _ in range(n)
    )
    per_language = dict.fromkeys(tx.LANGUAGES, 0)
    contacts: list[dict[str, Any]] = []
    points: list[dict[str, Any]] = []
    for i, created_s in enumerate(created):
        lang = LANGUAGE_TABLE[int(rng.random() * len(LANGUAGE_TABLE))]
        display, first, lat_first, lat_last = _person(rng, lang)
        contact_id = run.first_contact_id + i
        created_at = run.at(created_s)
        run.contact_langs.append(lang)
        run.contact_names.append(first)
        run.contact_created_s.append(created_s)
        contacts.append(
            {
                "id": contact_id,
                "display_name": display,
                "name_key": name_key(display),
                "preferred_language": lang,
                "merged_into_id": None,
                "created_at": created_at,
                "updated_at": created_at,
                "version": 1,
            }
        )
        raws: list[tuple[ContactPointKind, str]] = []
        if rng.random() < 0.75:
            raws.append((ContactPointKind.PHONE, _raw_phone(rng, lang, per_language[lang], offset)))
            per_language[lang] += 1
        if rng.random() < 0.6 or not raws:
            raws.append((ContactPointKind.EMAIL, _raw_email(rng, lang, lat_first, lat_last, number_base + i)))
        if rng.random() < 0.3:
            number = f"{offset % 1000 + i:07d}"
            raws.append(
                (
                    ContactPointKind.CUSTOMER_NUMBER,
                    rng.choice(
                        (f"kd-{number[:3]}-{number[3:]}", f"KD {number}", f"kd{number}", f" KD-{number} ")
                    ),
                )
            )
        if rng.random() < 0.15:
            raws.append(
                (ContactPointKind.SOCIAL, f"@{lat_first.title()}_{lat_last.title()}{number_base + i}")
            )
        primary = True
        for kind, raw in raws:
            value = normalise_point(kind, raw)
            if (kind.value, value) in taken:
                continue
            taken.add((kind.value, value))
            points.append(
                {
                    "contact_id": contact_id,
                    "kind": kind.value,
                    "value": value,
                    "raw_value": raw,
                    "is_primary": primary,
                    "created_at": created_at,
                }
            )
            primary = False
        if len(contacts) >= BATCH:
            run.insert(Contact, contacts, "contacts")
            run.insert(ContactPoint, points, "contact_points")
            run.step(BATCH)
    run.step(len(contacts))
    run.insert(Contact, contacts, "contacts")
    run.insert(ContactPoint, points, "contact_points")


def pick_contact(run: Run, created_before_s: int) -> int | None:
    """Index of a contact already known at that time; frequent customers are the old ones."""
    bound = bisect.bisect_right(run.contact_created_s, created_before_s)
    return int(bound * run.rng.random() ** 1.5) if bound else None
