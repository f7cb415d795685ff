"""Shared set-up for the real-client tests of `brandc lsp` and `brandc mcp`.

BRANDC names the built executable (the Swift test that runs these sets it); the package root is
two folders up. Each test works on a scratch copy of the examples, so edits never touch the tree.
"""
import os
import pathlib
import shutil

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BRANDC = os.environ.get("BRANDC") or str(ROOT / ".build" / "debug" / "brandc")


@pytest.fixture
def workspace(tmp_path):
    for folder in ("brands", "products", "templates"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path
