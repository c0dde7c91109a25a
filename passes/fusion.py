"""Fusion: decide the kernels. Groups of instructions become XLA-style `fusion` instructions.

    fusion = f32[16]{0} fusion(x, y), kind=kInput, calls=fused_computation

Kinds (named after what the fused computation contains, as in XLA):
- kLoop: elementwise and indexing ops (broadcast, reshape, transpose, slice, concatenate,
  pad, iota, reverse, select, convert, dynamic-slice, gather, ...) computed element by
  element over the ROOT's shape: one loop nest.
- kInput: one or more reduces with the elementwise/indexing ops producing their inputs
  (read once per input element) and the ops consuming their results: an epilogue on the
  reduced values (`sum(x)/n`, `rsqrt(var + eps)`) or, with `row_reductions`, a loop at
  the input's size that reads the reduced values back (`x - mean(x)`, `e / sum(e)`): the
  code generator computes each reduce of a kernel once into a small buffer first, so
  softmax and layernorm (+ gelu) are one kernel each. Sibling reductions of the same input
  that nothing else joins share one fusion whose ROOT is a tuple. A producer too
  expensive to recompute that the reduction and later kernels both need becomes an
  extra tuple output.
- kOutput: a dot or a convolution with its epilogue: the elementwise ops applied to its
  result (bias add, scaling, activation, residual add), done on the GEMM's output (a
  convolution's: tile by tile). Its operands are fusion parameters: the GEMM reads them
  from memory.
(Loop kernels over the same index space are merged afterwards by `multi-output-fusion`.)

The algorithm is XLA's greedy, consumer-first instruction fusion: instructions are
visited from the ROOT backwards; an instruction not yet fused starts a group, which then
pulls its operands' producers in while the heuristics below allow. A producer whose
users are all in the group moves in; one that other kernels need too is duplicated
into the group if it is cheap (recomputing a broadcast or an add costs less than writing
and re-reading memory), and stays a separate kernel otherwise.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from xdsl.ir import SSAValue

from hlox.ir.dialect import ComputationOp, Instruction, ModuleOp, make_instruction
from hlox.ir.opcodes import EXPENSIVE, FREE, LOOP_FUSIBLE
from hlox.ir.shapes import ArrayShape, TupleShape

from .pass_base import (
    ComputationNames, HloPass, NameTable, erase_dead, instruction_users, users,
)

# Which ops a loop nest computes element by element (LOOP_FUSIBLE) and which are cheap
# enough to recompute in every kernel (FREE) are op traits (`hlox.ir.opcodes.traits`).
# Element types whose dots have a GEMM (and so an output loop to fuse an epilogue into).
GEMM_TYPES = frozenset({"f32", "f64"})
# Ops computed into the output of a kOutput fusion (a GEMM, a convolution), read from
# memory: their operands stay fusion parameters. A convolution's epilogue is applied per
# output element by any of its emitter's forms, so it joins whatever its type.
OUTPUT_FUSED = frozenset({"dot", "convolution"})
# A cheap non-free producer is duplicated into at most this many kernels.
MAX_DUPLICATE_USERS = 3
# Constants up to this many elements are copied into fused computations; larger ones are
# passed as fusion parameters (one copy in the program).
MAX_FUSED_CONSTANT = 1

# Computations whose instructions are fused: the entry and control-flow bodies. Reducers
# and comparators (to_apply=, select=, scatter=) are scalar functions, never fused.
_CONTROL_FLOW_ATTRS = ("body", "condition", "branch_computations", "true_computation",
                       "false_computation")


def _size(op: Instruction) -> int:
    shape = op.shape
    return shape.size if isinstance(shape, ArrayShape) else 0


def _is_array(op: Instruction) -> bool:
    return isinstance(op.shape, ArrayShape)


def loop_fusible(op: Instruction) -> bool:
    if op.opcode not in LOOP_FUSIBLE or not _is_array(op):
        return False
    if op.opcode == "constant":
        return _size(op) <= MAX_FUSED_CONSTANT
    if op.opcode == "bitcast":  # after layout assignment: a reshape only if types agree
        source = op.operand_shapes[0]
        return isinstance(source, ArrayShape) and source.dtype == op.shape.dtype
    return True


def fusible_reduce(op: Instruction) -> bool:
    """A single-input reduce with an array result: fusible anywhere in a group."""
    return op.opcode == "reduce" and len(op.operands) == 2 and _is_array(op)


def variadic_reduce(op: Instruction) -> bool:
    """A reduce of several inputs at once (argmax): its result is a tuple, read through
    get-tuple-element, so it can only be the ROOT of a group (with its producers)."""
    return op.opcode == "reduce" and len(op.operands) > 2


@dataclass(eq=False)
class Group:
    """Instructions that become one fusion. `moved` ones leave the parent computation;
    `duplicated` ones are copied in and stay for their other users."""

    root: Instruction
    moved: list[Instruction] = field(default_factory=list)
    duplicated: list[Instruction] = field(default_factory=list)
    extra_outputs: list[Instruction] = field(default_factory=list)
    # How many times each member is evaluated per element of its own result (broadcasts
    # re-read their operand once per output element).
    factor: dict[int, int] = field(default_factory=dict)

    def __post_init__(self):
        self.moved.append(self.root)
        self.factor[id(self.root)] = 1

    @property
    def members(self) -> list[Instruction]:
        return self.moved + self.duplicated

    def contains(self, op) -> bool:
        return any(op is m for m in self.members)

    def moved_contains(self, op) -> bool:
        return any(op is m for m in self.moved)

    @property
    def outputs(self) -> list[Instruction]:
        return [self.root] + self.extra_outputs

    @property
    def kind(self) -> str:
        opcodes = {m.opcode for m in self.members}
        if opcodes & OUTPUT_FUSED:
            return "kOutput"
        if "reduce" in opcodes:
            return "kInput"
        return "kLoop"

    @property
    def reduces(self) -> list[Instruction]:
        return [m for m in self.moved if m.opcode == "reduce"]


@dataclass(frozen=True)
class Fusion(HloPass):
    """Loop, reduction (with epilogue), sibling multi-output and dot-epilogue fusion."""

    name = "fusion"
    max_fusion_size: int = 64  # computing (not FREE) instructions in one fused computation
    epilogue: bool = True  # fuse elementwise consumers of a reduce (sum(x)/n) into it
    # Fuse a reduce into a consumer that reads its result back at the input's size (softmax,
    # layernorm: x - mean(x)). The code generator computes each reduce of a fusion once into
    # a small buffer before the loop that reads it, so nothing is recomputed.
    row_reductions: bool = True
    multi_output: bool = True  # sibling reductions; expensive shared producers as outputs
    dot_epilogue: bool = True  # fuse bias/activation/residual into a dot's output loop

    def run(self, module: ModuleOp) -> bool:
        names = NameTable(module)
        comp_names = ComputationNames(module)
        changed = False
        for comp in _fusible_computations(module):
            groups = self._form_groups(comp)
            if self.multi_output:
                groups = _merge_siblings(groups, comp)
            built = False
            block_order = {id(op): i for i, op in enumerate(comp.instructions())}
            # In creation order: a group may hold copies of instructions a later group
            # moves, never the other way round, so each group finds its members intact.
            for group in groups:
                if len(group.members) < 2:
                    continue  # a lone instruction is its own kernel already
                if _would_depend_on_itself(group, block_order):
                    continue  # the heuristics' last guard: such a group stays unfused
                _materialize(group, comp, module, names, comp_names, block_order)
                built = True
            if built:
                _topological_reorder(comp)
                changed = True
        record_kernel_kinds(module)
        return changed

    # ------------------------------------------------------------ grouping

    def _form_groups(self, comp: ComputationOp) -> list[Group]:
        order = list(comp.instructions())
        position = {id(op): i for i, op in enumerate(order)}
        owner: dict[int, Group] = {}
        groups: list[Group] = []
        dying: set[int] = set()
        holders: dict[int, list[Group]] = {}  # instruction -> groups holding a copy of it
        for op in reversed(order):
            if id(op) in owner:
                continue
            if self._dies(op, owner, holders, dying):
                # Every user was fused into a group holding its own copy of `op`: once those
                # groups are built nothing reads `op`, so it starts no kernel of its own.
                dying.add(id(op))
                continue
            if not (loop_fusible(op) or fusible_reduce(op) or variadic_reduce(op)) \
                    or op.opcode == "constant":
                continue
            group = Group(op)
            owner[id(op)] = group
            self._pull_producers(group, owner, position, holders)
            for copy in group.duplicated:
                holders.setdefault(id(copy), []).append(group)
            groups.append(group)
        return groups

    @staticmethod
    def _dies(op, owner, holders, dying) -> bool:
        """Whether every reader of `op` will read a fused copy of it instead."""
        if id(op) not in holders:
            return False
        for user in users(op):
            if id(user) in owner:
                if not owner[id(user)].contains(op):
                    return False
            elif id(user) in dying:
                if not all(g.contains(op) for g in holders.get(id(user), ())):
                    return False
            else:
                return False
        return True

    def _pull_producers(self, group: Group, owner: dict[int, Group],
                        position: dict[int, int], holders: dict[int, list[Group]]) -> None:
        """Grow `group` backwards over the producers of its members.

        Candidates are decided latest first (by block position): every user of a candidate
        comes after it, so by the time it is decided, every member that will ever use it
        is already in the group, and "all its users are inside" is final."""
        heap: list[tuple[int, int, Instruction]] = []

        def push_operands(member: Instruction) -> None:
            if member.opcode in OUTPUT_FUSED:
                return  # the GEMM reads its operands from memory: they stay parameters
            for value in member.operands:
                op = value.owner
                if isinstance(op, Instruction) and id(op) in position:
                    heapq.heappush(heap, (-position[id(op)], id(op), op))

        for member in group.members:
            push_operands(member)
        # The size limit counts the ops that compute (not FREE): a full group still takes
        # in the broadcasts, slices and reshapes it reads (a depthwise convolution's nine
        # tap windows and weight broadcasts), which as kernels of their own would each
        # write a whole activation-sized array to be read back once.
        computing = sum(m.opcode not in FREE for m in group.members)
        while heap:
            _, _, op = heapq.heappop(heap)
            if group.contains(op) or id(op) in owner:
                continue
            if computing >= self.max_fusion_size and op.opcode not in FREE:
                continue
            how = self._how_to_fuse(op, group, holders)
            if how is None:
                continue
            if how == "duplicate":
                group.duplicated.append(op)
            else:
                group.moved.append(op)
                owner[id(op)] = group
                if how == "output":  # computed here once, also given to the other kernels
                    group.extra_outputs.append(op)
            group.factor[id(op)] = self._factor(op, group)
            computing += op.opcode not in FREE
            push_operands(op)

    def _factor(self, op: Instruction, group: Group) -> int:
        """How many times the kernel computes each element of `op` (1: once)."""
        factor = 1
        for user in instruction_users(op):
            if not group.contains(user):
                continue
            times = group.factor.get(id(user), 1)
            if user.opcode == "broadcast":
                times *= _recompute_factor(user)
            factor = max(factor, times)
        return factor

    def _how_to_fuse(self, op: Instruction, group: Group,
                     holders: dict[int, list[Group]]) -> str | None:
        """'move', 'duplicate', 'output' or None (stays outside) for producer `op`."""
        reduce_here = op.opcode == "reduce"
        if op.opcode in OUTPUT_FUSED:
            return self._how_to_fuse_output(op, group, holders)
        if not (loop_fusible(op) or (reduce_here and fusible_reduce(op))):
            return None
        op_users = instruction_users(op)
        if any(u.opcode in OUTPUT_FUSED and group.contains(u) for u in op_users):
            return None  # a GEMM reads its operands from memory: they stay outside
        if op.opcode not in FREE and sum(u.opcode == "slice" and group.contains(u)
                                         for u in op_users) > 1:
            # read at several windows (a depthwise convolution's taps of a padded
            # activation): inside, it would be computed again for every window; it is
            # computed once into memory instead
            return None
        # "All users inside" also means: no kernel built earlier holds a copy of a user that
        # reads `op` from memory (it would keep the original alive, computed twice).
        all_inside = len(op_users) == len(users(op)) and all(
            group.moved_contains(u) and all(g is group or g.contains(op)
                                            for g in holders.get(id(u), ()))
            for u in op_users)
        # Recomputing an expensive op (exp, divide, tanh...) once per element of a
        # broadcast would multiply its cost by the broadcast's fan-out: refused.
        if op.opcode in EXPENSIVE and self._factor(op, group) > 1:
            return None
        if reduce_here:
            if not all_inside or group.kind == "kOutput":
                return None  # a reduce is never duplicated, nor put after a GEMM
            if self.row_reductions:
                return "move"
            # Without row reductions a reduce joins only as the group's reduction, and only
            # if everything in the group computed from it is elementwise over its result
            # (the epilogue: once per reduced value).
            if self.epilogue and not group.reduces and group.kind == "kLoop" \
                    and _is_epilogue(op, group):
                return "move"
            return None
        if all_inside:
            return "move"
        # A large producer duplicated into many kernels is computed many times over: free
        # ops (broadcast, reshape, ...) are copied without limit, cheap ones into a few
        # kernels, expensive ones (exp, divide, tanh, ...) never.
        if op.opcode in FREE or (op.opcode not in EXPENSIVE
                                 and len(op_users) <= MAX_DUPLICATE_USERS):
            return "duplicate"
        # Needed elsewhere and not worth recomputing: a reduction that reads it once per
        # input element computes it and hands it on as a second output (softmax's
        # exp(x - max), read by the sum and by the division after it).
        if self.multi_output and group.kind == "kInput" and not group.extra_outputs \
                and _size(op) == _size(group.reduces[0].operands[0].owner) \
                and _feeds_reduce_input(op, group) and _no_cycle_through(op, group):
            return "output"
        return None

    def _how_to_fuse_output(self, dot: Instruction, group: Group,
                            holders: dict[int, list[Group]]) -> str | None:
        """A dot (or convolution) joins a group as its GEMM when the group is its epilogue:
        everything in it computed from the dot is elementwise over the dot's result (bias
        add, scale, activation, residual add), applied in the GEMM's output loop
        (kOutput)."""
        if not self.dot_epilogue or group.kind != "kLoop" or not _is_array(dot) \
                or dot.opcode == "dot" and dot.shape.dtype not in GEMM_TYPES:
            return None
        if not all(group.moved_contains(u) and not holders.get(id(u)) for u in users(dot)):
            return None
        return "move" if _is_epilogue(dot, group) else None


def _recompute_factor(broadcast: Instruction) -> int:
    """How often a broadcast's operand element is recomputed in a loop over its result.

    New (or size-1-expanded) dimensions that are innermost cost nothing: the operand's
    value does not change along the innermost loop, so it is computed once per row, or
    at worst (measured with gcc 12 when the loop also calls a SIMD libm function, which
    stops loop-invariant code motion) once per SIMD vector of 16 elements, which is still
    vectorised. Every other new dimension multiplies the work by its size."""
    out_dims = broadcast.shape.dims
    source_dims = broadcast.operand_shapes[0].dims
    kept = {d for k, d in enumerate(broadcast.attr("dimensions")) if source_dims[k] != 1}
    factor, minor = 1, True
    for d in reversed(range(len(out_dims))):
        if d in kept:
            minor = False
        elif not minor:
            factor *= out_dims[d]
    return factor


def _is_epilogue(reduce: Instruction, group: Group) -> bool:
    """Every member computed from `reduce` has the reduce's element count (no broadcast)."""
    size = _size(reduce)
    frontier = [reduce]
    seen: set[int] = set()
    while frontier:
        op = frontier.pop()
        for user in instruction_users(op):
            if not group.contains(user) or id(user) in seen:
                continue
            if _size(user) != size:
                return False
            seen.add(id(user))
            frontier.append(user)
    return True


