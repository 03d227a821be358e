"""Similar items across languages: the hand-written en/ru/fa test set, top-3 hits and false matches.

    .venv/bin/python -m bench.cross_language [--json] [--scores 0.3,0.4,0.5]

Indexes every text of tests/classifiers/cross_language_cases.py (each case in
English, Russian and Persian, plus distractors in one language each; both
sets) and looks the texts of one set up with
``classifiers.cross_language.ConceptSearch``:

- top3: of the (text, other language) pairs, the share whose counterpart (the
  same case in that language) is among the text's 3 best cross-language matches;
- top1: the share of case texts whose best match is a counterpart;
- wrong: of the matches offered for case texts (3 at most each), the share that
  belong to another case;
- distractor_false: the share of distractors offered a case, or a distractor
  of another topic (the distractors of one topic say the same thing).

Figures for each minimum score asked for (``MIN_SCORE`` is the module's), on
the set the lexicon was tuned on and on a held-out set written after it was
frozen (``held_out_at_*``: the figure to trust).
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from pathlib import Path
from typing import Any

from bench.common import emit
from classifiers import cross_language
from classifiers.cross_language import ConceptSearch
from classifiers.similar import SimilarityIndex

CASES_FILE = Path(__file__).parent.parent / "tests" / "classifiers" / "cross_language_cases.py"


Cases = list[tuple[str, str, str]]
Distractors = list[tuple[str, str]]


def load_cases(held_out: bool = False) -> tuple[Cases, Distractors]:
    """The tuning set, or the held-out set written after the lexicon was frozen."""
    spec = importlib.util.spec_from_file_location("cross_language_cases", CASES_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if held_out:
        return module.HELD_OUT_CASES, module.HELD_OUT_DISTRACTORS
    return module.CASES, module.DISTRACTORS


def measure(min_score: float, held_out: bool = False) -> dict[str, float]:
    """Figures for the queries of one set, looked up among the texts of both sets."""
    texts: list[str] = []
    case_of: list[int] = []  # -1: a distractor
    topic: list[str] = []
    asked: list[int] = []
    for which in (False, True):
        cases, distractors = load_cases(which)
        first_case = max(case_of, default=-1) + 1
        for n, case in enumerate(cases):
            for text in case:
                asked += [len(texts)] if which == held_out else []
                texts.append(text)
                case_of.append(first_case + n)
                topic.append(f"case {first_case + n}")
        for name, text in distractors:
            asked += [len(texts)] if which == held_out else []
            texts.append(text)
            case_of.append(-1)
            topic.append(f"{which} {name}")
    index = SimilarityIndex([("item", n) for n in range(len(texts))], texts)
    search = ConceptSearch(index)
    pairs = hits = firsts = offered = wrong = false = queries = distractor_queries = 0
    for n in asked:
        found = [m.id for m in search.similar(texts[n], limit=3, min_score=min_score)]
        if case_of[n] < 0:  # a case, or a distractor of another topic, is a false match
            distractor_queries += 1
            false += any(topic[m] != topic[n] for m in found)
            continue
        counterparts = [m for m in range(len(texts)) if case_of[m] == case_of[n] and m != n]
        queries += 1
        pairs += len(counterparts)
        hits += sum(m in found for m in counterparts)
        firsts += bool(found) and found[0] in counterparts
        offered += len(found)
        wrong += sum(case_of[m] != case_of[n] for m in found)
    return {
        "top3": round(hits / pairs, 3),
        "top1": round(firsts / queries, 3),
        "wrong": round(wrong / max(offered, 1), 3),
        "distractor_false": round(false / distractor_queries, 3),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scores", default="", help="minimum scores to measure at, comma-separated")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    scores = [float(s) for s in args.scores.split(",") if s] or [cross_language.MIN_SCORE]
    cases, distractors = load_cases()
    started = time.perf_counter()
    result: dict[str, Any] = {"cases": len(cases), "distractors": len(distractors)}
    for score in scores:
        result[f"at_{score}"] = measure(score)
        result[f"held_out_at_{score}"] = measure(score, held_out=True)
    result["seconds"] = round(time.perf_counter() - started, 2)
    emit(result, args.json)
    return result


if __name__ == "__main__":
    main()
