"""What every hlox pass shares: the `HloPass` base and small IR-editing helpers.

A pass is a frozen dataclass (its fields are its options) deriving from `HloPass`,
itself an xDSL `ModulePass`. It implements `run(module) -> bool`, returning whether
it changed the module (XLA's convention), so that the pipeline can run a group of
passes to a fixed point. `apply(ctx, module)` is the xDSL entry and ignores the result.

The helpers below keep the invariants every pass must preserve:
- instruction names stay unique in the module (`NameTable.fresh`);
- a computation's ROOT is the operand of its `hlo.return` (so replacing all uses of
  the ROOT's value replaces the ROOT);
- nothing is erased while it still has uses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Iterable

from xdsl.context import Context
from xdsl.ir import Operation, SSAValue
from xdsl.passes import ModulePass

from hlox.ir.dialect import ComputationOp, Instruction, ModuleOp, make_instruction
from hlox.ir.opcodes import COMMUNICATING
from hlox.ir.shapes import Shape


@dataclass(frozen=True)
class HloPass(ModulePass):
    """Base of every hlox pass. Subclasses set `name` and implement `run`."""

    name: ClassVar[str]
    # One line for `hlox opt --list-passes`; the first line of the docstring by default.
    summary: ClassVar[str] = ""

    def apply(self, ctx: Context, op: ModuleOp) -> None:  # type: ignore[override]
        self.run(op)

    def run(self, module: ModuleOp) -> bool:
        raise NotImplementedError

    @classmethod
    def describe(cls) -> str:
        if cls.summary:
            return cls.summary
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""


# ---------------------------------------------------------------- names

_SUFFIX = re.compile(r"^(.*?)(?:\.(\d+))?$")


class NameTable:
    """Unique instruction names across a module (the printer wants them unique module-wide)."""

    def __init__(self, module: ModuleOp):
        self.used: set[str] = set()
        self.counters: dict[str, int] = {}
        for comp in module.computations():
            for op in comp.instructions():
                self.used.add(op.hlo_name)

    def fresh(self, wanted: str) -> str:
        if wanted not in self.used:
            self.used.add(wanted)
            return wanted
        base = _SUFFIX.match(wanted).group(1) or wanted
        counter = self.counters.get(base, 0)
        while True:
            counter += 1
            name = f"{base}.{counter}"
            if name not in self.used:
                break
        self.counters[base] = counter
        self.used.add(name)
        return name


class ComputationNames:
    """Unique computation names in a module."""

    def __init__(self, module: ModuleOp):
        self.used = {c.comp_name for c in module.computations()}

    def fresh(self, wanted: str) -> str:
        name, counter = wanted, 0
        while name in self.used:
            counter += 1
            name = f"{wanted}.{counter}"
        self.used.add(name)
        return name


# ---------------------------------------------------------------- graph queries

def users(op: Operation) -> list[Operation]:
    """The ops using `op`'s result, each once, in no particular order (returns included)."""
    seen: dict[int, Operation] = {}
    for use in op.results[0].uses:
        seen.setdefault(id(use.operation), use.operation)
    return list(seen.values())


def instruction_users(op: Operation) -> list[Instruction]:
    return [u for u in users(op) if isinstance(u, Instruction)]


def is_root(op: Instruction) -> bool:
    return any(not isinstance(use.operation, Instruction) for use in op.result.uses)


def has_uses(op: Operation) -> bool:
    return op.results[0].first_use is not None


def producer(value: SSAValue) -> Instruction:
    owner = value.owner
    assert isinstance(owner, Instruction), owner
    return owner


def callees(op: Instruction) -> list[str]:
    """Names of the computations an instruction calls (to_apply=, calls=, body=, ...)."""
    return op.called_computations


def reachable_computations(module: ModuleOp) -> list[str]:
    """Names of the computations reachable from the entry, callers before callees."""
    table = module.computation_table()
    order: list[str] = []
    seen: set[str] = set()
    stack = [module.entry.data]
    while stack:
        name = stack.pop()
        if name in seen or name not in table:
            continue
        seen.add(name)
        order.append(name)
        for op in table[name].instructions():
            stack.extend(reversed(callees(op)))
    return order


def remove_unreachable_computations(module: ModuleOp) -> bool:
    keep = set(reachable_computations(module))
    dead = [c for c in module.computations() if c.comp_name not in keep]
    for comp in dead:
        comp.detach()
        comp.erase()
    return bool(dead)


# ---------------------------------------------------------------- editing

def replace_with(op: Instruction, value: SSAValue) -> None:
    """Make every user of `op` (the ROOT marker included) use `value` instead, then erase `op`
    (if `value` is not produced from it)."""
    if value is op.result:
        return
    op.result.replace_all_uses_with(value)
    if not has_uses(op):
        erase(op)


def erase(op: Operation) -> None:
    op.detach()
    op.erase()


def insert_before(anchor: Operation, *new_ops: Operation) -> None:
    block = anchor.parent_block()
    assert block is not None
    for new_op in new_ops:
        block.insert_op_before(new_op, anchor)


def build_before(anchor: Operation, names: NameTable, opcode: str, operands: list[SSAValue],
                 shape: Shape, name: str, attrs: dict | None = None) -> Instruction:
    """Create an instruction with a fresh name and insert it before `anchor`."""
    new = make_instruction(opcode, operands, shape, names.fresh(name), attrs)
    insert_before(anchor, new)
    return new


def erase_dead(ops: Iterable[Instruction]) -> bool:
    """Erase the given ops and, transitively, producers left without uses (never parameters)."""
    changed = False
    work = list(ops)
    while work:
        op = work.pop()
        if op.parent is None or has_uses(op) or op.opcode == "parameter" or \
                op.opcode in COMMUNICATING:
            continue
        operands = [v.owner for v in op.operands if isinstance(v.owner, Instruction)]
        erase(op)
        changed = True
        work.extend(operands)
    return changed


def all_instructions(module: ModuleOp) -> Iterable[tuple[ComputationOp, Instruction]]:
    for comp in module.computations():
        for op in list(comp.instructions()):
            yield comp, op


def clone_instruction(op: Instruction, operands: list[SSAValue], name: str,
                      shape: Shape | None = None) -> Instruction:
    """A copy of `op` (attributes, source location) on new operands, not inserted anywhere."""
    new = make_instruction(op.opcode, operands, op.shape if shape is None else shape, name,
                           op.hlo_attrs)
    new.attributes.update(op.attributes)
    return new


class OpcodeExpander(HloPass):
    """A pass that rewrites every instruction of one opcode into the instructions
    `expand(op, names)` builds before it; the op's uses move to the value it returns."""

    opcode: ClassVar[str]

    def expand(self, op, names: NameTable):
        raise NotImplementedError

    def run(self, module: ModuleOp) -> bool:
        names = NameTable(module)
        changed = False
        for _, op in all_instructions(module):
            if op.opcode == self.opcode:
                replace_with(op, self.expand(op, names))
                changed = True
        return changed
