"""Each loop pass (`passes/codegen/loop_passes.py`) alone, on loops built with the kernel
builder: the facts an emitter records in, the one decision the pass takes out."""
from __future__ import annotations

from pathlib import Path

import hlox
from hlox.ir.shapes import ELEMENT_TYPES
from hlox.passes.codegen.kernel import Kernel
from hlox.passes.codegen.loop_passes import (
    PARALLEL_WORK, CollapseLoops, ParallelizeLoops, VectorizeLoops, for_loops, loop_passes,
)

C64 = ELEMENT_TYPES["c64"]


def _loops(k: Kernel) -> list:
    return list(for_loops(k.op))


def test_parallelize_splits_a_nest_with_enough_work():
    k = Kernel("k", threads=2)
    with k.loop(64, work=PARALLEL_WORK, independent=True):
        pass
    with k.loop(64, work=PARALLEL_WORK - 1, independent=True):
        pass
    with k.loop(64, independent=True):  # not offered to threads
        pass
    ParallelizeLoops(threads=4).apply(None, k.op)
    big, small, unoffered = _loops(k)
    assert big.parallel is not None and big.threads.value.data == 4
    assert small.parallel is None and unoffered.parallel is None

    k = Kernel("k", threads=1)
    with k.loop(64, work=PARALLEL_WORK * 8):
        pass
    ParallelizeLoops(threads=1).apply(None, k.op)
    assert _loops(k)[0].parallel is None


def _nest(k: Kernel, *, parallel: bool, extra_op: bool = False, collapse: int = 1):
    """A parallel head over independent loops down to a minor one."""
    with k.loop(8, parallel=parallel, collapse=collapse, independent=True):
        with k.loop(8, independent=True):
            with k.loop(8, independent=True):
                with k.loop(8, independent=True, minor=True):
                    pass
            if extra_op:
                with k.loop(8, independent=True):
                    pass


def test_collapse_takes_the_perfectly_nested_independent_loops_above_the_minor_one():
    cases = [  # (nest, collapse of its head)
        (dict(parallel=True), 3),
        (dict(parallel=False), None),  # a serial loop shares nothing
        (dict(parallel=True, extra_op=True), 2),  # the second loop's body is two loops
        (dict(parallel=True, collapse=2), 2),  # decided by its emitter: kept
    ]
    for nest, expected in cases:
        k = Kernel("k", threads=2)
        _nest(k, **nest)
        CollapseLoops().apply(None, k.op)
        head = _loops(k)[0]
        got = head.collapse.value.data if head.collapse is not None else None
        assert got == expected, (nest, got)


def test_vectorize_marks_vectorizable_loops_unless_complex_values_are_computed_under_a_branch():
    k = Kernel("k", threads=2)
    with k.loop(16, simd=True):
        pass
    with k.loop(16):
        pass
    with k.loop(16, simd=True) as i:
        with k.inside(k.if_(i.lt(3)).then):
            k.apply("negate", [k.literal(C64, 1.0)], C64)
    with k.loop(16, simd=True) as i:  # a branch computing real values only
        with k.inside(k.if_(i.lt(3)).then):
            k.apply("negate", [k.literal(ELEMENT_TYPES["f32"], 1.0)], ELEMENT_TYPES["f32"])
    VectorizeLoops().apply(None, k.op)
    assert [loop.simd is not None for loop in _loops(k)] == [True, False, False, True]


def test_the_passes_run_parallelize_before_collapse():
    names = [p.name for p in loop_passes(threads=2)]
    assert names.index("parallelize-loops") < names.index("collapse-loops")
    assert len(set(names)) == len(names) == 3


def test_dumps_show_the_loop_ir_after_each_loop_pass(tmp_path):
    """--dump-dir: the loop IR as the emitters built it, then after each pass."""
    text = (Path(__file__).parent / "loops" / "parallel_collapse.hlo").read_text()
    hlox.compile(text, hlox.CompileOptions(dump_dir=str(tmp_path), threads=2))
    dumps = sorted(p.name.split(".", 2)[2] for p in tmp_path.glob("*.after_*.mlir"))
    stages = [name.split(".")[1] for name in dumps]
    assert stages == ["after_emitters", "after_parallelize-loops", "after_collapse-loops",
                      "after_vectorize-loops"], dumps
    texts = [p.read_text() for p in sorted(tmp_path.glob("*.after_*.mlir"))]
    assert "parallel" not in texts[0] and "parallel" in texts[1]
    assert "collapse" not in texts[1] and "collapse = 2" in texts[2]
    assert "simd" not in texts[2] and "simd" in texts[3]