def _feeds_reduce_input(op: Instruction, group: Group) -> bool:
    """Whether `op` is upstream of the group's reduce (so it is evaluated per input element)."""
    target = group.reduces[0]
    frontier, seen = [op], set()
    while frontier:
        current = frontier.pop()
        for user in instruction_users(current):
            if user is target:
                return True
            if group.contains(user) and id(user) not in seen:
                seen.add(id(user))
                frontier.append(user)
    return False


def _no_cycle_through(op: Instruction, group: Group) -> bool:
    """No user of `op` outside the group leads back into the group."""
    members = {id(m) for m in group.members}
    frontier = [u for u in instruction_users(op) if id(u) not in members]
    seen: set[int] = set()
    while frontier:
        current = frontier.pop()
        for user in instruction_users(current):
            if id(user) in members:
                return False
            if id(user) not in seen:
                seen.add(id(user))
                frontier.append(user)
    return True


def _would_depend_on_itself(group: Group, block_order: dict[int, int]) -> bool:
    """Whether a path leaves the group through one of its outputs and comes back into it
    (the fusion would read its own result). Edges from an instruction the group copies to
    the group's members do not count: the members read the copy.

    `block_order`: positions in the block before any fusion was built, a topological
    order. Along a path its instructions' positions grow (a fusion built since stands for
    paths through its members), so one placed after the group's last member leads back to
    none: the search stops there, and costs the group's span, not the rest of the block."""
    members = {id(m) for m in group.members}
    copied = {id(m) for m in group.duplicated}
    last = max(block_order.get(id(m), -1) for m in group.members)
    stack = [use.operation for out in group.outputs for use in out.result.uses
             if id(use.operation) not in members]
    seen = {id(op) for op in stack}
    while stack:
        op = stack.pop()
        if not isinstance(op, Instruction) or block_order.get(id(op), -1) > last:
            continue
        for use in op.result.uses:
            user = use.operation
            if id(user) in members:
                if id(op) in copied:
                    continue
                return True
            if id(user) not in seen:
                seen.add(id(user))
                stack.append(user)
    return False


