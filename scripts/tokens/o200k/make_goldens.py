#!/usr/bin/env python3
"""Regenerates the o200k_base goldens of BrandTokens with OpenAI's own `tiktoken`, offline.

tiktoken is fed the local o200k_base.tiktoken (see fetch_vocab.py): its file loader is replaced by
one that serves that file, still checks tiktoken's own sha256 for it, and refuses any URL. The
encoding, its pre-tokenization pattern included, is tiktoken's own `o200k_base`.

Writes, into Tests/Fixtures/tokens/o200k/:
- NAME.ids for every Tests/Fixtures/tokens/corpus/NAME.txt: a '#' header line, then the ids of
  `encode_ordinary` for the whole file, then for each line (split at LF only; a CR stays in its
  line; no line for the empty text after a final LF), space-separated, one line each.
- NAME.pieces: the same cases, each as the UTF-8 byte lengths of the pattern's pieces
  (`regex.findall`); the script checks that encoding the pieces one by one gives tiktoken's ids.
- fuzz.json: seeded random strings over characters where the pattern's classes meet (marks,
  titlecase and modifier letters, other numbers, every kind of whitespace, contractions with
  long s, CR LF runs...), each with its pieces and ids, for the Swift pre-tokenizer and encoder.

Usage: python3 scripts/tokens/o200k/make_goldens.py [--vocab PATH] [--check]
  --vocab  the o200k_base.tiktoken file (default: $BRANDC_O200K, else the user cache folder)
  --check  compare instead of writing; exit 1 if any golden is out of date
Needs: pip install tiktoken (it brings `regex`)
"""
import argparse
import hashlib
import json
import os
import random
import sys
from pathlib import Path

import regex
import tiktoken
import tiktoken.load

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "Tests" / "Fixtures" / "tokens"
FILE_NAME = "o200k_base.tiktoken"
FUZZ_CASES = 1500
FUZZ_SEED = 200_000


def default_vocab() -> Path:
    if os.environ.get("BRANDC_O200K"):
        return Path(os.environ["BRANDC_O200K"])
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if xdg.startswith("/") else Path.home() / ".cache"
    return base / "brandc" / "tokenizers" / FILE_NAME


def offline_encoding(vocab: Path) -> tiktoken.Encoding:
    local = vocab.read_bytes()

    def read_local(blobpath: str, expected_hash: str | None = None) -> bytes:
        if not blobpath.endswith("/" + FILE_NAME):
            raise RuntimeError(f"offline: refusing to fetch {blobpath}")
        if expected_hash and hashlib.sha256(local).hexdigest() != expected_hash:
            raise RuntimeError(f"{vocab} does not have tiktoken's expected sha256 {expected_hash}")
        return local

    tiktoken.load.read_file_cached = read_local
    return tiktoken.get_encoding("o200k_base")


def corpus_cases(text: str) -> list[str]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [text] + lines


def pieces_and_ids(encoding: tiktoken.Encoding, text: str) -> tuple[list[str], list[int]]:
    """The pattern's pieces and tiktoken's ids, after checking that the two agree."""
    pieces = regex.findall(encoding._pat_str, text)
    ids = encoding.encode_ordinary(text)
    if "".join(pieces) != text or [i for piece in pieces for i in encoding.encode_ordinary(piece)] != ids:
        raise SystemExit(f"make_goldens: the Python regex splits {text!r} unlike tiktoken")
    return pieces, ids


# Characters where the pattern's classes meet; multi-character entries are kept together.
FUZZ_ALPHABET = [
    "a", "z", "A", "Q", "é", "É", "ß", "ſ", "İ", "ǅ", "ʰ", "ᵃ", "ª", "中", "ก", "한", "ー", "Ω", "ж", "Ж",
    "\u0301", "\u0903", "\u20dd", "\ufe0f", "\u093f", "\u064e", "\u200d", "\u200b", "\u00ad",
    "0", "7", "٣", "½", "²", "Ⅻ", "〇",
    " ", " ", " ", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u1680",
    "\u2003", "\u2028", "\u2029", "\u202f", "\u3000",
    "'", "'s", "'S", "'ſ", "'t", "'re", "'RE", "'rE", "'ve", "'m", "'ll", "'Ll", "'d", "'x",
    "/", "//", "!", "?", ".", ",", "-", "_", "$", "€", "(", "\"", "\x00", "\ue000", "😀", "👍🏽", "🇫🇷",
]


def fuzz_texts() -> list[str]:
    rng = random.Random(FUZZ_SEED)
    return ["".join(rng.choice(FUZZ_ALPHABET) for _ in range(rng.randint(1, 24))) for _ in range(FUZZ_CASES)]


def write(target: Path, content: str, check: bool, stale: list[str]) -> None:
    if check:
        if not target.exists() or target.read_text(encoding="utf-8").split("\n", 1)[1:] != content.split("\n", 1)[1:]:
            stale.append(target.name)
    else:
        target.write_text(content, encoding="utf-8", newline="")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vocab", type=Path, default=default_vocab())
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    encoding = offline_encoding(args.vocab)
    out_dir = FIXTURES / "o200k"
    out_dir.mkdir(exist_ok=True)
    stale: list[str] = []
    version = f"tiktoken {tiktoken.__version__} o200k_base"
    for source in sorted((FIXTURES / "corpus").glob("*.txt")):
        cases = [pieces_and_ids(encoding, case) for case in corpus_cases(source.read_bytes().decode("utf-8"))]
        header = f"corpus/{source.name} by {version}; regenerate with scripts/tokens/o200k/make_goldens.py\n"
        ids = "".join(" ".join(map(str, case_ids)) + "\n" for _, case_ids in cases)
        lengths = "".join(" ".join(str(len(p.encode("utf-8"))) for p in pieces) + "\n" for pieces, _ in cases)
        write(out_dir / f"{source.stem}.ids", "# ids of " + header + ids, args.check, stale)
        write(out_dir / f"{source.stem}.pieces", "# UTF-8 piece lengths of " + header + lengths, args.check, stale)
    fuzz = []
    for text in fuzz_texts():
        pieces, ids = pieces_and_ids(encoding, text)
        fuzz.append({"text": text, "pieces": [len(p.encode("utf-8")) for p in pieces], "ids": ids})
    body = "\n".join(json.dumps(case, ensure_ascii=True) for case in fuzz)
    write(out_dir / "fuzz.jsonl", f"// seeded cases by {version}; regenerate with make_goldens.py\n" + body + "\n",
          args.check, stale)
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
