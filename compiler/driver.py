"""hlox.compile: HLO text or module in, loaded Executable out.

    text ─parse─> module ─optimize (compiler/pipeline.py)─> generate_c ─cc─> .so ─cffi─> Executable

Two cache layers sit in front: in this process, a bounded LRU keyed by the hash of the
given text and options (a second compile costs one hash; `MEMORY_CACHE_ENTRIES`); on disk, entries keyed by
the canonical text + options + hlox version + C compiler + flags (compiler/cache.py).

What a compile did (`CompileStats`: stage times, every pass run) is returned with the
executable by `compile_with_stats`, and handed to the `compile_stats` listener
(compiler/hooks.py) of every compile; with dumps on it is also written beside them as
`module_NNNN.<name>.timings.json`. `compile_progress` (a context variable too) hears
"parse", "pass <name>", "codegen" and "c-build" as each starts.

A cache hit imports none of the parser, the xDSL dialect, the passes or the code
generator: the text's hash finds the library, which is loaded (`compile_seconds`, timed
from the call, counts every import a compile makes).
"""
from __future__ import annotations

import contextlib
import functools
import gc
import importlib
import importlib.util
import json
import shutil
import tempfile
import threading
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

from hlox.ir.errors import HloError
from hlox.ir.shapes import ArrayShape, TupleShape
from hlox.runtime.executable import Executable, Signature

from .cache import DiskCache, cache_dir, digest, open_cache, warn_unusable
from .hooks import compile_progress, compile_stats, report_progress  # noqa: F401 - the API
from .options import CompileOptions, resolve_options

if TYPE_CHECKING:
    from hlox.ir import ModuleOp

VERSION = "0.1.0"


@dataclass
class CompileStats:
    """What one compile did, for `hlox compile --stats` and `--timings`.

    `timings`: seconds by stage ("parse", "optimize", "codegen", "c-build"); `passes`:
    every pass run in order (`{"name", "seconds", "changed", "dump"}`, see
    pipeline.PassRunner); `dump_prefix`: `module_NNNN.<name>` of its dumps, when on."""

    compile_seconds: float = 0.0
    cache_hit: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    passes: list[dict] = field(default_factory=list)
    dump_prefix: str | None = None


# Executables kept in this process (least recently used dropped first): each holds a loaded
# library, a long-running process compiling many programs must not keep them all.
MEMORY_CACHE_ENTRIES = 256
_memory_cache: OrderedDict[str, Executable] = OrderedDict()
_memory_lock = threading.Lock()


@functools.lru_cache(maxsize=None)
def compiler_source_digest() -> str:
    """A digest of the code that turns a module into a library (ir, passes, runtime, driver):
    a changed compiler never loads libraries an older one built."""
    parts = []
    # found, not imported: a cache hit need not import the code generator (find_spec of a
    # subpackage imports its parents, so codegen's subpackage is found as a folder)
    folders = [Path(importlib.util.find_spec(package).origin).parent
               for package in ("hlox", "hlox.ir", "hlox.passes", "hlox.passes.codegen",
                               "hlox.runtime")]
    folders.insert(4, folders[3] / "emitters")
    for folder in folders:
        for path in sorted(folder.glob("*.[pch]*")):
            if path.suffix in (".py", ".c", ".h"):
                parts += [path.name, path.read_bytes()]
    return digest(*parts)


def _text_key(text: str, options: CompileOptions) -> str:
    from hlox.runtime.build import compiler_identity
    # the C compiler too: an alias names a library, and another $CC builds another one
    return digest("text", text, repr(sorted(options.cache_key_fields().items())), VERSION,
                  compiler_source_digest(), compiler_identity())


def _module_key(canonical: str, options: CompileOptions) -> str:
    from hlox.runtime.build import compiler_identity
    return digest("module", canonical, repr(sorted(options.cache_key_fields().items())),
                  VERSION, compiler_source_digest(), compiler_identity())


