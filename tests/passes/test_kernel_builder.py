"""The loop-level IR builder (`codegen.kernel.Kernel`) and the C printed from it, without
HLO: index arithmetic folds and is built once per scope; hand-built kernels (loops, an
OpenMP reduction, a while loop, if/else), after the loop passes, print to C that compiles
and computes what numpy does."""
from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np

from hlox.ir.shapes import ELEMENT_TYPES, ArrayShape, TupleShape
from hlox.passes.codegen import loops as K
from hlox.passes.codegen.cprint import CPrinter
from hlox.passes.codegen.gen import index_value
from hlox.passes.codegen.kernel import Buf, Kernel, all_of, compute_xdsl, row_major_strides
from hlox.passes.codegen.loop_passes import run_loop_passes
from hlox.passes.codegen.lower import assemble
from hlox.passes.codegen.prelude import PRELUDE
from hlox.runtime.build import build_shared_library
from hlox.runtime.executable import Executable, Signature

F32, S32, PRED = ELEMENT_TYPES["f32"], ELEMENT_TYPES["s32"], ELEMENT_TYPES["pred"]


def _buf(number: int, dims, kind: str, index: int, dtype: str = "f32") -> Buf:
    return Buf(number, ArrayShape(dtype, tuple(dims)), kind, index, f"buf{number}",
               row_major_strides(dims))


def _run(kernels: list[Kernel], bufs: list[Buf], inputs: list[np.ndarray]):
    """One hlox_main launching `kernels` in order; returns the result arrays."""
    main = Kernel("hlox_main", 1, kind="main")
    for k in kernels:
        k.finish()
        main.add(K.LaunchOp.build(operands=[[main.ptr(b).ssa for b in k.buffers()]],
                                  properties={"callee": K.str_attr(k.name)}))
    module = assemble([k.op for k in kernels], main, bufs, 0)
    run_loop_passes(module, threads=1)  # as lowering does: the loops' pragmas
    module.verify()
    source = CPrinter().module(module, PRELUDE, [])
    library = build_shared_library(source, Path(tempfile.mkdtemp(prefix="hlox-kb-")) / "k.so")
    params = sorted((b for b in bufs if b.kind == "param"), key=lambda b: b.index)
    results = sorted((b for b in bufs if b.kind == "result"), key=lambda b: b.index)
    result = (results[0].shape if len(results) == 1
              else TupleShape(tuple(b.shape for b in results)))
    executable = Executable(str(library), Signature(tuple(b.shape for b in params), result), 0,
                            len(kernels))
    outs = executable(*inputs)
    outs = [outs] if len(results) == 1 else list(outs)
    return outs, source


def test_index_arithmetic_folds_and_is_built_once():
    k = Kernel("k", 1)
    assert k.ix("add", 2, 3) == 5 and k.ix("div", -7, 2) == -3 and k.ix("rem", -7, 2) == -1
    with k.loop(8) as i, k.loop(4) as j:
        assert (i * 4 + j) is (i * 4 + j)  # one op, found again in the scope's memo
        assert (i * 1 + 0) is i and i * 0 == 0
        assert all_of([1, i.lt(8), 1]) is i.lt(8) and all_of([i.lt(8), 0]) == 0
        inner = i * 4 + j
    with k.loop(8) as i2:
        assert (i2 * 4) is not None
    kinds = [op.kind.data for op in k.op.walk() if isinstance(op, K.IndexBinaryOp)]
    assert kinds.count("mul") == 2 and kinds.count("add") == 1, kinds
    del inner


def test_a_hand_built_kernel_with_a_reduction_runs():
    x = _buf(0, (3, 37), "param", 0)
    y = _buf(1, (3, 37), "result", 0)
    s = _buf(2, (3,), "result", 1)
    k = Kernel("k_hand", 1, label="hand")
    with k.loop(3) as r:
        acc = k.var(compute_xdsl(F32), init=k.literal(F32, 0))
        with k.loop(37, simd=True, reduce=[(acc, "+")]) as c:
            v = k.load(x, [r, c])
            twice = k.apply("multiply", [v, k.literal(F32, 2)], F32)
            k.store(y, [r, c], k.apply("add", [twice, index_value(k, c, F32)], F32))
            k.assign(acc, k.apply("add", [k.read(acc), v], F32))
        k.store(s, [r], k.read(acc))
    data = np.random.default_rng(0).standard_normal((3, 37)).astype(np.float32)
    (got_y, got_s), source = _run([k], [x, y, s], [data])
    np.testing.assert_allclose(got_y, data * 2 + np.arange(37, dtype=np.float32), rtol=1e-6)
    np.testing.assert_allclose(got_s, data.sum(axis=1), rtol=1e-5, atol=1e-5)
    assert "#pragma omp simd reduction(+:" in source


def test_while_and_if_else_from_the_builder():
    """n[i] = doublings of |x[i]| until it reaches 100 (a while loop); sign[i] by if/else."""
    x = _buf(0, (9,), "param", 0)
    n = _buf(1, (9,), "result", 0, "s32")
    sign = _buf(2, (9,), "result", 1)
    k = Kernel("k_loops", 1)
    with k.loop(9) as i:
        value = k.var(compute_xdsl(F32), init=k.apply("abs", [k.load(x, [i])], F32),
                      prefix="value")
        count = k.var(compute_xdsl(S32), init=k.literal(S32, 0), prefix="count")
        loop = k.while_()
        with k.inside(loop.cond):
            k.condition(k.apply("compare", [k.read(value), k.literal(F32, 100)], F32, PRED,
                                direction="LT"))
        with k.inside(loop.body):
            k.assign(value, k.apply("multiply", [k.read(value), k.literal(F32, 2)], F32))
            k.assign(count, k.apply("add", [k.read(count), k.literal(S32, 1)], S32))
        k.store(n, [i], k.read(count))
        positive = k.apply("compare", [k.load(x, [i]), k.literal(F32, 0)], F32, PRED,
                           direction="GT")
        k.store(sign, [i], k.choose(positive, compute_xdsl(F32), lambda: k.literal(F32, 1),
                                    lambda: k.literal(F32, -1)))
    data = np.array([1, 3, 50, 99, 100, 250, 0.5, -1, 7], np.float32)
    (got_n, got_sign), source = _run([k], [x, n, sign], [data])
    expected = []
    for v in np.abs(data):
        c = 0
        while v < 100:
            v, c = v * 2, c + 1
        expected.append(c)
    np.testing.assert_array_equal(got_n, expected)
    np.testing.assert_array_equal(got_sign, np.where(data > 0, 1, -1))
    assert "for (;;) {" in source and "} else {" in source


def test_a_read_is_printed_where_it_is_used_only_if_nothing_assigns_in_between():
    """`v = acc; acc = 0; out = v + 1` must not print as `acc = 0; out = acc + 1`."""
    out = _buf(0, (2,), "result", 0)
    k = Kernel("k_reads", 1)
    acc = k.var(compute_xdsl(F32), init=k.literal(F32, 5), prefix="acc")
    before = k.read(acc)
    plus_one = k.apply("add", [before, k.literal(F32, 1)], F32)
    k.assign(acc, k.literal(F32, 0))
    k.store(out, [0], plus_one)  # 6: the value read before the assignment
    k.store(out, [1], k.apply("add", [k.read(acc), k.literal(F32, 1)], F32))  # 1
    (got,), source = _run([k], [out], [])
    np.testing.assert_array_equal(got, [6, 1])
