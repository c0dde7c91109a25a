"""The `kernel` dialect: the loop-level IR every compiled module is lowered to.

Lowering (`lower.py`, `gen.py`, `heavy.py`) builds it through `kernel.Kernel`; the loop
passes (`loop_passes.py`) decide how its loops run; the C translation unit is printed from
it by `cprint.py`, op by op; `CProgram.loop_ir` is its MLIR text (the `.loops.mlir` dump,
which xDSL's parser reads back). Every op is ours because it maps one-to-one onto C (index
arithmetic too: xDSL's `arith` would cost a cold compile ~30 ms of import for eleven C
operators). Printed forms:

    kernel.module { kernel.scalar_func*, kernel.func*, kernel.main }
    kernel.func "k_a" {^bb0(%b0: memref<?xf32>, ...): ...}   one C kernel; its block
                                              arguments are the buffers it touches
    kernel.for %lb to %ub step %s [reduce(%acc : ...)] attributes {...} {^bb0(%i): ...}
                                              a C for loop; what the emitter knows of it
                                              (work, independent, ...) and the OpenMP
                                              clauses the loop passes decide from that
                                              are its attributes
    kernel.while {cond; kernel.condition %p} do {body}, kernel.if %c {..} else {..},
    kernel.switch %selector {..} {..}
    %v = kernel.load %buf[%offset], kernel.store %v, %buf[%offset]
                                              element offsets; f16 / bf16 are stored as
                                              bits and computed in f32
    %c = kernel.index_constant 4, %t = kernel.index_binary "mul"(%i, %c) : index,
    %p = kernel.index_compare "slt"(%i, %n), %t = kernel.index_select %p, %a, %b
                                              C's int64_t arithmetic on offsets, bounds
                                              and conditions (`and` on conditions, i1);
                                              `div` / `rem` truncate as C's / and %
    %v = kernel.apply "add"(%a, %b) {et = "f32", ...}   one elementwise HLO op on
                                              scalars, printed by its rule in
                                              `scalar_ops.ELEMENTWISE_RULES`
    kernel.var / kernel.read / kernel.assign  mutable scalars (accumulators)
    %s = kernel.scratch {elements = N}        a kernel's own small array (C stack; one
                                              per thread inside a parallel loop)
    kernel.gemm %a[..], %b[..] -> %c[..], kernel.memcpy %src[..] -> %dst[..],
    kernel.call "f"(...)                      library calls, prelude helpers, scalar
                                              computations (reducers, comparators)
    kernel.main { kernel.buffer, kernel.launch "k_a"(...), ... }   what hlox_main runs
    kernel.collective, kernel.device_id       calls into the communicator (collectives.py)
"""
from __future__ import annotations

import io

from typing import ClassVar

from xdsl.dialects.builtin import (
    ArrayAttr, IndexType, IntegerAttr, StringAttr, UnitAttr, i1, i64,
)
from xdsl.ir import Attribute, Block, Dialect, Region
from xdsl.irdl import (
    AnyAttr, IRDLOperation, VarConstraint, ParsePropInAttrDict, irdl_op_definition, operand_def, opt_operand_def,
    opt_prop_def, prop_def, region_def, result_def, traits_def, var_operand_def,
    var_region_def, var_result_def,
)
from xdsl.printer import Printer
from xdsl.traits import NoTerminator


class KernelOp(IRDLOperation):
    """Base of the ops with a printed form of their own (`assembly_format`): operands and
    regions as in C, properties in the attribute dictionary."""

    irdl_options = (ParsePropInAttrDict(),)


# ---------------------------------------------------------------- structure

@irdl_op_definition
class ModuleOp(KernelOp):
    name = "kernel.module"
    assembly_format = "attr-dict-with-keyword $body"
    traits = traits_def(NoTerminator())
    body = region_def("single_block")


@irdl_op_definition
class FuncOp(KernelOp):
    """One C kernel. Block arguments are the buffers it reads and writes."""

    name = "kernel.func"
    assembly_format = "$sym_name attr-dict-with-keyword $body"
    traits = traits_def(NoTerminator())
    sym_name = prop_def(StringAttr)
    source = prop_def(StringAttr)  # the HLO instruction it computes
    body = region_def("single_block")


@irdl_op_definition
class ScalarFuncOp(KernelOp):
    """A scalar computation (reducer, comparator): scalar arguments, `kernel.return`."""

    name = "kernel.scalar_func"
    assembly_format = "$sym_name attr-dict-with-keyword $body"
    traits = traits_def(NoTerminator())
    sym_name = prop_def(StringAttr)
    by_pointer = opt_prop_def(UnitAttr)  # results written through pointers (tuples)
    body = region_def("single_block")


@irdl_op_definition
class ReturnOp(KernelOp):
    name = "kernel.return"
    assembly_format = "($values^ `:` type($values))? attr-dict"
    values = var_operand_def()


@irdl_op_definition
class MainOp(KernelOp):
    name = "kernel.main"
    assembly_format = "attr-dict-with-keyword $body"
    traits = traits_def(NoTerminator())
    arena_bytes = prop_def(IntegerAttr)
    body = region_def("single_block")


