"""Running a lowered graph: torch tensors in and out, without copies, one compile per shape.

`CompiledGraph` is what the backend hands back to PyTorch for a graph (or for each
part of a partitioned graph). It lowers and compiles lazily, once per concrete
input signature (shapes, dtypes, SymInt values), keeps a bounded LRU of compiled
executables and logs why it recompiles. Whatever goes wrong in hlox for one
signature, that signature runs the fx graph eagerly instead: a model never fails
because of hlox.
"""
from __future__ import annotations

import ctypes
import functools
import logging
import os
import platform
from collections import OrderedDict
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import ml_dtypes
import numpy as np
import torch
import torch.fx

from hlox.ir.shapes import ArrayShape

from .graph import LoweredGraph, apply_view, describe, lower_graph, memory_order

log = logging.getLogger("hlox.frontends.torch")

DEFAULT_CACHE_SIZE = 8


# ---------------------------------------------------------------- what happened (tests, tools)

@dataclass
class GraphRecord:
    """One graph handed to the backend: what hlox compiled and what ran eagerly."""

    name: str
    num_ops: int
    targets: list = field(default_factory=list, repr=False)  # the ATen ops of the graph
    eager_ops: list[str] = field(default_factory=list)  # ATen ops left to PyTorch
    compiled_parts: int = 0  # graphs (or partitions) hlox compiled
    fallbacks: list[str] = field(default_factory=list)  # why a part ran eagerly after all
    threads: list[int] = field(default_factory=list)  # the thread count of each compile

    @property
    def fully_compiled(self) -> bool:
        return not self.eager_ops and not self.fallbacks and self.compiled_parts > 0


_recorders: ContextVar[tuple[list, ...]] = ContextVar("hlox_torch_recorders", default=())


@contextmanager
def record_graphs():
    """Collect a GraphRecord for every graph compiled inside the `with` block."""
    records: list[GraphRecord] = []
    token = _recorders.set(_recorders.get() + (records,))
    try:
        yield records
    finally:
        _recorders.reset(token)


def publish(record: GraphRecord) -> None:
    for records in _recorders.get():
        records.append(record)


_profiles: ContextVar[tuple] = ContextVar("hlox_torch_profiles", default=())


@contextmanager
def profiling(profile):
    """Time every graph and hlox part called inside the `with` block into `profile`
    (frontends/torch/profile.py); nothing is timed outside one."""
    token = _profiles.set(_profiles.get() + (profile,))
    try:
        yield profile
    finally:
        _profiles.reset(token)


def profiled_graph(name: str, fn: Callable) -> Callable:
    """A graph as aot_autograd calls it, timed while a profile is on (eager parts included)."""
    def call(*args):
        profiles = _profiles.get()
        if not profiles:
            return fn(*args)
        clock = profiles[0].clock
        start = clock()
        out = fn(*args)
        for profile in profiles:
            profile.graph(name, clock() - start)
        return out
    return call


# ---------------------------------------------------------------- the zero-copy boundary

def to_numpy(t: torch.Tensor) -> np.ndarray:
    """A numpy view of the tensor's memory (a copy only if it is not contiguous)."""
    t = t.detach()
    if t.is_conj() or t.is_neg():
        t = t.resolve_conj().resolve_neg()
    if not t.is_contiguous():
        t = t.contiguous()
    if t.dtype == torch.bfloat16:
        return t.view(torch.int16).numpy().view(ml_dtypes.bfloat16)
    return t.numpy()


def from_numpy(a) -> torch.Tensor:
    """A tensor sharing the array's memory."""
    a = np.asarray(a)
    if not a.flags.writeable:
        a = a.copy()
    if a.dtype == ml_dtypes.bfloat16:
        return torch.from_numpy(a.view(np.int16)).view(torch.bfloat16)
    return torch.from_numpy(a)


def address(t: torch.Tensor, order: tuple[int, ...] | None, keep: list) -> int:
    """Where the row-major array a module takes for `t` starts: t's own memory when t is
    contiguous or the permutation `order` of a row-major array (memory_order), else a
    contiguous copy's, appended to `keep` to live until the call returns."""
    if t.is_conj() or t.is_neg():
        t = t.resolve_conj().resolve_neg()
    elif order is not None or t.is_contiguous():
        return t.data_ptr()
    t = (t if order is None else t.permute(order)).contiguous()
    keep.append(t)
    return t.data_ptr()


