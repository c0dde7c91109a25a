"""Collectives in hlox_main: calls into the communicator of `runtime/hlox_comm.h`.

A collective is never fused (fusion treats the `collective` category as a barrier): the
lowering's walk hands each one to `lower_collective`, which emits one `kernel.collective`
per array (`kernel.device_id` for replica-id / partition-id) on dense row-major buffers.
Its output is a buffer of its own, or the destination the lowering chose (an entry
result, a while state leaf) when that is dense and none of its inputs: never memory it
reads. The one exception is an all-reduce whose input the memory plan found dead
(`reusable_operand`): it reduces in place (MPI_IN_PLACE; the in-process communicator
copies the input first).

Participating devices come from `hlox.ir.collectives` (the evaluator uses the same
functions); each distinct group set becomes a number the C passes, and the module's
`CollectivePlan` (names, sets, device counts) travels with the compiled library, so that
the runtime makes one communicator per group set once per executable.

The async pairs XLA prints run as their synchronous collective at the start; the done
returns the start's result (XLA allows it: the pair only bounds when the result exists).
"""
from __future__ import annotations

import numpy as np

from hlox.ir.collectives import device_counts, participating_groups, permute_pairs
from hlox.ir.dialect import Instruction
from hlox.ir.shapes import ELEMENT_TYPES, ArrayShape, TupleShape, flatten_shape
from hlox.runtime.communicator import RUNTIME_DIR, CollectivePlan

from . import loops as K
from .gen import CodegenError
from .kernel import Buf, leaves, row_major_strides

DTYPE_CODES = {name: n for n, name in enumerate(ELEMENT_TYPES)}  # hlox_comm.h's hlox_dtype
SUM, PROD, MIN, MAX, AND, OR = range(6)                           # hlox_comm.h's hlox_reduction
REDUCTIONS = {"add": SUM, "multiply": PROD, "minimum": MIN, "maximum": MAX, "and": AND,
              "or": OR}
# on pred, add is or and multiply is and (as in the evaluator's pred arithmetic)
PRED_REDUCTIONS = {"add": OR, "multiply": AND, "minimum": AND, "maximum": OR, "and": AND,
                   "or": OR}


def header() -> str:
    """The communicator interface, pasted into every module that has collectives (the C
    stays one self-contained file)."""
    return (RUNTIME_DIR / "hlox_comm.h").read_text()


class CollectiveTable:
    """The module's collectives as the C numbers them: becomes its CollectivePlan."""

    def __init__(self, module):
        self.replicas, self.partitions = device_counts(module)
        self.names: list[str] = []
        self.sets: list[tuple[tuple[int, ...], tuple[int, ...]]] = []

    @property
    def devices(self) -> int:
        return self.replicas * self.partitions

    def op(self, inst: Instruction) -> int:
        self.names.append(f"{inst.opcode} '{inst.hlo_name}'")
        return len(self.names) - 1

    def group_set(self, inst: Instruction) -> tuple[int, int]:
        """(set number, group size) of the instruction's participating groups."""
        groups = participating_groups(inst.opcode, inst.hlo_attrs, self.replicas,
                                      self.partitions)
        color, position = [0] * self.devices, [0] * self.devices
        for g, group in enumerate(groups):
            for p, device in enumerate(group):
                color[device], position[device] = g, p
        entry = (tuple(color), tuple(position))
        if entry not in self.sets:
            self.sets.append(entry)
        return self.sets.index(entry), len(groups[0])

    def plan(self) -> CollectivePlan | None:
        if not self.names:
            return None
        return CollectivePlan(self.replicas, self.partitions, tuple(self.names),
                              tuple(self.sets))


def lower_collective(lw, inst: Instruction, operands: list, dest):
    """Emit `inst` (a collective opcode) into hlox_main; returns its Buf tree."""
    opcode = inst.opcode
    if opcode in ("replica-id", "partition-id"):
        out = _dense_dest(lw, inst.shape, inst.hlo_name, dest)
        lw.collectives.op(inst)  # (it needs the communicator too: the plan must exist)
        partitions = lw.collectives.partitions
        divisor, modulus = ((partitions, lw.collectives.replicas) if opcode == "replica-id"
                            else (1, partitions))
        lw.main.add(K.DeviceIdOp.build(operands=[lw.main.ptr(out).ssa], properties={
            "comm_slot": K.int_attr(_comm_slot(lw)), "divisor": K.int_attr(divisor),
            "modulus": K.int_attr(modulus)}))
        _statement(lw, out)
        return _finish(lw, out, dest)
    if opcode.endswith("-done"):
        start = operands[0]
        result = start if opcode == "all-reduce-done" else start[1]
        if dest is not None:
            lw.copy_tree(result, dest)
            return dest
        return result
    kind = opcode.removesuffix("-start")
    whole = kind == opcode or kind == "all-reduce"  # else a start's (operand, result, ...)
    result_shape = inst.shape if whole else inst.shape.elements[1]
    result_dest = dest if whole or dest is None else dest[1]
    ins = [_dense_operand(lw, b) for b in leaves(_tree(operands))]
    if kind == "all-to-all" and not inst.attr("dimensions"):
        out = _all_to_all_tuple(lw, inst, ins, result_shape, result_dest)
    else:
        # an all-reduce may overwrite its input when the memory plan found it dead
        outs = _outputs(lw, inst, result_shape, result_dest, [] if opcode == "all-reduce" else ins)
        emit = {"all-reduce": _all_reduce, "all-gather": _all_gather,
                "reduce-scatter": _reduce_scatter, "all-to-all": _all_to_all,
                "collective-permute": _collective_permute}[kind]
        op = lw.collectives.op(inst)
        for src, dst in zip(ins, outs):
            emit(lw, inst, op, src, dst)
        tree = _rebuild(result_shape, iter(outs))
        out = _finish(lw, tree, result_dest)
    if whole:
        _kernel_made(lw, inst)  # its own buffer: consumers may update it in place
        return out
    contexts = [lw.new_buf(s, f"{inst.hlo_name}.context") for s in inst.shape.elements[2:]]
    return (operands[0], out, *contexts)


