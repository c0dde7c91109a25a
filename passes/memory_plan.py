"""The memory plan: where every value of the scheduled module lives, and for how long.

An analysis over the scheduled HLO (`passes/schedule.py` gives each computation's order)
with a result of its own, `MemoryPlan`:

- buffers (`Buf`): entry parameters and results, constants, temporaries in the arena, and
  views (a transpose, reshape or bitcast of another buffer: `base` set, no memory);
- decisions, each recorded with the instruction it is about (`decisions`): an elementwise
  kernel that overwrites a dead operand (`reuse-operand`), a dynamic-update-slice that
  updates its operand in place (`update-in-place`), a while whose state leaf is its
  initial buffer (`donate-while-state`) or an entry result (`while-state-in-result`), a
  while body leaf computed straight into the state (`body-in-state`), an instruction that
  writes an entry result directly (`write-result`), a temporary placed inside an entry
  result before that result is written (`scratch-in-result`);
- live ranges in schedule positions: position n is the n-th instruction in the order
  code generation walks the schedule (nested computations where their `while`,
  `conditional` or `call` is; a `while` or `conditional` adds a position where it begins
  and one where it ends); `steps[n]` names what runs there. A buffer read or written
  inside a loop and defined before it stays live to the loop's end;
- offsets: `place()` runs buffer assignment (`passes/buffer_assignment.py`).

Every "may this buffer be overwritten here?" question is one named predicate below
(`may_overwrite_operand`, `may_update_in_place`, `may_donate_while_init`,
`may_write_while_init_into_result`, `may_write_body_leaf_into_state`); lowering
(`passes/codegen/lower.py`) asks them and reads the plan, it decides nothing about memory.
`to_json()` is the plan as data (the `buffer-assignment.json` dump), `describe()` the text.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Union

from hlox.ir.dialect import ComputationOp, Instruction, ModuleOp
from hlox.ir.opcodes import ALIASING, CONTROL, ELEMENTWISE, materialized
from hlox.ir.shapes import ArrayShape, ElementType, TupleShape, flatten_shape, format_shape

from .buffer_assignment import assign_offsets, describe
from .schedule import schedule_computation

ARENA_ALIGN = 64



# ---------------------------------------------------------------- buffers

def layout_strides(shape: ArrayShape) -> tuple[int, ...]:
    """Element strides of a dense buffer with the shape's minor-to-major layout."""
    strides = [0] * shape.rank
    step = 1
    for d in shape.minor_to_major:
        strides[d] = step
        step *= max(shape.dims[d], 1)
    return tuple(strides)


def row_major_strides(dims) -> tuple[int, ...]:
    strides, step = [0] * len(dims), 1
    for d in reversed(range(len(dims))):
        strides[d] = step
        step *= max(dims[d], 1)
    return tuple(strides)


@dataclass(eq=False)
class Buf:
    """One logical buffer: a temporary in the arena, an entry parameter or result, a constant."""

    id: int
    shape: ArrayShape
    kind: str  # 'temp' | 'param' | 'result' | 'const'
    index: int  # parameter / result number, or constant number
    label: str  # the instruction (or purpose) it holds
    strides: tuple[int, ...]
    first: int = -1  # live range over schedule positions (MemoryPlan.steps)
    last: int = -1
    offset: int = 0  # in the arena (temps only)
    base: "Buf | None" = None  # a view (transpose, reshape, bitcast) of another buffer
    region: "Buf | None" = None  # a temp placed in a result buffer before it is written

    @property
    def et(self) -> ElementType:
        return self.shape.element_type

    @property
    def nbytes(self) -> int:
        return self.shape.nbytes

    @property
    def dense(self) -> bool:
        """Its own memory (not a view), laid out as its shape's layout says."""
        return self.base is None and self.strides == layout_strides(self.shape)

    def place(self) -> tuple[str, int, int]:
        """Where the buffer is once buffer assignment placed it: ("param" | "result" |
        "arena" | "const", number, byte offset)."""
        if self.base is not None:
            return self.base.place()
        if self.kind == "temp":
            if self.region is not None:
                return "result", self.region.index, self.offset
            return "arena", 0, self.offset
        return self.kind, self.index, 0


