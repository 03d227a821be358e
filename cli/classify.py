"""Classifier commands: evaluate on labelled files, train on confirmed labels, classify items."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cli.common import add_db_option, emit, open_engine


def register(commands: Any) -> None:
    evaluate = commands.add_parser(
        "evaluate", help="train the app's classifier on one labelled CSV/TSV file and score it on another"
    )
    evaluate.add_argument("--train", type=Path, required=True, metavar="FILE", help="labelled training file")
    evaluate.add_argument("--test", type=Path, required=True, metavar="FILE", help="labelled test file")
    evaluate.add_argument("--text-col", default="text", metavar="C", help="text column (default: text)")
    evaluate.add_argument("--label-col", default="label", metavar="C", help="label column (default: label)")
    evaluate.add_argument("--json", action="store_true", help="print one JSON object")
    evaluate.add_argument(
        "--embeddings",
        action="store_true",
        help="add sentence embeddings (English; needs the optional 'embeddings' extra)",
    )
    evaluate.set_defaults(handler=cmd_evaluate)

    train = commands.add_parser("train", help="train the classifiers on the labels people confirmed")
    add_db_option(train)
    train.add_argument("--models", type=Path, metavar="DIR", help="model folder (default: beside the data)")
    train.add_argument("--json", action="store_true", help="print one JSON object")
    train.set_defaults(handler=cmd_train)

    classify = commands.add_parser(
        "classify",
        help="predict category and kind of the unconfirmed items (filling the review queue), "
        "or of one --text",
    )
    add_db_option(classify)
    classify.add_argument("--text", metavar="TEXT", help="classify this text only; nothing is written")
    classify.add_argument(
        "--models", type=Path, metavar="DIR", help="model folder (default: beside the data)"
    )
    classify.add_argument("--json", action="store_true", help="print one JSON object")
    classify.set_defaults(handler=cmd_classify)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from classifiers.evaluate import evaluate

    result = evaluate(
        args.train,
        args.test,
        text_col=args.text_col,
        label_col=args.label_col,
        embeddings=getattr(args, "embeddings", False),
    )
    emit(args, result, lambda r: ", ".join(f"{k}: {v}" for k, v in r.items()))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from app.tasks import TaskState
    from classifiers.training import train_models

    engine = open_engine(args)

    def show(done: int, total: int) -> None:
        if not getattr(args, "json", False):
            print(f"\rtraining {done}/{total}", end="", file=sys.stderr, flush=True)

    result = train_models(engine, args.models, TaskState(on_progress=show))
    if not getattr(args, "json", False):
        print(file=sys.stderr)
    emit(args, result, lambda r: "\n".join(f"{k}: {v}" for k, v in r.items()))
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    from app.classification_review import count_for_review
    from app.errors import KaizenError
    from app.tasks import TaskState
    from classifiers import training
    from classifiers.language import detect_language

    engine = open_engine(args)
    quiet = getattr(args, "json", False)

    def show(done: int, total: int) -> None:
        if not quiet:
            print(f"\rclassifying {done}/{total}", end="", file=sys.stderr, flush=True)

    result: dict[str, Any]
    if args.text is not None:
        models = training.ensure_models(engine, args.models, TaskState(on_progress=show))
        result = {"text": args.text, "language": detect_language(args.text)}
        for target, model in models.items():
            prediction = model.predict_one(args.text) if model is not None else None
            result[target] = (
                {"label": prediction.label, "confidence": prediction.confidence} if prediction else None
            )
    else:
        result = training.classify_unconfirmed(engine, args.models, TaskState(on_progress=show))
        with engine.connect() as conn:
            result["to_review"] = {t: count_for_review(conn, t) for t in training.TARGETS}
    if not quiet:
        print(file=sys.stderr)
    if not any(result.get(t) for t in ("category", "kind")) and not any(result.get("models", {}).values()):
        raise KaizenError(
            "no classifier is trained yet: confirm the labels of at least 20 items, then run again"
        )
    emit(args, result, _describe_classified)
    return 0


def _describe_classified(result: dict[str, Any]) -> str:
    if "text" in result:
        lines = [f"language: {result['language'] or 'unknown'}"]
        for target in ("category", "kind"):
            guess = result.get(target)
            lines.append(
                f"{target}: {guess['label']} ({guess['confidence']:.0%})" if guess else f"{target}: -"
            )
        return "\n".join(lines)
    suggested, review = result["suggested"], result["to_review"]
    lines = [
        f"suggested: {suggested['category']} categories, {suggested['kind']} kinds, "
        f"{suggested['language']} languages detected",
        f"to review: {review['category']} categories, {review['kind']} kinds",
    ]
    if result["retrained"]:
        lines.append(f"retrained (the stored model could not be used): {', '.join(result['retrained'])}")
    return "\n".join(lines)
