"""``kaizen evaluate`` on every labelled data set in ../shared/datasets/, beside the reference figures.

    .venv/bin/python -m bench.classifier_datasets [--json] [--only banking77:category] [--embeddings]

Each run is a separate ``main.py evaluate`` process, exactly as a user runs
it. The reference figures are the LinearSVC ones of the datasets README.
``--embeddings`` passes the same flag on (needs the optional ``embeddings``
extra in the Python that runs this; English data only makes sense).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT.parent / "shared" / "datasets"

# (folder, label column): reference accuracy, macro-F1, target accuracy (issue 5; None: no target).
RUNS: dict[tuple[str, str], tuple[float, float, float | None]] = {
    ("banking77", "category"): (0.9130, 0.9131, 0.93),
    ("cfpb-complaints", "product"): (0.7908, 0.6057, 0.80),
    ("cfpb-complaints", "issue"): (0.5686, 0.2723, None),
    ("ru-sentirueval2016", "label"): (0.8109, 0.7345, 0.82),
    ("fa-parsinlu-food", "category"): (0.5469, 0.5343, 0.56),
    ("fa-parsinlu-food", "sentiment_label"): (0.5729, 0.4263, None),
    ("fa-sentipers", "sentiment_label"): (0.6694, 0.5223, 0.68),
}


def run_one(folder: str, label: str, embeddings: bool = False) -> dict[str, object]:
    data = DATASETS / folder
    command = [sys.executable, "main.py", "evaluate", "--train", str(data / "train.csv")]
    command += ["--test", str(data / "test.csv"), "--text-col", "text", "--label-col", label, "--json"]
    command += ["--embeddings"] if embeddings else []
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": done.stderr.strip()}
    result: dict[str, object] = json.loads(done.stdout)
    ref_acc, ref_f1, target = RUNS[(folder, label)]
    acc, f1 = float(result["accuracy"]), float(result["macro_f1"])  # type: ignore[arg-type]
    result.update(
        reference_accuracy=ref_acc,
        reference_macro_f1=ref_f1,
        target_accuracy=target,
        beats_reference=acc > ref_acc and f1 > ref_f1,
        meets_target=None if target is None else acc >= target,
    )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--only", action="append", metavar="FOLDER:LABEL", help="run only these")
    parser.add_argument("--embeddings", action="store_true", help="add the optional sentence embeddings")
    args = parser.parse_args(argv)
    results = {}
    for folder, label in RUNS:
        key = f"{folder}:{label}"
        if args.only and key not in args.only:
            continue
        results[key] = run_one(folder, label, args.embeddings)
        if not args.json:
            print(key, json.dumps(results[key]), flush=True)
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