Tree = Union[Buf, tuple]  # a buffer, or a (nested) tuple of them


def leaves(tree) -> list[Buf]:
    if isinstance(tree, Buf):
        return [tree]
    return [leaf for t in tree for leaf in leaves(t)]


def rebuild(shape, it):
    """The tree of `shape` with leaves taken from the iterator `it`."""
    if isinstance(shape, TupleShape):
        return tuple(rebuild(e, it) for e in shape.elements)
    return next(it)


class WhilePlan:
    """Where a while keeps its state: `results` (flat leaf -> result Buf) and the leaves
    whose initial buffer nobody else reads (`donated`: updated in place)."""

    def __init__(self):
        self.results: dict[int, Buf] = {}
        self.donated: set[int] = set()


# ---------------------------------------------------------------- the plan

class MemoryPlan:
    def __init__(self, module: ModuleOp):
        self.module = module
        self.comps = module.computation_table()
        self.bufs: list[Buf] = []
        self.steps: list[str] = []  # schedule position -> the instruction (or step) there
        self.spans: list[tuple[int, int]] = []  # loops and branches: (first, last) position
        self.decisions: list[dict] = []
        self.kernel_made: set = set()  # instructions whose buffers a kernel wrote
        self.arena_bytes = 0
        self._schedules: dict[int, list[Instruction]] = {}
        self._positions: dict[int, dict[int, int]] = {}
        self._uses: dict[int, dict[int, int]] = {}

    # ---- the schedule
    def schedule(self, comp: ComputationOp) -> list[Instruction]:
        key = id(comp)
        if key not in self._schedules:
            order = schedule_computation(comp)
            self._schedules[key] = order
            self._positions[key] = {id(inst): n for n, inst in enumerate(order)}
            uses: dict[int, int] = {}
            for inst in order:
                for v in inst.operands:
                    uses[id(v.owner)] = uses.get(id(v.owner), 0) + 1
            uses[id(comp.root)] = uses.get(id(comp.root), 0) + 1
            self._uses[key] = uses
        return self._schedules[key]

    def uses(self, comp: ComputationOp, inst: Instruction) -> int:
        """Reads of `inst`'s value by scheduled instructions of `comp` (the root counts one)."""
        self.schedule(comp)
        return self._uses[id(comp)].get(id(inst), 0)

    def _order(self, comp: ComputationOp, inst: Instruction) -> int | None:
        self.schedule(comp)
        return self._positions[id(comp)].get(id(inst))

    # ---- positions
    @property
    def position(self) -> int:
        return len(self.steps) - 1

    def step(self, label: str) -> int:
        """The next schedule position: what runs there is `label`."""
        self.steps.append(label)
        return self.position

    def begin_span(self, label: str) -> int:
        return self.step(f"{label} (begin)")

    def end_span(self, start: int, label: str) -> None:
        """Close a loop or branch opened at `start`: buffers defined before it and used
        inside stay live to its end."""
        end = self.step(f"{label} (end)")
        self.spans.append((start, end))
        for buf in self.bufs:
            if buf.first < start <= buf.last:
                buf.last = max(buf.last, end)

    # ---- buffers
    def new_buf(self, shape: ArrayShape, label: str, kind: str = "temp", index: int = 0,
                strides=None) -> Buf:
        if strides is None:
            strides = layout_strides(shape) if kind == "temp" else row_major_strides(shape.dims)
        buf = Buf(len(self.bufs), shape, kind, index, label, tuple(strides))
        self.bufs.append(buf)
        return buf

    def new_tree(self, shape, label: str):
        if isinstance(shape, TupleShape):
            return tuple(self.new_tree(e, f"{label}.{i}") for i, e in enumerate(shape.elements))
        return self.new_buf(shape, label)

    def new_view(self, of: Buf, shape: ArrayShape, label: str, strides) -> Buf:
        root = of.base or of
        buf = Buf(len(self.bufs), shape, root.kind, root.index, label, tuple(strides),
                  base=root)
        self.bufs.append(buf)
        return buf

    def use(self, buf: Buf) -> None:
        """`buf` is read or written at the current position."""
        if buf.base is not None:
            self.use(buf.base)
        pos = max(self.position, 0)
        if buf.first < 0:
            buf.first = pos
        buf.last = max(buf.last, pos)

    def decide(self, kind: str, inst, buf: Buf, **extra) -> None:
        self.decisions.append({"kind": kind, "instruction": getattr(inst, "hlo_name", inst),
                               "buffer": buf.id, **extra})

    # ---- may this buffer be overwritten here?
    def _kernel_temp(self, producer: Instruction, buf) -> bool:
        """`buf` is the dense memory a kernel wrote for `producer` (no view, no control
        flow state, no parameter or constant)."""
        return (isinstance(buf, Buf) and buf.kind == "temp" and buf.base is None
                and producer in self.kernel_made and producer.opcode not in ALIASING
                and producer.opcode not in CONTROL)

    def is_last_reader(self, comp: ComputationOp, producer: Instruction, inst: Instruction,
                       reads: int) -> bool:
        """`inst` (reading `producer` `reads` times) is the last reader of its buffer: every
        other scheduled user comes before it and is a kernel, none of them a view, tuple or
        control flow that would keep reading the memory later."""
        uses = self.uses(comp, producer)
        if uses == reads:
            return True
        if producer is comp.root:
            return False
        here = self._order(comp, inst)
        others = 0
        for use in producer.result.uses:
            user = use.operation
            if user is inst:
                continue
            if not isinstance(user, Instruction):
                return False
            at = self._order(comp, user)
            if at is None:
                continue  # not scheduled (dead)
            if (here is None or at > here or user.opcode in ALIASING or user.opcode in CONTROL
                    or user.opcode == "constant"):
                return False
            others += 1
        return uses == reads + others

    def may_overwrite_operand(self, comp, inst: Instruction, n: int, buf) -> bool:
        """May `inst` (elementwise, or a fusion reading operand n at the index it writes)
        compute its value into operand n's buffer `buf`?"""
        producer = inst.operands[n].owner
        slots = [m for m, v in enumerate(inst.operands) if v.owner is producer]
        shape = inst.shape
        return (self._kernel_temp(producer, buf)
                and self.is_last_reader(comp, producer, inst, len(slots))
                and buf.shape.dtype == shape.dtype and buf.shape.dims == shape.dims
                and buf.strides == layout_strides(shape))

    def reusable_operand(self, comp, inst: Instruction, env: dict) -> Buf | None:
        """A dead operand buffer an elementwise kernel can overwrite (read and written at the
        same index, same type and layout)."""
        shape = inst.shape
        if not isinstance(shape, ArrayShape) or shape.size == 0:
            return None
        if inst.opcode in ELEMENTWISE:
            candidates = set(range(len(inst.operands)))
        elif inst.opcode == "fusion":
            fused = self.comps[inst.attr("calls")]
            candidates = {p.attr("parameter_number") for p in fused.parameters()
                          if same_index_param(fused, p)}
        elif inst.opcode == "all-reduce" and len(inst.operands) == 1:
            candidates = {0}  # element i from element i on every device: MPI_IN_PLACE
        else:
            return None
        for n in sorted(candidates):
            producer = inst.operands[n].owner
            if any(m not in candidates for m, v in enumerate(inst.operands)
                   if v.owner is producer):
                continue  # also read at other indices
            buf = env.get(producer)
            if self.may_overwrite_operand(comp, inst, n, buf):
                self.decide("reuse-operand", inst, buf, operand=n)
                return buf
        return None

    def may_update_in_place(self, comp, inst: Instruction, buf) -> bool:
        """May a dynamic-update-slice (or a fusion rooted at one) write only its window
        into its operand's buffer `buf` (nobody else reads that operand)?"""
        target = self.dus_target(inst)
        if target is None:
            return False
        producer = inst.operands[target].owner
        return self._kernel_temp(producer, buf) and self.uses(comp, producer) == 1

    def may_donate_while_init(self, comp, loop: Instruction, j: int, buf,
                              result: Buf | None) -> bool:
        """May the while keep state leaf j in the buffer `buf` of its initial value (or in
        `result`, the entry result it already writes there) and update it in place?"""
        producer = while_init_producers(loop).get(j)
        if producer is None:
            return False
        init_tuple = loop.operands[0].owner
        return (self.uses(comp, init_tuple) == 1 and self.uses(comp, producer) == 1
                and isinstance(buf, Buf) and buf.base is None
                and (buf.kind == "temp" or buf is result)
                and producer in self.kernel_made and producer.opcode not in ALIASING
                and producer.opcode not in CONTROL and buf.strides == layout_strides(buf.shape))

    def may_write_while_init_into_result(self, comp, loop: Instruction, producer) -> bool:
        """May the producer of a while's initial state leaf, which the while keeps in an
        entry result, write that result directly (nothing else reads it)?"""
        return (self.uses(comp, loop.operands[0].owner) == 1 and self.uses(comp, producer) == 1
                and isinstance(producer.shape, ArrayShape)
                and producer.opcode not in ALIASING and producer.opcode not in CONTROL
                and producer.opcode not in ("constant", "parameter"))

    # ---- decisions over a computation
    def result_destinations(self, comp: ComputationOp, results: list[Buf]) -> dict:
        """Which instructions write straight into results[j] (and the WhilePlans of the
        whiles whose state leaves are kept in results)."""
        dests: dict = {}
        claimed: set[int] = set()

        def visit(inst, tree_slice):
            if inst.opcode == "tuple":
                offset = 0
                for v in inst.operands:
                    n = len(flatten_shape(v.owner.shape))
                    visit(v.owner, tree_slice[offset:offset + n])
                    offset += n
                return
            if (inst.opcode == "get-tuple-element" and inst.operands[0].owner.opcode == "while"
                    and isinstance(inst.shape, ArrayShape)):
                # the while keeps that state leaf in the result buffer itself
                loop = inst.operands[0].owner
                leaf = _flat_leaf_index(loop.shape, inst.attr("index"))
                plan = dests.setdefault(loop, WhilePlan())
                if leaf not in plan.results:
                    plan.results[leaf] = tree_slice[0]
                    self.decide("while-state-in-result", loop, tree_slice[0], leaf=leaf)
                return
            if inst.opcode in ("parameter", "constant", "get-tuple-element", "opt-barrier") \
                    or inst.opcode in CONTROL or id(inst) in claimed:
                return
            claimed.add(id(inst))
            if isinstance(inst.shape, ArrayShape):
                dests[inst] = tree_slice[0]
            else:
                dests[inst] = rebuild(inst.shape, iter(tree_slice))
            for buf in tree_slice:
                self.decide("write-result", inst, buf)

        visit(comp.root, results)
        return dests

    def while_results_from_producers(self, comp: ComputationOp, dests: dict) -> None:
        """A while whose state leaf lives in a result buffer: its initial value's producer
        writes straight there when nothing else reads it."""
        for inst in self.schedule(comp):
            plan = dests.get(inst)
            if inst.opcode != "while" or not isinstance(plan, WhilePlan):
                continue
            for j, producer in while_init_producers(inst).items():
                if (j in plan.results and producer not in dests
                        and self.may_write_while_init_into_result(comp, inst, producer)):
                    dests[producer] = plan.results[j]
                    self.decide("write-result", producer, plan.results[j])

    def donate_while_state(self, comp, loop: Instruction, env: dict, plan: WhilePlan) -> None:
        for j, producer in while_init_producers(loop).items():
            buf = env.get(producer)
            if self.may_donate_while_init(comp, loop, j, buf, plan.results.get(j)):
                plan.donated.add(j)
                self.decide("donate-while-state", loop, buf, leaf=j)

    def may_write_body_leaf_into_state(self, body: ComputationOp, inst: Instruction, j: int,
                                       aliases: dict, last_reader: list[int],
                                       reads_state: dict) -> bool:
        """May the producer `inst` of body root leaf j compute it straight into state leaf
        j? It must be a kernel (not control flow or a view), not read leaf j itself (unless
        it is a dynamic-update-slice of exactly leaf j), and every other reader of leaf j
        must be scheduled before it."""
        if (inst.opcode in ALIASING or inst.opcode in CONTROL or inst.opcode == "constant"
                or not isinstance(inst.shape, ArrayShape)):
            return False
        if last_reader[j] > self._order(body, inst):
            return False
        if j not in reads_state.get(id(inst), set()):
            return True
        target = self.dus_target(inst)
        if target is None:
            return False
        owners = [v.owner for v in inst.operands]
        if owners[target].opcode != "get-tuple-element":
            return False  # a view might change the layout: the window must land in place
        return (_union(aliases.get(id(owners[target]), set())) == {j}
                and not any(j in _union(aliases.get(id(o), set()))
                            for n, o in enumerate(owners) if n != target))

    def body_in_state(self, body: ComputationOp, state) -> dict:
        """Body root leaves that can be computed straight into the while state buffers:
        {producer: state leaf Buf}. Values are tracked by the set of state leaves their
        memory may alias."""
        state_leaves = leaves(state)
        order = self.schedule(body)
        (param,) = body.parameters()
        aliases: dict[int, object] = {}  # id(inst) -> nested tuple of leaf-index sets, or a set
        aliases[id(param)] = _as_sets(_tree_indices(param.shape, 0))
        last_reader = [-1] * len(state_leaves)
        reads_state: dict[int, set] = {}
        for inst in order:
            ops = [aliases.get(id(v.owner), set()) for v in inst.operands]
            if inst.opcode == "parameter":
                continue
            if inst.opcode == "get-tuple-element":
                base = ops[0]
                aliases[id(inst)] = (base[inst.attr("index")] if isinstance(base, tuple)
                                     else set(base))
                continue
            if inst.opcode == "tuple":
                aliases[id(inst)] = tuple(ops)
                continue
            if inst.opcode in ALIASING:
                aliases[id(inst)] = _union(ops[0]) if ops else set()
                continue
            aliases[id(inst)] = set()
            read = {j for tree in ops for j in _union(tree)}
            for j in read:
                last_reader[j] = max(last_reader[j], self._order(body, inst))
            reads_state[id(inst)] = read
        root = body.root
        if root.opcode != "tuple":
            return {}
        root_leaves: list = []

        def collect(inst):
            if inst.opcode == "tuple":
                for v in inst.operands:
                    collect(v.owner)
            else:
                root_leaves.extend([inst] * len(flatten_shape(inst.shape)))

        collect(root)
        if len(root_leaves) != len(state_leaves):
            return {}
        dests, seen = {}, {}
        for inst in root_leaves:
            seen[id(inst)] = seen.get(id(inst), 0) + 1
        for j, inst in enumerate(root_leaves):
            if seen[id(inst)] == 1 and self.may_write_body_leaf_into_state(
                    body, inst, j, aliases, last_reader, reads_state):
                dests[inst] = state_leaves[j]
                self.decide("body-in-state", inst, state_leaves[j], leaf=j)
        return dests

    def dus_target(self, inst) -> int | None:
        """Operand number whose buffer a dynamic-update-slice (or a fusion rooted at one)
        updates."""
        if inst.opcode == "dynamic-update-slice":
            return 0
        if inst.opcode == "fusion":
            root = self.comps[inst.attr("calls")].root
            if root.opcode == "dynamic-update-slice" \
                    and root.operands[0].owner.opcode == "parameter":
                param = root.operands[0].owner
                # the parameter must not be read elsewhere in the fusion (the window is
                # overwritten)
                if len(list(param.result.uses)) == 1:
                    return param.attr("parameter_number")
        return None

    # ---- placement and the result
    def result_regions(self) -> list:
        """(result Buf, free_until): entry results are scratch memory until the first
        position that touches them (the start of the loop or branch it is in)."""
        regions = []
        for r in self.bufs:
            if r.kind != "result" or r.base is not None or r.first < 0 or r.nbytes == 0:
                continue
            free_until = r.first
            for start, end in self.spans:
                if start <= free_until <= end:
                    free_until = min(free_until, start)
            if free_until > 0:
                regions.append((r, free_until))
        return regions

    def place(self) -> int:
        """Buffer assignment: offsets of the temporaries in the arena (or in an entry result
        not written yet); returns the arena size."""
        temps = [b for b in self.bufs if b.kind == "temp" and b.first >= 0 and b.base is None]
        self.arena_bytes = assign_offsets(temps, ARENA_ALIGN, self.result_regions())
        for b in temps:
            if b.region is not None:
                self.decide("scratch-in-result", b.label, b, result=b.region.index)
        return self.arena_bytes

    def describe(self) -> str:
        return describe(self.bufs, self.arena_bytes)

    def to_json(self) -> str:
        buffers = []
        for b in self.bufs:
            place, index, offset = b.place()
            entry = {"id": b.id, "label": b.label, "shape": format_shape(b.shape),
                     "bytes": b.nbytes, "kind": b.kind, "place": place, "index": index,
                     "offset": offset, "strides": list(b.strides),
                     "live": [b.first, b.last] if b.first >= 0 else None}
            if b.base is not None:
                entry["view_of"] = b.base.id
            buffers.append(entry)
        return json.dumps({"arena_bytes": self.arena_bytes, "steps": self.steps,
                           "spans": [list(s) for s in self.spans], "buffers": buffers,
                           "decisions": self.decisions}, indent=1) + "\n"


