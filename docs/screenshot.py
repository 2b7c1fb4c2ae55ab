"""A screenshot of a built docs page in headless Chromium, checked for being a real picture of a real page.

``python -m docs.screenshot PAGE.html OUT.png`` — PAGE is opened from the folder (file://), in a fresh profile,
with no network features; the command fails if Chromium fails, or if the PNG is missing, not the window's size, or
one flat colour (a blank or unstyled page shows as very few colours).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

WIDTH, HEIGHT = 1280, 1400
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("chromium not found: `make docs-check` installs Debian's chromium package")


def take(page: Path, out: Path, *, timeout: float = 120.0) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="mqclients-chromium-") as profile:
        command = [
            chromium(),
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={WIDTH},{HEIGHT}",
            f"--screenshot={out.resolve()}",
            page.resolve().as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0 or not out.exists():
        raise SystemExit(f"chromium failed ({done.returncode}): {done.stderr[-2000:]}")


def png_size_and_colours(path: Path) -> tuple[int, int, int]:
    """Width, height and the number of distinct pixel rows' colour values seen (enough to tell a blank page)."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    chunks, offset = [], 8
    while offset < len(data):
        length = struct.unpack(">I", data[offset : offset + 4])[0]
        kind = data[offset + 4 : offset + 8]
        if kind == b"IDAT":
            chunks.append(data[offset + 8 : offset + 8 + length])
        offset += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    # filtered scanlines: the distinct byte values are a cheap measure of how much is drawn
    return width, height, len(set(raw[: 4 * 1024 * 1024]))


def check(out: Path) -> str:
    width, height, colours = png_size_and_colours(out)
    if (width, height) != (WIDTH, HEIGHT):
        raise SystemExit(f"{out}: {width}x{height}, expected {WIDTH}x{HEIGHT}")
    if colours < 64:
        raise SystemExit(f"{out}: only {colours} distinct values: a blank or broken page?")
    return f"{out}: {width}x{height}, {out.stat().st_size} bytes, {colours} distinct values"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        raise SystemExit("usage: python -m docs.screenshot PAGE.html OUT.png")
    page, out = Path(argv[0]), Path(argv[1])
    if not page.exists():
        raise SystemExit(f"{page}: no such page (run make docs first)")
    take(page, out)
    print(check(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
