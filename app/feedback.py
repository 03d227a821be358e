"""Reading feedback items for lists: one page at a time, searched and sorted.

Reads through the Core tables, not the ORM: this is the window's first query,
and the ORM import would add a tenth of a second to start-up.

Pages use keyset pagination (``WHERE (sort, id) < (last sort, last id)``), so
page 5,000 costs what page 1 costs; nothing here loads a whole table.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, func, or_, select

from db import search
from db.tables import app_user, category, channel, contact, feedback_item

PREVIEW_CHARS = 300  # a list row shows this much text; the detail view the rest
ROW_COLUMNS = 11  # the columns of a FeedbackRow; a sorted page adds the sort value after them


class SortKey(enum.StrEnum):
    NEWEST = "newest"  # highest id first: the order items arrived in
    RECEIVED = "received"
    CHANNEL = "channel"
    KIND = "kind"
    STATUS = "status"
    LANGUAGE = "language"


_SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.NEWEST: None,
    SortKey.RECEIVED: feedback_item.c.received_at,
    SortKey.CHANNEL: feedback_item.c.channel_id,
    SortKey.KIND: feedback_item.c.kind,
    SortKey.STATUS: feedback_item.c.status,
    SortKey.LANGUAGE: func.coalesce(feedback_item.c.language, ""),
}


@dataclass(frozen=True)
class FeedbackQuery:
    search: str = ""
    sort: SortKey = SortKey.NEWEST
    descending: bool = True
    # Filters (None: any). Each is a column the indexes lead with or an equality,
    # so a filtered page stays a bounded index walk.
    channel: str | None = None  # channel code
    kind: str | None = None
    category_id: int | None = None
    status: str | None = None
    language: str | None = None
    received_from: dt.datetime | None = None  # inclusive
    received_before: dt.datetime | None = None  # exclusive
    contact_id: int | None = None
    assignee_id: int | None = None
    unassigned: bool = False  # only items nobody is assigned to (``assignee_id`` is then ignored)

    def has_filters(self) -> bool:
        return bool(_filter_conditions(self))


def _filter_conditions(query: FeedbackQuery) -> list[Any]:
    fi = feedback_item
    found: list[Any] = []
    if query.channel is not None:
        found.append(
            fi.c.channel_id == select(channel.c.id).where(channel.c.code == query.channel).scalar_subquery()
        )
    if query.kind is not None:
        found.append(fi.c.kind == query.kind)
    if query.category_id is not None:
        found.append(fi.c.category_id == query.category_id)
    if query.status is not None:
        found.append(fi.c.status == query.status)
    if query.language is not None:
        found.append(fi.c.language == query.language)
    if query.received_from is not None:
        found.append(fi.c.received_at >= query.received_from)
    if query.received_before is not None:
        found.append(fi.c.received_at < query.received_before)
    if query.contact_id is not None:
        found.append(fi.c.contact_id == query.contact_id)
    if query.unassigned:
        # Not "IS NULL": SQLite (no statistics) would walk the assignee index over
        # nearly every row and sort them; most items have nobody, so the id or date
        # order with this as a filter finds a page at once.
        found.append(func.coalesce(fi.c.assignee_id, 0) == 0)
    elif query.assignee_id is not None:
        found.append(fi.c.assignee_id == query.assignee_id)
    return found


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    received_at: dt.datetime
    channel: str
    kind: str
    category: str | None
    status: str
    language: str | None
    contact: str | None
    text: str
    assignee: str | None = None  # the assigned user's display name
    version: int = 1  # as read: a bulk action on the row refuses to overwrite a later save


@dataclass(frozen=True)
class Cursor:
    """Where the previous page ended: its last row's sort value and id."""

    sort_value: Any
    id: int


@dataclass(frozen=True)
class Page:
    rows: list[FeedbackRow]
    next_cursor: Cursor | None  # None: there is nothing after this page


