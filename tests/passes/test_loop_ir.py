"""The loop-level IR is what the C is printed from: it verifies, and its MLIR text alone,
parsed back, prints the same C translation unit (the constants' data aside)."""
from __future__ import annotations

import json
import os

import pytest
from xdsl.context import Context
from xdsl.dialects import builtin
from xdsl.parser import Parser

from hlox.ir.parser import parse_module
from hlox.passes.codegen import generate_c
from hlox.passes.codegen import loops as K
from hlox.passes.codegen.cprint import CPrinter
from hlox.passes.codegen.prelude import PRELUDE

D = os.path.join(os.path.dirname(__file__), "..", "fixtures", "jax")
MANIFEST = os.path.join(D, "manifest.json")
PROGRAMS = sorted(json.load(open(MANIFEST))["programs"]) if os.path.exists(MANIFEST) else []
# (reduce-precision parses, but it reaches code generation only through the pipeline's
# reduce-precision-expander, which these module-straight-to-C tests skip)
UNPARSED = {"op_reduce_precision", "op_top_k", "op_sharding"}
# programs with collectives (kernel.collective, kernel.device_id): JAX's per-device modules
SPMD = [os.path.join(D, "..", "jax_spmd", f"{name}.hlo")
        for name in ("psum_f32_2dev", "axis_index_2dev")]
# a convolution big enough for tiles of patches (kernel.scratch): no JAX fixture is
CONVOLUTION = [os.path.join(os.path.dirname(__file__), "convolution", "nhwc_bias_relu.hlo")]


def _path(name: str, suffix: str) -> str:
    full = os.path.join(D, f"{name}{suffix}.full.hlo")  # elided constants written out
    return full if os.path.exists(full) else os.path.join(D, f"{name}{suffix}.hlo")


def _context() -> Context:
    ctx = Context()
    for dialect in (builtin.Builtin, K.KERNEL):
        ctx.load_dialect(dialect)
    return ctx


@pytest.mark.parametrize("name", [p for p in PROGRAMS if p not in UNPARSED])
@pytest.mark.parametrize("suffix", ["", ".opt"])
def test_c_is_printed_from_the_loop_ir(name, suffix):
    path = _path(name, suffix)
    prog = generate_c(parse_module(open(path).read(), path))
    module = Parser(_context(), prog.loop_ir).parse_op()
    module.verify()
    assert isinstance(module, K.ModuleOp)
    assert CPrinter().module(module, PRELUDE, prog.constants) == prog.source


def test_every_kernel_op_is_printed_somewhere():
    """Each op of the dialect appears in the IR of some fixture (the printer is exercised
    for all of them) and the ops that print as statements have a handler."""
    seen = set()
    paths = [_path(name, "") for name in PROGRAMS if name not in UNPARSED] + SPMD + CONVOLUTION
    for path in paths:
        seen |= {op.name for op in Parser(_context(), generate_c(
            parse_module(open(path).read(), path)).loop_ir).parse_op().walk()}
    missing = {op.name for op in K.KERNEL.operations} - seen
    assert not missing, missing


def test_every_op_has_a_c_printing_rule():
    """Each op of the dialect prints through one rule of cprint's tables, or is a function /
    hlox_main / while condition printed by name."""
    by_name = {K.ModuleOp, K.FuncOp, K.ScalarFuncOp, K.MainOp, K.ConditionOp}
    ops = set(K.KERNEL.operations)
    missing = ops - set(CPrinter.EXPRESSIONS) - set(CPrinter.STATEMENTS) - by_name
    assert not missing, sorted(op.name for op in missing)
    both = set(CPrinter.EXPRESSIONS) & set(CPrinter.STATEMENTS)
    assert both == {K.CallOp}, both  # a call with no result is a statement of its own