def _fusible_computations(module: ModuleOp) -> list[ComputationOp]:
    table = module.computation_table()
    result, stack, seen = [], [module.entry.data], set()
    while stack:
        name = stack.pop()
        if name in seen or name not in table:
            continue
        seen.add(name)
        result.append(table[name])
        for op in table[name].instructions():
            if op.opcode == "call":  # when call-inliner is disabled
                stack.append(op.attr("to_apply"))
            for key in _CONTROL_FLOW_ATTRS:
                value = op.attr(key)
                if value is not None:
                    stack.extend(value if isinstance(value, tuple) else [value])
    return result


# ---------------------------------------------------------------- sibling multi-output

def _merge_siblings(groups: list[Group], comp: ComputationOp) -> list[Group]:
    """Reductions over the same input with the same dimensions share one pass over it.

    The merged group takes the later group's place in the list: groups are built in list
    order, and one built earlier may still hold copies of the later group's members."""
    reductions = [g for g in groups if g.kind == "kInput" and len(g.reduces) == 1
                  and not g.extra_outputs and _is_array(g.root)]
    mover = {id(m): g for g in groups for m in g.moved}
    absorbed: set[int] = set()
    for i, first in enumerate(reductions):
        if id(first) in absorbed:
            continue
        for second in reductions[i + 1:]:
            if id(second) in absorbed or not _siblings(first, second):
                continue
            if _depends(first, second) or _depends(second, first):
                continue
            # `first`'s copies are built at `second`'s turn: a group in between must not
            # have moved (erased) their originals by then.
            if any(mover.get(id(d)) not in (None, first, second) for d in first.duplicated):
                continue
            _absorb(second, first)
            absorbed.add(id(first))
            break  # two outputs per sibling fusion: mean and variance
    return [g for g in groups if id(g) not in absorbed]


