#!/usr/bin/env python3
"""Writes the loader benchmark inputs: products.yaml (a list of small product mappings) and
guide.yaml (a brand guide: nested mappings, long text blocks), each about SIZE_MB megabytes."""
import random
import sys

size = int(sys.argv[2] if len(sys.argv) > 2 else 50) << 20
out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(42)
words = "brand colour bold clean modern warm café naïve 日本 premium soft light dark accent".split()

def phrase(n):
    return " ".join(rng.choice(words) for _ in range(n))

with open(f"{out}/products.yaml", "w", encoding="utf-8") as f:
    written, i = 0, 0
    while written < size:
        block = (f"- id: SKU-{i:07d}\n  title: \"{phrase(5)}\"\n  price: {rng.randint(1, 99999) / 100}\n"
                 f"  in_stock: {rng.choice(['true', 'false'])}\n  tags: [{', '.join(rng.choice(words) for _ in range(3))}]\n"
                 f"  description: {phrase(12)}\n")
        f.write(block)
        written += len(block.encode())
        i += 1

with open(f"{out}/guide.yaml", "w", encoding="utf-8") as f:
    written, i = 0, 0
    while written < size:
        text = "\n".join("      " + phrase(14) for _ in range(8))
        block = (f"section-{i}:\n  colors:\n    primary: \"#{rng.randint(0, 0xFFFFFF):06X}\"\n    accent: '#{rng.randint(0, 0xFFFFFF):06x}'\n"
                 f"  typography: {{family: Inter, size: {rng.randint(8, 72)}, weight: {rng.choice([400, 700])}}}\n"
                 f"  voice:\n    tone: {phrase(3)}\n    guidance: |\n{text}\n")
        f.write(block)
        written += len(block.encode())
        i += 1
