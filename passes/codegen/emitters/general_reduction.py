"""The general reduction emitter (kernel kind `reduction`: reductions other than of the
minor dimension of rows, and their epilogues): a reduction reduced output by output and
its epilogue in one loop nest over the output (`at_index.py`); a reduction of major
dimensions into vectorised output rows ("columns", the bias gradient's sum over the
batch) and its epilogue in one loop nest (`emit_columns`); otherwise the loop emitter's
materialise-then-loop.
"""
from __future__ import annotations

import math
from contextlib import ExitStack

from hlox.ir.dialect import Instruction
from hlox.ir.opcodes import ELEMENTWISE, materialized

from ..kernel import PARALLEL_WORK, Buf
from .at_index import emit_at_index
from .common import _reaches_root_elementwise, _topological, open_kernel, reads_memory_of
from .loop import emit_loops, materialize

# Output elements a block of the columns kernel accumulates while it streams the reduced
# rows (in L1), and the least a thread is given.
COLUMN_BLOCK = 256
COLUMN_BLOCK_MIN = 16


def emit(L, inst: Instruction, operands: list, dest) -> None:
    k, g, root, root_leaves = open_kernel(L, inst, operands, dest)
    label = inst.hlo_name
    if not (emit_at_index(L, k, g, root, root_leaves, dest, label)
            or emit_columns(L, g, root, root_leaves, dest, label)):
        emit_loops(L, k, g, root, root_leaves, dest, label)
    L.finish_kernel(k, label)


def _column_reduce(L, g, root: Instruction, root_leaves: list, dest):
    """The reduce that is reduced into output rows ("columns") and reaches the kernel's
    one output, of its dimensions and type, only through same-dimension elementwise ops
    (or is it), the kernel reading no memory it writes; else None."""
    from ..heavy import reduce_strategy

    if len(root_leaves) != 1 or not isinstance(dest, Buf) or dest.shape.size == 0:
        return None
    source = g.lookup(root)
    if not isinstance(source, Instruction):
        return None
    if reads_memory_of(g, dest):
        return None
    for inst in _topological(root, g):
        if inst.opcode == "reduce" and len(inst.operands) == 2 \
                and inst.shape.dims == dest.shape.dims \
                and inst.shape.dtype == dest.shape.dtype \
                and reduce_strategy(L, inst)[0] == "columns" \
                and (inst is source or source.opcode in ELEMENTWISE
                     and _reaches_root_elementwise(inst, source)):
            return inst
    return None


def emit_columns(L, g, root: Instruction, root_leaves: list, dest, label: str) -> bool:
    """A reduction of major dimensions into output rows and its epilogue as one loop nest:
    over the kept major dimensions and blocks of the minor one, each block of the output
    set to the initial value, accumulated along the reduced dimensions (vectorised along
    the block) and then rewritten by the epilogue while it is in cache. The kernel's other
    materialised values are computed first. False: not such a kernel, nothing emitted."""
    from ..heavy import simple_reducer

    reduce = _column_reduce(L, g, root, root_leaves, dest)
    if reduce is None:
        return False
    for inst in _topological(root, g):
        if materialized(inst) and inst is not reduce:
            materialize(L, g, inst, None, label)
    k = g.k
    in_shape = reduce.operand_shapes[0]
    dims = in_shape.dims
    rdims = set(reduce.attr("dimensions"))
    kept = [d for d in range(in_shape.rank) if d not in rdims]
    simple = simple_reducer(L, reduce.attr("to_apply"))
    minor = in_shape.minor_to_major[0]
    layout = [d for d in reversed(in_shape.minor_to_major) if dims[d] > 1 and d != minor]
    outer = [d for d in layout if d not in rdims]
    reduced = [d for d in layout if d in rdims]
    n = dims[minor]
    work = math.prod(dims)
    parallel = L.threads > 1 and work >= PARALLEL_WORK
    outer_total = math.prod(dims[d] for d in outer)
    block = min(COLUMN_BLOCK, n)
    if parallel and outer_total < L.threads:  # the minor dimension split across threads
        per_thread = -(-n // -(-L.threads // outer_total))
        block = min(block, max(COLUMN_BLOCK_MIN, -(-per_thread // 16) * 16))
    blocks = -(-n // block)
    init = g.operand(reduce, 1, [])
    full: list = [0] * in_shape.rank
    g.env[reduce] = dest  # the epilogue reads the reduced value back where it writes
    k.loop_nests += 1
    with ExitStack() as stack:
        # (the loop over blocks even when there is one: the kernel is one loop nest)
        loops = [*[(dims[d], d) for d in outer if dims[d] > 1], (blocks, None)]
        chunk = 0
        for m, (size, d) in enumerate(loops):
            iv = stack.enter_context(k.loop(
                size, parallel=parallel and m == 0 and size > 1,
                collapse=len(loops) if m == 0 else 1, source=label if m == 0 else None))
            if d is None:
                chunk = iv
            else:
                full[d] = iv
        start = chunk * block if blocks > 1 else 0
        stop = k.ix("min", start + block, n) if blocks > 1 and n % block else \
            start + block

        def over_block(body, simd=True) -> None:
            with k.loop(stop, lb=start, simd=simd) as j:
                full[minor] = j
                body([full[d] for d in kept])

        out = dest
        over_block(lambda oidx: k.store(out, oidx, init))
        with ExitStack() as inner:
            for d in reduced:
                full[d] = inner.enter_context(k.loop(dims[d]))
            over_block(lambda oidx: k.store(out, oidx, k.apply(
                simple, [k.load(out, oidx), g.operand(reduce, 0, full)], out.et)))
        if g.lookup(root) is not reduce:
            over_block(lambda oidx: k.store(out, oidx, g.value(root, oidx)))
    return True
