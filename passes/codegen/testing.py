"""A minimal build-and-run of a CProgram, for the code generator's own tests and debugging.

The real runtime (hlox.runtime / the driver) does this with caching; this one writes the
C to a temporary directory, runs gcc with an argument list and calls `hlox_main` through
cffi in ABI mode.
"""
from __future__ import annotations

import os
import subprocess
import tempfile

import ml_dtypes
import numpy as np

_FFI = None


def _ffi():
    global _FFI
    if _FFI is None:
        import cffi

        _FFI = cffi.FFI()
        _FFI.cdef("int hlox_main(void **params, void **results, void *arena);")
    return _FFI


def build(prog, workdir: str | None = None):
    """Compile `prog.source` to a shared library; returns the cffi library handle."""
    import scipy_openblas32

    workdir = workdir or tempfile.mkdtemp(prefix="hlox_cg_")
    c_path = os.path.join(workdir, "module.c")
    so_path = os.path.join(workdir, "module.so")
    with open(c_path, "w") as f:
        f.write(prog.source)
    cmd = ["gcc", "-O3", "-march=native", "-fopenmp", "-fno-math-errno", "-shared", "-fPIC",
           c_path, "-o", so_path, "-lmvec", "-lm"]
    if prog.link_blas:
        libdir = scipy_openblas32.get_lib_dir()
        cmd += [f"-L{libdir}", f"-Wl,-rpath,{libdir}", f"-l{scipy_openblas32.get_library()}"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"gcc failed on {c_path}:\n{result.stderr[:4000]}")
    return _ffi().dlopen(so_path)


class Runner:
    def __init__(self, prog, workdir: str | None = None):
        self.prog = prog
        self.lib = build(prog, workdir)
        self.arena = np.empty(max(prog.arena_bytes, 64) + 64, dtype=np.uint8)
        addr = self.arena.ctypes.data
        self.arena_view = self.arena[(-addr) % 64:]

    def __call__(self, *args):
        ffi = _ffi()
        ins = [np.ascontiguousarray(np.asarray(a, dtype=s.np_dtype)).reshape(s.dims)
               for a, s in zip(args, self.prog.params)]
        outs = [np.empty(s.dims, dtype=s.np_dtype) for s in self.prog.results]
        keep = [ffi.from_buffer(a if a.size else np.empty(1, a.dtype)) for a in ins]
        keep_out = [ffi.from_buffer(o if o.size else np.empty(1, o.dtype)) for o in outs]
        params = ffi.new("void *[]", [ffi.cast("void *", p) for p in keep] or [ffi.NULL])
        results = ffi.new("void *[]", [ffi.cast("void *", p) for p in keep_out] or [ffi.NULL])
        rc = self.lib.hlox_main(params, results, ffi.cast("void *", ffi.from_buffer(self.arena_view)))
        if rc != 0:
            raise RuntimeError(f"hlox_main returned {rc}")
        return outs


def _leaves(value):
    if isinstance(value, tuple):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


BF16 = np.dtype(ml_dtypes.bfloat16)


def check(text: str, *args, rtol=1e-6, atol=1e-6, threads=2, half_tol=1e-2):
    """Compile `text`, run it on `args` and compare every result with the evaluator's."""
    from hlox.ir.evaluator import evaluate
    from hlox.ir.parser import parse_module
    from hlox.passes.codegen import generate_c

    prog = generate_c(parse_module(text), threads=threads)
    got = Runner(prog)(*args)
    expected = _leaves(evaluate(parse_module(text), list(args)))
    assert len(got) == len(expected)
    for n, (g, e) in enumerate(zip(got, expected)):
        e = np.asarray(e)
        assert g.shape == e.shape, (n, g.shape, e.shape)
        assert g.dtype == e.dtype, (n, g.dtype, e.dtype)
        if g.dtype.kind == "f" or g.dtype == BF16:
            tol = half_tol if g.dtype.itemsize == 2 else rtol
            np.testing.assert_allclose(g.astype(np.float64), e.astype(np.float64), rtol=tol,
                                       atol=max(atol, tol if g.dtype.itemsize == 2 else atol),
                                       equal_nan=True, err_msg=f"result {n}")
        else:
            np.testing.assert_array_equal(g, e, err_msg=f"result {n}")
    return prog


def compile_text(text: str, threads: int = 2):
    from hlox.ir.parser import parse_module
    from hlox.passes.codegen import generate_c

    return Runner(generate_c(parse_module(text), threads=threads))

