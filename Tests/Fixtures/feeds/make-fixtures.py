#!/usr/bin/env python3
"""Writes the feed fixtures whose exact bytes matter (BOM, CRLF, U+2028, NFD, ZIP magic).

Run from this folder: python3 make-fixtures.py. The tests read the files; they never run this.
"""
import io
import zipfile

LS = "\u2028"


def write(name, text, bom=False, newline="\n"):
    data = text.replace("\n", newline).encode("utf-8")
    with open(name, "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data)


def quoted(fields):
    return ",".join('"' + f.replace('"', '""') + '"' for f in fields)


# Shopify export: BOM + CRLF, every field quoted, a multi-line HTML body with LF and U+2028 inside,
# the rows of `organic-tee` not adjacent, an image-only handle, an NFD title, an entity in a title.
header = ["Handle", "Title", "Body (HTML)", "Vendor", "Type", "Tags", "Option1 Name", "Option1 Value",
          "Variant SKU", "Variant Price", "Image Src", "Image Position"]
rows = [
    ["organic-tee", "Organic  Tee\u3000®", "<p>Soft &amp; light.</p>\n<ul><li>100% cotton" + LS + "GOTS</li>\n</ul>",
     "Northwind", "Shirts", "summer, cotton", "Size", "S", "NW-TEE-S", "24.00", "https://cdn.example/tee-front.jpg", "1"],
    ["organic-tee", "", "", "", "", "", "", "M", "NW-TEE-M", "24.00", "", ""],
    ["mm-mug", "M&amp;M Mug 12\"", "<p>Stoneware.</p>", "Northwind", "Mugs", "", "Title", "Default Title",
     "NW-MUG", "12,99€", "https://cdn.example/mug.jpg", "1"],
    ["lookbook-spring", "", "", "", "", "", "", "", "", "", "https://cdn.example/look-1.jpg", "1"],
    ["organic-tee", "", "", "", "", "", "", "L", "NW-TEE-L", "26.00", "https://cdn.example/tee-back.jpg", "2"],
    ["cafe-mug", "Cafe\u0301 Mug", "", "Northwind", "Mugs", "", "Title", "Default Title", "NW-CAFE", "9.50", "", ""],
    ["lookbook-spring", "", "", "", "", "", "", "", "", "", "https://cdn.example/look-2.jpg", "2"],
    ["", "Orphan row", "", "", "", "", "", "", "", "", "", ""],
]
write("shopify-export.csv", "\n".join(quoted(r) for r in [header] + rows) + "\n", bom=True, newline="\r\n")

# An older Shopify export: `Body`, lowercase `Variant sku`, LF, no BOM, quotes only where needed.
write("shopify-old-header.csv", """handle,title,body,vendor,option1 name,option1 value,Variant sku,image src
rain-hat,Rain Hat,<b>Waxed</b> cotton,Northwind,Color,Olive,NW-HAT-OL,https://cdn.example/hat.jpg
rain-hat,,,,,Sand,NW-HAT-SD,
""")

# Merchant Center CSV with localized columns, a malformed locale column, duplicate ids, an Arabic
# id with spaces, a bad price and a row without an id.
write("merchant-center.csv", """id,title,description,link,image_link,additional_image_link,brand,color,material,size,gender,age_group,product_type,google_product_category,price,item_group_id,title[ja],headline[ar],badge[en_US],shipping_label
NW-1,Trail Shell Jacket 26" back,"A 3-layer shell.
Pit zips.",https://example.com/nw-1,https://cdn.example/nw-1.jpg,"https://cdn.example/nw-1-b.jpg,https://cdn.example/nw-1-c.jpg",Northwind,rust,nylon,M,unisex,adult,Apparel > Jackets,5598,129.00 USD,NW-TRAIL,トレイルシェル,سترة المسار,New,x
حذاء رياضي 42,حذاء رياضي,,,https://cdn.example/shoe.jpg,,Northwind,black,,42,,,Shoes,187,89.00 SAR,,,,,
NW-1,Duplicate of the jacket,,,,,,,,,,,,,10.00 USD,,,,,
,No id here,,,,,,,,,,,,,5.00 USD,,,,,
NW-2,,,,,,Northwind,,,,,,,,twelve dollars,,,,,
""")

# Merchant Center TSV: bare quotes in titles (inches), one title that starts with a quote, an Excel-style
# quoted field, a duplicate id.
write("merchant-center.tsv", "\t".join(["id", "title", "price", "brand"]) + "\n" + "\n".join("\t".join(r) for r in [
    ["TV-26", 'Monitor 26" IPS', "199.00 EUR", "Northwind"],
    ["TV-72", '"Big" Sofa 72"', "899.00 EUR", "Northwind"],
    ["TV-32", '"Screen 32"" curved"', "249.00 EUR", "Northwind"],
    ["TV-26", "Again", "1.00 EUR", "Northwind"],
]) + "\n")

# JSON Lines: an Arabic key mapped by the user, the same key in Arabic presentation forms (which must
# not be folded onto it), a nested locale mapping, a malformed line, then a good line after it.
write("products.jsonl", "\n".join([
    '{"id": "JL-1", "العنوان": "مصباح", "attributes": {"اللون": "أسود"}, "images": ["https://cdn.example/l1.jpg"]}',
    '{"id": "JL-2", "\ufe8d\ufedf\ufecc\ufee8\ufeee\ufe8d\ufee5": "presentation forms", "title": "Lamp"}',
    '{"id": "JL-3", "title": {"ja": "ランプ", "de": "Lampe"}, "title_x": 1, "price": "19.00 EUR"',
    '',
    '{"id": "JL-4", "title": "Desk lamp", "copy": {"ar": {"headline": "ضوء"}}}',
]) + "\n")

# A pretty-printed JSON array with a Japanese key and an element spanning lines.
write("products.json", """[
  {"id": "JA-1", "商品名": "急須", "brand": "Kumo"},
  {
    "id": "JA-2",
    "title": "Sencha &amp; tin",
    "image_link": "https://cdn.example/tin.jpg"
  },
  {"title": "no id"}
]
""")

write("products.yaml", """id: Y-1
title: Beanie
attributes: {color: charcoal}
---
id: Y-2
title: "Scarf  ®"
copy:
  de: {badge: Neu}
""")

write("catalog.yaml", """- id: C-1
  title: One
- id: C-2
  title: Two
- just text
""")

buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as archive:
    archive.writestr("index.xml", "<document/>")
with open("numbers-export.csv", "wb") as f:
    f.write(buffer.getvalue())