# ---------------------------------------------------------------- one call per array

def _call(lw, inst, method: str, src: Buf, dst: Buf, lead, tail, by_device=()) -> None:
    ints = lambda values: K.ArrayAttr([K.int_attr(v) for v in values])  # noqa: E731
    lw.main.add(K.CollectiveOp.build(
        operands=[lw.main.ptr(src).ssa, lw.main.ptr(dst).ssa],
        properties={"method": K.str_attr(method), "comm_slot": K.int_attr(_comm_slot(lw)),
                    "lead": ints(lead), "by_device": K.ArrayAttr([ints(t) for t in by_device]),
                    "tail": ints(tail), "source": K.str_attr(inst.hlo_name)}))
    _statement(lw, src, dst)


def _reduction(lw, inst: Instruction, et) -> int:
    comp = lw.comps[inst.attr("to_apply")]
    root = comp.root
    params = comp.parameters()
    table = PRED_REDUCTIONS if et.kind == "pred" else REDUCTIONS
    if (root.opcode not in table or len(params) != 2
            or {v.owner for v in root.operands} != set(params)):
        raise CodegenError(f"{inst.opcode} {inst.hlo_name}: the reducer '{comp.comp_name}' "
                           f"must be one of {sorted(REDUCTIONS)} of its two parameters")
    if root.opcode in ("and", "or") and et.kind == "float":
        raise CodegenError(f"{inst.opcode} {inst.hlo_name}: '{root.opcode}' on {et.name}")
    return table[root.opcode]


def _all_reduce(lw, inst, op, src: Buf, dst: Buf) -> None:
    s, _ = lw.collectives.group_set(inst)
    et = src.et
    _call(lw, inst, "all_reduce", src, dst,
          (op, s, DTYPE_CODES[et.name], _reduction(lw, inst, et)), (src.shape.size,))


def _split(shape: ArrayShape, dim: int, parts: int) -> tuple[int, int]:
    """(outer, block elements) of a row-major array cut into `parts` slots along `dim`."""
    dims = shape.dims
    outer = int(np.prod(dims[:dim], dtype=np.int64))
    inner = int(np.prod(dims[dim + 1:], dtype=np.int64))
    return outer, dims[dim] // parts * inner


def _all_gather(lw, inst, op, src: Buf, dst: Buf) -> None:
    s, size = lw.collectives.group_set(inst)
    outer, block = _split(dst.shape, inst.attr("dimensions")[0], size)
    _call(lw, inst, "all_gather", src, dst, (op, s), (outer, block * src.et.itemsize))


def _reduce_scatter(lw, inst, op, src: Buf, dst: Buf) -> None:
    s, size = lw.collectives.group_set(inst)
    et = src.et
    outer, block = _split(src.shape, inst.attr("dimensions")[0], size)
    _call(lw, inst, "reduce_scatter", src, dst,
          (op, s, DTYPE_CODES[et.name], _reduction(lw, inst, et)), (outer, block))


def _all_to_all(lw, inst, op, src: Buf, dst: Buf) -> None:
    s, size = lw.collectives.group_set(inst)
    outer, block = _split(src.shape, inst.attr("dimensions")[0], size)
    item = src.et.itemsize
    _call(lw, inst, "all_to_all", src, dst, (op, s), (outer, block * item, outer, block * item))


def _collective_permute(lw, inst, op, src: Buf, dst: Buf) -> None:
    table = lw.collectives
    send_to, recv_from = [-1] * table.devices, [-1] * table.devices
    for source, target in permute_pairs(inst.hlo_attrs, table.replicas, table.partitions):
        send_to[source], recv_from[target] = target, source
    _call(lw, inst, "collective_permute", src, dst, (op,), (src.nbytes,),
          by_device=(send_to, recv_from))


