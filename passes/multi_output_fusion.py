"""Multi-output fusion: loop kernels over the same index space become one loop.

Runs after `fusion`. Two kinds of merge, both between kLoop fusions (or lone elementwise /
indexing instructions) whose outputs all have the same dimensions:
- producer-consumer: a kernel whose result another kernel reads is computed inside it;
  if others read it too, it stays an output (ROOT becomes a tuple);
- siblings: two kernels reading the same input share one pass over it; scalar kernels
  merge whatever they read.

Neither recomputes anything (each instruction is still computed once per element), so
merging only saves loop overhead and, for siblings, a second read of the shared input.
A merge is refused when another path leads from one kernel to the other (the merged
kernel would depend on itself), or when the result would exceed `max_fusion_size`.
"""
from __future__ import annotations

from dataclasses import dataclass

from xdsl.ir import SSAValue

from hlox.ir.dialect import ComputationOp, Instruction, ModuleOp, make_instruction
from hlox.ir.shapes import ArrayShape, TupleShape

from .fusion import _fusible_computations, _topological_reorder, loop_fusible, record_kernel_kind
from .pass_base import (
    ComputationNames, HloPass, NameTable, erase, instruction_users,
    remove_unreachable_computations,
)


@dataclass(frozen=True)
class MultiOutputFusion(HloPass):
    """Merge loop kernels over the same index space (producer-consumer and siblings)."""

    name = "multi-output-fusion"
    max_fusion_size: int = 64

    def run(self, module: ModuleOp) -> bool:
        names = NameTable(module)
        comp_names = ComputationNames(module)
        changed = False
        for comp in _fusible_computations(module):
            # Rounds of merges until none applies. Within a round each kernel takes part in
            # one merge at most; the block is put back in order between rounds.
            while self._merge_round(comp, module, names, comp_names):
                _topological_reorder(comp)
                changed = True
        if changed:
            remove_unreachable_computations(module)
        return changed

    def _merge_round(self, comp: ComputationOp, module: ModuleOp, names: NameTable,
                     comp_names: ComputationNames) -> int:
        table = module.computation_table()
        order = list(comp.instructions())
        dims = {id(op): _loop_dims(op, table) for op in order}
        units = {id(op): op for op in order if dims[id(op)] is not None}
        sizes = {id(op): _size(op, table) for op in units.values()}
        touched: set[int] = set()
        merges = 0

        def free(op: Instruction) -> bool:
            return op.parent is not None and id(op) in units and id(op) not in touched

        def can_merge(a: Instruction, b: Instruction) -> bool:
            return dims[id(a)] == dims[id(b)] and \
                sizes[id(a)] + sizes[id(b)] <= self.max_fusion_size

        def merge(first: Instruction, second: Instruction) -> None:
            nonlocal merges
            touched.update((id(first), id(second)))
            _merge(first, second, comp, module, names, comp_names)
            merges += 1

        # Producer into consumer, consumers visited from the end.
        for consumer in reversed(order):
            if not free(consumer):
                continue
            for producer in _producer_units(consumer, units):
                if free(producer) and can_merge(producer, consumer) \
                        and not _path_between(producer, consumer):
                    merge(producer, consumer)
                    break
        # Siblings: two kernels reading the same value.
        for op in order:
            if op.parent is None or op.opcode == "constant":  # sharing a constant saves nothing
                continue
            # A value read by many kernels: its first few readers are tried (pairs grow
            # quadratically, and each pair needs two dependence searches).
            readers = [u for u in instruction_users(op) if free(u)][:MAX_SIBLING_READERS]
            for i, first in enumerate(readers):
                for second in readers[i + 1:]:
                    if not (free(first) and free(second)) or first is second \
                            or not can_merge(first, second):
                        continue
                    if _path_between(first, second) or _path_between(second, first):
                        continue
                    earlier, later = sorted((first, second), key=order.index)
                    merge(earlier, later)
        # Scalar kernels (index arithmetic for dynamic slices, loop counters) merge even
        # without a shared input: all they cost is the call.
        scalars = [op for op in order if free(op) and dims[id(op)] == ()]
        for first, second in zip(scalars[::2], scalars[1::2]):
            if free(first) and free(second) and can_merge(first, second) \
                    and not _path_between(first, second) and not _path_between(second, first):
                merge(first, second)
        return merges


