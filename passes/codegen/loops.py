"""The `kernel` dialect: the loop-level structure of a compiled module, printed as MLIR.

One `kernel.func` per C kernel (its loop nests and library calls) and one `kernel.main`
holding what `hlox_main` runs in order: launches, copies, `kernel.while` loops and
`kernel.switch` branches. It is what `CProgram.loop_ir` prints (the `.loops.mlir` dump);
the C is emitted alongside it by the per-opcode tables of `scalar_ops` / `gen`.
"""
from __future__ import annotations

from xdsl.dialects.builtin import (
    DenseArrayBase, IntegerAttr, StringAttr, SymbolRefAttr, UnitAttr, i64,
)
from xdsl.ir import Block, Dialect, Region
from xdsl.irdl import (
    IRDLOperation, irdl_op_definition, opt_prop_def, prop_def, region_def, var_region_def,
)
from xdsl.printer import Printer


def _ints(values) -> DenseArrayBase:
    return DenseArrayBase.from_list(i64, [int(v) for v in values])


def _int(value) -> IntegerAttr:
    return IntegerAttr(int(value), i64)


@irdl_op_definition
class ModuleOp(IRDLOperation):
    name = "kernel.module"
    body = region_def("single_block")


@irdl_op_definition
class FuncOp(IRDLOperation):
    name = "kernel.func"
    sym_name = prop_def(StringAttr)
    source = prop_def(StringAttr)  # the HLO instruction it computes
    body = region_def("single_block")


@irdl_op_definition
class LoopNestOp(IRDLOperation):
    """Loops over `dims` (visited major to minor in `order`), elementwise work inlined."""

    name = "kernel.loop_nest"
    dims = prop_def(DenseArrayBase)
    order = prop_def(DenseArrayBase)
    parallel = opt_prop_def(UnitAttr)
    simd = opt_prop_def(UnitAttr)
    source = prop_def(StringAttr)


@irdl_op_definition
class GemmOp(IRDLOperation):
    name = "kernel.gemm"
    m = prop_def(IntegerAttr)
    n = prop_def(IntegerAttr)
    k = prop_def(IntegerAttr)
    batch = prop_def(IntegerAttr)
    trans_a = opt_prop_def(UnitAttr)
    trans_b = opt_prop_def(UnitAttr)
    source = prop_def(StringAttr)


@irdl_op_definition
class MainOp(IRDLOperation):
    name = "kernel.main"
    arena_bytes = prop_def(IntegerAttr)
    body = region_def("single_block")


@irdl_op_definition
class LaunchOp(IRDLOperation):
    name = "kernel.launch"
    callee = prop_def(SymbolRefAttr)


@irdl_op_definition
class CopyOp(IRDLOperation):
    name = "kernel.copy"
    bytes = prop_def(IntegerAttr)


@irdl_op_definition
class WhileOp(IRDLOperation):
    """`for (;;) { condition; if (!pred) break; body; state updates }`."""

    name = "kernel.while"
    body = region_def("single_block")


@irdl_op_definition
class BreakUnlessOp(IRDLOperation):
    name = "kernel.break_unless"


@irdl_op_definition
class SwitchOp(IRDLOperation):
    name = "kernel.switch"
    branches = var_region_def("single_block")


KERNEL = Dialect("kernel", [ModuleOp, FuncOp, LoopNestOp, GemmOp, MainOp, LaunchOp, CopyOp,
                            WhileOp, BreakUnlessOp, SwitchOp], [])


def loop_nest(dims, order, parallel: bool, simd: bool, source: str) -> LoopNestOp:
    props = {"dims": _ints(dims), "order": _ints(order), "source": StringAttr(source)}
    if parallel:
        props["parallel"] = UnitAttr()
    if simd:
        props["simd"] = UnitAttr()
    return LoopNestOp.create(properties=props)


def gemm(m, n, k, batch, trans_a: bool, trans_b: bool, source: str) -> GemmOp:
    props = {"m": _int(m), "n": _int(n), "k": _int(k), "batch": _int(batch),
             "source": StringAttr(source)}
    if trans_a:
        props["trans_a"] = UnitAttr()
    if trans_b:
        props["trans_b"] = UnitAttr()
    return GemmOp.create(properties=props)


def func(name: str, source: str, ops) -> FuncOp:
    return FuncOp.create(properties={"sym_name": StringAttr(name), "source": StringAttr(source)},
                         regions=[Region(Block(list(ops)))])


def launch(name: str) -> LaunchOp:
    return LaunchOp.create(properties={"callee": SymbolRefAttr(name)})


def copy(nbytes: int) -> CopyOp:
    return CopyOp.create(properties={"bytes": _int(nbytes)})


def while_loop() -> WhileOp:
    return WhileOp.create(regions=[Region(Block())])


def switch(count: int) -> SwitchOp:
    return SwitchOp.create(regions=[Region(Block()) for _ in range(count)])


def main(arena_bytes: int, block: Block) -> MainOp:
    return MainOp.create(properties={"arena_bytes": _int(arena_bytes)},
                         regions=[Region(block)])


def module(funcs, main_op) -> ModuleOp:
    return ModuleOp.create(regions=[Region(Block([*funcs, main_op]))])


def print_ir(op) -> str:
    import io

    stream = io.StringIO()
    Printer(stream=stream).print_op(op)
    return stream.getvalue() + "\n"