def _absorb(into: Group, other: Group) -> None:
    """`into` also computes `other`'s outputs (ROOT: a tuple of both groups' outputs)."""
    moved = {id(m) for m in into.moved} | {id(m) for m in other.moved}
    into.moved.extend(other.moved)
    duplicated = [d for d in into.duplicated + other.duplicated if id(d) not in moved]
    unique: dict[int, Instruction] = {}
    for d in duplicated:
        unique.setdefault(id(d), d)
    into.duplicated = list(unique.values())
    into.extra_outputs.extend(other.outputs)


def _reduce_source(reduce: Instruction) -> tuple:
    """What a reduce reads from memory: the outside values its input is computed from."""
    return reduce.operand_shapes[0].dims, reduce.attr("dimensions")


def _siblings(a: Group, b: Group) -> bool:
    ra, rb = a.reduces[0], b.reduces[0]
    if _reduce_source(ra) != _reduce_source(rb):
        return False
    return bool(_inputs(a) & _inputs(b))


def _inputs(group: Group) -> set[int]:
    return {id(v) for m in group.members for v in m.operands
            if not group.contains(v.owner) and not (
                isinstance(v.owner, Instruction) and v.owner.opcode == "constant")}


def _depends(later: Group, earlier: Group) -> bool:
    """Whether any member of `later` is computed from an output of `earlier`."""
    outputs = {id(o) for o in earlier.outputs}
    earlier_members = {id(m) for m in earlier.members}
    frontier = [v.owner for m in later.members for v in m.operands
                if isinstance(v.owner, Instruction) and not later.contains(v.owner)]
    seen: set[int] = set()
    while frontier:
        op = frontier.pop()
        if id(op) in seen:
            continue
        seen.add(id(op))
        if id(op) in outputs:
            return True
        if id(op) in earlier_members:
            continue
        frontier.extend(v.owner for v in op.operands if isinstance(v.owner, Instruction))
    return False


