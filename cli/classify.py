"""Classifier commands: evaluate on labelled files, train on confirmed labels."""

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
    evaluate.set_defaults(handler=cmd_evaluate)

    train = commands.add_parser("train", help="train the classifiers on the labels people confirmed")
    add_db_option(train)
    train.add_argument("--models", type=Path, metavar="DIR", help="model folder (default: beside the data)")
    train.add_argument("--json", action="store_true", help="print one JSON object")
    train.set_defaults(handler=cmd_train)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from classifiers.evaluate import evaluate

    result = evaluate(args.train, args.test, text_col=args.text_col, label_col=args.label_col)
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
