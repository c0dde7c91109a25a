"""The reduction emitter (fusion kind `reduction`, XLA's kInput, and lone reduces): when
every reduction reduces the minor dimension of [rows..., n] and the rest is per-row
elementwise (softmax, layernorm), one loop over rows, each row reduced and written by
inner loops that stay in cache; else one reduction and its epilogue in one loop nest over
the output (`at_index.py`); otherwise the loop emitter's materialise-then-loop."""
from __future__ import annotations

from contextlib import ExitStack

import numpy as np

from hlox.ir.dialect import Instruction
from hlox.ir.opcodes import ELEMENTWISE, materialized as _is_heavy
from hlox.ir.shapes import ArrayShape

from ..gen import Gen
from ..kernel import Buf, leaves
from .at_index import emit_at_index
from .common import _topological, open_kernel
from .loop import emit_loops


def emit(L, inst: Instruction, operands: list, dest) -> None:
    k, g, root, root_leaves = open_kernel(L, inst, operands, dest)
    label = inst.hlo_name
    if not (emit_rows(L, g, root, root_leaves, label)
            or emit_at_index(L, k, g, root, root_leaves, dest, label)):
        emit_loops(L, k, g, root, root_leaves, dest, label)
    L.finish_kernel(k, inst.hlo_name)


def emit_rows(L, g: Gen, root: Instruction, root_leaves: list, label: str) -> bool:
    """A kernel whose reductions all reduce the minor dimension of [rows..., n] and whose
    other values are per-row elementwise: one loop over rows, each row reduced and
    written by inner loops that stay in cache (softmax, layernorm). False: not such a
    kernel, nothing emitted."""
    plan = _row_plan(g, root, root_leaves)
    if plan is None:
        return False
    from ..heavy import reduce_accs

    k = g.k
    rows, n, reduces, full_pairs, row_pairs, dependent = plan
    order = [d for d in range(len(rows)) if rows[d] > 1]
    work = int(np.prod(rows, dtype=np.int64)) * n * (len(reduces) + len(full_pairs)) * 4
    k.loop_nests += 1
    ridx: list = [0] * len(rows)
    with ExitStack() as stack:
        for m, d in enumerate(order):
            ridx[d] = stack.enter_context(k.loop(
                rows[d], work=work if m == 0 else 0, independent=True,
                source=f"{label} (rows)" if m == 0 else None))
        if not order:
            stack.enter_context(k.inside_scope())
        # A reduced value the outputs use again (softmax's exp) is written into an output
        # row as it is reduced and read back from there (in L1) instead of recomputed.
        free = [buf for _, buf in full_pairs]
        needed = _reachable([inst for inst, _ in full_pairs], g)
        for inst in reduces:
            operand = g.lookup(inst.operands[0].owner)
            spill = None
            # (only values computed from a reduction: they are read at their own index or
            # by the row's reductions, never at another row, see _row_plan)
            if isinstance(operand, Instruction) and id(operand) in needed \
                    and id(operand) in dependent:
                spill = next((b for b in free if b.shape.dtype == operand.shape.dtype
                              and b.shape.dtype in ("f32", "f64")), None)
            _row_values(g, [inst.operands[0].owner], ridx, rows)
            accs = reduce_accs(L, g, inst, ridx, spill=spill)
            g.env[inst] = accs[0]
            if spill is not None:
                free.remove(spill)
                g.env[operand] = spill
        for inst, buf in row_pairs:
            k.store(buf, ridx, g.value(inst, ridx))
        if full_pairs:
            _row_values(g, [inst for inst, _ in full_pairs], ridx, rows)
            with k.loop(n, simd=True, independent=True, minor=True,
                        source=None if order else f"{label} (rows)") as j:
                idx = [*ridx, j]
                values = [g.value(inst, idx) for inst, _ in full_pairs]
                for (inst, buf), value in zip(full_pairs, values):
                    k.store(buf, idx, value)
    return True