# ---------------------------------------------------------------- HLO helpers

def _flat_leaf_index(shape, index: int) -> int:
    return sum(len(flatten_shape(e)) for e in shape.elements[:index])


def _tree_indices(shape, start):
    if isinstance(shape, TupleShape):
        out, offset = [], start
        for e in shape.elements:
            out.append(_tree_indices(e, offset))
            offset += len(flatten_shape(e))
        return tuple(out)
    return start


def _as_sets(tree):
    if isinstance(tree, tuple):
        return tuple(_as_sets(t) for t in tree)
    return {tree}


def _union(tree) -> set:
    if isinstance(tree, tuple):
        return set().union(*[_union(t) for t in tree]) if tree else set()
    return set(tree)


def while_init_producers(inst: Instruction) -> dict:
    """Flat state leaf -> the instruction producing its initial value (array operands of
    the init tuple only)."""
    init = inst.operands[0].owner
    if init.opcode != "tuple":
        return {}
    out, j = {}, 0
    for v in init.operands:
        n = len(flatten_shape(v.owner.shape))
        if isinstance(v.owner.shape, ArrayShape):
            out[j] = v.owner
        j += n
    return out


def passthrough_leaves(body: ComputationOp) -> set[int]:
    """State leaves the body passes through unchanged (root operand j is gte(param, j))."""
    root = body.root
    (param,) = body.parameters()
    if root.opcode != "tuple" or not isinstance(param.shape, TupleShape):
        return set()
    out, j = set(), 0
    for n, v in enumerate(root.operands):
        owner = v.owner
        if (isinstance(owner.shape, ArrayShape) and owner.opcode == "get-tuple-element"
                and owner.operands[0].owner is param and owner.attr("index") == n):
            out.add(j)
        j += len(flatten_shape(owner.shape))
    return out


