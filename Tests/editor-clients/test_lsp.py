"""`brandc lsp` driven by pytest-lsp (pygls) over stdio, as VS Code would drive it."""
import asyncio
import pathlib
import shutil
import sys
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pygls.protocol import default_converter
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from conftest import BRANDC, ROOT

WORK = pathlib.Path(tempfile.mkdtemp(prefix="brandc-lsp-"))
for folder in ("brands", "products", "templates"):
    shutil.copytree(ROOT / folder, WORK / folder)

GUIDE = WORK / "brands" / "kumo" / "brand.yaml"
CHILD = WORK / "brands" / "kumo-sparkling" / "brand.yaml"
PRODUCT = WORK / "products" / "kumo" / "sencha-tin.yaml"
TEMPLATE = WORK / "templates" / "campaign-hero.mustache"


# Every publishDiagnostics the server sent in this test, by URI, in order: the document version it
# was made for, and its diagnostics.
PUBLISHED: dict[str, list[tuple[int | None, list[types.Diagnostic]]]] = {}


def uri(path: pathlib.Path) -> str:
    return path.as_uri()


def counting_publish(client: LanguageClient, params: types.PublishDiagnosticsParams):
    client.diagnostics[params.uri] = params.diagnostics
    PUBLISHED.setdefault(params.uri, []).append((params.version, list(params.diagnostics)))


def make_client() -> LanguageClient:
    """pytest-lsp's own test client, recording every publishDiagnostics rather than only the last."""
    client = LanguageClient(converter_factory=default_converter)
    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: counting_publish})
    return client


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BRANDC, "lsp"], client_factory=make_client))
async def client(lsp_client: LanguageClient):
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params):  # pytest-lsp fails on server requests it has no handler for
        return None

    PUBLISHED.clear()

    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=pytest_lsp.client_capabilities("visual-studio-code"),
        root_uri=uri(WORK),
        workspace_folders=[types.WorkspaceFolder(uri=uri(WORK), name="work")],
    ))
    yield
    await lsp_client.shutdown_session()


def open_document(client: LanguageClient, path: pathlib.Path, text: str | None = None, language="yaml"):
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri(path), language_id=language, version=1, text=text if text is not None else path.read_text())))


def change_document(client: LanguageClient, path: pathlib.Path, text: str, version: int):
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri(path), version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


async def published(client: LanguageClient, path: pathlib.Path, action, version: int | None = None):
    """Runs `action`, then waits (up to 10 s) for the server to publish new diagnostics for `path`:
    with `version`, the first made for that document version. A re-lint of `path` that an earlier
    action caused (opening its parent) can land after `action` starts; it is older, so skipped."""
    before = len(PUBLISHED.get(uri(path), []))
    action()
    for _ in range(1000):
        fresh = [diagnostics for made_for, diagnostics in PUBLISHED.get(uri(path), [])[before:]
                 if version is None or made_for == version]
        if fresh:
            return fresh[0]
        await asyncio.sleep(0.01)
    raise AssertionError(f"no diagnostics were published for {path}")


async def opened(client: LanguageClient, path: pathlib.Path, text: str | None = None, language="yaml"):
    return await published(client, path, lambda: open_document(client, path, text, language))


async def changed(client: LanguageClient, path: pathlib.Path, text: str, version: int):
    return await published(client, path, lambda: change_document(client, path, text, version), version)


def position_of(text: str, needle: str, offset: int = 0) -> types.Position:
    index = text.index(needle) + offset
    line = text.count("\n", 0, index)
    column = index - (text.rfind("\n", 0, index) + 1)
    return types.Position(line=line, character=len(text[index - column:index].encode("utf-16-le")) // 2)


async def test_initialize_advertises_the_features(client: LanguageClient):
    # The session is open; a hover on an unopened document answers nothing rather than failing.
    result = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(WORK / "missing.yaml")), position=types.Position(line=0, character=0)))
    assert result is None


