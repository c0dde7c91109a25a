"""The C build step: one function from C source to a shared library.

The compiler runs with an argument list (never a shell), so nothing from the
input reaches a command line. (`subprocess` is imported where a process is started: a
cache hit imports this module for the compiler's identity and starts none.)

gcc's time goes into optimising the kernels (the prelude's headers and helpers are a few
percent of it), so a module with enough kernel code is built as several translation
units compiled at once, one per CPU, then linked. The printer (passes/codegen/cprint.py)
lays the C out for that: the shared part (prelude, constants, scalar helpers), then
`KERNELS_MARK`, the kernels (each a `static` function starting at column 0 and ending at
the first `}` line), then `ENTRY_MARK` and hlox_main. Each unit gets the shared part
(only the constants it names), its kernels made `hidden` instead of `static`; the first
unit also gets hlox_main; every unit the prototypes of the kernels it does not define.
"""
from __future__ import annotations

import functools
import os
import re
import shlex
import tempfile
from pathlib import Path

KERNELS_MARK = "/* hlox: kernels */"
ENTRY_MARK = "/* hlox: entry */"
# Below this many characters of kernel code one unit builds faster than several (each
# unit costs a cc process and a parse of the prelude: ~20 ms of CPU).
SPLIT_MIN_KERNEL_CHARS = 6000


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


def sanitizer_flags() -> list[str]:
    """HLOX_SANITIZE=1: generated code built with AddressSanitizer and UndefinedBehavior-
    Sanitizer, any report fatal. Python must then load libasan before anything else:
    `LD_PRELOAD=$(cc -print-file-name=libasan.so) ASAN_OPTIONS=detect_leaks=0 python ...`
    (CPython itself is not instrumented; its allocations are not leaks to report)."""
    if os.environ.get("HLOX_SANITIZE", "0") in ("", "0"):
        return []
    return ["-fsanitize=address,undefined", "-fno-sanitize-recover=all",
            "-fno-omit-frame-pointer", "-g"]


# The fast tier of a tiered build (compiler/tiered.py): the same flags at -O0. Measured on
# the JAX fixtures' C (gcc 12): 0.04-0.07 s of CPU against -O3's 0.05-0.32 s (about 30 ms
# of it the processes and the link); -O1 saves half as much; the code runs 3-6x slower.
FAST_OPT_LEVEL = "-O0"


def build_flags(fast: bool = False) -> list[str]:
    """The compile flags; `fast`: the fast tier's (FAST_OPT_LEVEL for -O3)."""
    flags = [FAST_OPT_LEVEL if fast and f == "-O3" else f for f in C_FLAGS]
    return [*flags, *sanitizer_flags()]


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
    return _compiler_identity(tuple(c_compiler()), tuple(build_flags()))


@functools.lru_cache(maxsize=None)
def _compiler_identity(command: tuple[str, ...], flags: tuple[str, ...]) -> str:
    return "\n".join([shlex.join(command), shlex.join(flags), os.uname().machine,
                      _compiler_version(command)])


def _compiler_version(command: tuple[str, ...]) -> str:
    """`command --version`'s output. Every key of a compile needs it, a cache hit in a new
    process too, where running the compiler was most of the hit's time: so it is kept in
    the cache folder (`compilers/<digest>`, written atomically) under the files the command
    names, each by its real path, device, inode, size and modification time; a new or
    replaced compiler (or wrapper, or alternatives link) is asked again."""
    import shutil

    from hlox.cache import cache_dir, digest

    files = []
    for word in command:
        path = shutil.which(word) if os.sep not in word else word
        if path and os.path.isfile(path):
            real = os.path.realpath(path)
            st = os.stat(real)
            files.append(f"{real} {st.st_dev} {st.st_ino} {st.st_size} {st.st_mtime_ns}")
    root = cache_dir()
    memo = (root / "compilers" / digest("compiler", *command, *files)
            if root is not None and files else None)
    if memo is not None:
        try:
            return memo.read_text()
        except OSError:
            pass
    import subprocess
    try:
        proc = subprocess.run([*command, "--version"], capture_output=True, text=True,
                              timeout=30)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise CBuildError(f"cannot run the C compiler {list(command)!r}: {e}") from None
    version = proc.stdout + proc.stderr
    if memo is not None and proc.returncode == 0:
        try:  # private like the rest of the cache (compiler/cache.py)
            root.mkdir(parents=True, exist_ok=True, mode=0o700)
            memo.parent.mkdir(exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=memo.parent, prefix=".tmp-")
            with os.fdopen(fd, "w") as f:
                f.write(version)
            os.replace(tmp, memo)
        except OSError:
            pass  # an unwritable cache: asked again next time
    return version