def build_executable(lowered: LoweredGraph, options) -> Callable:
    """The one place a module becomes something callable: hlox's compiled path."""
    import hlox
    executable = hlox.compile(lowered.module, options)
    if lowered.process_groups:  # collectives on torch's process groups, this rank's part
        from .collectives import RankExecutable
        return RankExecutable(executable, lowered.process_groups)
    return executable


def thread_count(threads: int | None) -> int:
    """hlox's threads inside torch: torch.get_num_threads() unless the user named a count
    (`options={"threads": N}`).

    Both run their parallel regions on one libgomp runtime (runtime/threads.py), from the
    same thread: with the same count they use one team of threads, never two."""
    return threads if threads is not None else torch.get_num_threads()


# glibc's mallopt parameters, and what hlox sets them to inside torch
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_MMAP_THRESHOLD = 32 << 20  # glibc's largest (DEFAULT_MMAP_THRESHOLD_MAX on 64 bits)
_TRIM_THRESHOLD = 256 << 20


def malloc_is_users() -> bool:
    """Whether malloc is not glibc's or its settings are the user's (GLIBC_TUNABLES,
    MALLOC_*_ variables): then hlox leaves its thresholds alone."""
    return platform.libc_ver()[0] != "glibc" or "malloc" in os.environ.get(
        "GLIBC_TUNABLES", "") or any(k.startswith("MALLOC_") for k in os.environ)


@functools.cache
def keep_freed_memory() -> bool:
    """Let glibc keep freed memory for the next step instead of giving it back to the OS.

    Every call of a module allocates its results afresh (they become torch tensors: saved
    activations, gradients) and a training step frees them again. With glibc's default,
    dynamic thresholds, the top of the heap is trimmed after each step and allocations of
    a few hundred KiB come from fresh mmaps, so each step faults its result pages in
    again: GPT-2's step (benchmarks/workloads_torch.py) took ~1700 page faults, 4-5 ms of
    its 45 ms. Fixed thresholds (heap up to 32 MiB a block, 256 MiB kept free at its
    top) take that to none; eager PyTorch in the same process gains as well. A user's own
    malloc settings (GLIBC_TUNABLES, MALLOC_*_ variables) win; other C libraries are left
    alone. Whether it was set is returned."""
    if malloc_is_users():
        return False
    libc = ctypes.CDLL(None)
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)) and \
        bool(libc.mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD))


# ---------------------------------------------------------------- one graph, compiled per shape

_EAGER = object()


def _signature_key(args: Sequence) -> tuple:
    key = []
    for a in args:
        if isinstance(a, torch.Tensor):
            # hlox compiles for this CPU only: another device's tensor keys the eager graph
            key.append((tuple(a.shape), a.dtype, memory_order(a)) if a.is_cpu
                       else a.device.type)
        elif isinstance(a, (int, float, bool)) or a is None:
            key.append(a)
        else:
            key.append(type(a).__name__)
    return tuple(key)


def _explain(old: tuple, new: tuple) -> str:
    """What differs between two cache keys: (threads, *signature)."""
    changes = [f"threads: {old[0]} -> {new[0]}"] if old[0] != new[0] else []
    for i, (a, b) in enumerate(zip(old[1:], new[1:])):
        if a != b:
            changes.append(f"arg{i}: {_fmt(a)} -> {_fmt(b)}")
    if len(changes) > 4:  # the first few say what changed; the rest follow from them
        changes = changes[:4] + [f"and {len(changes) - 4} more"]
    return ", ".join(changes) or "different inputs"


def _fmt(k) -> str:
    if isinstance(k, tuple) and len(k) == 3 and isinstance(k[1], torch.dtype):
        order = "" if k[2] is None else f" in memory order {list(k[2])}"
        return f"{str(k[1]).replace('torch.', '')}{list(k[0])}{order}"
    return repr(k)


