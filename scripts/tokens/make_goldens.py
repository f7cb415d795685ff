#!/usr/bin/env python3
"""Regenerates the token-id goldens of BrandTokens from Google's own SentencePiece library.

For every Tests/Fixtures/tokens/corpus/NAME.txt it writes Tests/Fixtures/tokens/goldens/NAME.ids:
a header line starting with '#', then one line of space-separated ids for the whole file, then one
line per line of the file (split at LF only; a CR stays in its line; no line for the empty text
after a final LF). The Swift tests render the same body and compare it byte for byte.

Usage: python3 scripts/tokens/make_goldens.py [--model PATH] [--check]
  --model  the Gemma 3 SentencePiece model (default: $BRANDC_SHARED or ../shared, then
           reference/tokenizers/gemini-gemma3-262k.spm.model)
  --check  compare instead of writing; exit 1 if any golden is out of date
Needs: pip install sentencepiece
"""
import argparse
import os
import sys
from pathlib import Path

import sentencepiece

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "Fixtures" / "tokens"
MODEL_NAME = "gemini-gemma3-262k.spm.model"


def default_model() -> Path:
    shared = Path(os.environ.get("BRANDC_SHARED") or ROOT.parent / "shared")
    return shared / "reference" / "tokenizers" / MODEL_NAME


def corpus_cases(text: str) -> list[str]:
    """The whole text, then each line (the empty remainder after a final LF is not a line)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [text] + lines


def golden_body(processor, text: str) -> str:
    return "".join(" ".join(str(i) for i in processor.encode(case)) + "\n" for case in corpus_cases(text))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=default_model())
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    processor = sentencepiece.SentencePieceProcessor(model_file=str(args.model))
    out_dir = FIXTURES / "goldens"
    out_dir.mkdir(exist_ok=True)
    stale = []
    for source in sorted((FIXTURES / "corpus").glob("*.txt")):
        text = source.read_bytes().decode("utf-8")
        header = (f"# ids of corpus/{source.name} by sentencepiece {sentencepiece.__version__} with {MODEL_NAME}; "
                  "regenerate with scripts/tokens/make_goldens.py\n")
        content = header + golden_body(processor, text)
        target = out_dir / (source.stem + ".ids")
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8").split("\n", 1)[1] != content.split("\n", 1)[1]:
                stale.append(target.name)
        else:
            target.write_text(content, encoding="utf-8", newline="")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
