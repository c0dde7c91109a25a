"""The dynamo backend: `torch.compile(model, backend="hlox")`.

    dynamo graph ─aot_autograd (decompositions(): core ATen, then PyTorch's others)─>
        forward / backward ATen graphs
        ─> which nodes hlox translates (each node lowered alone, at its example shapes)
        ─> all of them: one CompiledGraph
        ─> some: torch.fx CapabilityBasedPartitioner; hlox parts become CompiledGraphs,
           the rest runs in PyTorch, and one log line per graph names the eager ops.

aot_autograd functionalizes the graphs, so in-place ATen ops (`add_`, batch norm's
running statistics) arrive as pure ops whose results aot_autograd copies back into
the mutated inputs: eager semantics, with parameters and buffers as graph inputs.
"""
from __future__ import annotations

import functools
import itertools
import logging
import operator
from collections import Counter
from functools import partial

import torch
import torch.fx
from torch._decomp import core_aten_decompositions
from functorch.compile import make_boxed_func
from torch._dynamo.backends.common import aot_autograd
from torch.fx.passes.infra.partitioner import CapabilityBasedPartitioner
from torch.fx.passes.operator_support import OperatorSupport

from .executor import (DEFAULT_CACHE_SIZE, CompiledGraph, GraphRecord, HloSubmodule,
                       profiled_graph, publish)
from .aten import LOWERINGS
from .graph import SIZE_QUERIES, SYMBOLIC_FUNCTIONS, node_supported

log = logging.getLogger("hlox.frontends.torch")

_graph_ids = itertools.count()
_backend_calls = 0  # dynamo graphs handed to hlox_backend in this process


def backend_calls() -> int:
    """How many dynamo graphs this process has handed to hlox (ddp.py: did a forward reach
    hlox at all?)."""
    return _backend_calls

# Options of the backend itself (everything else goes to hlox.CompileOptions).
BACKEND_OPTIONS = {"cache_size"}


# Composite ops hlox translates itself rather than through their decompositions.
KEPT_COMPOSITES = (
    # attention: one softmax(QK^T)V, and a backward that matches its saved logsumexp
    torch.ops.aten._scaled_dot_product_flash_attention_for_cpu.default,
)
# Ops the wider decomposition tables must leave alone: functionalization lifts constant
# tensors with these itself (their decompositions alias a real tensor under fake mode).
NOT_DECOMPOSED = frozenset({torch.ops.aten.lift.default, torch.ops.aten.lift_fresh.default})


@functools.cache
def decompositions() -> dict:
    """What aot_autograd lowers the graphs with before hlox sees them: the core ATen
    decompositions, and for the ops outside core ATen that hlox has no rule for, the
    other decompositions PyTorch has (its refs', then Inductor's), so that their graphs
    reach hlox as core ATen too."""
    from torch._decomp import decomposition_table
    from torch._inductor.decomposition import select_decomp_table

    table = core_aten_decompositions()
    for op in KEPT_COMPOSITES:
        table.pop(op, None)
    for source in (decomposition_table, select_decomp_table()):
        for op, decomposition in source.items():
            if isinstance(op, torch._ops.OpOverload) and op.namespace == "aten" and \
                    op not in table and op not in LOWERINGS and op not in SIZE_QUERIES and \
                    op not in NOT_DECOMPOSED and not op._schema.is_mutable:
                table[op] = decomposition
    return table


def compile_options(options: dict | None):
    """torch.compile(..., options={...}) -> hlox.CompileOptions (bad keys: warned, ignored)."""
    from hlox import CompileOptions

    fields = {}
    for key, value in (options or {}).items():
        if key in BACKEND_OPTIONS:
            continue
        if key not in CompileOptions.field_names():
            log.warning("hlox: ignoring unknown option %r (CompileOptions has: %s)", key,
                        ", ".join(CompileOptions.field_names()))
            continue
        fields[key] = tuple(value) if isinstance(value, list) else value
    try:
        return CompileOptions(**fields)
    except Exception as e:  # noqa: BLE001 - a bad value must not stop the model
        log.warning("hlox: ignoring invalid options %s: %s", fields, e)
        return CompileOptions()


