"""Instruction scheduling: an order of a computation's instructions that keeps peak memory low.

XLA's DFS scheduler idea: a post-order depth-first walk from the root visits each
operand subtree completely before the next one, so a value is consumed soon after it is
produced; among operands, the one whose subtree is larger goes first (its temporaries die
before the smaller subtree's results have to be held). Parameters come first; instructions
the root does not depend on are dropped (they have no effect).

A list scheduler (XLA's `ListScheduler` idea) is tried too: among the instructions whose
operands are all scheduled it picks the one that frees the most bytes net of what it
allocates (ties in DFS order). Whichever order has the lower simulated peak of live bytes
(views and tuples alias their operands; parameters and constants cost nothing) is used.
"""
from __future__ import annotations

from hlox.ir.dialect import ComputationOp, Instruction
from hlox.ir.opcodes import ALIASING


def _subtree_sizes(comp: ComputationOp) -> dict[int, int]:
    sizes: dict[int, int] = {}
    for inst in comp.instructions():  # operands precede users in a computation's block
        sizes[id(inst)] = 1 + sum(sizes.get(id(v.owner), 0) for v in inst.operands)
    return sizes


def _dfs_schedule(comp: ComputationOp) -> list[Instruction]:
    sizes = _subtree_sizes(comp)
    order: list[Instruction] = list(comp.parameters())
    seen = {id(p) for p in order}
    stack: list[tuple[Instruction, bool]] = [(comp.root, False)]
    while stack:
        inst, expanded = stack.pop()
        if expanded:
            order.append(inst)
            continue
        if id(inst) in seen:
            continue
        seen.add(id(inst))
        stack.append((inst, True))
        operands = sorted({id(v.owner): v.owner for v in inst.operands}.values(),
                          key=lambda o: -sizes.get(id(o), 0))
        # pushed in reverse so the largest subtree is scheduled first
        for op in reversed(operands):
            stack.append((op, False))
    return order


# Values that cost no memory of their own: views of their operands, and constants.
_ALIASES = ALIASING | {"constant"}


def _nbytes(shape) -> int:
    from hlox.ir.shapes import flatten_shape
    total = 0
    for leaf in flatten_shape(shape):
        total += getattr(leaf, "nbytes", 0) or 0
    return total


class _Model:
    """Which allocating instructions each value's memory belongs to, and their readers."""

    def __init__(self, insts: list[Instruction], root: Instruction):
        self.sources: dict[int, frozenset] = {}
        self.size: dict[int, int] = {}
        for inst in insts:
            if inst.opcode in _ALIASES:
                srcs = set()
                if inst.opcode != "parameter" and inst.opcode != "constant":
                    for v in inst.operands:
                        srcs |= self.sources.get(id(v.owner), frozenset())
                self.sources[id(inst)] = frozenset(srcs)
                self.size[id(inst)] = 0
            else:
                self.sources[id(inst)] = frozenset({id(inst)})
                self.size[id(inst)] = _nbytes(inst.shape)
        self.keep = set(self.sources.get(id(root), frozenset()))  # returned: never freed
        self.readers: dict[int, int] = {}
        for inst in insts:
            if inst.opcode in _ALIASES:
                continue
            for src in self.reads(inst):
                self.readers[src] = self.readers.get(src, 0) + 1

    def reads(self, inst: Instruction) -> set:
        out: set = set()
        for v in inst.operands:
            out |= self.sources.get(id(v.owner), frozenset())
        return out


def _peak(order: list[Instruction], model: _Model) -> int:
    left = dict(model.readers)
    live = peak = 0
    for inst in order:
        if inst.opcode in _ALIASES:
            continue
        live += model.size[id(inst)]
        peak = max(peak, live)
        for src in model.reads(inst):
            left[src] -= 1
            if left[src] == 0 and src not in model.keep:
                live -= model.size[src]
        if model.readers.get(id(inst), 0) == 0 and id(inst) not in model.keep:
            live -= model.size[id(inst)]
    return peak


def _list_schedule(comp: ComputationOp, dfs: list[Instruction], model: _Model):
    rank = {id(inst): n for n, inst in enumerate(dfs)}
    members = set(rank)
    pending: dict[int, int] = {}
    users: dict[int, list] = {}
    for inst in dfs:
        ops = {id(v.owner) for v in inst.operands if id(v.owner) in members}
        pending[id(inst)] = len(ops)
        for o in ops:
            users.setdefault(o, []).append(inst)
    left = dict(model.readers)
    ready = [inst for inst in dfs if pending[id(inst)] == 0]
    order: list[Instruction] = []
    while ready:
        def score(inst):
            if inst.opcode in _ALIASES:
                return (1, 0, -rank[id(inst)])
            freed = sum(model.size[s] for s in model.reads(inst)
                        if left[s] == 1 and s not in model.keep)
            return (0, freed - model.size[id(inst)], -rank[id(inst)])
        best = max(ready, key=score)
        ready.remove(best)
        order.append(best)
        if best.opcode not in _ALIASES:
            for src in model.reads(best):
                left[src] -= 1
        for user in users.get(id(best), []):
            pending[id(user)] -= 1
            if pending[id(user)] == 0:
                ready.append(user)
    return order


def schedule_computation(comp: ComputationOp) -> list[Instruction]:
    dfs = _dfs_schedule(comp)
    model = _Model(dfs, comp.root)
    listed = _list_schedule(comp, dfs, model)
    if len(listed) == len(dfs) and _peak(listed, model) < _peak(dfs, model):
        params = [i for i in listed if i.opcode == "parameter"]
        return params + [i for i in listed if i.opcode != "parameter"]
    return dfs
