"""What every kernel emitter shares: opening the kernel of an instruction (its root
leaves and their destinations), the topological order of what it computes, and the
materialised (heavy) instructions computed into buffers before the loop nests."""
from __future__ import annotations

from hlox.ir.dialect import Instruction
from hlox.ir.opcodes import ELEMENTWISE, materialized as _is_heavy
from hlox.ir.shapes import ArrayShape
from hlox.passes.memory_plan import elementwise_closure

from ..gen import CodegenError, Gen
from ..kernel import Buf, layout_strides, leaves


def open_kernel(L, inst: Instruction, operands: list, dest):
    """(kernel, generator, root, root leaves) for `inst` (a fusion: its fused computation's
    root; else the instruction itself). Root leaves are (instruction, destination tree)."""
    label = inst.hlo_name
    if inst.opcode == "fusion":
        comp = L.comps[inst.attr("calls")]
        env = {p: operands[p.attr("parameter_number")] for p in comp.parameters()}
        root = comp.root
    else:
        env = {v.owner: operand for v, operand in zip(inst.operands, operands)}
        root = inst
    k = L.new_kernel(label)
    g = Gen(k, env, L)
    root_leaves: list = []

    def collect(value, tree):
        source = g.lookup(value)
        if isinstance(source, Instruction) and source.opcode == "tuple":
            for v, t in zip(source.operands, tree):
                collect(v.owner, t)
        else:
            root_leaves.append((value, tree))

    collect(root, dest)
    return k, g, root, root_leaves


def _leaf_pairs(g: Gen, inst, tree) -> list:
    """(value, destination Buf) pairs; a tuple read from buffers is copied leaf by leaf."""
    if isinstance(tree, Buf):
        return [(inst, tree)]
    source = g.lookup(inst)
    if isinstance(source, tuple):
        return [pair for n, t in enumerate(tree) for pair in _leaf_pairs(g, source[n], t)]
    raise CodegenError(f"cannot store tuple-shaped {inst.hlo_name}")



def reads_memory_of(g: Gen, dest: Buf) -> bool:
    """Whether the kernel reads (from an operand's buffers) memory of `dest`: then it may
    not write `dest` while it still computes from its inputs."""
    target = dest.base or dest
    return any(isinstance(value, (Buf, tuple)) and any((b.base or b) is target
                                                       for b in leaves(value))
               for value in g.env.values())


def _topological(root: Instruction, g: Gen) -> list[Instruction]:
    """Instructions reachable from root (not crossing materialised values), operands first."""
    order, seen = [], set()
    stack = [(root, False)]
    while stack:
        inst, expanded = stack.pop()
        if expanded:
            order.append(inst)
            continue
        if id(inst) in seen or inst in g.env:
            continue
        seen.add(id(inst))
        stack.append((inst, True))
        for v in reversed(inst.operands):
            stack.append((v.owner, False))
    return order



def _heavy_into_dest(g: Gen, root: Instruction, dest: Buf):
    """A heavy instruction inside a kernel that can be computed straight into `dest`.

    It must have dest's dimensions, type and layout, reach the (elementwise) root only
    through same-dimension elementwise ops (the epilogue reads it at the index it then
    writes), and the kernel must not read `dest` otherwise. Heavy users of it are
    materialised before the epilogue runs, so they may read it anywhere.
    """
    source = g.lookup(root)
    if not isinstance(source, Instruction) or source.opcode not in ELEMENTWISE:
        return None
    if dest.base is not None or dest.kind not in ("temp", "result") \
            or reads_memory_of(g, dest):
        return None
    dims = dest.shape.dims
    stack, seen, found = [source], set(), None
    while stack:
        inst = stack.pop()
        if id(inst) in seen:
            continue
        seen.add(id(inst))
        for v in inst.operands:
            op = g.lookup(v.owner)
            if not isinstance(op, Instruction):
                continue
            if _is_heavy(op) and found is None and isinstance(op.shape, ArrayShape) \
                    and op.shape.dims == dims and op.shape.dtype == dest.shape.dtype \
                    and layout_strides(op.shape) == dest.strides:
                if _reaches_root_elementwise(op, source):
                    found = op
            elif op.opcode in ELEMENTWISE and isinstance(op.shape, ArrayShape) \
                    and op.shape.dims == dims:
                stack.append(op)
    return found



def _reaches_root_elementwise(start: Instruction, root: Instruction) -> bool:
    """Every user of `start` (not crossing heavy instructions) is a same-dimension
    elementwise op, up to `root`."""
    seen = elementwise_closure(start, root, _is_heavy)
    return seen is not None and id(root) in seen



def _cost(pairs) -> int:
    return len(pairs) * 4
