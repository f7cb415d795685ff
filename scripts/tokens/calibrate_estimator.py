#!/usr/bin/env python3
"""Calibrates BrandTokens' offline token estimator against Google's SentencePiece, from the corpus.

The estimator sorts each Unicode scalar into a coarse class by code-point ranges (CLASSES below) and
sums a per-class cost in tokens per scalar; the count is the sum rounded up. One context rule: an
ASCII space followed by a letter of a spaced script ("word" classes) is class `spaceBeforeWord`,
since SentencePiece mostly merges it into the next piece; other spaces are class `space`.
Scalars in no class cost their UTF-8 length (the byte-fallback worst case), digits at least 1.

Calibration: every token of the exact encoding of each corpus file is shared out over the scalars
its byte span covers (a byte-fallback token with an empty span goes to the scalar it starts). A
class's cost starts as its pooled tokens per scalar over the whole corpus; then, while some file's
estimate is below its exact count plus 3 % headroom, the class that closes the gap at the least
extra overestimate across the whole corpus is raised just enough. So on every corpus file the
estimate is at least the exact count (and 3 % above it before rounding).

Writes (always all three, so they cannot drift apart):
  Sources/BrandTokens/Estimate/EstimatorTable.swift  the ranges and costs the Swift estimator uses
  Tests/Fixtures/tokens/goldens/estimates.tsv        per file: exact count, the estimate (the Swift
                                                     test checks it gives the same estimate)
  docs/tokens.md                                     the error table between its table markers

Usage: python3 scripts/tokens/calibrate_estimator.py [--model PATH]
Needs: pip install sentencepiece
"""
import argparse
import bisect
import math
import os
import re
from pathlib import Path

import sentencepiece

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "Fixtures" / "tokens"

# (class name, is a "word" class that a preceding space joins, code-point ranges, inclusive)
CLASSES = [
    ("latinBasic", True, [(0x41, 0x5A), (0x61, 0x7A)]),
    # Accented letters are where German, French... spend their extra tokens.
    ("latinAccented", True, [(0xAA, 0xAA), (0xB5, 0xB5), (0xBA, 0xBA), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x2AF),
                             (0x1E00, 0x1EFF)]),
    ("greek", True, [(0x370, 0x3FF), (0x1F00, 0x1FFF)]),
    ("cyrillic", True, [(0x400, 0x52F)]),
    ("hebrew", True, [(0x5D0, 0x5F4), (0xFB1D, 0xFB4F)]),
    ("hebrewMark", False, [(0x591, 0x5C7)]),
    ("arabic", True, [(0x600, 0x64A), (0x660, 0x66F), (0x671, 0x6D5), (0x6EE, 0x6FF), (0x750, 0x77F),
                      (0x8A0, 0x8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFE)]),
    ("arabicMark", False, [(0x64B, 0x65F), (0x670, 0x670), (0x6D6, 0x6ED)]),
    ("devanagari", True, [(0x900, 0x97F), (0xA8E0, 0xA8FF)]),
    ("thai", True, [(0xE00, 0xE7F)]),
    ("hangul", True, [(0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)]),
    ("kana", False, [(0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F)]),
    ("han", False, [(0x2E80, 0x2FDF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)]),
    ("rareHan", False, [(0x20000, 0x3FFFF)]),
    ("digit", False, [(0x30, 0x39)]),
    ("asciiSymbol", False, [(0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E)]),
    ("lineBreak", False, [(0x0A, 0x0A), (0x0D, 0x0D)]),
    ("tab", False, [(0x09, 0x09)]),
    ("combiningMark", False, [(0x300, 0x36F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F)]),
    ("punctuation", False, [(0xA0, 0xA9), (0xAB, 0xB4), (0xB6, 0xB9), (0xBB, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7),
                            (0x2000, 0x200C), (0x200E, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x23FF),
                            (0x2500, 0x25FF), (0x3000, 0x303F), (0xFEFF, 0xFEFF), (0xFF01, 0xFF65)]),
    ("emoji", False, [(0x200D, 0x200D), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0xFE00, 0xFE0F),
                      (0x1F000, 0x1FAFF), (0xE0020, 0xE007F)]),
    ("privateUse", False, [(0xE000, 0xF8FF)]),
]
CONTEXT_CLASSES = ["space", "spaceBeforeWord"]
NAMES = [name for name, _, _ in CLASSES] + CONTEXT_CLASSES
WORD = {name for name, word, _ in CLASSES if word}
OTHER = -1
MARGIN = 1.03  # each corpus file's estimate must reach its exact count plus this headroom