def build_jobs() -> int:
    """How many translation units a module may be built as: the CPUs this process may use,
    or 1 when other work already keeps them busy (load average at least the CPU count):
    then the units would only wait for each other, and each costs ~10% more CPU."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    busy = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return cpus if busy < cpus else 1


_KERNEL_HEAD = re.compile(r"^(.*?)\bstatic (void \w+\(.*\)) \{$")
_CONSTANT = re.compile(r"^static const \w+ (hlox_const\d+)\[")


def kernel_chars(source: str) -> int:
    """How many characters of kernel code `source` has (all of it without the marks)."""
    if KERNELS_MARK not in source or ENTRY_MARK not in source:
        return len(source)
    return len(source.split(KERNELS_MARK, 1)[1].split(ENTRY_MARK, 1)[0])


def split_units(source: str, units: int) -> list[str]:
    """`source` as at most `units` translation units (see the module docstring); the
    source itself when it has no marks or too little kernel code to be worth it."""
    if units < 2 or KERNELS_MARK not in source or ENTRY_MARK not in source:
        return [source]
    shared, rest = source.split(KERNELS_MARK + "\n", 1)
    kernel_text, entry = rest.split(ENTRY_MARK + "\n", 1)
    kernels, current = [], []
    for line in kernel_text.splitlines(keepends=True):
        if not current and not line.strip():
            continue
        current.append(line)
        if line.rstrip("\n") == "}":
            kernels.append("".join(current))
            current = []
    heads = [_KERNEL_HEAD.match(k.split("\n", 1)[0]) for k in kernels]
    if (current or len(kernels) < 2 or not all(heads)
            or len(kernel_text) < SPLIT_MIN_KERNEL_CHARS):
        return [source]
    # longest first, each to the lightest unit: balanced compile times
    groups: list[list[int]] = [[] for _ in range(min(units, len(kernels)))]
    sizes = [0] * len(groups)
    for i in sorted(range(len(kernels)), key=lambda i: -len(kernels[i])):
        g = sizes.index(min(sizes))
        groups[g].append(i)
        sizes[g] += len(kernels[i])
    visible = [f"{h.group(1)}__attribute__((visibility(\"hidden\"))) {h.group(2)}" for h in heads]
    shared_lines = shared.splitlines(keepends=True)

    def unit(body: str) -> str:
        named = set(re.findall(r"\bhlox_const\d+\b", body))
        kept = [ln for ln in shared_lines
                if not (m := _CONSTANT.match(ln)) or m.group(1) in named]
        return "".join(kept) + body

    def definition(i: int) -> str:  # the head line made hidden, then the body as printed
        return visible[i] + " {\n" + kernels[i].split("\n", 1)[1]

    def kernels_of(group: list[int]) -> str:  # and the others' prototypes, for any calls
        return ("".join(visible[i] + ";\n" for i in range(len(kernels)) if i not in group)
                + "".join(definition(i) for i in sorted(group)))
    return [unit(kernels_of(groups[0]) + entry)] + [unit(kernels_of(g)) for g in groups[1:]]


def _run_compilers(commands: list[list[str]], kept: Path) -> None:
    """Run the compiler commands at once; a failure names the source kept at `kept`."""
    import subprocess  # here, not at the top: a cache hit imports this module, runs nothing
    try:
        procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for cmd in commands]
    except OSError as e:
        raise CBuildError(f"could not run the C compiler: {e}; the C source is kept at {kept}")
    failures = []
    for proc in procs:
        try:
            _, err = proc.communicate(timeout=600)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
            failures.append((-1, "timed out after 600 s"))
            continue
        if proc.returncode != 0:
            failures.append((proc.returncode, err.strip()[-4000:]))
    if failures:
        code, message = failures[0]
        raise CBuildError(f"the C compiler failed (exit {code}):\n{message}\n"
                          f"The C source is kept at {kept}")


def build_shared_library(source: str, out_path: Path, *, link_blas: bool = False,
                         keep_dir: Path | None = None, jobs: int | None = None,
                         fast: bool = False) -> Path:
    """Compile `source` into the shared library `out_path` (written atomically), as up to
    `jobs` translation units compiled at once (default: `build_jobs()`; one for a `fast`
    build, whose time is mostly per process). `fast`: with `build_flags(fast=True)`."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="hlox-build-", dir=keep_dir or out_path.parent))
    src = work / "module.c"
    src.write_text(source)
    tmp_lib = work / "module.so"
    libs = [*blas_link_flags()] if link_blas else []
    link = [*libs, "-lmvec", "-lm"]
    units = split_units(source, 1 if fast else build_jobs() if jobs is None else jobs)
    flags = build_flags(fast)
    if len(units) == 1:
        _run_compilers([[*c_compiler(), *flags, "-o", str(tmp_lib), str(src), *link]], src)
        produced = [src]
    else:
        sources = [work / f"unit{n}.c" for n in range(len(units))]
        objects = [path.with_suffix(".o") for path in sources]
        compile_flags = [f for f in flags if f != "-shared"]
        for path, text in zip(sources, units):
            path.write_text(text)
        _run_compilers([[*c_compiler(), *compile_flags, "-c", "-o", str(obj), str(path)]
                        for path, obj in zip(sources, objects)], src)
        _run_compilers([[*c_compiler(), *flags, "-o", str(tmp_lib), *map(str, objects),
                         *link]], src)
        produced = [src, *sources, *objects]
    os.replace(tmp_lib, out_path)
    for path in produced:
        path.unlink()
    work.rmdir()
    return out_path
