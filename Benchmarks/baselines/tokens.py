#!/usr/bin/env python3
"""Token-counting baselines on FILE, one line at a time (batch encode): sentencepiece with MODEL,
and tiktoken o200k_base from the brandc cache file when tiktoken is installed. Prints MB/s."""
import base64
import sys
import time

path, model = sys.argv[1], sys.argv[2]
o200k = sys.argv[3] if len(sys.argv) > 3 else None
text = open(path, encoding="utf-8").read()
lines = text.splitlines()
size = len(text.encode())

import sentencepiece

processor = sentencepiece.SentencePieceProcessor(model_file=model)
start = time.perf_counter()
count = sum(len(ids) for ids in processor.encode(lines, num_threads=1))
seconds = time.perf_counter() - start
print(f"sentencepiece {size / seconds / 1e6:.2f} MB/s {count} tokens")

try:
    import tiktoken
except ImportError:
    print("tiktoken not-installed")
    sys.exit(0)
ranks = {}
for line in open(o200k, "rb"):
    token, rank = line.split()
    ranks[base64.b64decode(token)] = int(rank)
pattern = "|".join([
    r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
    r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
    r"""\p{N}{1,3}""", r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""", r"""\s*[\r\n]+""", r"""\s+(?!\S)""", r"""\s+""",
])
encoding = tiktoken.Encoding("o200k_base", pat_str=pattern, mergeable_ranks=ranks, special_tokens={})
start = time.perf_counter()
count = sum(len(ids) for ids in encoding.encode_ordinary_batch(lines, num_threads=1))
seconds = time.perf_counter() - start
print(f"tiktoken {size / seconds / 1e6:.2f} MB/s {count} tokens")