def supported_nodes(gm: torch.fx.GraphModule) -> set[torch.fx.Node]:
    supported = set()
    for node in gm.graph.nodes:
        if node.op != "call_function":
            continue
        if node.target is operator.getitem:
            if node.args[0] in supported:
                supported.add(node)
        elif node_supported(node):
            supported.add(node)
    return supported


def _is_tensor_op(node: torch.fx.Node) -> bool:
    return node.op == "call_function" and node.target is not operator.getitem and \
        node.target not in SYMBOLIC_FUNCTIONS and node.target not in SIZE_QUERIES


class _Support(OperatorSupport):
    def __init__(self, supported: set):
        super().__init__()
        self.supported = supported

    def is_node_supported(self, submodules, node: torch.fx.Node) -> bool:
        return node in self.supported


def compile_graph(gm: torch.fx.GraphModule, example_inputs, *, options, kind: str,
                  cache_size: int = DEFAULT_CACHE_SIZE, threads: int | None = None):
    """aot_autograd's forward/backward/inference compiler (boxed calling convention)."""
    name = f"{kind}_{next(_graph_ids)}"
    try:
        compiled = _compile_graph(gm, options, name, kind, cache_size, threads)
    except Exception as e:  # noqa: BLE001 - hlox failing means eager, never an error
        log.warning("hlox: a %s graph runs eagerly: %s: %s", kind, type(e).__name__, e)
        compiled = gm
    return make_boxed_func(profiled_graph(name, compiled))


def _compile_graph(gm: torch.fx.GraphModule, options, name: str, kind: str, cache_size: int,
                   threads: int | None):
    tensor_ops = [n for n in gm.graph.nodes if _is_tensor_op(n)]
    record = GraphRecord(name, len(tensor_ops), targets=[n.target for n in tensor_ops])
    publish(record)
    supported = supported_nodes(gm)
    eager = [n for n in tensor_ops if n not in supported]
    if not eager:
        record.compiled_parts = 1
        return CompiledGraph(gm, name, options, record, cache_size, module_name=kind,
                             threads=threads)

    counts = Counter(str(n.target) for n in eager)
    record.eager_ops = sorted(counts)
    log.warning("hlox: %s: %d of %d ops run eagerly in PyTorch (not supported by hlox): %s",
                name, len(eager), len(tensor_ops),
                ", ".join(f"{op} x{c}" if c > 1 else op for op, c in sorted(counts.items())))
    if len(eager) == len(tensor_ops):
        return gm
    partitioner = CapabilityBasedPartitioner(gm, _Support(supported),
                                             allows_single_node_partition=True)
    partitions = [p for p in partitioner.propose_partitions()
                  if any(_is_tensor_op(n) for n in p.nodes)]
    fused = partitioner.fuse_partitions(partitions)
    for child_name, child in list(fused.named_children()):
        if child_name.startswith("fused_") and isinstance(child, torch.fx.GraphModule):
            record.compiled_parts += 1
            compiled = CompiledGraph(child, f"{name}.{child_name}", options, record, cache_size,
                                     module_name=f"{kind}.{child_name}", threads=threads)
            setattr(fused, child_name, HloSubmodule(compiled))
    return fused


@functools.cache
def _log_thread_policy() -> None:
    """Once: whose OpenMP wait policy this process runs with (runtime/threads.py)."""
    from hlox.runtime import threads
    state = threads.configure()
    log.info("hlox: OpenMP wait policy from %s: %s", state.source, state.detail)


def hlox_backend(gm: torch.fx.GraphModule, example_inputs, options: dict | None = None,
                 **_ignored):
    """The `hlox` dynamo backend (entry point `torch_dynamo_backends`)."""
    global _backend_calls
    _backend_calls += 1
    opts = compile_options(options)
    _log_thread_policy()
    cache_size = int((options or {}).get("cache_size", DEFAULT_CACHE_SIZE))
    threads = (options or {}).get("threads")
    compiler = partial(compile_graph, options=opts, cache_size=cache_size,
                       threads=opts.threads if threads is not None else None)
    backend = aot_autograd(
        fw_compiler=partial(compiler, kind="forward"),
        bw_compiler=partial(compiler, kind="backward"),
        inference_compiler=partial(compiler, kind="inference"),
        decompositions=decompositions(),
    )
    return backend(gm, example_inputs)
