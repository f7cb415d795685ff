#!/usr/bin/env python3
"""Latin read-back accuracy of `brandc check IMAGE`: 8 phrases x 3 colour conditions, each rendered
exactly and with one changed letter (ImageMagick, DejaVu Sans Bold 64 px, 1376 x 768). Prints false
alarms on exact renders and the share of defects caught. Run from anywhere; not part of the tests."""
import os, subprocess, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = tempfile.mkdtemp(prefix="brandc-accuracy-")
os.chdir(WORK)
TEMPLATE = os.path.join(WORK, "hero.mustache")
with open(TEMPLATE, "w") as f:
    f.write('---\nname: hero\ntarget: gemini-3.1-flash-image\naspect-ratio: "16:9"\nimage-size: 1K\nresponse: [image]\n'
            'text-blocks:\n  - role: headline\n---\nA hero image for {{brand.name}}.\n{{#text_blocks}}\n{{{block}}}\n{{/text_blocks}}\n')
phrases = ["Tea, the slow way.", "Shizuoka's spring, in one cup.", "Shop the spring harvest", "First flush, picked by hand",
           "Brewed cold overnight", "Café crème, naturally", "Grassy, sweet and bright", "New season at Kumo"]
def defect(p, i):
    # change one letter (not a space) deterministically
    idx = [k for k, c in enumerate(p) if c.isalpha()][ (i * 7) % len([c for c in p if c.isalpha()]) ]
    c = p[idx]; r = 'x' if c.lower() != 'x' else 'q'
    if c == 'é': r = 'e'
    return p[:idx] + r + p[idx+1:]
conds = [("#F7F3EA", "#1B1B1F"), ("#F7F3EA", "#0A5CFF"), ("#0A5CFF", "#FFFFFF")]
font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
brandc = os.environ.get("BENCH_BRANDC", os.path.join(ROOT, ".build/debug/brandc"))
stats = {"exact_ok": 0, "exact_n": 0, "defect_caught": 0, "defect_n": 0}
for i, p in enumerate(phrases):
    with open(f"p{i}.yaml", "w") as f:
        f.write(f'id: p{i}\ntitle: P\nbrand: Kumo Tea Co.\ncopy:\n  en:\n    headline: "{p}"\n')
    for bg, fg in conds:
        for kind, text in (("exact", p), ("defect", defect(p, i))):
            subprocess.run(["convert-im6.q16", "-size", "1376x768", f"xc:{bg}", "-font", font, "-pointsize", "64", "-fill", fg,
                            "-gravity", "center", "-annotate", "+0+0", text, "img.png"], check=True)
            out = subprocess.run([brandc, "check", "img.png", "--brand", os.path.join(ROOT, "brands/kumo/brand.yaml"), "--template",
                                  TEMPLATE, "--product", f"p{i}.yaml", "--locale", "en"], capture_output=True, text=True).stdout
            text_error = "V010" in out or "V011" in out
            if kind == "exact":
                stats["exact_n"] += 1; stats["exact_ok"] += (not text_error)
                if text_error: print("FALSE ALARM", bg, fg, out.splitlines()[0])
            else:
                stats["defect_n"] += 1; stats["defect_caught"] += text_error
                if not text_error: print("MISSED", text, out[:200])
print(stats)
