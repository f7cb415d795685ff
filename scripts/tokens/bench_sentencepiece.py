#!/usr/bin/env python3
"""Baseline for BrandTokens' encoder speed: Google's SentencePiece (C++, called from Python).

Repeats the lines of Tests/Fixtures/tokens/corpus/*.txt until the batch holds about --megabytes
of UTF-8, then times, on one thread: a batch encode of those lines, and one encode of the same
text joined into a single string (no pre-tokenization: SentencePiece merges over the whole string).
Prints MB/s (1 MB = 10^6 bytes of UTF-8 input) and the token count, the best of --repeat runs.

Usage: python3 scripts/tokens/bench_sentencepiece.py [--model PATH] [--megabytes 4] [--repeat 3]
Needs: pip install sentencepiece
"""
import argparse
import os
import time
from pathlib import Path

import sentencepiece

ROOT = Path(__file__).resolve().parents[2]


def corpus_lines() -> list[str]:
    lines = []
    for source in sorted((ROOT / "Tests" / "Fixtures" / "tokens" / "corpus").glob("*.txt")):
        lines += [line for line in source.read_bytes().decode("utf-8").split("\n") if line]
    return lines


def main() -> None:
    shared = Path(os.environ.get("BRANDC_SHARED") or ROOT.parent / "shared")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path,
                        default=shared / "reference" / "tokenizers" / "gemini-gemma3-262k.spm.model")
    parser.add_argument("--megabytes", type=float, default=4.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    processor = sentencepiece.SentencePieceProcessor(model_file=str(args.model))
    base = corpus_lines()
    batch, size = [], 0
    while size < args.megabytes * 1e6:
        for line in base:
            batch.append(line)
            size += len(line.encode("utf-8"))
    joined = "\n".join(batch)
    for label, run in [("batch", lambda: processor.encode(batch, num_threads=1)),
                       ("one string", lambda: processor.encode(joined))]:
        best, tokens = float("inf"), 0
        for _ in range(args.repeat):
            start = time.perf_counter()
            result = run()
            best = min(best, time.perf_counter() - start)
            tokens = sum(len(ids) for ids in result) if label == "batch" else len(result)
        megabytes = (size if label == "batch" else len(joined.encode("utf-8"))) / 1e6
        print(f"sentencepiece {sentencepiece.__version__} {label}: {megabytes:.2f} MB in {best:.3f} s "
              f"= {megabytes / best:.2f} MB/s, {tokens} tokens")


if __name__ == "__main__":
    main()