def signature_of(module: ModuleOp) -> Signature:
    """The executable's signature: entry parameter arrays (no layout) and the result shape."""
    entry = module.entry_computation
    params = []
    for p in entry.parameters():
        if not isinstance(p.shape, ArrayShape):
            raise HloError(f"entry parameter {p.hlo_name} is a tuple; hlox executables take "
                           "arrays (flatten the tuple into several parameters)")
        params.append(ArrayShape(p.shape.dtype, p.shape.dims))
    return Signature(tuple(params), entry.result_shape)


def _parse_text(text: str, filename: str, options: CompileOptions) -> ModuleOp:
    """HLO text, or the StableHLO MLIR JAX prints (frontends/stablehlo.py)."""
    from hlox.ir import parse_module
    if not text.startswith("HloModule"):  # HLO as XLA prints it skips the frontend's import
        from hlox.frontends.stablehlo import is_stablehlo, parse_stablehlo
        if is_stablehlo(text):
            return parse_stablehlo(text, filename)
    return parse_module(text, filename, fill_elided_constants=options.fill_elided_constants)


def compile(module_or_text: ModuleOp | str, options: CompileOptions | None = None, *,
            filename: str = "<string>", started: float | None = None) -> Executable:
    """Compile an HLO module (HLO or StableHLO text, or parsed) for this CPU. `started`: the perf_counter
    time the caller's wait began, when that was before this call (`hlox.compile`)."""
    return compile_with_stats(module_or_text, options, filename=filename, started=started)[0]


def compile_with_stats(module_or_text: ModuleOp | str, options: CompileOptions | None = None,
                       *, filename: str = "<string>", started: float | None = None
                       ) -> tuple[Executable, CompileStats]:
    """`compile`, and what it did (cache hit, stage times, passes)."""
    start = time.perf_counter() if started is None else started
    with _collector_paused():
        return _compile_with_stats(module_or_text, options, filename, start)


# Python's cyclic garbage collector paused while compiles run. A cold compile imports xDSL
# and builds its IR: hundreds of thousands of new objects, none of them garbage, over which
# the collector ran ~90 times (one full collection) per compile, 60-80 ms of a 0.3-0.5 s
# compile. Counted, so that overlapping compiles on several threads restore it once, after
# the last; a collector someone else switched off stays off.
_paused_compiles = 0
_collector_was_enabled = False
_collector_lock = threading.Lock()


@contextlib.contextmanager
def _collector_paused():
    global _paused_compiles, _collector_was_enabled
    with _collector_lock:
        if _paused_compiles == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _paused_compiles += 1
    try:
        yield
    finally:
        with _collector_lock:
            _paused_compiles -= 1
            if _paused_compiles == 0 and _collector_was_enabled:
                gc.enable()


def _compile_with_stats(module_or_text, options, filename: str, start: float):
    options = resolve_options(options)
    stats = CompileStats()
    if isinstance(module_or_text, str):
        text = module_or_text
    else:
        from hlox.ir import print_module
        text = print_module(module_or_text)
    text_key = _text_key(text, options)
    with _memory_lock:
        cached = _memory_cache.get(text_key)
        if cached is not None:
            _memory_cache.move_to_end(text_key)
    if cached is not None and options.dump_dir is None:
        stats.cache_hit, stats.compile_seconds = True, time.perf_counter() - start
        _tell(stats)
        return cached, stats

    disk = open_cache(cache_dir())
    executable, build_lock = None, None
    if disk is not None and options.dump_dir is None:
        executable = _load_by_alias(disk, text_key)
        if executable is None:  # another process may be building it: wait, then look again
            build_lock = disk.build_lock(text_key)
            executable = _load_by_alias(disk, text_key)
        stats.cache_hit = executable is not None

    try:
        if executable is None:
            from .dumps import Dumper
            canonical = None
            if isinstance(module_or_text, str):
                report_progress("parse")
                with _timed(stats, "parse"):
                    module = _parse_text(text, filename, options)
            else:  # its text, printed for the key above, is the canonical text
                module, canonical = module_or_text, text
            executable, stats.cache_hit = _compile_module(module, options, disk, text_key, stats,
                                                          Dumper(options, module.module_name),
                                                          canonical)
        with _memory_lock:
            _memory_cache[text_key] = executable
            _memory_cache.move_to_end(text_key)
            while len(_memory_cache) > MEMORY_CACHE_ENTRIES:
                _memory_cache.popitem(last=False)
    finally:  # a failed compile's stats too: what ran before the error
        if build_lock is not None:
            build_lock.release()
        stats.compile_seconds = time.perf_counter() - start
        _tell(stats)
    return executable, stats