# ---------------------------------------------------------------- building the fusion

def _materialize(group: Group, comp: ComputationOp, module: ModuleOp, names: NameTable,
                 comp_names: ComputationNames, block_order: dict[int, int]) -> None:
    members = sorted(group.members, key=lambda m: block_order[id(m)])
    member_ids = {id(m) for m in members}
    # Fusion parameters: values computed outside, in order of first use (XLA numbers them
    # the same way), except small constants, which are copied in.
    inputs: list[SSAValue] = []
    for m in members:
        for v in m.operands:
            if id(v.owner) in member_ids or any(v is i for i in inputs):
                continue
            inputs.append(v)
    fused_ops: list[Instruction] = []
    mapping: dict[int, SSAValue] = {}
    for number, value in enumerate(inputs):
        param = make_instruction("parameter", [], _plain(value), names.fresh(f"param_{number}"),
                                 {"parameter_number": number})
        fused_ops.append(param)
        mapping[id(value)] = param.result
    output_ids = {id(o) for o in group.outputs}
    moved_ids = {id(m) for m in group.moved}
    for m in members:
        # An instruction that leaves the computation keeps its name (the original is erased
        # below); a copy of one that stays gets a fresh one.
        leaves = id(m) in output_ids or (
            id(m) in moved_ids and all(id(u) in moved_ids for u in users(m)))
        name = m.hlo_name if leaves else names.fresh(m.hlo_name)
        clone = make_instruction(m.opcode, [mapping[id(v)] for v in m.operands], m.shape,
                                 name, m.hlo_attrs)
        fused_ops.append(clone)
        mapping[id(m.result)] = clone.result
    outputs = group.outputs
    if len(outputs) == 1:
        fused_root = mapping[id(outputs[0].result)]
        result_shape = outputs[0].shape
    else:
        result_shape = TupleShape(tuple(o.shape for o in outputs))
        tuple_op = make_instruction("tuple", [mapping[id(o.result)] for o in outputs],
                                    result_shape, names.fresh("tuple"))
        fused_ops.append(tuple_op)
        fused_root = tuple_op.result
    fused_name = comp_names.fresh("fused_computation")
    fused = ComputationOp.build(fused_name, fused_ops, fused_root)
    module.body.block.insert_op_before(fused, comp)  # callees before callers, as printed

    fusion = make_instruction("fusion", list(inputs), result_shape,
                              names.fresh(_fusion_name(group)),
                              {"kind": group.kind, "calls": fused_name})
    record_kernel_kind(fusion, fused)
    comp.block.insert_op_before(fusion, comp.block.last_op)  # reordered afterwards
    if len(outputs) == 1:
        outputs[0].result.replace_all_uses_with(fusion.result)
    else:
        for index, out in enumerate(outputs):
            if not out.result.uses:
                continue
            gte = make_instruction("get-tuple-element", [fusion.result], out.shape,
                                   names.fresh(out.hlo_name), {"index": index})
            comp.block.insert_op_before(gte, comp.block.last_op)
            # Uses inside the group are already served by the fused copy.
            out.result.replace_uses_with_if(
                gte.result, lambda use: id(use.operation) not in member_ids)
    erase_dead(reversed(members))


