#!/usr/bin/env python3
"""A fake Gemini provider on 127.0.0.1 for the submission benchmark: answers every
`generateContent` POST with a tiny PNG after a fixed delay, over HTTP/1.1 keep-alive.
Stops by itself after MAX_REQUESTS answers or IDLE seconds without a request.

usage: fake_provider.py PORT DELAY_S MAX_REQUESTS [IDLE_S]   (prints "ready" when listening)
"""
import asyncio
import base64
import json
import struct
import sys
import zlib


def tiny_png():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")


ANSWER = json.dumps({
    "candidates": [{"content": {"role": "model", "parts": [
        {"inlineData": {"mimeType": "image/png", "data": base64.b64encode(tiny_png()).decode()}}]},
        "finishReason": "STOP"}],
    "usageMetadata": {"promptTokenCount": 100, "candidatesTokenCount": 1120, "totalTokenCount": 1220},
    "modelVersion": "fake-1",
}).encode()


class Provider:
    def __init__(self, delay, limit, idle):
        self.delay, self.limit, self.idle = delay, limit, idle
        self.answered = 0
        self.done = asyncio.Event()
        self.last = asyncio.get_running_loop().time()

    async def read_body(self, reader, headers):
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = bytearray()
            while True:
                size = int((await reader.readline()).split(b";")[0], 16)
                if size == 0:
                    await reader.readline()
                    return bytes(body)
                body += await reader.readexactly(size)
                await reader.readline()
        return await reader.readexactly(int(headers.get("content-length", "0")))

    async def serve(self, reader, writer):
        try:
            while not self.done.is_set():
                request_line = await reader.readline()
                if not request_line:
                    break
                headers = {}
                while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
                    name, _, value = line.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                await self.read_body(reader, headers)
                self.last = asyncio.get_running_loop().time()
                await asyncio.sleep(self.delay)
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                             + str(len(ANSWER)).encode() + b"\r\n\r\n" + ANSWER)
                await writer.drain()
                self.answered += 1
                if self.answered >= self.limit:
                    self.done.set()
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            writer.close()

    async def watch_idle(self):
        while not self.done.is_set():
            await asyncio.sleep(0.5)
            if asyncio.get_running_loop().time() - self.last > self.idle:
                self.done.set()


async def main():
    port, delay, limit = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
    idle = float(sys.argv[4]) if len(sys.argv) > 4 else 30
    provider = Provider(delay, limit, idle)
    server = await asyncio.start_server(provider.serve, "127.0.0.1", port, backlog=256)
    print("ready", flush=True)
    watcher = asyncio.create_task(provider.watch_idle())
    await provider.done.wait()
    await asyncio.sleep(0.2)  # let the last answer flush
    server.close()
    watcher.cancel()
    print(f"answered {provider.answered}", flush=True)


asyncio.run(main())