def _load_by_alias(disk: DiskCache, text_key: str) -> Executable | None:
    key = disk.lookup_alias(text_key)
    return _load_entry(disk, key) if key else None


def _load_entry(disk: DiskCache, key: str) -> Executable | None:
    """The module's optimised library from the cache; else, with tiering on, its fast one,
    whose optimised build then starts (compiler/tiered.py)."""
    loaded = disk.load(key)
    if loaded is not None:
        return _load(*loaded)
    from . import tiered
    if not tiered.enabled() or (loaded := disk.load(tiered.fast_key(key))) is None:
        return None
    executable = _load(*loaded)
    tiered.optimize_later(executable, disk, key, loaded[1])
    return executable


def _tell(stats: CompileStats) -> None:
    listener = compile_stats.get()
    if listener is not None:
        listener(stats)


def _timed(stats: CompileStats, name: str):
    class _Timer:
        def __enter__(self):
            self.t = time.perf_counter()

        def __exit__(self, *exc):
            stats.timings[name] = stats.timings.get(name, 0.0) + time.perf_counter() - self.t
    return _Timer()


def _compile_module(module: ModuleOp, options: CompileOptions, disk: DiskCache | None,
                    text_key: str, stats: CompileStats, dumper,
                    canonical: str | None = None) -> tuple[Executable, bool]:
    if dumper.enabled:
        stats.dump_prefix = dumper.prefix
    try:
        return _compile_and_build(module, options, disk, text_key, stats, dumper, canonical)
    finally:  # written after a failed C build too: the report of the failure reads it
        if dumper.enabled:
            dumper.dump_text("timings.json", json.dumps({"passes": stats.passes,
                                                         "stages": stats.timings}))


