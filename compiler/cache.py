"""The compile cache: content-addressed on disk, with an in-process layer in front.

Layout of the cache directory (private, mode 0700):
    entries/<key>/module.so     the shared library
    entries/<key>/meta.json     signature, arena size, kernel count, sha256 of module.so
    aliases/<text-hash>         the key of a module, by the hash of the text it was given
                                as (so a hit in a new process costs no parsing)
An entry is written in a temporary directory and renamed into place, so readers see
whole entries or none; two processes building the same entry both succeed (the second
rename loses and its copy is discarded). An entry whose library does not match its
recorded digest is deleted and rebuilt, never loaded.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path


def cache_dir() -> Path | None:
    """HLOX_CACHE_DIR, `~/.cache/hlox` by default; an empty value switches the cache off."""
    value = os.environ.get("HLOX_CACHE_DIR")
    if value is None:
        return Path.home() / ".cache" / "hlox"
    return Path(value) if value else None


def digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        # surrogatepass: text with a lone surrogate still has a key (the parser rejects it)
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.replace(tmp, path)


class DiskCache:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.entries = self.root / "entries"
        self.aliases = self.root / "aliases"
        for d in (self.root, self.entries, self.aliases):
            d.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.root, 0o700)

    def lookup_alias(self, text_key: str) -> str | None:
        try:
            return (self.aliases / text_key).read_text().strip() or None
        except OSError:
            return None

    def record_alias(self, text_key: str, key: str) -> None:
        _atomic_write(self.aliases / text_key, key)

    def load(self, key: str) -> tuple[Path, dict] | None:
        """The library path and metadata of a sound entry, or None (damaged ones are removed)."""
        entry = self.entries / key
        lib, meta_file = entry / "module.so", entry / "meta.json"
        if not entry.exists():
            return None
        try:
            meta = json.loads(meta_file.read_text())
            if _file_digest(lib) != meta["library_sha256"]:
                raise ValueError("library digest mismatch")
        except (OSError, ValueError, KeyError, TypeError):
            shutil.rmtree(entry, ignore_errors=True)
            return None
        return lib, meta

    def store(self, key: str, library: Path, meta: dict) -> tuple[Path, dict]:
        """Move a built library into the cache (atomically) and return the entry's paths."""
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=self.entries))
        shutil.move(str(library), staging / "module.so")
        meta = {**meta, "library_sha256": _file_digest(staging / "module.so")}
        (staging / "meta.json").write_text(json.dumps(meta))
        final = self.entries / key
        for _ in range(2):
            try:
                os.rename(staging, final)
                return final / "module.so", meta
            except OSError:  # another process stored the same entry first: keep theirs
                loaded = self.load(key)  # (removes it if it is damaged, then we retry)
                if loaded is not None:
                    shutil.rmtree(staging, ignore_errors=True)
                    return loaded
        shutil.rmtree(staging, ignore_errors=True)
        raise OSError(f"cache entry {final} could not be written")