async def test_diagnostics_on_open_change_and_save_with_codes_and_fixes(client: LanguageClient):
    text = GUIDE.read_text()
    assert await opened(client, GUIDE, text) == []

    broken = text.replace("identity:\n  name:", "identity:\n  nmae:", 1)
    found = await changed(client, GUIDE, broken, 2)
    unknown = [d for d in found if d.code == "M002"]
    assert unknown, found
    assert unknown[0].code_description.href.endswith("m002")
    assert unknown[0].source == "brandc"
    assert unknown[0].range.start == position_of(broken, "nmae")

    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(GUIDE)), range=unknown[0].range,
        context=types.CodeActionContext(diagnostics=unknown)))
    assert actions and actions[0].title == "did you mean 'name'?"
    edit = actions[0].edit.changes[uri(GUIDE)][0]
    assert edit.new_text == "name" and edit.range == unknown[0].range

    saved = await published(client, GUIDE, lambda: client.text_document_did_save(types.DidSaveTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=uri(GUIDE)), text=text)))
    assert saved == []


async def test_a_parent_guide_change_relints_the_sub_brand(client: LanguageClient):
    assert await opened(client, CHILD) == []
    parent = GUIDE.read_text()
    await opened(client, GUIDE, parent)
    # The sub-brand refers to a colour neither it nor its parent defines: reported in the child.
    child_text = CHILD.read_text().replace('citrus: { hex: "#FFC145"', 'citrus: { hex: "{colors.gone}"', 1)
    found = await changed(client, CHILD, child_text, 2)
    assert found, "a reference to a colour nobody defines is reported"
    # The parent gains the colour: the child is re-linted without being touched.
    relinted = await published(client, CHILD, lambda: change_document(
        client, GUIDE, parent.replace("colors:", "colors:\n  gone: \"#123456\"", 1), 2))
    assert relinted == [], relinted


async def test_a_document_that_is_not_yaml_gets_a_diagnostic(client: LanguageClient):
    path = WORK / "brands" / "broken.yaml"
    found = await opened(client, path, "identity: [unclosed\n  name: {\n\t- nope: : :\n")
    assert found and found[0].code.startswith("Y"), found
    # The server is still there.
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=uri(GUIDE))))
    assert symbols is None or isinstance(symbols, list)


async def test_hover_explains_keys_colours_locales_sections_and_codes(client: LanguageClient):
    text = GUIDE.read_text()
    await opened(client, GUIDE, text)

    async def hover(needle: str, offset: int = 1) -> str:
        result = await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri(GUIDE)), position=position_of(text, needle, offset)))
        assert result is not None, needle
        return result.contents.value

    assert "tagline" in (await hover("  tagline:", 3)).lower()
    swatch = await hover("kumo-blue:", 2)
    assert "#0A5CFF" in swatch and "data:image/svg+xml;base64," in swatch and "rgb(10, 92, 255)" in swatch
    locale = await hover("\n  ar:", 3)
    assert "script Arab" in locale and "direction rtl" in locale
    section = await hover("\nvoice:", 2)
    assert "tokens" in section and "voice section" in section


async def test_completion_offers_keys_references_locales_channels_and_variables(client: LanguageClient):
    text = GUIDE.read_text()
    await opened(client, GUIDE, text)

    async def labels(path, document_text, position) -> list[str]:
        await changed(client, path, document_text, 10)
        result = await client.text_document_completion_async(types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri(path)), position=position))
        items = result.items if hasattr(result, "items") else result
        return [item.label for item in items]

    # Keys valid under identity that are not written yet.
    edited = text.replace("  mission: Make an honest cup of tea an everyday ritual, everywhere.\n", "  \n", 1)
    keys = await labels(GUIDE, edited, position_of(edited, "  \n", 2))
    assert keys == ["mission"], keys
    # {colors.…} references.
    edited = text.replace("  style: natural, editorial, quiet", "  style: \"{colors.\"", 1)
    refs = await labels(GUIDE, edited, position_of(edited, "{colors.", len("{colors.")))
    assert "kumo-blue" in refs, refs
    # Script codes as typography keys.
    edited = text.replace("typography:\n", "typography:\n  \n", 1)
    scripts = await labels(GUIDE, edited, position_of(edited, "typography:\n  \n", len("typography:\n  ")))
    assert "Thai" in scripts and "Latn" not in scripts, scripts

    product = PRODUCT.read_text()
    await opened(client, PRODUCT, product)
    edited = product.replace("channel: pdp", "channel: ", 1)
    channels = await labels(PRODUCT, edited, position_of(edited, "channel: ", len("channel: ")))
    assert ["pdp", "campaign", "banner", "social-story"] == [c for c in channels if c in ("pdp", "campaign", "banner", "social-story")], channels
    edited = product.replace("copy:\n", "copy:\n  \n", 1)
    tags = await labels(PRODUCT, edited, position_of(edited, "copy:\n  \n", len("copy:\n  ")))
    assert "zh-Hans" in tags and "ja" not in tags, tags

    template = TEMPLATE.read_text()
    await opened(client, TEMPLATE, template, language="handlebars")
    edited = template + "\n{{brand.pho"
    variables = await labels(TEMPLATE, edited, position_of(edited, "{{brand.pho", len("{{brand.pho")))
    assert variables == ["photography"], variables


