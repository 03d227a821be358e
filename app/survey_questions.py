"""Same question, any survey: linking questions to canonical questions, with suggestions.

A person links a question to its canonical question (``set_canonical``);
``suggest_canonical`` ranks the canonical questions by how alike the
question's text is to each canonical question's text and to the texts of the
questions already linked to it. Two measures, the better one counts:

- character n-grams (cosine): wordings in one language, typos, word order;
- survey concepts (``app.survey_concepts``): the words surveys ask with
  (recommend, clean, wait, staff ...) in English, Russian and Persian, so an
  English canonical question is suggested for a Russian or Persian wording
  before anyone has linked one of that language.

Linked texts still help most: once one Russian wording is linked, other Russian
wordings of the same question find it by n-grams. Plain Python: no heavy
library is imported for a few hundred texts.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, insert, select, update

from app.errors import InvalidValue, KaizenError, Reason
from app.survey_concepts import concepts
from db.tables import canonical_question, question, survey
from db.textnorm import fold

NGRAM = 3
MIN_SCORE = 0.2
# Shared concepts are coarser evidence than shared wording: a full concept match counts this much.
CONCEPT_WEIGHT = 0.9
MAX_CANONICAL_CODE = 80
_NOT_WORD = re.compile(r"[\W_]+")
_CODE = re.compile(r"^[\w.-]+$")


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


def concept_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Cosine of two concept sets, weighted by ``CONCEPT_WEIGHT``."""
    if not a or not b:
        return 0.0
    return CONCEPT_WEIGHT * len(a & b) / math.sqrt(len(a) * len(b))


@dataclass(frozen=True)
class Suggestion:
    canonical_id: int
    code: str
    text: str
    score: float
    because: str  # the text that matched best


@dataclass
class _Example:
    text: str
    grams: Counter[str]
    ideas: frozenset[str]


@dataclass
class CanonicalIndex:
    """The canonical questions and the texts linked to each, read once for many suggestions."""

    canonical: dict[int, tuple[str, str]] = field(default_factory=dict)  # id -> (code, text)
    examples: dict[int, list[tuple[int | None, _Example]]] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: Connection) -> CanonicalIndex:
        index = cls()
        for id_, code, text in conn.execute(
            select(canonical_question.c.id, canonical_question.c.code, canonical_question.c.text)
        ):
            index.canonical[id_] = (code, text)
            index.examples[id_] = [(None, _example(text))]
        linked = select(question.c.id, question.c.canonical_question_id, question.c.text).where(
            question.c.canonical_question_id.is_not(None)
        )
        for question_id, canonical_id, text in conn.execute(linked):
            index.examples[canonical_id].append((question_id, _example(text)))
        return index

    def suggest(self, text: str, *, question_id: int | None = None, limit: int = 3) -> list[Suggestion]:
        """Canonical questions ``text`` may mean, best first (scores >= MIN_SCORE).

        The question's own link (``question_id``) is no evidence for itself.
        """
        mine = _example(text)
        found = []
        for canonical_id, examples in self.examples.items():
            scored = [
                (max(similarity(mine.grams, e.grams), concept_similarity(mine.ideas, e.ideas)), e.text)
                for linked_id, e in examples
                if linked_id is None or linked_id != question_id
            ]
            score, because = max(scored)
            if score >= MIN_SCORE:
                code, canonical_text = self.canonical[canonical_id]
                found.append(Suggestion(canonical_id, code, canonical_text, round(score, 3), because))
        found.sort(key=lambda s: (-s.score, s.code))
        return found[:limit]


def _example(text: str) -> _Example:
    return _Example(text, ngrams(text), concepts(text))


def suggest_canonical(conn: Connection, question_id: int, limit: int = 3) -> list[Suggestion]:
    """Canonical questions the question may mean, best first (scores >= MIN_SCORE)."""
    text = conn.execute(select(question.c.text).where(question.c.id == question_id)).scalar()
    if text is None:
        raise KaizenError(
            Reason(f"question {question_id} does not exist", "question_missing", question=question_id)
        )
    return CanonicalIndex.load(conn).suggest(text, question_id=question_id, limit=limit)


