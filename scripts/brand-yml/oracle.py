#!/usr/bin/env python3
"""Reads a _brand.yml with Posit's own brand_yml package and prints, as JSON, what brandc's import
must agree with: each palette colour and each theme colour role as brand_yml resolves it, and the
family of each type role. Colour values are put in brandc's canonical form (#RRGGBB: CSS names as
their hex, '#' added, short hex expanded, alpha dropped) so the comparison is of colours, not of
spelling; docs/brand-yml.md lists these deliberate differences. usage: oracle.py FILE"""
import json
import sys

import webcolors
from brand_yml import Brand

ROLES = ["foreground", "background", "primary", "secondary", "tertiary", "success", "info", "warning",
         "danger", "light", "dark"]
TYPE_ROLES = ["base", "headings", "monospace", "monospace_inline", "monospace_block", "link"]


def canonical(value):
    text = str(value).strip()
    named = {**{n: webcolors.name_to_hex(n, spec="css3") for n in webcolors.names("css3")}, "rebeccapurple": "#663399"}
    if text.lower() in named:
        return named[text.lower()].upper()
    digits = text[1:] if text.startswith("#") else text
    if len(digits) in (3, 4):
        digits = "".join(c * 2 for c in digits)
    return "#" + digits[:6].upper()


brand = Brand.from_yaml(sys.argv[1])
color = brand.color
result = {"palette": {}, "roles": {}, "type": {}}
if color is not None:
    result["palette"] = {name: canonical(value) for name, value in (color.palette or {}).items()}
    result["roles"] = {role: canonical(getattr(color, role)) for role in ROLES if getattr(color, role, None)}
typography = brand.typography
if typography is not None:
    for role in TYPE_ROLES:
        value = getattr(typography, role, None)
        family = getattr(value, "family", None) if value is not None else None
        if family:
            result["type"][role.replace("_", "-")] = family
print(json.dumps(result, sort_keys=True, ensure_ascii=False))
