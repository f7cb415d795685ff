#!/usr/bin/env python3
"""Writes every benchmark input into OUT (a scratch folder outside git), deterministically:

  yaml/guide.yaml, yaml/products.yaml   ~SIZE_MB each: a brand-guide-like file and a product list
  compile/brand/brand.yaml              a brand guide whose system instruction is ~50,000 tokens
  compile/brand-small/brand.yaml        the same guide with a tenth of the rules: ~5,000 tokens
  compile/brand/logo.png, photos/*.png  a few reference images (valid PNGs of noise)
  compile/feed-N.csv                    Merchant Center feeds of N products (N from --feeds)
  compile/feed-remote-N.csv             N products whose images are remote links (one A007 note a row)
  compile/ids-1000000.csv               1M ids, two columns: the duplicate-id table at scale
  tokens/multilingual.txt               ~TOKENS_MB of the multilingual token corpus, repeated

usage: generate.py OUT [--yaml-mb 50] [--feeds 10000,100000] [--tokens-mb 4] [--corpus DIR]
"""
import argparse
import os
import random
import struct
import zlib

WORDS = "brand colour bold clean modern warm café naïve 日本 premium soft light dark accent".split()
PLAIN = ("merino shell jacket trail fleece recycled nylon waterproof seam zip hood cuff knit grid "
         "canvas leather strap buckle pocket lining insulated breathable stretch ripstop").split()


def phrase(rng, n, words=WORDS):
    return " ".join(rng.choice(words) for _ in range(n))


def write_loader_inputs(out, size):
    """The two shapes the notes measured: many small mappings, and nested mappings with text blocks."""
    rng = random.Random(42)
    with open(f"{out}/products.yaml", "w", encoding="utf-8") as f:
        written, i = 0, 0
        while written < size:
            block = (f"- id: SKU-{i:07d}\n  title: \"{phrase(rng, 5)}\"\n  price: {rng.randint(1, 99999) / 100}\n"
                     f"  in_stock: {rng.choice(['true', 'false'])}\n  tags: [{', '.join(rng.choice(WORDS) for _ in range(3))}]\n"
                     f"  description: {phrase(rng, 12)}\n")
            f.write(block)
            written += len(block.encode())
            i += 1
    with open(f"{out}/guide.yaml", "w", encoding="utf-8") as f:
        written, i = 0, 0
        while written < size:
            text = "\n".join("      " + phrase(rng, 14) for _ in range(8))
            block = (f"section-{i}:\n  colors:\n    primary: \"#{rng.randint(0, 0xFFFFFF):06X}\"\n"
                     f"    accent: '#{rng.randint(0, 0xFFFFFF):06x}'\n"
                     f"  typography: {{family: Inter, size: {rng.randint(8, 72)}, weight: {rng.choice([400, 700])}}}\n"
                     f"  voice:\n    tone: {phrase(rng, 3)}\n    guidance: |\n{text}\n")
            f.write(block)
            written += len(block.encode())
            i += 1


def png(path, seed, side=64):
    """A valid RGB PNG of noise (incompressible: ~12 KB at 64 px)."""
    rng = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(rng.getrandbits(8) for _ in range(side * 3)) for _ in range(side))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def sentence(rng):
    return " ".join(rng.choice(PLAIN) for _ in range(rng.randint(14, 22))).capitalize() + "."


def write_brand(out, folder="brand", scale=10):
    """Rules in the system instruction (voice, logo and photography rules): ~50k tokens at scale 10
    (~200 KB), ~5k tokens at scale 1. Palette and avoid stay short: the template renders them into
    every product's prompt."""
    rng = random.Random(7)
    os.makedirs(f"{out}/{folder}", exist_ok=True)
    png(f"{out}/{folder}/logo.png", 1)
    rules = lambda n: "\n".join(f"    - {sentence(rng)}" for _ in range(n))
    guide = f"""brandc: 1
identity:
  name: Benchmark Outfitters
  tagline: Built for measuring.
  mission: Make every catalogue image consistent.
voice:
  tone: [practical, understated]
  do:
{rules(40 * scale)}
  dont:
{rules(40 * scale)}
colors:
  forest: {{ hex: "#1B3A2D", name: Forest, role: primary }}
  ember: {{ hex: "#D9541E", name: Ember, role: secondary }}
  snow: {{ hex: "#FAFAF7", name: Snow, role: background }}
typography:
  Latn: {{ family: Work Sans, weight: "600" }}
logo:
  files: [logo.png]
  clear-space: the height of the mark on every side
  rules:
{rules(12 * scale)}
photography:
  style: honest catalogue photography
  lighting: even studio light, no harsh shadows
  composition: product centred, fully in frame, 10% margin
  background: pure white seamless
  rules:
{rules(18 * scale)}
avoid: [harsh shadows, props, people]
locales:
  en:
    copy:
      badge: New season
channels:
  pdp: {{ aspect-ratio: "4:5", image-size: 2K }}
"""
    with open(f"{out}/{folder}/brand.yaml", "w", encoding="utf-8") as f:
        f.write(guide)