def _fusion_name(group: Group) -> str:
    return "fusion"  # fusion, fusion.1, ... as XLA names them


def _plain(value: SSAValue):
    from hlox.ir.dialect import shape_of_type

    return shape_of_type(value.type)


def _topological_reorder(comp: ComputationOp) -> None:
    """Put the block back in an order where every value is defined before it is used,
    keeping the existing order wherever it already allows."""
    block = comp.block
    terminator = block.last_op
    ops = [op for op in block.ops if op is not terminator]
    position = {id(op): i for i, op in enumerate(ops)}
    placed: set[int] = set()
    expanded: set[int] = set()  # each op's operands are pushed once (linear in the graph)
    ordered: list = []

    def place(op) -> None:
        stack = [(op, False)]
        while stack:
            current, ready = stack.pop()
            if id(current) in placed:
                continue
            if ready:
                placed.add(id(current))
                ordered.append(current)
                continue
            if id(current) in expanded:
                continue  # its placement is pending below (SSA has no cycles)
            expanded.add(id(current))
            stack.append((current, True))
            deps = sorted((v.owner for v in current.operands
                           if id(v.owner) in position and id(v.owner) not in placed),
                          key=lambda o: position[id(o)], reverse=True)
            stack.extend((d, False) for d in deps)

    for op in ops:
        place(op)
    if [id(o) for o in ordered] == [id(o) for o in ops]:
        return
    for op in ops:
        op.detach()
    for op in ordered:
        block.insert_op_before(op, terminator)


