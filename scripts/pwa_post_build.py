#!/usr/bin/env python3
"""Trunk post-build hook: makes the staged build an offline PWA with a strict CSP.

- writes sw.js from assets/pwa/sw.js with the build's version and the exact list of files
  Trunk wrote (hashed names included);
- puts the stylesheet Trunk built into index.html and removes Trunk's preload of the wasm
  (docs/FIRST_VISIT.md, "The first paint does not wait for the wasm"): the first paint then needs
  the HTML alone, and the loader in Trunk.toml starts the wasm download after it;
- adds to index.html a Content-Security-Policy whose script-src and style-src carry the
  sha256 of each inline script and style, and a lumbar-version meta tag naming the build.

Runs on $TRUNK_STAGING_DIR, or on the folder given as argument (tests build a "next version"
that way). Idempotent: running it twice gives the same files.
"""

import base64
import hashlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "assets" / "pwa" / "sw.js"
INJECTED = re.compile(r'\s*<meta (?:http-equiv="Content-Security-Policy"|name="lumbar-version") [^>]*>')
CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?\s*/?>", re.I)
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S)
INLINE_STYLE = re.compile(r"<style>(.*?)</style>", re.S)
STYLESHEET = re.compile(r"<link (?=[^>]*\brel=[\"']?stylesheet\b)[^>]*\bhref=[\"']?\./([\w.-]+\.css)[^>]*>")
WASM_PRELOAD = re.compile(r"<link (?=[^>]*\brel=[\"']?preload\b)(?=[^>]*\.wasm\b)[^>]*>")


def sha256s(bodies):
    return [f"'sha256-{base64.b64encode(hashlib.sha256(b.encode()).digest()).decode()}'" for b in bodies]


def csp(index):
    script_src = " ".join(["'self'", "'wasm-unsafe-eval'", *sha256s(INLINE_SCRIPT.findall(index))])
    style_src = " ".join(["'self'", *sha256s(INLINE_STYLE.findall(index))])
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {script_src}",
            f"style-src {style_src}",
            "img-src 'self' data:",
            # The coming cues as one track (platform/track.rs): a WAV the app renders.
            "media-src 'self' blob:",
            "connect-src 'self'",
            "manifest-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def main():
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ["TRUNK_STAGING_DIR"])
    index_path = dist / "index.html"
    index = INJECTED.sub("", index_path.read_text())
    linked = STYLESHEET.search(index)
    if linked:
        css_path = dist / linked.group(1)
        index = index.replace(linked.group(0), f"<style>{css_path.read_text()}</style>")
        css_path.unlink()
    index = WASM_PRELOAD.sub("", index)

    files = sorted(
        p.relative_to(dist).as_posix()
        for p in dist.rglob("*")
        if p.is_file() and p.name not in ("sw.js", "index.html")
    )
    # The worker's own code is part of the version too: a change to it alone gets a new cache.
    digest = hashlib.sha256(TEMPLATE.read_bytes())
    digest.update(index.encode())
    for name in files:
        digest.update(name.encode())
        digest.update((dist / name).read_bytes())
    version = digest.hexdigest()[:12]

    head = (
        f'\n    <meta http-equiv="Content-Security-Policy" content="{csp(index)}" />'
        f'\n    <meta name="lumbar-version" content="{version}" />'
    )
    # The policy must come before any script; the release build's minified HTML drops quotes.
    index, found = CHARSET.subn(lambda m: m.group(0) + head, index, count=1)
    if not found:
        sys.exit("pwa_post_build: index.html has no <meta charset> to follow")
    index_path.write_text(index)

    precache = ["./", *files]
    sw = TEMPLATE.read_text()
    sw = sw.replace("__LUMBAR_VERSION__", version).replace("__LUMBAR_FILES__", json.dumps(precache))
    (dist / "sw.js").write_text(sw)
    print(f"pwa_post_build: version {version}, {len(precache)} files precached")


if __name__ == "__main__":
    main()
