#!/usr/bin/env python3
"""Turns the `name value` lines Benchmarks/run.sh records into a table (printed) and
Benchmarks/RESULTS.md (Markdown, with the machine noted). usage: report.py RESULTS.txt RESULTS.md"""
import datetime
import os
import platform
import sys

values = {}
for line in open(sys.argv[1]):
    name, _, value = line.strip().partition(" ")
    values[name] = value


def number(name):
    try:
        return float(values[name])
    except (KeyError, ValueError):
        return None


def fmt(value, digits=1):
    return "—" if value is None else f"{value:,.{digits}f}"


rows = []  # (measurement, brandc, baseline, ratio, target)


def speedup(baseline_seconds, seconds, name):
    if not baseline_seconds or not seconds:
        return "—"
    ratio = baseline_seconds / seconds
    return f"{ratio:.1f}x faster than {name}" if ratio >= 1 else f"{1 / ratio:.1f}x slower than {name}"


for shape in ("guide", "products"):
    swift, c, py = number(f"loader.{shape}.swift"), number(f"loader.{shape}.c"), number(f"loader.{shape}.pyyaml")
    rss = number(f"loader.{shape}.rss_kb")
    rows.append((f"Loader, {values.get(f'yaml.{shape}.mb', '?')} MB {shape}-like YAML",
                 f"{fmt(swift)} MB/s ({fmt(rss and rss / 1024, 0)} MB RSS)",
                 f"C event loop {fmt(c)} MB/s; PyYAML C loader {fmt(py)} MB/s",
                 f"{fmt(c and swift and c / swift, 2)}x the C loop's time", "≤ 1.5x"))
guides = {"large": "~50,000-token guide", "small": "~5,000-token guide"}
for guide, guide_words in guides.items():
    counts = sorted({int(k.split(".")[2]) for k in values if k.startswith(f"compile.{guide}.") and k.split(".")[2].isdigit()})
    for count in counts:
        key = f"compile.{guide}.{count}"
        seconds, size, cpu = number(f"{key}.seconds"), number(f"{key}.bytes"), number(f"{key}.cpu")
        py_seconds, py_size = number(f"python.{guide}.{count}.seconds"), number(f"python.{guide}.{count}.bytes")
        # cat read whole copies of a block: scale its time to exactly brandc's byte count.
        cat_seconds, cat_size = number(f"cat.{guide}.{count}.seconds"), number(f"cat.{guide}.{count}.bytes")
        cat_seconds = cat_seconds * size / cat_size if cat_seconds and cat_size and size else None
        rate = lambda s, b: f"{fmt(count / s, 0)} products/s, {fmt(b / s / 1e6, 0)} MB/s" if s and b else "—"
        rows.append((f"Compile {count:,} products, {guide_words} → Batch JSONL ({fmt(size and size / 1e9, 2)} GB) into /dev/null",
                     f"{fmt(seconds, 2)} s ({fmt(cpu, 2)} s CPU): {rate(seconds, size)}",
                     f"Python pipeline {fmt(py_seconds, 2)} s: {rate(py_seconds, py_size)}",
                     speedup(py_seconds, seconds, "Python"), "≥ 10x faster"))
        rows.append((f"Same, vs `cat` of the same bytes", f"{fmt(seconds, 2)} s",
                     f"`cat` {fmt(cat_seconds, 2)} s (page cache → /dev/null)",
                     f"{fmt(seconds and cat_seconds and seconds / cat_seconds, 1)}x cat's time", "≤ 3x"))
        pipe, py_pipe = number(f"{key}.pipe_seconds"), number(f"python.{guide}.{count}.pipe_seconds")
        rows.append((f"Same, into a pipe (`| wc -c`)", f"{fmt(pipe, 2)} s", f"Python pipeline {fmt(py_pipe, 2)} s",
                     speedup(py_pipe, pipe, "Python"), ""))
        rows.append((f"Peak RSS, compile {count:,} products, {guide_words}", f"{fmt(number(f'{key}.rss_kb') and number(f'{key}.rss_kb') / 1024, 0)} MB",
                     f"Python pipeline {fmt(number(f'python.{guide}.{count}.rss_kb') and number(f'python.{guide}.{count}.rss_kb') / 1024, 0)} MB",
                     "", "< 100 MB, flat"))
if "ids.1000000.rss_kb" in values:
    rows.append(("Peak RSS, `brandc lint` of a 1,000,000-id CSV feed (duplicate-id table)",
                 f"{fmt(number('ids.1000000.rss_kb') / 1024, 0)} MB in {fmt(number('ids.1000000.seconds'), 1)} s",
                 f"10-row feed {fmt((number('ids.10.rss_kb') or 0) / 1024, 0)} MB", "", "< 100 MB"))
for name in ("estimator", "sentencepiece", "o200k"):
    swift = number(f"tokens.swift.{name}")
    baseline_name = {"sentencepiece": "sentencepiece", "o200k": "tiktoken"}.get(name)
    baseline = number(f"tokens.python.{baseline_name}") if baseline_name else None
    if swift is None:
        continue
    rows.append((f"Token counting, {name}, {fmt(number('tokens.mb'), 1)} MB multilingual text, line by line",
                 f"{fmt(swift, 2)} MB/s",
                 f"Python {baseline_name} {fmt(baseline, 2)} MB/s" if baseline_name else "",
                 f"{fmt(baseline and swift / baseline, 2)}x the baseline's speed" if baseline else "", ""))
for concurrency in (4, 8, 16):
    seconds, bound = number(f"submit.{concurrency}.seconds"), number(f"submit.{concurrency}.bound")
    products = number(f"submit.{concurrency}.products")
    if not seconds:
        continue
    achieved = products / seconds
    rows.append((f"`brandc build`, {int(products)} products, concurrency {concurrency}, fake provider with fixed latency",
                 f"{fmt(achieved, 1)} requests/s ({values.get(f'submit.{concurrency}.answered', '?')} answered)",
                 f"bound C / latency = {fmt(bound, 1)} requests/s", f"{fmt(100 * achieved / bound, 0)} % of the bound", "≥ 95 %"))

small_remote, large_remote = number("remote.2000.seconds"), number("remote.8000.seconds")
rows.append(("Compile of a feed whose images are remote links (a note on every row), 2,000 and 8,000 rows",
             f"{fmt(small_remote, 2)} s and {fmt(large_remote, 2)} s", "the same command at a quarter of the rows",
             f"{fmt(small_remote and large_remote and large_remote / small_remote, 1)}x the time for 4x the rows",
             "≈ 4x (linear)"))

machine = f"{platform.node()}: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, {platform.platform()}"
try:
    model = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    machine = f"{model}, {os.cpu_count()} cores, {platform.platform()}"
except (OSError, StopIteration):
    pass
header = "| Measurement | brandc | Baseline (same run) | Ratio | Target |\n|---|---|---|---|---|\n"
table = header + "".join(f"| {' | '.join(row)} |\n" for row in rows)
print(table)
with open(sys.argv[2], "w") as f:
    history = os.path.join(os.path.dirname(os.path.abspath(__file__)), "HISTORY.md")
    f.write(f"# Benchmark results\n\nWritten by `Benchmarks/run.sh` on {datetime.date.today()} — {machine}.\n"
            f"Figures move with load; the baselines ran in the same run. "
            f"Byte-identical stream and folder output: {values.get('compile.stdout_matches_file', 'not checked')}.\n\n{table}")
    if os.path.exists(history):
        f.write("\n" + open(history, encoding="utf-8").read())