def elementwise_closure(start: Instruction, root: Instruction, is_heavy) -> set | None:
    """The ids of `start` and of every user reached from it through elementwise ops of the
    root's dimensions, up to `root` (users `is_heavy` says are materialised, other than the
    root, are skipped: they run before the root's loop); None if any other user is met."""
    dims = root.shape.dims
    stack, seen = [start], set()
    while stack:
        inst = stack.pop()
        if id(inst) in seen:
            continue
        seen.add(id(inst))
        for use in inst.result.uses:
            user = use.operation
            if not isinstance(user, Instruction):  # the computation's return
                if inst is not root:
                    return None
                continue
            if is_heavy(user) and user is not root:
                continue
            if user.opcode not in ELEMENTWISE or not isinstance(user.shape, ArrayShape) \
                    or user.shape.dims != dims:
                return None
            stack.append(user)
    return seen


def same_index_param(comp: ComputationOp, param) -> bool:
    """Every use of `param` reaches the array root through elementwise ops only, or is
    read by a materialised instruction (computed before the root loop writes anything)."""
    root = comp.root
    if not isinstance(root.shape, ArrayShape) or not isinstance(param.shape, ArrayShape):
        return False
    if param.shape.dims != root.shape.dims or param.shape.dtype != root.shape.dtype:
        return False
    if root.opcode not in ELEMENTWISE:
        return False
    return elementwise_closure(param, root, materialized) is not None
