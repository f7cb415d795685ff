#!/usr/bin/env python3
"""The fair Python baseline for `brandc compile --feed F --target gemini-batch --out -`: a competent
pipeline doing the same work, written the fast way (benchmark-notes.md):

* the guide is parsed once (PyYAML's C loader) and its system instruction built once;
* the template is compiled once (Jinja2), and what depends only on the guide is rendered once;
* each reference image is read and base64-encoded once (cached by path);
* the constant JSON fragments (system instruction, logo part, generation config) are serialized
  once (orjson) and spliced around the per-product part: key, prompt text, product photo.

Writes one Batch API JSONL line per product to standard output, in the same shape as brandc's
(sorted keys, compact). usage: pipeline.py BRAND.yaml FEED.csv
"""
import base64
import csv
import os
import sys

import jinja2
import orjson
import yaml

brand_path, feed_path = sys.argv[1], sys.argv[2]
guide = yaml.load(open(brand_path, "rb"), Loader=yaml.CSafeLoader)
brand_folder, feed_folder = os.path.dirname(brand_path), os.path.dirname(feed_path)


def section(title, items):
    return f"{title}:\n" + "\n".join(f"- {item}" for item in items) if items else None


identity = guide["identity"]
voice, photo, logo = guide["voice"], guide["photography"], guide["logo"]
colors = [{"name": c["name"], "hex": c["hex"], "role": c.get("role")} for c in guide["colors"].values()]
system_text = "\n\n".join(s for s in [
    "\n".join([f"You create images for {identity['name']} that follow its brand guide exactly.",
               f"Tagline: {identity['tagline']}", f"Mission: {identity['mission']}"]),
    section("Voice", [f"Tone: {t}" for t in voice["tone"]] + [f"Do: {d}" for d in voice["do"]]
            + [f"Don't: {d}" for d in voice["dont"]]),
    section("Palette", [f"{c['name']} {c['hex']} ({c['role']})" for c in colors]),
    section("Typography by script", [f"{k}: {v['family']} {v['weight']}" for k, v in guide["typography"].items()]),
    section("Logo rules", [f"Clear space: {logo['clear-space']}"] + logo["rules"]),
    section("Photography", [f"Style: {photo['style']}", f"Lighting: {photo['lighting']}",
                            f"Composition: {photo['composition']}", f"Background: {photo['background']}"] + photo["rules"]),
    section("Avoid", guide["avoid"]),
] if s)

environment = jinja2.Environment(autoescape=False, keep_trailing_newline=False)
brand_block = environment.from_string(
    "Brand: {{ name }} ({{ tagline }})\nPalette: {% for c in colors %}{{ c.name }} {{ c.hex }} as {{ c.role }}; {% endfor %}\n"
    "Photography: {{ photo.style }}. Lighting: {{ photo.lighting }}. Background: {{ photo.background }}."
).render(name=identity["name"], tagline=identity["tagline"], colors=colors, photo=photo)
channel = guide["channels"]["pdp"]
template = environment.from_string(
    'Create a catalogue photograph of the product "{{ p.title }}" ({{ p.id }}) for ' + identity["name"] + "'s product detail page.\n\n"
    + brand_block + "\n\nProduct facts:\n{% for name, value in p.attributes %}- {{ name }}: {{ value }}\n{% endfor %}"
    "Description: {{ p.description }}\n\nReference images: image 1 is a photo of the product; image 2 is the brand logo; "
    "reproduce the product exactly as in the product photos: shape, colour, label and proportions.\n"
    "Composition: " + photo["composition"] + ". Aspect ratio " + channel["aspect-ratio"] + ".\n"
    "Avoid: " + "; ".join(guide["avoid"]) + "; no text other than what is printed on the product itself.")

images = {}


def image_part(path):
    """`{"inlineData":{"data":…,"mimeType":"image/png"}}`, serialized once per file."""
    if path not in images:
        data = base64.b64encode(open(path, "rb").read()).decode()
        images[path] = orjson.dumps({"inlineData": {"data": data, "mimeType": "image/png"}}, option=orjson.OPT_SORT_KEYS)
    return images[path]


logo_part = image_part(os.path.join(brand_folder, logo["files"][0]))
generation = orjson.dumps({"imageConfig": {"aspectRatio": channel["aspect-ratio"], "imageSize": channel["image-size"]},
                           "responseModalities": ["TEXT", "IMAGE"]}, option=orjson.OPT_SORT_KEYS)
system = orjson.dumps({"parts": [{"text": system_text}]})
tail = b'],"role":"user"}],"generationConfig":' + generation + b',"systemInstruction":' + system + b"}}\n"

out = sys.stdout.buffer
attribute_columns = ("color", "material", "size", "gender", "age_group")
with open(feed_path, newline="", encoding="utf-8") as feed:
    for row in csv.DictReader(feed):
        product = {"id": row["id"], "title": row["title"], "description": row["description"],
                   "attributes": [(name, row[name]) for name in attribute_columns if row.get(name)]}
        key = f"{row['id']}/product-on-white/en"
        out.write(b"".join((
            b'{"key":', orjson.dumps(key), b',"request":{"contents":[{"parts":[{"text":',
            orjson.dumps(template.render(p=product)), b"},", image_part(os.path.join(feed_folder, row["image_link"])),
            b",", logo_part, tail)))
