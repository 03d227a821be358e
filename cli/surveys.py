"""Survey commands: the review list of possible duplicates, merging, canonical questions."""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import add_db_option, emit, open_engine


def register(commands: Any) -> None:
    matches = commands.add_parser("matches", help="contacts that may be one person, held for review")
    add_db_option(matches)
    matches.add_argument("--limit", type=int, default=200, help="strongest pairs listed (default 200)")
    matches.add_argument("--json", action="store_true", help="print one JSON object")
    matches.set_defaults(handler=cmd_matches)

    merge = commands.add_parser(
        "merge-contacts", help="merge two contacts that are one person (keeps every point, item, answer)"
    )
    add_db_option(merge)
    merge.add_argument("keep_id", type=int, metavar="KEEP_ID", help="the contact kept")
    merge.add_argument("other_id", type=int, metavar="OTHER_ID", help="the contact merged into it")
    merge.add_argument("--user", metavar="USERNAME", help="who merges (default: the system user)")
    merge.add_argument("--json", action="store_true", help="print one JSON object")
    merge.set_defaults(handler=cmd_merge_contacts)

    apart = commands.add_parser(
        "keep-apart", help="a held pair is two different people: do not offer it again"
    )
    add_db_option(apart)
    apart.add_argument(
        "review_id", type=int, metavar="REVIEW_ID", help="the pair's id (see 'kaizen matches')"
    )
    apart.add_argument("--json", action="store_true", help="print one JSON object")
    apart.set_defaults(handler=cmd_keep_apart)

    questions = commands.add_parser(
        "questions", help="survey questions with the canonical question each means, and suggestions"
    )
    add_db_option(questions)
    questions.add_argument("--source", metavar="NAME", help="only the surveys of this source system")
    questions.add_argument("--json", action="store_true", help="print one JSON object")
    questions.set_defaults(handler=cmd_questions)

    link = commands.add_parser("map-question", help="link a survey question to a canonical question")
    add_db_option(link)
    link.add_argument("question_id", type=int, metavar="QUESTION_ID")
    target = link.add_mutually_exclusive_group(required=True)
    target.add_argument("canonical_id", type=int, nargs="?", metavar="CANONICAL_ID")
    target.add_argument("--new", nargs=2, metavar=("CODE", "TEXT"), help="create the canonical question")
    target.add_argument("--clear", action="store_true", help="unlink the question")
    link.add_argument("--json", action="store_true", help="print one JSON object")
    link.set_defaults(handler=cmd_map_question)


def cmd_matches(args: argparse.Namespace) -> int:
    from app.match_review import contact_sides, count_open, open_matches

    engine = open_engine(args)
    with engine.connect() as conn:
        held = open_matches(conn, limit=args.limit)
        sides = contact_sides(conn, {id_ for m in held for id_ in (m.contact_id, m.candidate_id)})
        total = count_open(conn)

    def side(id_: int) -> dict[str, Any]:
        s = sides.get(id_)
        if s is None:
            return {"id": id_}
        return {
            "id": s.id,
            "name": s.name,
            "points": [{"kind": kind, "value": value} for kind, value in s.points],
            "items": s.items,
            "responses": s.responses,
            "replies": s.replies,
        }

    result = {
        "open": total,
        "matches": [
            {
                "review_id": m.id,
                "score": m.score,
                "source": m.source,
                "contact": side(m.contact_id),
                "candidate": side(m.candidate_id),
                "evidence": m.evidence,
            }
            for m in held
        ],
    }

    def human(r: dict[str, Any]) -> str:
        lines = [f"{r['open']} pairs held for review; strongest {len(r['matches'])}:"]
        for m in r["matches"]:
            a, b = m["contact"], m["candidate"]
            lines.append(
                f"#{m['review_id']}  score {m['score']:.2f}  "
                f"contact {a['id']} {a.get('name') or '?'}  /  contact {b['id']} {b.get('name') or '?'}"
            )
            lines += [f"    {e['kind']}: {e['detail']}" for e in m["evidence"]]
        return "\n".join(lines)

    emit(args, result, human)
    return 0


def cmd_merge_contacts(args: argparse.Namespace) -> int:
    from app.contact_merge import merge_contacts
    from app.operators import operator

    engine = open_engine(args)
    with engine.begin() as conn:
        user = operator(conn, args.user)
        merged = merge_contacts(conn, args.keep_id, args.other_id, user_id=user.id if user else None)
    result = {"kept_id": merged.kept_id, "merged_id": merged.merged_id, "moved": merged.moved}

    def human(r: dict[str, Any]) -> str:
        moved = ", ".join(f"{n} {name}" for name, n in r["moved"].items() if n)
        done = f"contact {r['merged_id']} merged into contact {r['kept_id']}"
        return done + (f" ({moved})" if moved else "")

    emit(args, result, human)
    return 0


def cmd_keep_apart(args: argparse.Namespace) -> int:
    from app.match_review import held_match, reject_match

    engine = open_engine(args)
    with engine.begin() as conn:
        pair = held_match(conn, args.review_id)
        reject_match(conn, args.review_id)
    result = {"review_id": pair.id, "contact_id": pair.contact_id, "candidate_id": pair.candidate_id}
    emit(
        args,
        result,
        lambda r: f"contacts {r['contact_id']} and {r['candidate_id']} kept apart (review {r['review_id']})",
    )
    return 0


def cmd_questions(args: argparse.Namespace) -> int:
    from app.survey_questions import suggestions_for, survey_questions

    engine = open_engine(args)
    with engine.connect() as conn:
        listed = survey_questions(conn, source=args.source)
        suggested = suggestions_for(conn, listed)
    result = {
        "questions": [
            {
                "id": q.id,
                "source": q.source_system,
                "survey": q.survey,
                "code": q.code,
                "text": q.text,
                "canonical": None
                if q.canonical_id is None
                else {"id": q.canonical_id, "code": q.canonical_code, "text": q.canonical_text},
                "suggestions": [
                    {"id": s.canonical_id, "code": s.code, "text": s.text, "score": s.score}
                    for s in suggested.get(q.id, [])
                ],
            }
            for q in listed
        ]
    }

    def human(r: dict[str, Any]) -> str:
        lines = []
        for q in r["questions"]:
            where = q["source"] if q["survey"] == q["source"] else f"{q['source']} / {q['survey']}"
            code = "" if q["code"] == q["text"] else f"{q['code']}: "
            line = f"#{q['id']}  {where}  {code}{q['text'][:70]}"
            if q["canonical"]:
                line += f"  -> {q['canonical']['code']}"
            lines.append(line)
            lines += [
                f"    ? {s['code']} (#{s['id']}, {s['score']:.2f}): {s['text']}" for s in q["suggestions"]
            ]
        return "\n".join(lines) if lines else "no survey questions"

    emit(args, result, human)
    return 0


def cmd_map_question(args: argparse.Namespace) -> int:
    from app.survey_questions import create_canonical, set_canonical

    engine = open_engine(args)
    created = False
    with engine.begin() as conn:
        if args.new:
            canonical_id: int | None = create_canonical(conn, args.new[0], args.new[1])
            created = True
        else:
            canonical_id = None if args.clear else args.canonical_id
        set_canonical(conn, args.question_id, canonical_id)
    result = {"question_id": args.question_id, "canonical_id": canonical_id, "created": created}

    def human(r: dict[str, Any]) -> str:
        if r["canonical_id"] is None:
            return f"question {r['question_id']} is no longer linked to a canonical question"
        new = "new " if r["created"] else ""
        return f"question {r['question_id']} linked to {new}canonical question {r['canonical_id']}"

    emit(args, result, human)
    return 0
