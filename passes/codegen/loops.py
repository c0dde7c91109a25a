"""The `kernel` dialect: the loop-level IR every compiled module is lowered to.

Lowering (`lower.py`, `gen.py`, `heavy.py`) builds it through `kernel.Kernel`; the C
translation unit is printed from it by `cprint.py`, op by op; `CProgram.loop_ir` is its
MLIR text (the `.loops.mlir` dump). Index arithmetic is the standard `arith` dialect on
`index` values; the rest is ours because it maps one-to-one onto C:

    kernel.module { kernel.scalar_func*, kernel.func*, kernel.main }
    kernel.func @k(%b0: memref<?xf32>, ...)   one C kernel; its arguments are buffers
    kernel.for %lb to %ub step %s             a C for loop; OpenMP parallel / simd /
                                              reduction clauses are its properties
    kernel.while { cond; kernel.condition } { body }, kernel.if, kernel.switch
    kernel.load / kernel.store %buf[%offset]  element offsets; f16 / bf16 are stored as
                                              bits and computed in f32
    kernel.apply "add" (...)                  one elementwise HLO op on scalars, printed
                                              by its rule in `scalar_ops.ELEMENTWISE_RULES`
    kernel.var / kernel.read / kernel.assign  mutable scalars (accumulators)
    kernel.scratch                            a kernel's own small array (C stack; one
                                              per thread inside a parallel loop)
    kernel.gemm, kernel.memcpy, kernel.call   library calls, prelude helpers, scalar
                                              computations (reducers, comparators)
    kernel.main { kernel.buffer, kernel.launch, ... }   what hlox_main runs in order
    kernel.collective, kernel.device_id       calls into the communicator (collectives.py)
"""
from __future__ import annotations

import io

from xdsl.dialects.builtin import (
    ArrayAttr, IndexType, IntegerAttr, StringAttr, UnitAttr, i64,
)
from xdsl.ir import Attribute, Block, Dialect, Region
from xdsl.irdl import (
    IRDLOperation, irdl_op_definition, operand_def, opt_operand_def, opt_prop_def, prop_def,
    region_def, result_def, traits_def, var_operand_def, var_region_def, var_result_def,
)
from xdsl.printer import Printer
from xdsl.traits import NoTerminator


# ---------------------------------------------------------------- structure

@irdl_op_definition
class ModuleOp(IRDLOperation):
    name = "kernel.module"
    traits = traits_def(NoTerminator())
    body = region_def("single_block")


@irdl_op_definition
class FuncOp(IRDLOperation):
    """One C kernel. Block arguments are the buffers it reads and writes."""

    name = "kernel.func"
    traits = traits_def(NoTerminator())
    sym_name = prop_def(StringAttr)
    source = prop_def(StringAttr)  # the HLO instruction it computes
    body = region_def("single_block")


@irdl_op_definition
class ScalarFuncOp(IRDLOperation):
    """A scalar computation (reducer, comparator): scalar arguments, `kernel.return`."""

    name = "kernel.scalar_func"
    traits = traits_def(NoTerminator())
    sym_name = prop_def(StringAttr)
    by_pointer = opt_prop_def(UnitAttr)  # results written through pointers (tuples)
    body = region_def("single_block")


@irdl_op_definition
class ReturnOp(IRDLOperation):
    name = "kernel.return"
    values = var_operand_def()


@irdl_op_definition
class MainOp(IRDLOperation):
    name = "kernel.main"
    traits = traits_def(NoTerminator())
    arena_bytes = prop_def(IntegerAttr)
    body = region_def("single_block")


@irdl_op_definition
class BufferOp(IRDLOperation):
    """A buffer of hlox_main: an entry parameter, result, arena temporary or constant."""

    name = "kernel.buffer"
    buf = prop_def(IntegerAttr)  # the lowering's buffer number
    label = prop_def(StringAttr)
    # where it is, once buffer assignment has placed it: "param" | "result" | "arena" |
    # "const", the parameter / result / constant number, a byte offset
    place = opt_prop_def(StringAttr)
    index = opt_prop_def(IntegerAttr)
    offset = opt_prop_def(IntegerAttr)
    result = result_def()