class CompiledGraph:
    def __init__(self, gm: torch.fx.GraphModule, name: str, options,
                 record: GraphRecord | None = None, cache_size: int = DEFAULT_CACHE_SIZE,
                 module_name: str | None = None, threads: int | None = None):
        self.gm = gm
        self.threads = threads  # the user's thread count, None: follow torch's
        self.name = name
        # The HLO module's name, part of its text and so of hlox's cache key: without the
        # graph's number, a graph dynamo compiles again (a guard failed: BERT's step sets
        # config.problem_type on its first call) is a cache hit, not a second C build.
        self.module_name = module_name or name
        self.options = options
        self.record = record
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple, Any] = OrderedDict()
        keep_freed_memory()
        output = next(n for n in gm.graph.nodes if n.op == "output").args[0]
        self._output_kind = type(output) if isinstance(output, (list, tuple)) else None

    def _compile(self, args, key):
        if any(isinstance(a, torch.Tensor) and not a.is_cpu for a in args):
            self._cache[key] = _EAGER  # as many entries as devices: no recompile to explain
            return _EAGER
        if self._cache:
            last = next(reversed(self._cache))
            log.info("hlox: recompiling %s for new inputs (%s); %d signature(s) cached",
                     self.name, _explain(last, key), len(self._cache))
        try:
            orders = {i: k[2] for i, k in enumerate(key[1:])
                      if isinstance(args[i], torch.Tensor) and k[2] is not None}
            lowered = lower_graph(self.gm, [describe(a) for a in args], name=self.module_name,
                                  memory_orders=orders)
            options = self.options.replace(threads=key[0])
            if self.record is not None:
                self.record.threads.append(key[0])
            executable = build_executable(lowered, options) if any(
                kind == "result" for kind, _ in lowered.outputs) else None
            # per entry parameter: its graph input, and the permutation that makes it the
            # row-major array the module takes (None: it is one already, or is copied)
            params = [(i, orders.get(i)) for i in lowered.parameters]
            entry = (lowered, executable, params)
        except Exception as e:  # noqa: BLE001 - hlox failing means eager, never an error
            reason = f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
            log.warning("hlox: %s runs eagerly: %s", self.name, reason)
            log.debug("hlox: %s: lowering or compiling failed", self.name, exc_info=True)
            if self.record is not None:
                self.record.fallbacks.append(reason)
            entry = _EAGER
        if len(self._cache) >= self.cache_size:
            evicted, _ = self._cache.popitem(last=False)
            log.warning("hlox: %s: compile cache full (%d signatures), dropping %s", self.name,
                        self.cache_size, ", ".join(_fmt(k) for k in evicted[1:]))
        self._cache[key] = entry
        return entry

    def __call__(self, *args):
        key = (thread_count(self.threads), *_signature_key(args))
        entry = self._cache.get(key)
        if entry is None:
            entry = self._compile(args, key)
        else:
            self._cache.move_to_end(key)
        if entry is _EAGER:
            return self.gm(*args)
        lowered, executable, params = entry
        profiles = _profiles.get()
        clock = profiles[0].clock if profiles else None
        start = clock() if profiles else 0.0
        results: Sequence = ()
        kernel_s = convert_s = 0.0
        if executable is not None:
            try:
                keep: list = []  # copies of the inputs that are not row-major arrays
                addresses = [address(args[i], order, keep) for i, order in params]
                if profiles:
                    convert_s = clock() - start
                results = executable.call_addresses(addresses)
                if profiles:
                    kernel_s = clock() - start - convert_s
            except Exception as e:  # noqa: BLE001 - never fail the model because of hlox
                log.warning("hlox: %s failed at run time, running it eagerly from now on: %s",
                            self.name, e)
                if self.record is not None:
                    self.record.fallbacks.append(f"run time: {e}")
                self._cache[key] = _EAGER
                return self.gm(*args)
        outputs = []
        for kind, where in lowered.outputs:
            if kind == "result":
                outputs.append(from_numpy(results[where]))
            elif kind == "input":
                outputs.append(args[where])
            elif kind == "view":
                outputs.append(apply_view(args[where[0]], where[1]))
            else:
                outputs.append(where)
        if profiles:
            total_s = clock() - start
            copied = [args[i] for i, order in params
                      if order is None and not args[i].is_contiguous()]
            arrays = None if executable is None else [  # what kernel_times reruns
                to_numpy(args[i] if order is None else args[i].permute(order))
                for i, order in params]
            for profile in profiles:
                profile.part(self, total_s, kernel_s, convert_s, copied, arrays)
        if self._output_kind is None:
            return outputs[0]
        return self._output_kind(outputs)


class HloSubmodule(torch.nn.Module):
    """Holds a CompiledGraph where a partitioned GraphModule expects a submodule."""

    def __init__(self, compiled: CompiledGraph):
        super().__init__()
        self.compiled = compiled

    def forward(self, *args):
        return self.compiled(*args)


__all__ = ["ArrayShape", "CompiledGraph", "GraphRecord", "HloSubmodule", "build_executable",
           "from_numpy", "record_graphs", "to_numpy"]