def _row_values(g: Gen, starts, ridx, rows: tuple) -> None:
    """Compute, once per row (before an inner loop), the per-row values broadcast along
    the row that `starts` use: the memo hands them to the inner loop."""
    rank = len(rows)
    seen, stack = set(), [g.lookup(s) for s in starts]
    while stack:
        inst = stack.pop()
        if not isinstance(inst, Instruction) or id(inst) in seen or _is_heavy(inst):
            continue
        seen.add(id(inst))
        if inst.opcode == "broadcast" and tuple(inst.operand_shapes[0].dims) == rows \
                and tuple(inst.shape.dims[:rank]) == rows and inst.shape.rank == rank + 1 \
                and tuple(inst.attr("dimensions")) == tuple(range(rank)):
            g.value(inst.operands[0].owner, ridx)
        stack.extend(g.lookup(v.owner) for v in inst.operands)


def _reachable(starts, g: Gen) -> set:
    """ids of the instructions computed per element for `starts` (not read from buffers,
    not through the reductions)."""
    seen, stack = set(), [g.lookup(s) for s in starts]
    while stack:
        inst = stack.pop()
        if not isinstance(inst, Instruction) or id(inst) in seen:
            continue
        seen.add(id(inst))
        if _is_heavy(inst):
            continue
        stack.extend(g.lookup(v.owner) for v in inst.operands)
    return seen


def _row_plan(g: Gen, root: Instruction, root_leaves: list):
    """(rows, n, reduces, full pairs, row pairs, ids of the values computed from the
    reductions) for a row-fusable kernel, else None.

    Every reduction reduces exactly the last dimension of a row-major [rows..., n] value
    (one result, not f16/bf16, n > 0); everything computed from a reduction is elementwise
    on [rows...] or [rows..., n], or a broadcast of [rows...] along the rows; the kernel's
    outputs are [rows..., n] (unit stride along rows) or [rows...] (reductions or per-row
    values), and none of them is memory the kernel reads.
    """
    order = _topological(root, g)
    reduces = [i for i in order if _is_heavy(i)]
    if not reduces or any(i.opcode != "reduce" or len(i.operands) != 2 for i in reduces):
        return None
    shape0 = reduces[0].operand_shapes[0]
    full = tuple(shape0.dims)
    if len(full) < 2 or any(d == 0 for d in full):
        return None
    rows, n = full[:-1], full[-1]
    last = len(full) - 1
    for r in reduces:
        s = r.operand_shapes[0]
        if tuple(s.dims) != full or tuple(r.attr("dimensions")) != (last,) \
                or s.minor_to_major[0] != last \
                or r.shape.element_type.name in ("f16", "bf16"):
            return None
    heavy = {id(r) for r in reduces}
    dependent: set = set(heavy)
    bcast_dims = tuple(range(len(rows)))
    for inst in order:
        if id(inst) in heavy:
            if any(id(g.lookup(v.owner)) in dependent for v in inst.operands[1:]):
                return None
            continue
        ops = [g.lookup(v.owner) for v in inst.operands]
        if inst.opcode == "tuple" or not any(
                isinstance(o, Instruction) and id(o) in dependent for o in ops):
            continue  # (tuples: their leaves are checked as outputs below)
        if not isinstance(inst.shape, ArrayShape):
            return None
        dims = tuple(inst.shape.dims)
        if inst.opcode in ELEMENTWISE and dims in (full, rows):
            dependent.add(id(inst))
        elif inst.opcode == "broadcast" and dims == full \
                and tuple(inst.operand_shapes[0].dims) == rows \
                and tuple(inst.attr("dimensions")) == bcast_dims:
            dependent.add(id(inst))
        else:
            return None
    read = set()
    for value in g.env.values():
        if isinstance(value, (Buf, tuple)):
            read.update(id(b.base or b) for b in leaves(value))
    full_pairs, row_pairs = [], []
    for inst, tree in root_leaves:
        source = g.lookup(inst)
        if not isinstance(tree, Buf) or not isinstance(source, Instruction):
            return None
        if id(tree.base or tree) in read:
            return None
        dims = tuple(tree.shape.dims)
        if source.opcode == "dynamic-update-slice" or (
                _is_heavy(source) and id(source) not in heavy):
            return None
        if dims == full and tree.strides[-1] == 1 and not _is_heavy(source):
            full_pairs.append((inst, tree))
        elif dims == rows:
            row_pairs.append((inst, tree))
        else:
            return None
    return rows, n, reduces, full_pairs, row_pairs, dependent
