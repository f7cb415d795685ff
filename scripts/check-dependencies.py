#!/usr/bin/env python3
"""Checks that Package.swift tells the truth about brandc's layers.

1. Every target declares exactly the project modules its files import: nothing builds only
   through another module's re-export, and no declared dependency goes unused.
2. Every module in Sources imports only modules listed above it in Sources/README.md, the
   pipeline order (so the README stays the map of the tree).
3. The offline `BrandCompiler` product reaches neither the network module nor an HTTP or NIO
   package, however indirectly.

Exit 0 when both hold; otherwise each problem on its own line and exit 1.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMPORT = re.compile(
    r"^\s*(?:@testable\s+|@_exported\s+)?(?:(?:public|package|internal|private|fileprivate)\s+)?import\s+(\w+)")
TARGET = re.compile(r'\.(?:target|executableTarget|testTarget|systemLibrary)\(\s*name:\s*"([^"]+)"')


def declared_targets(manifest):
    """Each target's name: its declared project dependencies, its folder and the package products it uses."""
    starts = [(m.start(), m.group(1)) for m in TARGET.finditer(manifest)]
    names = {name for _, name in starts}
    targets = {}
    for index, (start, name) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(manifest)
        body = manifest[start:end]
        path = re.search(r'path:\s*"([^"]+)"', body)
        dependencies = set(re.findall(r'"(\w+)"', body.split("path:")[0])) & names
        dependencies.discard(name)
        kind = "Tests" if body.startswith(".testTarget") else "Sources"
        products = set(re.findall(r'\.product\(name:\s*"(\w+)"', body))
        targets[name] = (dependencies, path.group(1) if path else f"{kind}/{name}", products)
    return targets


OFFLINE_FORBIDDEN = {"BrandNetwork", "AsyncHTTPClient", "NIOCore", "NIOPosix", "NIOHTTP1"}


def offline_product_problems(manifest, targets):
    match = re.search(r'\.library\(name:\s*"BrandCompiler",\s*targets:\s*\[(.*?)\]', manifest, re.S)
    if not match:
        return ["Package.swift has no BrandCompiler library product"]
    problems = []
    for root in re.findall(r'"(\w+)"', match.group(1)):
        seen, stack = set(), [root]
        while stack:
            name = stack.pop()
            if name in seen or name not in targets:
                continue
            seen.add(name)
            stack.extend(targets[name][0])
        reached = set().union(*(targets[name][2] for name in seen)) | seen
        for forbidden in sorted(reached & OFFLINE_FORBIDDEN):
            problems.append(f"the offline BrandCompiler product reaches {forbidden} through {root}")
    return problems


def imported_modules(folder, known):
    found = set()
    for directory, _, files in os.walk(os.path.join(ROOT, folder)):
        for file in files:
            if not file.endswith(".swift"):
                continue
            with open(os.path.join(directory, file), encoding="utf-8") as source:
                for line in source:
                    match = IMPORT.match(line)
                    if match and match.group(1) in known:
                        found.add(match.group(1))
    return found


def pipeline_order():
    with open(os.path.join(ROOT, "Sources", "README.md"), encoding="utf-8") as readme:
        return re.findall(r"^\| `(\w[\w-]*)` \|", readme.read(), re.M)


def main():
    with open(os.path.join(ROOT, "Package.swift"), encoding="utf-8") as manifest:
        text = manifest.read()
    targets = declared_targets(text)
    problems = offline_product_problems(text, targets)
    for name, (dependencies, folder, _) in sorted(targets.items()):
        imports = imported_modules(folder, set(targets)) - {name}
        for missing in sorted(imports - dependencies):
            problems.append(f"{name} imports {missing} but Package.swift does not declare it")
        for unused in sorted(dependencies - imports):
            problems.append(f"{name} declares {unused} but never imports it")
    order = pipeline_order()
    sources = sorted(entry for entry in os.listdir(os.path.join(ROOT, "Sources"))
                     if os.path.isdir(os.path.join(ROOT, "Sources", entry)))
    for module in sources:
        if module not in order:
            problems.append(f"Sources/{module} is missing from Sources/README.md")
    for module in order:
        if module not in targets:
            problems.append(f"Sources/README.md lists {module}, which Package.swift does not declare")
            continue
        for dependency in sorted(targets[module][0]):
            if dependency in order and order.index(dependency) > order.index(module):
                problems.append(f"{module} depends on {dependency}, listed below it in Sources/README.md")
    for problem in problems:
        print(f"check-dependencies: {problem}")
    if not problems:
        print(f"check-dependencies: {len(targets)} targets declare exactly what they import, in pipeline order; BrandCompiler is offline")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
