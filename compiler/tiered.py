"""Tiered C builds: the first executable from a fast build, the optimised one swapped in.

Most of a cold compile's C build is gcc optimising the kernels (-O3 -march=native). With
tiering (off unless HLOX_TIERED_BUILD=1, for modules without collectives with at least
`MIN_KERNEL_CHARS` of kernel code: `worth_it`) the driver builds the same C at -O0 first
(runtime/build.py `FAST_OPT_LEVEL`), returns an executable of that, and builds the
optimised library on a background thread; the executable runs it from the next call on
(`Executable.replace_library`), and later compiles load it from the cache.

What the caller sees: `hlox.compile` returns sooner; the calls made before the swap run
slower code (1-8x on the JAX fixtures), and their float results may differ from the
optimised build's in the last bits (gcc -O3 contracts a*b+c into FMAs and reorders the
`omp simd` reductions; -O0 does neither); integer results are the same. The interpreter's
exit waits for builds in flight (non-daemon threads), so the cache gets the optimised
library; `wait()` waits for them earlier.

The fast library is cached too, under `fast_key(key)`, with the C source in its metadata:
a process that finds only it (its builder was killed before the optimised one was stored)
loads it and builds the optimised one itself. One process builds each optimised library:
the builder holds the cache's build lock on the module key; another process (or thread)
waits for it in its own background thread, then loads what was stored. A killed process
leaves at most a temporary build directory, never a half-written entry (entries are renamed
into place whole, compiler/cache.py). A failed optimised build warns and leaves the
executable on its fast library.
"""
from __future__ import annotations

import os
import shutil
import threading
import warnings
import weakref
from pathlib import Path

from .cache import DiskCache, digest, warn_unusable


class TieredBuildWarning(RuntimeWarning):
    """The optimised build of a tiered compile failed; the fast build keeps running."""


_in_flight: set[threading.Thread] = set()
_in_flight_lock = threading.Lock()


# Below this many characters of kernel code gcc -O3 takes about as long as -O0 (most of
# either is ~30 ms of processes and linking): such a module is built optimised at once.
# Measured (CPU, gcc 12): 589 chars 0.047 s vs 0.059 s, 898 chars 0.053 vs 0.051, 1670
# chars 0.049 vs 0.080, 11695 chars 0.069 vs 0.321.
MIN_KERNEL_CHARS = 1000


def enabled() -> bool:
    """HLOX_TIERED_BUILD=1 turns tiering on. It is off by default: a program's float results
    would change in the last bits at the swap (call 1 and call 5 of the same inputs would
    differ), which no user of XLA, JAX or PyTorch expects; every build is the optimised one."""
    return os.environ.get("HLOX_TIERED_BUILD", "0") not in ("", "0")


def worth_it(program) -> bool:
    """Whether `program` (a CProgram) is built fast first: tiering on, kernels big enough,
    and no collectives: the devices of an SPMD module would swap at different calls, and
    replicas meant to stay bit-identical (a training step's update after its all-reduce)
    could then differ in the last bits."""
    from hlox.runtime.build import kernel_chars
    return (enabled() and program.collectives is None
            and kernel_chars(program.source) >= MIN_KERNEL_CHARS)


def fast_key(key: str) -> str:
    """The cache key of the fast build of the module whose optimised build is `key`."""
    from hlox.runtime.build import build_flags
    return digest("fast tier", key, *build_flags(fast=True))


def fast_meta(meta: dict, program) -> dict:
    """A fast entry's metadata: the module's, and what rebuilding it optimised takes."""
    return {**meta, "source": program.source, "link_blas": program.link_blas}


def optimize_later(executable, disk: DiskCache | None, key: str, meta: dict) -> None:
    """Build (or wait for another process's build of) the optimised library of the fast
    executable `executable`, whose metadata `meta` is a `fast_meta`; swap it in."""
    thread = threading.Thread(target=_optimize, args=(executable, disk, key, meta),
                              name=f"hlox-optimize-{meta['name']}")
    with _in_flight_lock:
        _in_flight.add(thread)
    thread.start()


def wait(timeout: float | None = None) -> None:
    """Wait for the optimised builds in flight (tests, benchmarks, a program about to time
    its calls)."""
    with _in_flight_lock:
        threads = list(_in_flight)
    for thread in threads:
        thread.join(timeout)


def _optimize(executable, disk: DiskCache | None, key: str, meta: dict) -> None:
    from hlox.runtime.build import build_shared_library

    from .driver import _build_dir
    entry_meta = {k: v for k, v in meta.items()
                  if k not in ("source", "link_blas", "entry_sha256")}
    lock = disk.build_lock(key) if disk is not None else None
    try:
        loaded = disk.load(key) if disk is not None else None
        if loaded is not None:  # another process built it while this one waited
            library = loaded[0]
        else:
            build_dir = _build_dir(disk)
            library = build_shared_library(meta["source"], build_dir / "module.so",
                                           link_blas=meta["link_blas"], keep_dir=build_dir)
            if disk is not None:
                try:
                    library = disk.store(key, library, entry_meta)[0]
                    shutil.rmtree(build_dir, ignore_errors=True)
                    build_dir = None
                except OSError as e:
                    warn_unusable(disk.root, e)
            if build_dir is not None:  # not in the cache: lives as long as the executable
                weakref.finalize(executable, shutil.rmtree, build_dir, ignore_errors=True)
        executable.replace_library(Path(library))
    except Exception as e:  # noqa: BLE001 - whatever failed, the fast build goes on working
        warnings.warn(f"hlox: the optimised build of {meta['name']} failed ({e}); it keeps "
                      "running its fast (-O0) build", TieredBuildWarning, stacklevel=1)
    finally:
        if lock is not None:
            lock.release()
        with _in_flight_lock:
            _in_flight.discard(threading.current_thread())
