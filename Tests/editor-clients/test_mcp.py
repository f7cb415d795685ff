"""`brandc mcp` driven by the official MCP Python SDK (mcp 2.3.0) over stdio."""
import asyncio
import json
import os
import subprocess

import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

from conftest import BRANDC

SECRET = "sk-brandc-test-secret-0123456789"


def params(workspace):
    return StdioServerParameters(
        command=BRANDC, args=["mcp", "--root", str(workspace)], cwd=str(workspace),
        env={"GEMINI_API_KEY": SECRET, "OPENAI_API_KEY": SECRET + "-openai"})


async def with_session(workspace, body):
    async with stdio_client(params(workspace)) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            return await body(session, init)


def no_secret(result):
    dumped = result.model_dump_json()
    assert SECRET not in dumped, "a key leaked into a result"
    return result


async def test_handshake_tools_and_lint(workspace):
    async def body(session, init):
        assert init.server_info.name == "brandc"
        names = [tool.name for tool in (await session.list_tools()).tools]
        assert names == ["lint", "compile", "budget", "tokens", "route", "explain", "models", "check"]

        clean = no_secret(await session.call_tool("lint", {"paths": ["brands/kumo/brand.yaml"]}))
        assert not clean.is_error
        assert clean.structured_content["errors"] == 0

        broken = (workspace / "brands/kumo/brand.yaml").read_text().replace("  name:", "  nmae:", 1)
        result = no_secret(await session.call_tool("lint", {"paths": ["brands/kumo/brand.yaml"], "text": broken}))
        found = result.structured_content["diagnostics"]
        unknown = [d for d in found if d["code"] == "M002"]
        assert unknown and unknown[0]["file"] == "brands/kumo/brand.yaml" and unknown[0]["fix"]["replacement"] == "name"
        assert "M002" in result.content[0].text
        # The file on disk was not touched.
        assert "  nmae:" not in (workspace / "brands/kumo/brand.yaml").read_text()
    await with_session(workspace, body)


async def test_compile_budget_tokens_route_explain_models(workspace):
    async def body(session, _):
        job = {"brand": "brands/kumo/brand.yaml", "template": "templates/campaign-hero.mustache",
               "products": ["products/kumo/sencha-tin.yaml"], "locale": "ja"}
        compiled = no_secret(await session.call_tool("compile", job))
        assert not compiled.is_error, compiled.content[0].text
        requests = compiled.structured_content["requests"]
        assert len(requests) == 1 and requests[0]["file"].endswith(".json")
        body_text = json.dumps(requests[0]["request"], ensure_ascii=False)
        assert "contents" in requests[0]["request"] and "#0A5CFF" in body_text

        written = no_secret(await session.call_tool("compile", {**job, "out": "out"}))
        assert [r["file"] for r in written.structured_content["requests"]][0].startswith("out/")
        assert (workspace / written.structured_content["requests"][0]["file"]).exists()

        budget = no_secret(await session.call_tool("budget", job))
        assert not budget.is_error and budget.structured_content["budgets"]

        tokens = no_secret(await session.call_tool("tokens", {"texts": ["Tea, the slow way."]}))
        assert tokens.structured_content["total"] > 0

        route = no_secret(await session.call_tool("route", {"template": "templates/campaign-hero.mustache"}))
        assert "gemini" in route.structured_content["explanation"]

        explained = await session.call_tool("explain", {"code": "unknown-key"})
        assert explained.structured_content["code"] == "M002"

        models = no_secret(await session.call_tool("models", {}))
        assert models.structured_content["routes"] and models.structured_content["models"]
    await with_session(workspace, body)