@irdl_op_definition
class BufferOp(KernelOp):
    """A buffer of hlox_main: an entry parameter, result, arena temporary or constant."""

    name = "kernel.buffer"
    assembly_format = "attr-dict `:` type($result)"
    buf = prop_def(IntegerAttr)  # the lowering's buffer number
    label = prop_def(StringAttr)
    # where it is, once buffer assignment has placed it: "param" | "result" | "arena" |
    # "const", the parameter / result / constant number, a byte offset
    place = opt_prop_def(StringAttr)
    index = opt_prop_def(IntegerAttr)
    offset = opt_prop_def(IntegerAttr)
    result = result_def()


@irdl_op_definition
class ConstantBufferOp(KernelOp):
    """A constant array (a C global) read inside a kernel."""

    name = "kernel.constant_buffer"
    assembly_format = "attr-dict `:` type($result)"
    index = prop_def(IntegerAttr)
    result = result_def()


@irdl_op_definition
class LaunchOp(KernelOp):
    name = "kernel.launch"
    assembly_format = "$callee `(` $args `)` attr-dict `:` type($args)"
    callee = prop_def(StringAttr)
    args = var_operand_def()


# ---------------------------------------------------------------- control flow

@irdl_op_definition
class ForOp(KernelOp):
    """`for (i = lb; i < ub; i += step)`; `reduce` are kernel.var values with an OpenMP
    reduction clause each (`reduce_kinds`: "+", "max", "|", ...).

    Facts the emitter records (`work`, `independent`, `minor`, `vectorizable`) and the
    decisions the loop passes take from them (`parallel`, `threads`, `collapse`, `simd`)
    are described in `loop_passes.py`."""

    name = "kernel.for"
    assembly_format = ("$lb `to` $ub `step` $step (`reduce` `(` $reduce^ `:` type($reduce) `)`)?"
                       " attr-dict-with-keyword $body")
    traits = traits_def(NoTerminator())
    lb = operand_def(IndexType)
    ub = operand_def(IndexType)
    step = operand_def(IndexType)
    reduce = var_operand_def()
    work = opt_prop_def(IntegerAttr)
    independent = opt_prop_def(UnitAttr)
    minor = opt_prop_def(UnitAttr)
    vectorizable = opt_prop_def(UnitAttr)
    parallel = opt_prop_def(UnitAttr)
    simd = opt_prop_def(UnitAttr)
    collapse = opt_prop_def(IntegerAttr)
    threads = opt_prop_def(IntegerAttr)
    reduce_kinds = opt_prop_def(ArrayAttr)
    source = opt_prop_def(StringAttr)  # set on the outermost loop of a nest
    body = region_def("single_block")


@irdl_op_definition
class WhileOp(KernelOp):
    """`for (;;) { cond; if (!pred) break; body }`."""

    name = "kernel.while"
    assembly_format = "$cond `do` $body attr-dict"
    traits = traits_def(NoTerminator())
    cond = region_def("single_block")
    body = region_def("single_block")


@irdl_op_definition
class ConditionOp(KernelOp):
    name = "kernel.condition"
    assembly_format = "$pred attr-dict `:` type($pred)"
    pred = operand_def()


@irdl_op_definition
class IfOp(KernelOp):
    name = "kernel.if"
    assembly_format = "$cond `:` type($cond) $then `else` $otherwise attr-dict"
    traits = traits_def(NoTerminator())
    cond = operand_def()
    then = region_def("single_block")
    otherwise = region_def("single_block")


@irdl_op_definition
class SwitchOp(KernelOp):
    """Runs branch `selector` (an index in range)."""

    name = "kernel.switch"
    assembly_format = "$selector attr-dict-with-keyword $branches"
    traits = traits_def(NoTerminator())
    selector = operand_def(IndexType)
    branches = var_region_def("single_block")


# ---------------------------------------------------------------- scalars and memory

@irdl_op_definition
class VarOp(KernelOp):
    """A mutable scalar: a rank-0 memref, as MLIR's memref.alloca."""

    name = "kernel.var"
    assembly_format = "($init^ `:` type($init))? attr-dict `->` type($result)"
    init = opt_operand_def()
    result = result_def()


@irdl_op_definition
class ScratchOp(KernelOp):
    """A small array of the kernel's own, declared where it is built (inside a parallel
    loop: one per thread), as MLIR's memref.alloca: a convolution's tile of patches."""

    name = "kernel.scratch"
    assembly_format = "attr-dict `->` type($result)"
    elements = prop_def(IntegerAttr)
    result = result_def()


@irdl_op_definition
class ReadOp(KernelOp):
    name = "kernel.read"
    assembly_format = "$var attr-dict `:` type($var) `->` type($result)"
    var = operand_def()
    result = result_def()


@irdl_op_definition
class AssignOp(KernelOp):
    name = "kernel.assign"
    assembly_format = "$var `,` $value attr-dict `:` type($var) `,` type($value)"
    var = operand_def()
    value = operand_def()


@irdl_op_definition
class LoadOp(KernelOp):
    name = "kernel.load"
    assembly_format = "$buf `[` $offset `]` attr-dict `:` type($buf) `->` type($result)"
    buf = operand_def()
    offset = operand_def(IndexType)
    result = result_def()