@irdl_op_definition
class ConstantBufferOp(IRDLOperation):
    """A constant array (a C global) read inside a kernel."""

    name = "kernel.constant_buffer"
    index = prop_def(IntegerAttr)
    result = result_def()


@irdl_op_definition
class LaunchOp(IRDLOperation):
    name = "kernel.launch"
    callee = prop_def(StringAttr)
    args = var_operand_def()


# ---------------------------------------------------------------- control flow

@irdl_op_definition
class ForOp(IRDLOperation):
    """`for (i = lb; i < ub; i += step)`; `reduce` are kernel.var values with an OpenMP
    reduction clause each (`reduce_kinds`: "+", "max", "|", ...)."""

    name = "kernel.for"
    traits = traits_def(NoTerminator())
    lb = operand_def(IndexType)
    ub = operand_def(IndexType)
    step = operand_def(IndexType)
    reduce = var_operand_def()
    parallel = opt_prop_def(UnitAttr)
    simd = opt_prop_def(UnitAttr)
    collapse = opt_prop_def(IntegerAttr)
    threads = opt_prop_def(IntegerAttr)
    reduce_kinds = opt_prop_def(ArrayAttr)
    source = opt_prop_def(StringAttr)  # set on the outermost loop of a nest
    body = region_def("single_block")


@irdl_op_definition
class WhileOp(IRDLOperation):
    """`for (;;) { cond; if (!pred) break; body }`."""

    name = "kernel.while"
    traits = traits_def(NoTerminator())
    cond = region_def("single_block")
    body = region_def("single_block")


@irdl_op_definition
class ConditionOp(IRDLOperation):
    name = "kernel.condition"
    pred = operand_def()


@irdl_op_definition
class IfOp(IRDLOperation):
    name = "kernel.if"
    traits = traits_def(NoTerminator())
    cond = operand_def()
    then = region_def("single_block")
    otherwise = region_def("single_block")


@irdl_op_definition
class SwitchOp(IRDLOperation):
    """Runs branch `selector` (an index in range)."""

    name = "kernel.switch"
    traits = traits_def(NoTerminator())
    selector = operand_def(IndexType)
    branches = var_region_def("single_block")


# ---------------------------------------------------------------- scalars and memory

@irdl_op_definition
class VarOp(IRDLOperation):
    """A mutable scalar: a rank-0 memref, as MLIR's memref.alloca."""

    name = "kernel.var"
    init = opt_operand_def()
    result = result_def()


@irdl_op_definition
class ScratchOp(IRDLOperation):
    """A small array of the kernel's own, declared where it is built (inside a parallel
    loop: one per thread), as MLIR's memref.alloca: a convolution's tile of patches."""

    name = "kernel.scratch"
    elements = prop_def(IntegerAttr)
    result = result_def()


@irdl_op_definition
class ReadOp(IRDLOperation):
    name = "kernel.read"
    var = operand_def()
    result = result_def()


@irdl_op_definition
class AssignOp(IRDLOperation):
    name = "kernel.assign"
    var = operand_def()
    value = operand_def()


@irdl_op_definition
class LoadOp(IRDLOperation):
    name = "kernel.load"
    buf = operand_def()
    offset = operand_def(IndexType)
    result = result_def()


@irdl_op_definition
class StoreOp(IRDLOperation):
    name = "kernel.store"
    value = operand_def()
    buf = operand_def()
    offset = operand_def(IndexType)


@irdl_op_definition
class ApplyOp(IRDLOperation):
    """An elementwise HLO op on scalars of element type `et` (result: `out_et`)."""

    name = "kernel.apply"
    opcode = prop_def(StringAttr)
    et = prop_def(StringAttr)
    out_et = prop_def(StringAttr)
    direction = opt_prop_def(StringAttr)
    compare_type = opt_prop_def(StringAttr)
    args = var_operand_def()
    result = result_def()


@irdl_op_definition
class LiteralOp(IRDLOperation):
    """A scalar constant of element type `et` (`value`: Python's float.hex or int text)."""

    name = "kernel.literal"
    et = prop_def(StringAttr)
    value = prop_def(StringAttr)
    result = result_def()