RANGES = sorted((lo, hi, NAMES.index(name)) for name, _, ranges in CLASSES for lo, hi in ranges)
STARTS = [lo for lo, _, _ in RANGES]
for (_, hi, _), (lo, _, _) in zip(RANGES, RANGES[1:]):
    assert hi < lo, f"overlapping ranges at {lo:#x}"
# No scalar can cost more tokens than its UTF-8 bytes (byte fallback); a space is one `▁` piece at most.
CAPS = [max(len(chr(hi).encode("utf-8")) for _, _, ranges in [c] for _, hi in ranges) for c in CLASSES] + [1.0, 1.0]


def classify(text: str) -> list[int]:
    """The class index of each scalar of `text` (OTHER for none), with the space context rule."""
    classes = []
    for cp in map(ord, text):
        at = bisect.bisect_right(STARTS, cp) - 1
        classes.append(RANGES[at][2] if at >= 0 and cp <= RANGES[at][1] else OTHER)
    for index, ch in enumerate(text):
        if ch == " ":
            following = classes[index + 1] if index + 1 < len(text) else OTHER
            word = following != OTHER and NAMES[following] in WORD
            classes[index] = NAMES.index("spaceBeforeWord" if word else "space")
    return classes


def estimate(text: str, costs: list[float]) -> int:
    total = 0.0
    for ch, cls in zip(text, classify(text)):
        total += len(ch.encode("utf-8")) if cls == OTHER else costs[cls]
    return math.ceil(total - 1e-9)


def attribute(processor, text: str) -> tuple[int, list[float], list[int]]:
    """Exact token count, and tokens and scalars per class."""
    encoded = text.encode("utf-8")
    char_at_byte, starts = {}, []
    offset = 0
    for index, ch in enumerate(text):
        char_at_byte[offset] = index
        starts.append(offset)
        offset += len(ch.encode("utf-8"))
    share = [0.0] * len(text)
    spt = processor.encode(text, return_type="proto")
    for piece in spt.pieces:
        if piece.end == piece.begin:
            share[char_at_byte[piece.begin]] += 1.0
            continue
        first = bisect.bisect_left(starts, piece.begin)
        last = bisect.bisect_left(starts, piece.end)
        for index in range(first, last):
            share[index] += 1.0 / (last - first)
    assert len(encoded) == offset
    tokens, scalars = [0.0] * len(NAMES), [0] * len(NAMES)
    for cls, amount in zip(classify(text), share):
        if cls != OTHER:
            tokens[cls] += amount
            scalars[cls] += 1
    return len(spt.pieces), tokens, scalars


def calibrate(texts: list[str], measured: list[tuple]) -> list[float]:
    """Pooled tokens per scalar of each class over the corpus, then raised until no file is undercounted."""
    tokens = [sum(m[1][cls] for m in measured) for cls in range(len(NAMES))]
    scalars = [sum(m[2][cls] for m in measured) for cls in range(len(NAMES))]
    costs = [tokens[cls] / scalars[cls] if scalars[cls] else 1.0 for cls in range(len(NAMES))]
    digit = NAMES.index("digit")
    costs[digit] = max(1.0, costs[digit])
    fixed_other = [sum(len(ch.encode("utf-8")) for ch, cls in zip(text, classify(text)) if cls == OTHER)
                   for text in texts]
    changed = True
    while changed:
        changed = False
        for text, (exact, _, counts), other in zip(texts, measured, fixed_other):
            total = other + sum(counts[cls] * costs[cls] for cls in range(len(NAMES)))
            deficit = exact * MARGIN - total
            if deficit <= 0:
                continue
            # Raise the class that fixes this file at the least extra overestimate, summed over all
            # files relative to their size: markup or repeated symbols are then paid for by their own
            # classes rather than by the letters of every ordinary text.
            def penalty(cls):
                spread = sum(m[2][cls] / m[0] for m in measured)
                return spread / counts[cls]
            candidates = [cls for cls in range(len(NAMES)) if cls != digit and counts[cls] and costs[cls] < CAPS[cls]]
            cheapest = min(candidates, key=penalty)
            if os.environ.get("CALIBRATE_DEBUG"):
                print(f"raise {NAMES[cheapest]} for {text[:20]!r}: deficit {deficit:.2f}")
            costs[cheapest] = min(CAPS[cheapest], costs[cheapest] + deficit / counts[cheapest] + 1e-9)
            changed = True
    return costs