def _row_select() -> Select[Any]:
    return (
        select(
            feedback_item.c.id,
            feedback_item.c.received_at,
            channel.c.code,
            feedback_item.c.kind,
            category.c.name,
            feedback_item.c.status,
            feedback_item.c.language,
            contact.c.display_name,
            func.substr(feedback_item.c.text, 1, PREVIEW_CHARS),
            app_user.c.display_name,
            feedback_item.c.version,
        )
        .join(channel, channel.c.id == feedback_item.c.channel_id)
        .outerjoin(category, category.c.id == feedback_item.c.category_id)
        .outerjoin(contact, contact.c.id == feedback_item.c.contact_id)
        .outerjoin(app_user, app_user.c.id == feedback_item.c.assignee_id)
    )


def _to_rows(result: Any) -> list[FeedbackRow]:
    return [FeedbackRow(*row) for row in result]


def fetch_page(
    conn: Connection, query: FeedbackQuery, *, after: Cursor | None = None, limit: int = 200
) -> Page:
    """One page of the list ``query`` describes, starting after ``after``."""
    filters = _filter_conditions(query)
    if (
        query.sort is SortKey.NEWEST
        and query.descending
        and not filters
        and search.search_terms(query.search)
    ):
        return _newest_search_page(conn, query.search, after, limit)

    sort_column = _SORT_COLUMNS[query.sort]
    stmt = _row_select()
    condition = search.matching_condition(conn.dialect.name, query.search)
    if condition is not None:
        stmt = stmt.where(condition)
    if filters:
        stmt = stmt.where(*filters)
    id_col = feedback_item.c.id
    if sort_column is None:
        if after is not None:
            stmt = stmt.where(id_col < after.id if query.descending else id_col > after.id)
        stmt = stmt.order_by(id_col.desc() if query.descending else id_col.asc())
    else:
        if after is not None:
            if query.descending:
                stmt = stmt.where(
                    or_(
                        sort_column < after.sort_value,
                        (sort_column == after.sort_value) & (id_col < after.id),
                    )
                )
            else:
                stmt = stmt.where(
                    or_(
                        sort_column > after.sort_value,
                        (sort_column == after.sort_value) & (id_col > after.id),
                    )
                )
        stmt = stmt.add_columns(sort_column.label("sort_value"))
        if query.descending:
            stmt = stmt.order_by(sort_column.desc(), id_col.desc())
        else:
            stmt = stmt.order_by(sort_column.asc(), id_col.asc())
    result = conn.execute(stmt.limit(limit + 1)).all()
    has_more = len(result) > limit
    result = result[:limit]
    rows = _to_rows(r[:ROW_COLUMNS] for r in result)
    if not has_more or not rows:
        return Page(rows, None)
    last = result[-1]
    return Page(rows, Cursor(last[ROW_COLUMNS] if sort_column is not None else last[0], last[0]))


def _newest_search_page(conn: Connection, text: str, after: Cursor | None, limit: int) -> Page:
    # The index hands out matching ids newest first and stops after one page;
    # the rows are fetched by id, so a word found in every row costs no more.
    ids = search.newest_matching_ids(
        conn, text, limit=limit + 1, before_id=after.id if after is not None else None
    )
    has_more = len(ids) > limit
    ids = ids[:limit]
    if not ids:
        return Page([], None)
    rows = _to_rows(
        conn.execute(_row_select().where(feedback_item.c.id.in_(ids)).order_by(feedback_item.c.id.desc()))
    )
    return Page(rows, Cursor(rows[-1].id, rows[-1].id) if has_more and rows else None)


def count_matching(conn: Connection, text: str = "", query: FeedbackQuery | None = None) -> int:
    """How many items a search (or the whole list) holds; slower than a page.

    With ``query``, its search and filters count (and ``text`` is ignored).
    """
    if query is not None:
        text = query.search
    stmt = select(func.count()).select_from(feedback_item)
    condition = search.matching_condition(conn.dialect.name, text)
    if condition is not None:
        stmt = stmt.where(condition)
    if query is not None:
        filters = _filter_conditions(query)
        if filters:
            stmt = stmt.where(*filters)
    return int(conn.execute(stmt).scalar_one())