@irdl_op_definition
class CastOp(IRDLOperation):
    """A C value conversion to the result type (index <-> integers, widening)."""

    name = "kernel.cast"
    value = operand_def()
    result = result_def()


@irdl_op_definition
class BitcastOp(IRDLOperation):
    """The bits of a value of element type `et` read as `out_et` (same width)."""

    name = "kernel.bitcast"
    et = prop_def(StringAttr)
    out_et = prop_def(StringAttr)
    value = operand_def()
    result = result_def()


@irdl_op_definition
class CallOp(IRDLOperation):
    """A call of a prelude helper or scalar computation; kernel.var arguments are passed
    by address (out-parameters)."""

    name = "kernel.call"
    callee = prop_def(StringAttr)
    args = var_operand_def()
    res = var_result_def()


@irdl_op_definition
class GemmOp(IRDLOperation):
    """Row-major C[m, n] = op(A)[m, k] op(B)[k, n] through CBLAS (offsets in elements)."""

    name = "kernel.gemm"
    a = operand_def()
    a_offset = operand_def(IndexType)
    b = operand_def()
    b_offset = operand_def(IndexType)
    c = operand_def()
    c_offset = operand_def(IndexType)
    m = prop_def(IntegerAttr)
    n = prop_def(IntegerAttr)
    k = prop_def(IntegerAttr)
    lda = prop_def(IntegerAttr)
    ldb = prop_def(IntegerAttr)
    ldc = prop_def(IntegerAttr)
    trans_a = opt_prop_def(UnitAttr)
    trans_b = opt_prop_def(UnitAttr)
    source = prop_def(StringAttr)


@irdl_op_definition
class MemcpyOp(IRDLOperation):
    name = "kernel.memcpy"
    dst = operand_def()
    dst_offset = operand_def(IndexType)
    src = operand_def()
    src_offset = operand_def(IndexType)
    bytes = prop_def(IntegerAttr)


@irdl_op_definition
class CollectiveOp(IRDLOperation):
    """`comm->method(comm, lead..., by_device[d]..., in, out, tail...)` in hlox_main, for
    the communicator `params[comm_slot]` of `runtime/hlox_comm.h` (d: its device); a
    failure returns from hlox_main."""

    name = "kernel.collective"
    method = prop_def(StringAttr)
    comm_slot = prop_def(IntegerAttr)
    lead = prop_def(ArrayAttr)       # integers
    by_device = prop_def(ArrayAttr)  # per-device integer tables (collective-permute's peers)
    tail = prop_def(ArrayAttr)       # integers
    source = prop_def(StringAttr)    # the HLO instruction
    src = operand_def()
    dst = operand_def()


@irdl_op_definition
class DeviceIdOp(IRDLOperation):
    """`dst[0] = device / divisor % modulus` (u32) for the communicator's device: replica-id
    and partition-id."""

    name = "kernel.device_id"
    comm_slot = prop_def(IntegerAttr)
    divisor = prop_def(IntegerAttr)
    modulus = prop_def(IntegerAttr)
    dst = operand_def()


KERNEL = Dialect("kernel", [
    ModuleOp, FuncOp, ScalarFuncOp, ReturnOp, MainOp, BufferOp, ConstantBufferOp, LaunchOp,
    ForOp, WhileOp, ConditionOp, IfOp, SwitchOp, VarOp, ScratchOp, ReadOp, AssignOp, LoadOp, StoreOp,
    ApplyOp, LiteralOp, CastOp, BitcastOp, CallOp, GemmOp, MemcpyOp, CollectiveOp, DeviceIdOp,
], [])


# ---------------------------------------------------------------- helpers

def int_attr(value) -> IntegerAttr:
    return IntegerAttr(int(value), i64)


def str_attr(value) -> StringAttr:
    return StringAttr(str(value))


def new_region(arg_types: list[Attribute] = ()) -> Region:
    return Region(Block(arg_types=list(arg_types)))


def print_ir(op) -> str:
    stream = io.StringIO()
    Printer(stream=stream).print_op(op)
    return stream.getvalue() + "\n"
