#!/usr/bin/env python3
"""Builds OpenAI's o200k_base.tiktoken offline, from the vocabulary the PyPI wheel quicktok-v1 0.4.0 ships.

The wheel holds quicktok/data/o200k.vocab: a little-endian binary list (u32 count, then per token
u16 length, the token's bytes, u32 rank). Written in tiktoken's text format, one
`base64(bytes) rank` line per token sorted by rank, it is byte-identical to OpenAI's file, whose
sha256 (the one tiktoken itself checks) is pinned below; the script refuses any other result.

Usage: python3 scripts/tokens/o200k/fetch_vocab.py [--out FOLDER] [--wheel PATH]
  --out    where to write o200k_base.tiktoken (default: $XDG_CACHE_HOME/brandc/tokenizers, or
           ~/.cache/brandc/tokenizers); an existing file with the right hash is kept
  --wheel  a quicktok-v1 0.4.0 wheel already at hand (default: `pip download --no-deps` it)
Needs: pip (for the download only); no other package.
"""
import argparse
import base64
import hashlib
import os
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "quicktok-v1==0.4.0"
MEMBER = "quicktok/data/o200k.vocab"
FILE_NAME = "o200k_base.tiktoken"
EXPECTED_SHA256 = "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"
EXPECTED_TOKENS = 199_998


def default_folder() -> Path:
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if xdg.startswith("/") else Path.home() / ".cache"
    return base / "brandc" / "tokenizers"


def download_wheel(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--only-binary=:all:",
                    "--python-version", "3.11", "--platform", "manylinux2014_x86_64", "-d", str(folder), PACKAGE],
                   check=True)
    wheels = sorted(folder.glob("quicktok_v1-0.4.0-*.whl"))
    if not wheels:
        raise SystemExit(f"fetch_vocab: pip did not download {PACKAGE}")
    return wheels[0]


def tiktoken_text(vocab: bytes) -> bytes:
    (count,) = struct.unpack_from("<I", vocab, 0)
    offset, tokens = 4, []
    for _ in range(count):
        (length,) = struct.unpack_from("<H", vocab, offset)
        token = vocab[offset + 2:offset + 2 + length]
        (rank,) = struct.unpack_from("<I", vocab, offset + 2 + length)
        tokens.append((rank, token))
        offset += 2 + length + 4
    if offset != len(vocab):
        raise SystemExit(f"fetch_vocab: {len(vocab) - offset} unexpected bytes after {count} tokens")
    tokens.sort()
    return b"".join(base64.b64encode(token) + b" " + str(rank).encode() + b"\n" for rank, token in tokens)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=default_folder())
    parser.add_argument("--wheel", type=Path)
    args = parser.parse_args()
    target = args.out / FILE_NAME
    if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == EXPECTED_SHA256:
        print(f"fetch_vocab: {target} is already there")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        wheel = args.wheel or download_wheel(Path(scratch))
        with zipfile.ZipFile(wheel) as archive:
            text = tiktoken_text(archive.read(MEMBER))
    digest = hashlib.sha256(text).hexdigest()
    if digest != EXPECTED_SHA256 or text.count(b"\n") != EXPECTED_TOKENS:
        raise SystemExit(f"fetch_vocab: converted file has sha256 {digest}, expected {EXPECTED_SHA256}")
    args.out.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.write_bytes(text)
    partial.replace(target)
    print(f"fetch_vocab: wrote {target} ({len(text)} bytes, sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
