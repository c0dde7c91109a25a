"""Code generator tests' build-and-run: `generate_c`, then the runtime's one C build and
`Executable` (`hlox.driver.executable_of`), without the pipeline or the caches."""
from __future__ import annotations

import tempfile

import ml_dtypes
import numpy as np

from hlox.driver import executable_of
from hlox.ir.evaluator import evaluate
from hlox.ir.parser import parse_module
from hlox.passes.codegen import generate_c

BF16 = np.dtype(ml_dtypes.bfloat16)


def leaves(value) -> list:
    if isinstance(value, tuple):
        return [leaf for v in value for leaf in leaves(v)]
    return [value]


def build(text_or_module, threads: int = 2):
    """(program, Executable) of an HLO module as it is (no passes)."""
    module = parse_module(text_or_module) if isinstance(text_or_module, str) else text_or_module
    prog = generate_c(module, threads=threads)
    return prog, executable_of(prog, module, tempfile.mkdtemp(prefix="hlox-cg-"))


def run(executable, *args) -> list[np.ndarray]:
    """The results' leaves; arguments converted to the parameters' types first."""
    arrays = [np.ascontiguousarray(np.asarray(a, dtype=p.np_dtype)).reshape(p.dims)
              for a, p in zip(args, executable.signature.params)]
    return leaves(executable(*arrays))


def check(text: str, *args, rtol=1e-6, atol=1e-6, threads=2, half_tol=1e-2):
    """Compile `text`, run it on `args` and compare every result with the evaluator's."""
    prog, executable = build(text, threads)
    got = run(executable, *args)
    expected = leaves(evaluate(parse_module(text), list(args)))
    assert len(got) == len(expected)
    for n, (g, e) in enumerate(zip(got, expected)):
        e = np.asarray(e)
        assert g.shape == e.shape, (n, g.shape, e.shape)
        assert g.dtype == e.dtype, (n, g.dtype, e.dtype)
        if g.dtype.kind in "fc" or g.dtype == BF16:  # (complex: products may be fused)
            tol = half_tol if g.dtype.itemsize == 2 else rtol
            wide = np.complex128 if g.dtype.kind == "c" else np.float64
            np.testing.assert_allclose(g.astype(wide), e.astype(wide), rtol=tol,
                                       atol=max(atol, tol if g.dtype.itemsize == 2 else atol),
                                       equal_nan=True, err_msg=f"result {n}")
        else:
            np.testing.assert_array_equal(g, e, err_msg=f"result {n}")
    return prog