# ---------------------------------------------------------------- kernel kinds

# The kind of kernel a fusion (or a lone instruction) becomes: finer than XLA's three, one
# per emitter of the code generator (its table `EMITTERS` in
# passes/codegen/emitters/__init__.py is keyed by these). Fusion decides it for each fusion
# it builds and for those it finds already built (XLA's optimized HLO), and records it on
# the fusion instruction (KERNEL_KIND_ATTR: not HLO, never printed).
KERNEL_KINDS = (
    "loop",  # elementwise and indexing ops: loop nests over the outputs
    "row_reduction",  # reductions of the minor dimension of one [rows..., n] shape
    "reduction",  # other reductions (columns, several dimensions, to a scalar)
    "gemm",  # a dot computed by a GEMM call, its epilogue applied to each block of C
    "dot",  # a dot computed by loops (small or not float) and its epilogue
    "convolution",  # a convolution and its epilogue
    "in_place_update",  # a dynamic-update-slice or scatter: writes a window of its operand
)
KERNEL_KIND_ATTR = "hlox.kernel_kind"
# Below this many multiply-adds (M * N * K) a float dot is an inline loop nest rather
# than a GEMM call (measured).
GEMM_MIN_FLOPS = 32 * 32 * 32


def dot_dims(dot: Instruction):
    """(batch, free, contracting) dimensions of each operand of a dot."""
    lhs, rhs = dot.operand_shapes
    lb = list(dot.attr("lhs_batch_dims", ()) or ())
    rb = list(dot.attr("rhs_batch_dims", ()) or ())
    lc = list(dot.attr("lhs_contracting_dims", ()) or ())
    rc = list(dot.attr("rhs_contracting_dims", ()) or ())
    lf = [d for d in range(lhs.rank) if d not in lb and d not in lc]
    rf = [d for d in range(rhs.rank) if d not in rb and d not in rc]
    return (lb, lf, lc), (rb, rf, rc)


