"""The C build step: one function from C source to a shared library.

The compiler runs with an argument list (never a shell), so nothing from the
input reaches a command line.
"""
from __future__ import annotations

import functools
import os
import shlex
import subprocess
import tempfile
from pathlib import Path


class CBuildError(Exception):
    """The C compiler rejected generated code; the message says where the source was kept."""


def c_compiler() -> list[str]:
    return shlex.split(os.environ.get("CC", "cc"))


C_FLAGS = [
    "-O3",              # full optimisation: vectorisation and unrolling
    "-march=native",    # AVX-512 where the machine has it; the cache key records the host
    "-fopenmp",         # `#pragma omp parallel for` on large loops, `omp simd` on inner ones
    "-fno-math-errno",  # lets gcc call libmvec's SIMD expf/tanhf/...; unlike -ffast-math it
                        # keeps NaN, Inf and signed zeros exact
    "-fPIC", "-shared", # a loadable shared library
    "-std=gnu11",
]


@functools.lru_cache(maxsize=None)
def blas_link_flags() -> tuple[str, ...]:
    """Include and link flags for scipy-openblas32's CBLAS (rpath so dlopen finds it)."""
    import scipy_openblas32 as ob

    lib_dir = ob.get_lib_dir()
    return (f"-I{ob.get_include_dir()}", f"-L{lib_dir}", f"-Wl,-rpath,{lib_dir}",
            f"-l{ob.get_library()}")


def compiler_identity() -> str:
    """The whole compiler command ($CC with its own flags, hlox's flags) and the compiler's
    full `--version` output: part of every cache key, so `CC="cc -O0"` or another gcc never
    loads what this one built."""
    return _compiler_identity(tuple(c_compiler()), tuple(C_FLAGS))


@functools.lru_cache(maxsize=None)
def _compiler_identity(command: tuple[str, ...], flags: tuple[str, ...]) -> str:
    try:
        proc = subprocess.run([*command, "--version"], capture_output=True, text=True,
                              timeout=30)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise CBuildError(f"cannot run the C compiler {list(command)!r}: {e}") from None
    return "\n".join([shlex.join(command), shlex.join(flags), os.uname().machine,
                      proc.stdout, proc.stderr])


def build_shared_library(source: str, out_path: Path, *, link_blas: bool = False,
                         keep_dir: Path | None = None) -> Path:
    """Compile `source` into the shared library `out_path` (written atomically)."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="hlox-build-", dir=keep_dir or out_path.parent))
    src = work / "module.c"
    src.write_text(source)
    tmp_lib = work / "module.so"
    libs = [*blas_link_flags()] if link_blas else []
    cmd = [*c_compiler(), *C_FLAGS, "-o", str(tmp_lib), str(src), *libs, "-lmvec", "-lm"]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise CBuildError(f"could not run the C compiler: {e}; the C source is kept at {src}")
    if proc.returncode != 0:
        message = proc.stderr.strip()[-4000:]
        raise CBuildError(f"the C compiler failed (exit {proc.returncode}):\n{message}\n"
                          f"The C source is kept at {src}")
    os.replace(tmp_lib, out_path)
    src.unlink()
    work.rmdir()
    return out_path
