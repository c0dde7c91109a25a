"""The loop emitter (fusion kinds `loop` and `output`, and lone instructions): the
materialised instructions (reduce, dot / GEMM, convolution, windows, scatter, sort, ...:
`heavy.py`, `heavy_indexed.py`) computed into buffers in topological order, then one loop
nest per output shape with everything else inlined per element (`gen.py`).

An `output` fusion (a GEMM or convolution and its epilogue) goes through the same steps:
the GEMM writes straight into the kernel's destination and the epilogue's loop reads it
there at the index it writes (`common.heavy_into_dest`).
"""
from __future__ import annotations

import numpy as np

from hlox.ir.dialect import Instruction
from hlox.ir.opcodes import materialized as _is_heavy

from ..gen import CodegenError
from ..kernel import Buf, order_of
from .common import _cost, _heavy_into_dest, _leaf_pairs, _topological, open_kernel


def emit(L, inst: Instruction, operands: list, dest) -> None:
    k, g, root, root_leaves = open_kernel(L, inst, operands, dest)
    emit_loops(L, k, g, root, root_leaves, dest, inst.hlo_name)
    L.finish_kernel(k, inst.hlo_name)


def emit_one_heavy_op(L, inst: Instruction, operands: list, dest, find, lower) -> None:
    """The kernel of an emitter built around one heavy op and its epilogue (gemm,
    convolution): `find(g, root, root_leaves, dest)` names that op, or None when the kernel
    is not of that form, which then lowers as plain loop nests; `lower(L, g, op, dest,
    root)` writes root's value into dest."""
    k, g, root, root_leaves = open_kernel(L, inst, operands, dest)
    op = find(g, root, root_leaves, dest)
    if op is None:
        emit_loops(L, k, g, root, root_leaves, dest, inst.hlo_name)
    else:
        lower(L, g, op, dest, root)
    L.finish_kernel(k, inst.hlo_name)


def emit_loops(L, k, g, root: Instruction, root_leaves: list, dest, label: str) -> None:
    """Materialise the heavy instructions, then write the root leaves by loop nests."""
    # Materialise heavy instructions in topological order.
    dest_of = {}
    written_by_heavy = set()
    for n, (inst, tree) in enumerate(root_leaves):
        source = g.lookup(inst)
        if isinstance(source, Instruction) and _is_heavy(source) and source not in dest_of:
            dest_of[source] = tree
            written_by_heavy.add(n)
    if isinstance(dest, Buf) and len(root_leaves) == 1 and not written_by_heavy:
        inner = _heavy_into_dest(g, root, dest)
        if inner is not None:
            dest_of[inner] = dest  # computed in place; the epilogue reads it at its index
    for inst in _topological(root, g):
        if _is_heavy(inst):
            materialize(L, g, inst, dest_of.get(inst), label)
    # Inline root leaves, grouped by dimensions: one loop nest writes several outputs.
    groups: dict = {}
    for n, (inst, tree) in enumerate(root_leaves):
        if n in written_by_heavy:
            continue
        for leaf_inst, buf in _leaf_pairs(g, inst, tree):
            if emit_dus_in_place(g, leaf_inst, buf, label):
                continue
            groups.setdefault(buf.shape.dims, []).append((leaf_inst, buf))
    for dims, pairs in groups.items():
        first = pairs[0][1]
        order = order_of(first.strides, dims)
        work = int(np.prod(dims, dtype=np.int64)) * max(1, _cost(pairs))

        def body(idx, pairs=pairs):
            values = [g.value(inst, idx) for inst, _ in pairs]
            for (inst, buf), value in zip(pairs, values):
                k.store(buf, idx, value)

        k.loop_nest(dims, order, body, work=work, label=label)


def materialize(L, g, inst: Instruction, tree, label: str) -> None:
    """Compute the heavy instruction `inst` into the Buf tree `tree` (None: a new one)."""
    from ..heavy import RULES as HEAVY_RULES
    from ..heavy_indexed import RULES as INDEXED_RULES
    from .convolution import RULES as CONV_RULES

    if tree is None:
        tree = L.new_tree(inst.shape, f"{label}/{inst.hlo_name}")
    rule = HEAVY_RULES.get(inst.opcode) or INDEXED_RULES.get(inst.opcode) \
        or CONV_RULES.get(inst.opcode)
    if rule is None:
        raise CodegenError(f"no lowering for '{inst.opcode}' ({inst.hlo_name})")
    rule(L, g, inst, tree)
    g.env[inst] = tree


def emit_dus_in_place(g, inst, buf: Buf, label: str) -> bool:
    """dynamic-update-slice whose operand already is `buf`: write only the window."""
    from ..gen import _start_indices

    source = g.lookup(inst)
    if not (isinstance(source, Instruction) and source.opcode == "dynamic-update-slice"):
        return False
    operand = g.lookup(source.operands[0].owner)
    if not (isinstance(operand, Buf) and (operand.base or operand) is buf
            and operand.strides == buf.strides):
        return False
    k = g.k
    in_dims = source.operand_shapes[0].dims
    upd_dims = source.operand_shapes[1].dims

    def body(idx):
        starts = _start_indices(g, source, 2, in_dims, upd_dims)
        k.store(buf, [s + i for s, i in zip(starts, idx)], g.operand(source, 1, idx))

    k.loop_nest(upd_dims, list(range(len(upd_dims))), body,
                work=int(np.prod(upd_dims, dtype=np.int64)), label=f"{label} (in place)")
    return True