def write_feed(out, count):
    rng = random.Random(count)
    os.makedirs(f"{out}/photos", exist_ok=True)
    for i in range(3):
        png(f"{out}/photos/p{i}.png", 100 + i)
    columns = "id,title,description,link,image_link,brand,color,material,size,gender,age_group,product_type,price"
    with open(f"{out}/feed-{count}.csv", "w", encoding="utf-8", newline="") as f:
        f.write(columns + "\n")
        for i in range(count):
            title = " ".join(rng.choice(PLAIN) for _ in range(4)).title()
            description = sentence(rng) + " " + sentence(rng)
            f.write(f"BM-{i:07d},\"{title}, Size {rng.choice('SML')}\",\"{description}\",https://bench.example/p/{i},"
                    f"photos/p{i % 3}.png,Benchmark Outfitters,{rng.choice(['rust', 'olive', 'charcoal'])},"
                    f"recycled nylon,{rng.choice('SML')},unisex,adult,Apparel > Jackets,{rng.randint(1000, 30000) / 100:.2f} USD\n")


def write_remote_feed(out, count):
    """Merchant Center rows as shops export them: `image_link` and two `additional_image_link` URLs.
    brandc downloads no images, so every row gets a note; the run must stay linear in the rows."""
    rng = random.Random(count + 1)
    columns = "id,title,description,image_link,additional_image_link,brand,color,price"
    with open(f"{out}/feed-remote-{count}.csv", "w", encoding="utf-8", newline="") as f:
        f.write(columns + "\n")
        for i in range(count):
            title = " ".join(rng.choice(PLAIN) for _ in range(4)).title()
            f.write(f"RM-{i:07d},\"{title}\",\"{sentence(rng)}\",https://cdn.bench.example/{i}/main.jpg,"
                    f"\"https://cdn.bench.example/{i}/a.jpg,https://cdn.bench.example/{i}/b.jpg\",Benchmark Outfitters,"
                    f"{rng.choice(['rust', 'olive'])},{rng.randint(1000, 30000) / 100:.2f} USD\n")


def write_shopify_feed(out, products):
    """A Shopify product export: every field quoted, CRLF, HTML bodies with commas, doubled quotes and
    a line feed inside, three variant rows per handle (the first carries the product's fields)."""
    rng = random.Random(products + 2)
    columns = ("Handle,Title,Body (HTML),Vendor,Type,Tags,Option1 Name,Option1 Value,Variant SKU,Variant Price,"
               "Image Src,Image Position")
    with open(f"{out}/shopify-{products}.csv", "w", encoding="utf-8", newline="") as f:
        f.write(columns + "\r\n")
        for i in range(products):
            title = " ".join(rng.choice(PLAIN) for _ in range(3)).title()
            body = f"<p>{sentence(rng)}</p>\n<ul><li>26\" back, {rng.choice(PLAIN)}</li></ul>".replace('"', '""')
            for v, size in enumerate("SML"):
                first = v == 0
                fields = [f"sh-{i:07d}", title if first else "", body if first else "", "Benchmark Outfitters" if first else "",
                          "Jackets" if first else "", "shell, rain" if first else "", "Size" if first else "", size,
                          f"SH-{i:07d}-{size}", f"{rng.randint(1000, 30000) / 100:.2f}",
                          f"photos/p{(i + v) % 3}.png", str(v + 1)]
                f.write(",".join(f'"{field}"' for field in fields) + "\r\n")


def write_ids(out, count):
    with open(f"{out}/ids-{count}.csv", "w", encoding="utf-8") as f:
        f.write("id,title\n")
        for i in range(count):
            f.write(f"ID-{i:09d},Item {i}\n")


def write_tokens(out, corpus, size):
    texts = [open(os.path.join(corpus, name), encoding="utf-8").read()
             for name in sorted(os.listdir(corpus)) if name.endswith(".txt")]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    with open(f"{out}/multilingual.txt", "w", encoding="utf-8") as f:
        written = 0
        while written < size:
            for line in lines:
                f.write(line + "\n")
                written += len(line.encode()) + 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--yaml-mb", type=int, default=50)
    parser.add_argument("--feeds", default="10000,100000")
    parser.add_argument("--tokens-mb", type=int, default=4)
    parser.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "../Tests/Fixtures/tokens/corpus"))
    args = parser.parse_args()
    for folder in ("yaml", "compile", "tokens"):
        os.makedirs(f"{args.out}/{folder}", exist_ok=True)
    write_loader_inputs(f"{args.out}/yaml", args.yaml_mb << 20)
    write_brand(f"{args.out}/compile")
    write_brand(f"{args.out}/compile", "brand-small", scale=1)
    for count in (int(n) for n in args.feeds.split(",") if n):
        write_feed(f"{args.out}/compile", count)
    write_shopify_feed(f"{args.out}/compile", 10_000)
    for count in (2_000, 8_000):
        write_remote_feed(f"{args.out}/compile", count)
    write_ids(f"{args.out}/compile", 1_000_000)
    write_tokens(f"{args.out}/tokens", args.corpus, args.tokens_mb << 20)


if __name__ == "__main__":
    main()