def gemm_call(dot: Instruction) -> bool:
    """Whether a dot is computed by a GEMM call (float, at least GEMM_MIN_FLOPS, not
    empty) rather than by loops, each output element its own sum."""
    lhs, rhs = dot.operand_shapes
    (lb, lf, lc), (_, rf, _) = dot_dims(dot)

    def size(shape, dims) -> int:
        n = 1
        for d in dims:
            n *= shape.dims[d]
        return n

    B, M, N, K = size(lhs, lb), size(lhs, lf), size(rhs, rf), size(lhs, lc)
    floats = all(s.element_type.kind == "float" for s in (lhs, rhs, dot.shape))
    return floats and M * N * K >= GEMM_MIN_FLOPS and B * M * N > 0 and K > 0


def _reduces_minor_dimension(reduce: Instruction, dims: tuple) -> bool:
    shape = reduce.operand_shapes[0]
    last = shape.rank - 1
    return (len(reduce.operands) == 2 and shape.rank >= 2 and tuple(shape.dims) == dims
            and tuple(reduce.attr("dimensions")) == (last,) and shape.minor_to_major[0] == last)


def kernel_kind(instructions, root: Instruction) -> str:
    """The kind (KERNEL_KINDS) of the kernel computing `instructions` (a fused computation's,
    or a lone instruction) whose result is `root`'s."""
    instructions = [i for i in instructions if isinstance(i, Instruction)]
    opcodes = {i.opcode for i in instructions}
    if "convolution" in opcodes:
        return "convolution"
    dots = [i for i in instructions if i.opcode == "dot"]
    if dots:
        return "gemm" if any(gemm_call(d) for d in dots) else "dot"
    reduces = [i for i in instructions if i.opcode == "reduce"]
    if reduces:
        dims = tuple(reduces[0].operand_shapes[0].dims)
        if all(_reduces_minor_dimension(r, dims) for r in reduces):
            return "row_reduction"
        return "reduction"
    outputs = [v.owner for v in root.operands] if root.opcode == "tuple" else [root]
    if any(isinstance(o, Instruction) and o.opcode in ("dynamic-update-slice", "scatter")
           for o in outputs):
        return "in_place_update"
    return "loop"


def record_kernel_kind(fusion: Instruction, fused: ComputationOp) -> None:
    """Decide and record the kind of kernel the fusion instruction `fusion` (calling
    `fused`) becomes."""
    from xdsl.dialects.builtin import StringAttr

    fusion.attributes[KERNEL_KIND_ATTR] = StringAttr(
        kernel_kind(fused.instructions(), fused.root))


def record_kernel_kinds(module: ModuleOp) -> None:
    """Record the kind of every fusion in `module` that has none yet (fusions fusion did
    not build: XLA's, in its optimized HLO)."""
    table = module.computation_table()
    for comp in table.values():
        for op in comp.instructions():
            if op.opcode == "fusion" and recorded_kernel_kind(op) is None \
                    and op.attr("calls") in table:
                record_kernel_kind(op, table[op.attr("calls")])


def recorded_kernel_kind(fusion: Instruction) -> str | None:
    value = fusion.attributes.get(KERNEL_KIND_ATTR)
    return None if value is None else value.data
