"""Instruction scheduling: an order of a computation's instructions that keeps peak memory low.

XLA's DFS scheduler idea: a post-order depth-first walk from the root visits each
operand subtree completely before the next one, so a value is consumed soon after it is
produced; among operands, the one whose subtree is larger goes first (its temporaries die
before the smaller subtree's results have to be held). Parameters come first; instructions
the root does not depend on are dropped (they have no effect).
"""
from __future__ import annotations

from hlox.ir.dialect import ComputationOp, Instruction


def _subtree_sizes(comp: ComputationOp) -> dict[int, int]:
    sizes: dict[int, int] = {}
    for inst in comp.instructions():  # operands precede users in a computation's block
        sizes[id(inst)] = 1 + sum(sizes.get(id(v.owner), 0) for v in inst.operands)
    return sizes


def schedule_computation(comp: ComputationOp) -> list[Instruction]:
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