def swift_table(costs: list[float]) -> str:
    lines = [
        "// Generated by scripts/tokens/calibrate_estimator.py from Tests/Fixtures/tokens/corpus; do not edit.",
        "// Regenerate after changing the corpus or the classes: python3 scripts/tokens/calibrate_estimator.py",
        "",
        "/// The coarse classes of the estimator, each with a calibrated cost in tokens per scalar.",
        "enum EstimateClass: UInt8, CaseIterable, Sendable {",
    ]
    lines += [f"    case {name} = {index}" for index, name in enumerate(NAMES)]
    lines += ["", "    /// Tokens per scalar, calibrated so that no corpus file is undercounted.",
              "    var cost: Double {", "        switch self {"]
    lines += [f"        case .{name}: {costs[index]!r}" for index, name in enumerate(NAMES)]
    lines += ["        }", "    }", "", "    /// Whether a space before a scalar of this class usually merges into its piece.",
              "    var joinsPrecedingSpace: Bool {", "        switch self {",
              "        case " + ", ".join(f".{name}" for name in NAMES if name in WORD) + ": true",
              "        default: false", "        }", "    }", "}", "",
              "/// Code-point ranges, sorted and disjoint: `(first, last, class)`.",
              "let estimateClassRanges: [(first: UInt32, last: UInt32, estimateClass: EstimateClass)] = ["]
    lines += [f"    (0x{lo:X}, 0x{hi:X}, .{NAMES[cls]})," for lo, hi, cls in RANGES]
    lines += ["]", ""]
    return "\n".join(lines)


def main() -> None:
    shared = Path(os.environ.get("BRANDC_SHARED") or ROOT.parent / "shared")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path,
                        default=shared / "reference" / "tokenizers" / "gemini-gemma3-262k.spm.model")
    args = parser.parse_args()
    processor = sentencepiece.SentencePieceProcessor(model_file=str(args.model))
    files = {path.stem: path.read_bytes().decode("utf-8") for path in sorted((FIXTURES / "corpus").glob("*.txt"))}
    measured = {name: attribute(processor, text) for name, text in files.items()}

    costs = calibrate(list(files.values()), list(measured.values()))
    costs = [math.ceil(cost * 10000) / 10000 for cost in costs]  # round up: stays conservative

    (ROOT / "Sources" / "BrandTokens" / "Estimate" / "EstimatorTable.swift").write_text(swift_table(costs))
    rows, tsv = [], ["# file\tscalars\texact\testimate; regenerate with scripts/tokens/calibrate_estimator.py"]
    for name, text in files.items():
        exact = measured[name][0]
        guess = estimate(text, costs)
        lines = [line for line in text.split("\n") if line]
        worst_line = min(estimate(line, costs) / max(1, len(processor.encode(line))) for line in lines)
        tsv.append(f"{name}\t{len(text)}\t{exact}\t{guess}")
        rows.append(f"| {name} | {len(text)} | {exact} | {len(text) / exact:.2f} | {guess} | "
                    f"{100 * (guess - exact) / exact:+.1f} % | {100 * (worst_line - 1):+.1f} % |")
    (FIXTURES / "goldens" / "estimates.tsv").write_text("\n".join(tsv) + "\n")
    table = "\n".join([
        "| corpus file | scalars | exact tokens | scalars per token | estimate | estimate vs exact | worst line |",
        "|---|---:|---:|---:|---:|---:|---:|", *rows])
    costs_table = "\n".join(["| class | tokens per scalar |", "|---|---:|",
                             *(f"| `{name}` | {costs[index]:.4f} |" for index, name in enumerate(NAMES))])
    docs = ROOT / "docs" / "tokens.md"
    content = docs.read_text()
    content = re.sub(r"(<!-- estimator-table:begin -->\n).*?(<!-- estimator-table:end -->)",
                     lambda m: m.group(1) + table + "\n" + m.group(2), content, flags=re.S)
    content = re.sub(r"(<!-- estimator-costs:begin -->\n).*?(<!-- estimator-costs:end -->)",
                     lambda m: m.group(1) + costs_table + "\n" + m.group(2), content, flags=re.S)
    docs.write_text(content)
    print(table)
    print(costs_table)


if __name__ == "__main__":
    main()