@irdl_op_definition
class StoreOp(KernelOp):
    name = "kernel.store"
    assembly_format = "$value `,` $buf `[` $offset `]` attr-dict `:` type($value) `,` type($buf)"
    value = operand_def()
    buf = operand_def()
    offset = operand_def(IndexType)


@irdl_op_definition
class ApplyOp(KernelOp):
    """An elementwise HLO op on scalars of element type `et` (result: `out_et`)."""

    name = "kernel.apply"
    assembly_format = "$opcode `(` $args `)` attr-dict `:` functional-type($args, $result)"
    opcode = prop_def(StringAttr)
    et = prop_def(StringAttr)
    out_et = prop_def(StringAttr)
    direction = opt_prop_def(StringAttr)
    compare_type = opt_prop_def(StringAttr)
    args = var_operand_def()
    result = result_def()


@irdl_op_definition
class LiteralOp(KernelOp):
    """A scalar constant of element type `et` (`value`: Python's float.hex or int text)."""

    name = "kernel.literal"
    assembly_format = "$value attr-dict `:` type($result)"
    et = prop_def(StringAttr)
    value = prop_def(StringAttr)
    result = result_def()


# ---------------------------------------------------------------- index arithmetic

INDEX_BINARY = ("add", "sub", "mul", "div", "rem", "and", "min", "max")
INDEX_COMPARE = ("eq", "ne", "slt", "sle", "sgt", "sge")


@irdl_op_definition
class IndexConstantOp(KernelOp):
    name = "kernel.index_constant"
    assembly_format = "$value attr-dict"
    value = prop_def(IntegerAttr)  # of type index
    result = result_def(IndexType)


@irdl_op_definition
class IndexBinaryOp(KernelOp):
    """`kind` (INDEX_BINARY) of two index values, or `and` of two conditions (i1)."""

    name = "kernel.index_binary"
    assembly_format = "$kind `(` $lhs `,` $rhs `)` attr-dict `:` type($result)"
    T: ClassVar = VarConstraint("T", AnyAttr())
    kind = prop_def(StringAttr)
    lhs = operand_def(T)
    rhs = operand_def(T)
    result = result_def(T)


@irdl_op_definition
class IndexCompareOp(KernelOp):
    """`kind` (INDEX_COMPARE, signed) of two index values: a condition."""

    name = "kernel.index_compare"
    assembly_format = "$kind `(` $lhs `,` $rhs `)` attr-dict"
    kind = prop_def(StringAttr)
    lhs = operand_def(IndexType)
    rhs = operand_def(IndexType)
    result = result_def(i1)


@irdl_op_definition
class IndexSelectOp(KernelOp):
    name = "kernel.index_select"
    assembly_format = "$cond `,` $lhs `,` $rhs attr-dict"
    cond = operand_def(i1)
    lhs = operand_def(IndexType)
    rhs = operand_def(IndexType)
    result = result_def(IndexType)


@irdl_op_definition
class CastOp(KernelOp):
    """A C value conversion to the result type (index <-> integers, widening)."""

    name = "kernel.cast"
    assembly_format = "$value attr-dict `:` type($value) `->` type($result)"
    value = operand_def()
    result = result_def()


@irdl_op_definition
class BitcastOp(KernelOp):
    """The bits of a value of element type `et` read as `out_et` (same width)."""

    name = "kernel.bitcast"
    assembly_format = "$value attr-dict `:` type($value) `->` type($result)"
    et = prop_def(StringAttr)
    out_et = prop_def(StringAttr)
    value = operand_def()
    result = result_def()


@irdl_op_definition
class CallOp(KernelOp):
    """A call of a prelude helper or scalar computation; kernel.var arguments are passed
    by address (out-parameters)."""

    name = "kernel.call"
    assembly_format = "$callee `(` $args `)` attr-dict `:` functional-type($args, $res)"
    callee = prop_def(StringAttr)
    args = var_operand_def()
    res = var_result_def()


@irdl_op_definition
class GemmOp(KernelOp):
    """Row-major C[m, n] = op(A)[m, k] op(B)[k, n] through CBLAS (offsets in elements)."""

    name = "kernel.gemm"
    assembly_format = ("$a `[` $a_offset `]` `,` $b `[` $b_offset `]` `->` $c `[` $c_offset `]`"
                       " attr-dict `:` type($a) `,` type($b) `->` type($c)")
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
class MemcpyOp(KernelOp):
    name = "kernel.memcpy"
    assembly_format = ("$src `[` $src_offset `]` `->` $dst `[` $dst_offset `]` attr-dict"
                       " `:` type($src) `->` type($dst)")
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
    ForOp, WhileOp, ConditionOp, IfOp, SwitchOp, VarOp, ScratchOp, ReadOp, AssignOp, LoadOp,
    StoreOp, IndexConstantOp, IndexBinaryOp, IndexCompareOp, IndexSelectOp, ApplyOp, LiteralOp,
    CastOp, BitcastOp, CallOp, GemmOp, MemcpyOp, CollectiveOp, DeviceIdOp,
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