def set_canonical(conn: Connection, question_id: int, canonical_id: int | None) -> None:
    """Link a question to a canonical question (None unlinks it)."""
    if canonical_id is not None:
        exists = conn.execute(select(canonical_question.c.id).where(canonical_question.c.id == canonical_id))
        if exists.first() is None:
            raise KaizenError(
                Reason(
                    f"canonical question {canonical_id} does not exist",
                    "canonical_missing",
                    canonical=canonical_id,
                )
            )
    done = conn.execute(
        update(question)
        .where(question.c.id == question_id)
        .values(canonical_question_id=canonical_id, version=question.c.version + 1)
    )
    if done.rowcount == 0:
        raise KaizenError(
            Reason(f"question {question_id} does not exist", "question_missing", question=question_id)
        )


def create_canonical(conn: Connection, code: str, text: str, answer_type: str = "text") -> int:
    """A new canonical question; the code is one short word (letters, digits, ``_ . -``), unique."""
    code, text = code.strip(), " ".join(text.split())
    if not code or len(code) > MAX_CANONICAL_CODE or not _CODE.match(code):
        raise InvalidValue(
            "code",
            code,
            f"one word of letters, digits, _ . - up to {MAX_CANONICAL_CODE} characters",
            code="bad_question_code",
            params={"limit": MAX_CANONICAL_CODE},
        )
    if not text:
        raise InvalidValue("text", text, "a canonical question needs its text", code="question_text_needed")
    taken = conn.execute(select(canonical_question.c.id).where(canonical_question.c.code == code)).first()
    if taken is not None:
        raise InvalidValue(
            "code", code, "another canonical question already has this code", code="question_code_taken"
        )
    stmt = insert(canonical_question).values(code=code, text=text, answer_type=answer_type, version=1)
    return int(conn.execute(stmt.returning(canonical_question.c.id)).scalar_one())


@dataclass(frozen=True)
class CanonicalQuestion:
    id: int
    code: str
    text: str
    answer_type: str
    questions: int  # questions linked to it


def canonical_questions(conn: Connection) -> list[CanonicalQuestion]:
    """Every canonical question with how many questions mean it, by code."""
    linked = (
        select(question.c.canonical_question_id, func.count().label("n"))
        .group_by(question.c.canonical_question_id)
        .subquery()
    )
    c = canonical_question.c
    rows = conn.execute(
        select(c.id, c.code, c.text, c.answer_type, func.coalesce(linked.c.n, 0))
        .outerjoin(linked, linked.c.canonical_question_id == c.id)
        .order_by(c.code)
    )
    return [CanonicalQuestion(*row) for row in rows]


@dataclass(frozen=True)
class SurveyQuestion:
    id: int
    source_system: str
    survey: str
    code: str
    text: str
    position: int
    canonical_id: int | None
    canonical_code: str | None
    canonical_text: str | None


def survey_questions(conn: Connection, source: str | None = None) -> list[SurveyQuestion]:
    """Each survey's questions (of one source system, or all) with the canonical question they mean."""
    q, s, c = question.c, survey.c, canonical_question.c
    query = (
        select(q.id, s.source_system, s.name, q.code, q.text, q.position, c.id, c.code, c.text)
        .join(survey, survey.c.id == q.survey_id)
        .outerjoin(canonical_question, c.id == q.canonical_question_id)
        .order_by(s.source_system, s.name, q.position, q.id)
    )
    if source is not None:
        query = query.where(s.source_system == source)
    return [SurveyQuestion(*row) for row in conn.execute(query)]


def suggestions_for(
    conn: Connection, questions: Iterable[SurveyQuestion], limit: int = 3
) -> dict[int, list[Suggestion]]:
    """Suggestions for each question not yet linked (question id -> suggestions)."""
    index = CanonicalIndex.load(conn)
    return {
        sq.id: index.suggest(sq.text, question_id=sq.id, limit=limit)
        for sq in questions
        if sq.canonical_id is None
    }
