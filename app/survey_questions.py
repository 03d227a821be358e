"""Same question, any survey: linking questions to canonical questions, with suggestions.

A person links a question to its canonical question (``set_canonical``);
``suggest_canonical`` ranks the canonical questions by character n-gram
similarity between the question's text and each canonical question's text
and the texts of the questions already linked to it. Those linked texts are
what makes suggestions work across English, Russian and Persian: once one
Russian wording is linked, other Russian wordings of the same question find
it. Plain Python: no heavy library is imported for a few hundred texts.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from app.errors import KaizenError
from db.tables import canonical_question, question
from db.textnorm import fold

NGRAM = 3
MIN_SCORE = 0.2
_NOT_WORD = re.compile(r"[\W_]+")


def ngrams(text: str, n: int = NGRAM) -> Counter[str]:
    """Character n-grams of each word padded with spaces, on folded text."""
    grams: Counter[str] = Counter()
    for word in _NOT_WORD.sub(" ", fold(text)).split():
        padded = f" {word} "
        grams.update(padded[i : i + n] for i in range(max(len(padded) - n + 1, 1)))
    return grams


def similarity(a: Counter[str], b: Counter[str]) -> float:
    """Cosine of two n-gram count vectors (0 for an empty one)."""
    if not a or not b:
        return 0.0
    dot = sum(count * b[gram] for gram, count in a.items() if gram in b)
    return dot / math.sqrt(sum(c * c for c in a.values()) * sum(c * c for c in b.values()))


@dataclass(frozen=True)
class Suggestion:
    canonical_id: int
    code: str
    text: str
    score: float
    because: str  # the text that matched best


def suggest_canonical(conn: Connection, question_id: int, limit: int = 3) -> list[Suggestion]:
    """Canonical questions the question may mean, best first (scores >= MIN_SCORE)."""
    text = conn.execute(select(question.c.text).where(question.c.id == question_id)).scalar()
    if text is None:
        raise KaizenError(f"question {question_id} does not exist")
    mine = ngrams(text)
    examples: dict[int, list[str]] = {}
    for id_, code, canonical_text in conn.execute(
        select(canonical_question.c.id, canonical_question.c.code, canonical_question.c.text)
    ):
        examples[id_] = [code, canonical_text]
    linked = select(question.c.canonical_question_id, question.c.text).where(
        question.c.canonical_question_id.is_not(None), question.c.id != question_id
    )
    for canonical_id, linked_text in conn.execute(linked):
        examples[canonical_id].append(linked_text)
    found = []
    for canonical_id, (code, canonical_text, *others) in examples.items():
        score, because = max((similarity(mine, ngrams(t)), t) for t in (canonical_text, *others))
        if score >= MIN_SCORE:
            found.append(Suggestion(canonical_id, code, canonical_text, round(score, 3), because))
    found.sort(key=lambda s: (-s.score, s.code))
    return found[:limit]


def set_canonical(conn: Connection, question_id: int, canonical_id: int | None) -> None:
    """Link a question to a canonical question (None unlinks it)."""
    if canonical_id is not None:
        exists = conn.execute(select(canonical_question.c.id).where(canonical_question.c.id == canonical_id))
        if exists.first() is None:
            raise KaizenError(f"canonical question {canonical_id} does not exist")
    done = conn.execute(
        update(question)
        .where(question.c.id == question_id)
        .values(canonical_question_id=canonical_id, version=question.c.version + 1)
    )
    if done.rowcount == 0:
        raise KaizenError(f"question {question_id} does not exist")


def create_canonical(conn: Connection, code: str, text: str, answer_type: str = "text") -> int:
    stmt = insert(canonical_question).values(code=code, text=text, answer_type=answer_type, version=1)
    return int(conn.execute(stmt.returning(canonical_question.c.id)).scalar_one())
