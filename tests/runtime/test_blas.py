"""Which BLAS the GEMMs call (runtime/blas.py): the linked scipy-openblas32, or, in a process
where PyTorch is loaded, the MKL inside libtorch_cpu, single-threaded per call and with the
calling thread's MKL setting restored. Each case runs in a fresh process (whether torch is
imported is the point) and compares every GEMM form against numpy in float64."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

_CHILD = r"""
import json, os, sys
import numpy as np
if sys.argv[1] == "torch":
    import torch
import hlox

# plain, transposed operands (lhs, rhs, both), a batched dot, f64, and shapes large enough
# for the emitter to split C in blocks across threads (each block its own call)
# (type, lhs, rhs, dimension numbers, result, transposed lhs?, transposed rhs?): plain,
# transposed operands, a batched dot, f64, and a size the emitter splits in blocks of C
# across threads (each block a call of its own)
CASES = [
    ("f32", "f32[64,48]", "f32[48,80]", "lhs_contracting_dims={1}, rhs_contracting_dims={0}",
     "f32[64,80]", False, False),
    ("f32", "f32[48,64]", "f32[48,80]", "lhs_contracting_dims={0}, rhs_contracting_dims={0}",
     "f32[64,80]", True, False),
    ("f32", "f32[64,48]", "f32[80,48]", "lhs_contracting_dims={1}, rhs_contracting_dims={1}",
     "f32[64,80]", False, True),
    ("f32", "f32[48,64]", "f32[80,48]", "lhs_contracting_dims={0}, rhs_contracting_dims={1}",
     "f32[64,80]", True, True),
    ("f32", "f32[3,32,24]", "f32[3,24,40]", "lhs_batch_dims={0}, lhs_contracting_dims={2}, "
     "rhs_batch_dims={0}, rhs_contracting_dims={1}", "f32[3,32,40]", False, False),
    ("f32", "f32[512,256]", "f32[256,384]", "lhs_contracting_dims={1}, rhs_contracting_dims={0}",
     "f32[512,384]", False, False),
    ("f64", "f64[64,48]", "f64[80,48]", "lhs_contracting_dims={1}, rhs_contracting_dims={1}",
     "f64[64,80]", False, True),
]
rng = np.random.default_rng(0)
worst, names = 0.0, set()
for dt, sa, sb, dims, sout, ta, tb in CASES:
    text = (f"HloModule m\nENTRY e {{\n  a = {sa} parameter(0)\n  b = {sb} parameter(1)\n"
            f"  ROOT d = {sout} dot(a, b), {dims}\n}}\n")
    exe = hlox.compile(text)
    names.add(exe.blas or "no GEMM")
    dims_of = lambda s: tuple(int(d) for d in s[4:-1].split(","))  # noqa: E731
    np_dt = np.float32 if dt == "f32" else np.float64
    a = rng.standard_normal(dims_of(sa)).astype(np_dt)
    b = rng.standard_normal(dims_of(sb)).astype(np_dt)
    a64, b64 = a.astype(np.float64), b.astype(np.float64)
    want = (np.swapaxes(a64, -1, -2) if ta else a64) @ (np.swapaxes(b64, -1, -2) if tb else b64)
    got = np.asarray(exe(a, b)).astype(np.float64)
    worst = max(worst, float(np.abs(got - want).max() / np.abs(want).max()))
local = None
if sys.argv[1] == "torch":  # the calling thread's MKL setting is as it was (unset: 0)
    import ctypes
    lib = ctypes.CDLL(os.path.join(os.path.dirname(torch.__file__), "lib", "libtorch_cpu.so"),
                      mode=os.RTLD_NOLOAD)
    local = lib.MKL_Set_Num_Threads_Local(0)
print(json.dumps({"blas": sorted(names), "worst": worst, "local": local}))
"""


def _child(mode: str, **env) -> dict:
    proc = subprocess.run([sys.executable, "-c", _CHILD, mode], capture_output=True, text=True,
                          timeout=600, env=dict(os.environ, HLOX_CACHE_DIR="", **env))
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_without_torch_gemms_call_the_linked_openblas():
    out = _child("none")
    assert set(out["blas"]) - {"no GEMM"} == {"scipy-openblas32"} and out["worst"] < 1e-5, out


def test_with_torch_loaded_gemms_call_its_mkl_in_every_form():
    pytest.importorskip("torch")
    out = _child("torch")
    assert set(out["blas"]) - {"no GEMM"} == {"MKL (PyTorch's)"} and out["worst"] < 1e-5, out
    assert out["local"] == 0, out


def test_hlox_blas_openblas_keeps_the_linked_one_beside_torch():
    pytest.importorskip("torch")
    out = _child("torch", HLOX_BLAS="openblas")
    assert set(out["blas"]) - {"no GEMM"} == {"scipy-openblas32"} and out["worst"] < 1e-5, out