def _compile_and_build(module: ModuleOp, options: CompileOptions, disk: DiskCache | None,
                       text_key: str, stats: CompileStats, dumper,
                       canonical: str | None) -> tuple[Executable, bool]:
    from hlox.ir import print_module
    from hlox.passes.codegen import generate_c

    from .pipeline import optimize

    signature = signature_of(module)
    canonical = print_module(module) if canonical is None else canonical
    key = _module_key(canonical, options)
    dumper.dump_text("before_optimizations.hlo", canonical)
    # The pipeline runs even on a cache hit when dumps are asked for: dumps are always written.
    if disk is not None and options.dump_dir is None:
        if (executable := _load_entry(disk, key)) is not None:
            disk.record_alias(text_key, key)
            return executable, True
    with _timed(stats, "optimize"):
        optimized = optimize(module, options, dumper, records=stats.passes)
    dumper.dump_after_optimizations(optimized)  # printed only when dumps are on
    report_progress("codegen")
    with _timed(stats, "codegen"):
        program = generate_c(optimized, threads=options.threads, dumper=dumper)
    dumper.dump_text("buffer-assignment.txt", program.buffer_assignment)
    dumper.dump_text("buffer-assignment.json", program.memory_plan)
    if dumper.enabled:
        dumper.dump_text("loops.mlir", program.loop_ir)
    dumper.dump_text("c", program.source)
    if disk is not None and (executable := _load_entry(disk, key)) is not None:
        disk.record_alias(text_key, key)
        return executable, True
    meta = {
        "name": module.module_name, "arena_bytes": program.arena_bytes,
        "kernels": program.kernels, "params": [_shape_to_json(p) for p in signature.params],
        "result": _shape_to_json(signature.result),
        "collectives": program.collectives.to_json() if program.collectives else None,
    }
    from . import tiered
    fast = tiered.worth_it(program)  # built at -O0 first, the optimised one swapped in later
    report_progress("c-build")
    with _timed(stats, "c-build"):
        # A directory of this build's own: two processes building the same key never share
        # a temporary path (the cache's rename decides which copy is kept).
        build_dir = _build_dir(disk)
        library = build_program(program, build_dir / "module.so", keep_dir=build_dir,
                                fast=fast)
    if fast:
        meta = tiered.fast_meta(meta, program)
    if disk is not None:
        try:
            library, meta = disk.store(tiered.fast_key(key) if fast else key, library, meta)
            disk.record_alias(text_key, key)
            shutil.rmtree(build_dir, ignore_errors=True)
            build_dir = None
        except OSError as e:  # e.g. the disk filled up: this run goes on without the cache
            warn_unusable(disk.root, e)
    executable = _load(library, meta, signature)
    if build_dir is not None:  # not in the cache: the library lives as long as its executable
        weakref.finalize(executable, shutil.rmtree, build_dir, ignore_errors=True)
    if fast:
        tiered.optimize_later(executable, disk, key, meta)
    return executable, False


def _build_dir(disk: DiskCache | None) -> Path:
    """A fresh directory for one C build: in the cache (so the entry is renamed, not copied,
    into place) or, without a usable cache, in the system's temporary directory."""
    if disk is not None:
        try:
            return Path(tempfile.mkdtemp(prefix=".build-", dir=disk.entries))
        except OSError as e:
            warn_unusable(disk.root, e)
    return Path(tempfile.mkdtemp(prefix="hlox-build-"))


def build_program(program, library_path: Path, keep_dir: Path | None = None,
                  fast: bool = False) -> Path:
    """The one C build of generated code (`CProgram`): the runtime's compiler and flags
    (`fast`: a tiered build's first, compiler/tiered.py)."""
    from hlox.runtime.build import build_shared_library  # and subprocess: not on a hit
    return build_shared_library(program.source, library_path, link_blas=program.link_blas,
                                keep_dir=keep_dir, fast=fast)


def executable_of(program, module: ModuleOp, directory: Path) -> Executable:
    """The Executable of a program generated from `module` (built in `directory`): what
    `compile` returns, without the pipeline or the caches (code generator tests)."""
    library = build_program(program, Path(directory) / "module.so")
    return Executable(str(library), signature_of(module), program.arena_bytes,
                      program.kernels, module.module_name, program.collectives)


def _load(library: Path, meta: dict, signature: Signature | None = None) -> Executable:
    sig = signature or Signature(
        tuple(_shape_from_json(p) for p in meta["params"]), _shape_from_json(meta["result"]))
    plan = meta.get("collectives")
    if plan:  # the communicator (cffi, MPI) only for a module with collectives
        from hlox.runtime.communicator import CollectivePlan
        plan = CollectivePlan.from_json(plan)
    return Executable(str(library), sig, meta["arena_bytes"], meta["kernels"], meta["name"],
                      plan or None)


def _shape_to_json(shape):
    if isinstance(shape, TupleShape):
        return {"tuple": [_shape_to_json(e) for e in shape.elements]}
    return {"dtype": shape.dtype, "dims": list(shape.dims)}


def _shape_from_json(data):
    if "tuple" in data:
        return TupleShape(tuple(_shape_from_json(e) for e in data["tuple"]))
    return ArrayShape(data["dtype"], tuple(data["dims"]))
