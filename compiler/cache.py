"""The compile cache: content-addressed on disk, with an in-process layer in front.

Layout of the cache directory (mode 0700 when hlox creates it; an existing directory's
permissions are left as they are):
    entries/<key>/module.so     the shared library
    entries/<key>/meta.json     signature, arena size, kernel count, and `entry_sha256`: a
                                digest of the key, the rest of meta.json and module.so
    aliases/<text-hash>         the key of a module, by the hash of the text it was given
                                as (so a hit in a new process costs no parsing)
    locks/<text-hash>           an empty file, `flock`ed by the process building that text
An entry is written in a temporary directory and renamed into place, so readers see
whole entries or none; two processes building the same entry both succeed (the second
rename loses and its copy is discarded). An entry whose digest does not match, whose
metadata is malformed, or that is not a plain directory is deleted and rebuilt, never
loaded: the metadata sizes the buffers the library writes into. Keys and aliases are
64 hex digits, nothing else: an alias is a key, never a path.

Processes sharing a cache (the ranks of a job on one machine) build each module once:
the first to miss takes the text's lock (`build_lock`), the others poll it until the
builder lets go (stored, failed, or died: the kernel drops a dead process's lock), then
look again and load its entry; one that waits longer than `BUILD_WAIT_S` builds itself.

A cache that cannot be used (a file where its directory should be, no write permission)
gives one warning and compiling goes on without it.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import warnings
from pathlib import Path

_KEY = re.compile(r"[0-9a-f]{64}")
_warned = False

# How long a process waits for another's build of the same module before building it
# itself, and how often it looks.
BUILD_WAIT_S = 600.0
_LOCK_POLL_S = 0.05


class CacheWarning(UserWarning):
    """The compile cache cannot be used; hlox compiles without it."""


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


def is_key(value) -> bool:
    return isinstance(value, str) and _KEY.fullmatch(value) is not None


def _entry_digest(key: str, meta: dict, library: bytes) -> str:
    fields = json.dumps({k: v for k, v in meta.items() if k != "entry_sha256"}, sort_keys=True)
    return digest("entry", key, fields, library)


def _is_shape(data) -> bool:
    if not isinstance(data, dict):
        return False
    if set(data) == {"tuple"}:
        return isinstance(data["tuple"], list) and all(_is_shape(e) for e in data["tuple"])
    return (set(data) == {"dtype", "dims"} and isinstance(data["dtype"], str)
            and isinstance(data["dims"], list)
            and all(type(d) is int and d >= 0 for d in data["dims"]))


def _is_meta(meta) -> bool:
    """The fields the driver reads, of the types it reads them as."""
    return (isinstance(meta, dict) and type(meta.get("arena_bytes")) is int
            and meta["arena_bytes"] >= 0 and type(meta.get("kernels")) is int
            and isinstance(meta.get("name"), str) and isinstance(meta.get("params"), list)
            and all(_is_shape(p) for p in meta["params"]) and _is_shape(meta.get("result"))
            and isinstance(meta.get("entry_sha256"), str))


def warn_unusable(root: Path, error: OSError) -> None:
    """The one warning of a process whose cache cannot be used."""
    global _warned
    if not _warned:
        _warned = True
        warnings.warn(f"hlox: the compile cache {root} cannot be used ({error}); compiling "
                      "without it", CacheWarning, stacklevel=3)


def open_cache(root: Path | None) -> DiskCache | None:
    """The cache at `root`, or None when it is off or cannot be used (warned once)."""
    if root is None:
        return None
    try:
        return DiskCache(root)
    except OSError as e:
        warn_unusable(root, e)
        return None


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "w") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class DiskCache:
    """Raises OSError when the directory cannot be made or written (see open_cache)."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.entries = self.root / "entries"
        self.aliases = self.root / "aliases"
        self.locks = self.root / "locks"
        if not self.root.is_dir():
            # private when hlox makes it; never chmod a directory someone else made
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        for d in (self.entries, self.aliases, self.locks):
            d.mkdir(exist_ok=True, mode=0o700)
            if not os.access(d, os.W_OK | os.X_OK):
                raise PermissionError(f"no write permission in {d}")

    def lookup_alias(self, text_key: str) -> str | None:
        if not is_key(text_key):
            return None
        try:
            key = (self.aliases / text_key).read_text().strip()
        except (OSError, UnicodeDecodeError):
            return None
        return key if is_key(key) else None

    def record_alias(self, text_key: str, key: str) -> None:
        if not (is_key(text_key) and is_key(key)):
            raise ValueError(f"not cache keys: {text_key!r}, {key!r}")
        try:
            _atomic_write(self.aliases / text_key, key)
        except OSError as e:  # the entry is stored; a missing alias only costs a parse
            warn_unusable(self.root, e)

    def build_lock(self, key: str, timeout: float = BUILD_WAIT_S) -> BuildLock | None:
        """The lock on building `key`, once no other process holds it; None when it cannot
        be had (waited `timeout` seconds, or the lock file cannot be opened): build anyway,
        the entry's atomic rename keeps concurrent builds sound."""
        if not is_key(key):
            raise ValueError(f"not a cache key: {key!r}")
        try:
            fd = os.open(self.locks / key, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return BuildLock(fd)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return None
                time.sleep(_LOCK_POLL_S)
            except OSError:  # a file system without flock: no waiting
                os.close(fd)
                return None

    def load(self, key: str) -> tuple[Path, dict] | None:
        """The library path and metadata of a sound entry, or None (damaged ones are removed)."""
        if not is_key(key):
            return None
        entry = self.entries / key
        lib, meta_file = entry / "module.so", entry / "meta.json"
        if not entry.exists() and not entry.is_symlink():
            return None
        try:
            if entry.is_symlink() or lib.is_symlink() or meta_file.is_symlink():
                raise ValueError("an entry is a plain directory of plain files")
            meta = json.loads(meta_file.read_text())
            if not _is_meta(meta) or _entry_digest(key, meta, lib.read_bytes()) \
                    != meta["entry_sha256"]:
                raise ValueError("entry digest mismatch")
        except (OSError, ValueError):
            if entry.is_symlink():
                entry.unlink(missing_ok=True)
            else:
                shutil.rmtree(entry, ignore_errors=True)
            return None
        return lib, meta

    def store(self, key: str, library: Path, meta: dict) -> tuple[Path, dict]:
        """Move a built library into the cache (atomically) and return the entry's paths."""
        if not is_key(key):
            raise ValueError(f"not a cache key: {key!r}")
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=self.entries))
        try:
            shutil.move(str(library), staging / "module.so")
            meta = {**meta, "entry_sha256": _entry_digest(
                key, meta, (staging / "module.so").read_bytes())}
            (staging / "meta.json").write_text(json.dumps(meta))
            final = self.entries / key
            for _ in range(2):
                try:
                    os.rename(staging, final)
                    return final / "module.so", meta
                except OSError:  # another process stored the same entry first: keep theirs
                    loaded = self.load(key)  # (removes it if it is damaged, then we retry)
                    if loaded is not None:
                        return loaded
            raise OSError(f"cache entry {final} could not be written")
        finally:
            shutil.rmtree(staging, ignore_errors=True)


class BuildLock:
    """A held `build_lock`; `release` once the entry is stored (or the build failed). The
    lock file stays: removing it would let a later process lock a new file while a waiter
    still polls the old one."""

    def __init__(self, fd: int):
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the last descriptor drops the flock
            self._fd = None