# ---------------------------------------------------------------- what a unit is

def _loop_dims(op: Instruction, table) -> tuple[int, ...] | None:
    """The dimensions a loop kernel iterates over, or None if `op` is not one."""
    if op.opcode == "fusion":
        if op.attr("kind", "kLoop") != "kLoop":
            return None
        shape = op.shape
        if isinstance(shape, TupleShape):
            if not all(isinstance(u, Instruction) and u.opcode == "get-tuple-element"
                       for u in _all_users(op)):
                # a tuple read whole (returned by the computation's terminator, passed to a
                # while) stays as is
                return None
            leaves = shape.elements
            if not leaves or not all(isinstance(e, ArrayShape) for e in leaves):
                return None
            dims = {e.dims for e in leaves}
            return dims.pop() if len(dims) == 1 else None
        return shape.dims
    if loop_fusible(op) and op.opcode not in ("constant", "parameter"):
        return op.shape.dims
    return None


def _size(op: Instruction, table) -> int:
    if op.opcode == "fusion":
        return sum(1 for _ in table[op.attr("calls")].instructions())
    return 1


def _all_users(op: Instruction) -> list:
    return [use.operation for use in op.result.uses]


def _outputs(op: Instruction) -> list[list[SSAValue]]:
    """Per output of the unit, the outside values that carry it (its result, or its
    get-tuple-elements)."""
    if isinstance(op.shape, TupleShape):
        outputs: list[list[SSAValue]] = [[] for _ in op.shape.elements]
        for user in _all_users(op):
            outputs[user.attr("index")].append(user.result)
        return outputs
    return [[op.result]]


def _producer_units(consumer: Instruction, units: dict) -> list[Instruction]:
    found = []
    for value in consumer.operands:
        owner = value.owner
        if isinstance(owner, Instruction) and owner.opcode == "get-tuple-element":
            owner = owner.operands[0].owner
        if isinstance(owner, Instruction) and id(owner) in units and owner is not consumer \
                and not any(owner is f for f in found):
            found.append(owner)
    return found


# How many instructions a dependence search may visit before it gives up and answers "there
# may be a path" (no merge): keeps the pass linear-ish on large graphs.
PATH_SEARCH_BUDGET = 256
MAX_SIBLING_READERS = 4


def _path_between(source: Instruction, target: Instruction) -> bool:
    """Whether `target` depends on `source` other than by reading its outputs directly
    (True, conservatively, when the search exceeds PATH_SEARCH_BUDGET)."""
    carriers = [v for values in _outputs(source) for v in values]
    seen = {id(v.owner) for v in carriers} | {id(source)}
    stack = []
    for value in carriers:
        for use in value.uses:
            user = use.operation
            if user is not target and isinstance(user, Instruction) and id(user) not in seen:
                seen.add(id(user))
                stack.append(user)
    while stack:
        op = stack.pop()
        for use in op.results[0].uses:
            user = use.operation
            if user is target:
                return True
            if id(user) in seen or not isinstance(user, Instruction):
                continue
            seen.add(id(user))
            if len(seen) > PATH_SEARCH_BUDGET:
                return True
            stack.append(user)
    return False


# ---------------------------------------------------------------- merging