async def test_resources_and_prompt(workspace):
    async def body(session, _):
        resources = (await session.list_resources()).resources
        uris = [str(resource.uri) for resource in resources]
        assert "brandc:///brands/kumo/brand.yaml" in uris
        assert "brandc:///templates/campaign-hero.mustache" in uris
        assert "brandc://schema/brand-guide.schema.json" in uris
        guide = await session.read_resource("brandc:///brands/kumo/brand.yaml")
        assert "Kumo Tea Co." in guide.contents[0].text
        schema = await session.read_resource("brandc://schema/brand-guide.schema.json")
        assert json.loads(schema.contents[0].text)["$schema"].endswith("2020-12/schema")

        prompts = (await session.list_prompts()).prompts
        assert [prompt.name for prompt in prompts] == ["on-brand-request"]
        prompt = await session.get_prompt("on-brand-request", {
            "product": "products/kumo/sencha-tin.yaml", "brand": "brands/kumo/brand.yaml",
            "template": "templates/campaign-hero.mustache", "locale": "ja"})
        text = prompt.messages[0].content.text
        assert "Call `lint`" in text and "KUMO-SENCHA-100" in text
    await with_session(workspace, body)


async def test_bad_input_is_an_error_and_the_server_keeps_running(workspace):
    (workspace / "notes.yaml").write_text("identity: [unclosed\n\t- : :\n")

    async def body(session, _):
        outside = await session.call_tool("lint", {"paths": ["../../etc/passwd"]})
        assert outside.is_error and "outside the working folder" in outside.content[0].text
        wrong_type = await session.call_tool("lint", {"paths": 5})
        assert wrong_type.is_error and "'paths'" in wrong_type.content[0].text
        stray = await session.call_tool("compile", {"brand": "brands/kumo/brand.yaml", "tempalte": "x"})
        assert stray.is_error and "unknown argument 'tempalte'" in stray.content[0].text
        missing = await session.call_tool("compile", {"brand": "brands/kumo/brand.yaml"})
        assert missing.is_error and "'template' is required" in missing.content[0].text
        unknown = await session.call_tool("no-such-tool", {})
        assert unknown.is_error
        not_yaml = await session.call_tool("lint", {"paths": ["notes.yaml"]})
        assert not not_yaml.is_error and not_yaml.structured_content["errors"] >= 1
        huge = await session.call_tool("lint", {"paths": ["brands/big.yaml"], "text": "x" * (5 << 20)})
        assert huge.is_error and "limit" in huge.content[0].text
        with pytest.raises(Exception):
            await session.read_resource("brandc:///../secret.yaml")
        # Still answering.
        assert (await session.call_tool("explain", {"code": "M002"})).structured_content["code"] == "M002"
    await with_session(workspace, body)


def test_malformed_frames_and_unknown_methods_over_raw_stdio(workspace):
    """Bytes a client library would never send: the server answers each with an error and goes on."""
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "raw", "version": "0"}}}
    lines = [
        b"this is not json\n",
        b'{"jsonrpc": "2.0", "id": 7, "method": \n',
        (json.dumps(init) + "\n").encode(),
        (json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}) + "\n").encode(),
        (json.dumps({"jsonrpc": "2.0", "id": 2, "method": "brandc/unknown", "params": {}}) + "\n").encode(),
        (json.dumps({"jsonrpc": "2.0", "id": 3, "method": "tools/call",
                     "params": {"name": "explain", "arguments": {"code": "M002"}}}) + "\n").encode(),
    ]
    process = subprocess.Popen([BRANDC, "mcp", "--root", str(workspace)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=str(workspace))
    try:
        process.stdin.write(b"".join(lines))
        process.stdin.flush()
        replies = {}
        errors = []
        while not {1, 2, 3} <= replies.keys():  # the server may answer out of order
            line = process.stdout.readline()
            assert line, "the server stopped"
            message = json.loads(line)
            if message.get("id") in (1, 2, 3):
                replies[message["id"]] = message
            elif "error" in message:
                errors.append(message)
        assert errors and all(e["error"]["code"] == -32700 for e in errors), errors
        assert replies[1]["result"]["serverInfo"]["name"] == "brandc"
        assert replies[2]["error"]["code"] == -32601
        assert replies[3]["result"]["structuredContent"]["code"] == "M002"
    finally:
        process.stdin.close()
        process.wait(timeout=10)
