#!/usr/bin/env python3
"""Baseline for O200kEncoder's speed: OpenAI's tiktoken (Rust, called from Python), fed the local file.

Repeats the lines of Tests/Fixtures/tokens/corpus/*.txt until the batch holds about --megabytes
of UTF-8, then times, on one thread: `encode_ordinary` of each line in turn, and one
`encode_ordinary` of the same lines joined with LF into a single string. Prints MB/s (1 MB = 10^6
bytes of UTF-8 input) and the token count, the best of --repeat runs.

Usage: python3 scripts/tokens/o200k/bench_tiktoken.py [--vocab PATH] [--megabytes 4] [--repeat 3]
Needs: pip install tiktoken
"""
import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_goldens import FIXTURES, default_vocab, offline_encoding  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vocab", type=Path, default=default_vocab())
    parser.add_argument("--megabytes", type=float, default=4.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    encoding = offline_encoding(args.vocab)
    base = [line for source in sorted((FIXTURES / "corpus").glob("*.txt"))
            for line in source.read_bytes().decode("utf-8").split("\n") if line]
    batch, size = [], 0
    while size < args.megabytes * 1e6:
        for line in base:
            batch.append(line)
            size += len(line.encode("utf-8"))
    joined = "\n".join(batch)
    for label, run, megabytes in [
        ("lines", lambda: sum(len(encoding.encode_ordinary(line)) for line in batch), size / 1e6),
        ("one string", lambda: len(encoding.encode_ordinary(joined)), len(joined.encode("utf-8")) / 1e6),
    ]:
        best, tokens = float("inf"), 0
        for _ in range(args.repeat):
            start = time.perf_counter()
            tokens = run()
            best = min(best, time.perf_counter() - start)
        print(f"tiktoken {label}: {megabytes / best:.1f} MB/s ({tokens} tokens, {megabytes:.2f} MB)")


if __name__ == "__main__":
    main()