def _merge(first: Instruction, second: Instruction, comp: ComputationOp, module: ModuleOp,
           names: NameTable, comp_names: ComputationNames) -> None:
    """Replace `first` and `second` (which may read `first`) by one kLoop fusion."""
    table = module.computation_table()
    params: list[SSAValue] = []  # outside values the merged kernel reads
    inner_params: list[Instruction] = []
    body: list[Instruction] = []
    first_carriers = {id(v): k for k, values in enumerate(_outputs(first)) for v in values}
    first_inner: list[SSAValue] = []

    def param_for(value: SSAValue) -> SSAValue:
        if id(value) in first_carriers and first_inner:
            return first_inner[first_carriers[id(value)]]
        for outer, inner in zip(params, inner_params):
            if outer is value:
                return inner.result
        from hlox.ir.dialect import shape_of_type

        inner = make_instruction("parameter", [], shape_of_type(value.type),
                                 names.fresh(f"param_{len(params)}"),
                                 {"parameter_number": len(params)})
        params.append(value)
        inner_params.append(inner)
        return inner.result

    def clone_unit(unit: Instruction) -> list[SSAValue]:
        """Copy the unit's computation into `body`; returns its output values there."""
        if unit.opcode != "fusion":
            copy = make_instruction(unit.opcode, [param_for(v) for v in unit.operands],
                                    unit.shape, names.fresh(unit.hlo_name), unit.hlo_attrs)
            body.append(copy)
            return [copy.result]
        fused = table[unit.attr("calls")]
        mapping: dict[int, SSAValue] = {}
        for op in fused.instructions():
            if op.opcode == "parameter":
                mapping[id(op.result)] = param_for(unit.operands[op.attr("parameter_number")])
                continue
            copy = make_instruction(op.opcode, [mapping[id(v)] for v in op.operands], op.shape,
                                    names.fresh(op.hlo_name), op.hlo_attrs)
            body.append(copy)
            mapping[id(op.result)] = copy.result
        root = fused.root
        if isinstance(unit.shape, TupleShape):
            assert root.opcode == "tuple"
            return [mapping[id(v)] for v in root.operands]
        return [mapping[id(root.result)]]

    first_inner.extend(clone_unit(first))
    second_inner = clone_unit(second)

    # Outputs: all of `second`'s, and those of `first` read by anyone but `second`.
    outputs: list[tuple[SSAValue, list[SSAValue]]] = []
    for inner, carriers in zip(second_inner, _outputs(second)):
        outputs.append((inner, carriers))
    for inner, carriers in zip(first_inner, _outputs(first)):
        if any(use.operation is not second for v in carriers for use in v.uses):
            outputs.append((inner, carriers))

    if len(outputs) == 1:
        result_shape = _shape(outputs[0][0])
        root_value = outputs[0][0]
    else:
        result_shape = TupleShape(tuple(_shape(v) for v, _ in outputs))
        root_op = make_instruction("tuple", [v for v, _ in outputs], result_shape,
                                   names.fresh("tuple"))
        body.append(root_op)
        root_value = root_op.result
    fused_name = comp_names.fresh("fused_computation")
    fused_comp = ComputationOp.build(fused_name, [*inner_params, *body], root_value)
    module.body.block.insert_op_before(fused_comp, comp)
    fusion = make_instruction("fusion", params, result_shape, names.fresh("fusion"),
                              {"kind": "kLoop", "calls": fused_name})
    record_kernel_kind(fusion, fused_comp)
    comp.block.insert_op_before(fusion, second)
    for index, (_, carriers) in enumerate(outputs):
        if len(outputs) == 1:
            replacement = fusion.result
        else:
            gte = make_instruction("get-tuple-element", [fusion.result], _shape(outputs[index][0]),
                                   names.fresh("get-tuple-element"), {"index": index})
            comp.block.insert_op_before(gte, second)
            replacement = gte.result
        for value in carriers:
            value.replace_uses_with_if(replacement, lambda use: use.operation is not second)
    # What is left of the two units: their get-tuple-elements and themselves.
    for unit in (second, first):
        for values in _outputs(unit):
            for value in values:
                if value.owner is not unit and not value.uses:
                    erase(value.owner)  # a get-tuple-element nobody reads any more
        if not unit.result.uses:
            erase(unit)


def _shape(value: SSAValue):
    from hlox.ir.dialect import shape_of_type

    return shape_of_type(value.type)