async def test_definition_and_symbols(client: LanguageClient):
    text = CHILD.read_text()
    await opened(client, CHILD, text)
    result = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(CHILD)), position=position_of(text, "../kumo/brand.yaml", 3)))
    target = result[0] if isinstance(result, list) else result
    assert target.uri == uri(GUIDE)

    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=uri(CHILD))))
    names = [symbol.name for symbol in symbols]
    assert names[:3] == ["brandc", "extends", "identity"], names
    colors = next(symbol for symbol in symbols if symbol.name == "colors")
    assert [child.name for child in colors.children] == ["kumo-blue", "citrus"]


async def test_document_colors(client: LanguageClient):
    text = GUIDE.read_text()
    await opened(client, GUIDE, text)
    colors = await client.text_document_document_color_async(types.DocumentColorParams(
        text_document=types.TextDocumentIdentifier(uri=uri(GUIDE))))
    assert any(abs(c.color.red - 10 / 255) < 1e-6 and abs(c.color.blue - 1.0) < 1e-6 for c in colors)


async def test_unknown_methods_get_an_error_and_the_server_keeps_running(client: LanguageClient):
    with pytest.raises(Exception) as error:
        await client.protocol.send_request_async("brandc/noSuchMethod", {})
    assert "noSuchMethod" in str(error.value) or "-32601" in str(error.value)
    big = "identity:\n  name: Big\nvoice:\n  tone:\n" + "".join(f"    - tone {i}\n" for i in range(60000))
    path = WORK / "brands" / "huge.yaml"
    await opened(client, path, big)
    assert await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(path)), position=types.Position(line=1, character=3)))


def test_malformed_frames_get_errors_and_the_server_reads_on():
    """Frames no client library would send, over raw stdio: each gets an error, then a real request works."""
    import json
    import subprocess

    def frame(body: bytes) -> bytes:
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    init = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                       "params": {"processId": None, "rootUri": None, "capabilities": {}}}).encode()
    data = (
        b"Content-Length: nope\r\n\r\n"            # a length that is not a number
        + b"X-Other: 1\r\n\r\n"                    # no Content-Length at all
        + frame(b"{not json")                       # a body that is not JSON
        + b"Content-Length: 999999999999\r\n\r\n"   # larger than the limit: skipped
    )
    process = subprocess.Popen([BRANDC, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        process.stdin.write(data[:-len(b"Content-Length: 999999999999\r\n\r\n")] + frame(init)
                            + frame(json.dumps({"jsonrpc": "2.0", "id": 2, "method": "brandc/unknown"}).encode())
                            + frame(json.dumps({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}).encode())
                            + frame(json.dumps({"jsonrpc": "2.0", "method": "exit"}).encode()))
        process.stdin.close()
        output = process.stdout.read()
        assert process.wait(timeout=10) == 0
    finally:
        process.kill() if process.poll() is None else None
    messages = []
    while output:
        header, _, rest = output.partition(b"\r\n\r\n")
        length = int(header.split(b":")[1])
        messages.append(json.loads(rest[:length]))
        output = rest[length:]
    parse_errors = [m for m in messages if m.get("error", {}).get("code") == -32700]
    assert len(parse_errors) == 3, messages
    by_id = {m["id"]: m for m in messages if m.get("id") is not None}
    assert by_id[1]["result"]["capabilities"]["hoverProvider"] is True
    assert by_id[2]["error"]["code"] == -32601
    assert by_id[3]["result"] is None