def _all_to_all_tuple(lw, inst, ins: list[Buf], result_shape, dest):
    """The tuple form: operand j goes to member j, result i comes from member i. The
    operands are packed into one buffer, exchanged in one call, and unpacked."""
    s, size = lw.collectives.group_set(inst)
    shape = ins[0].shape
    if any(b.shape.dims != shape.dims or b.shape.dtype != shape.dtype for b in ins):
        raise CodegenError(f"all-to-all {inst.hlo_name}: operands of different shapes")
    packed_shape = ArrayShape(shape.dtype, (size * shape.size,))
    packed = lw.new_buf(packed_shape, f"{inst.hlo_name}/send")
    received = lw.new_buf(packed_shape, f"{inst.hlo_name}/received")
    for j, b in enumerate(ins):
        lw.main.memcpy(packed, b, b.nbytes, dst_offset=j * shape.size)
        _statement(lw, b, packed)
    chunk = shape.size * shape.element_type.itemsize
    _call(lw, inst, "all_to_all", packed, received, (lw.collectives.op(inst), s),
          (1, chunk, 1, chunk))
    outs = _outputs(lw, inst, result_shape, dest, [packed, received])
    for i, out in enumerate(outs):
        lw.main.memcpy(out, received, out.nbytes, src_offset=i * shape.size)
        _statement(lw, received, out)
    return _finish(lw, _rebuild(result_shape, iter(outs)), dest)


# ---------------------------------------------------------------- buffers
# What this file asks of the lowering's memory bookkeeping: these two helpers, and
# lw.new_buf / lw.copy / lw.copy_tree / lw.main / lw.comps / lw.module.

def _statement(lw, *bufs: Buf) -> None:
    """A hlox_main statement just emitted reads or writes `bufs`: they are live at this
    instruction's schedule position (the memory plan's live ranges)."""
    for buf in bufs:
        lw.plan.use(buf)


def _kernel_made(lw, inst: Instruction) -> None:
    """`inst`'s buffers were written here (not a view): consumers may reuse them."""
    lw.plan.kernel_made.add(inst)


def _comm_slot(lw) -> int:
    """hlox_main finds the communicator after the entry's parameters."""
    return len(lw.module.entry_computation.parameters())


def _dense_operand(lw, buf: Buf) -> Buf:
    """The operand in row-major order (a copy when it is a strided view)."""
    if buf.strides == row_major_strides(buf.shape.dims):
        return buf
    dense = lw.new_buf(buf.shape, f"{buf.label}/dense", strides=row_major_strides(buf.shape.dims))
    lw.copy(buf, dense)
    return dense


def _outputs(lw, inst, shape, dest, ins: list[Buf]) -> list[Buf]:
    """Where each result array is written: straight into the destination the lowering
    chose when it is dense and none of the inputs, else a buffer of its own."""
    read = {id(b.base or b) for b in ins}
    dests = leaves(dest) if dest is not None else [None] * len(flatten_shape(shape))
    return [_dense_dest(lw, s, f"{inst.hlo_name}.{n}",
                        d if d is not None and id(d.base or d) not in read else None)
            for n, (s, d) in enumerate(zip(flatten_shape(shape), dests))]


def _dense_dest(lw, shape: ArrayShape, label: str, dest) -> Buf:
    if isinstance(dest, Buf) and dest.base is None and \
            dest.strides == row_major_strides(shape.dims):
        return dest
    return lw.new_buf(shape, label, strides=row_major_strides(shape.dims))


def _finish(lw, tree, dest):
    """Copy into the destination the lowering chose, when it is not where we wrote."""
    if dest is None:
        return tree
    for src, dst in zip(leaves(tree), leaves(dest)):
        lw.copy(src, dst)
    return dest


def _tree(value):
    return value if isinstance(value, tuple) else (value,)


def _rebuild(shape, it):
    if isinstance(shape, TupleShape):
        return tuple(_rebuild(e, it) for e in shape.elements)
    return next(it)


# ---------------------------------------------------------------- C

def print_collective(printer, op: K.CollectiveOp) -> None:
    comm = f"((hlox_comm *)params[{op.comm_slot.value.data}])"
    ints = lambda attr: [str(a.value.data) for a in attr.data]  # noqa: E731
    tables = [f"((const int32_t[]){{{', '.join(ints(t))}}})[{comm}->device]"
              for t in op.by_device.data]
    args = [comm, *ints(op.lead), *tables, printer.expr(op.src), printer.expr(op.dst),
            *ints(op.tail)]
    printer.emit(f"if ({comm}->{op.method.data}({', '.join(args)})) return 1;")


def print_device_id(printer, op: K.DeviceIdOp) -> None:
    comm = f"((hlox_comm *)params[{op.comm_slot.value.data}])"
    printer.emit(f"{printer.expr(op.dst)}[0] = (uint32_t)({comm}->device / "
                 f"{op.divisor.value.data} % {op.modulus.value.data});")
