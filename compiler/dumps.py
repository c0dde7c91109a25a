"""XLA-named dump files: what the compiler did to a module, pass by pass.

    module_0001.jit_f.before_optimizations.hlo
    module_0001.jit_f.0003.after_fusion.hlo
    module_0001.jit_f.after_optimizations.hlo
    module_0001.jit_f.buffer-assignment.txt
    module_0001.jit_f.c

Modules are numbered in the order this process compiles them (as XLA does). A process
that is one rank of many (a torch.distributed process group, an MPI launcher's rank, or
torchrun's RANK and WORLD_SIZE) dumps into `<dump_dir>/rank<R>/`, so ranks sharing a
dump directory never overwrite each other. A file is
written to a temporary name in the same directory and renamed into place, so a reader
never sees half a dump. `dump_pass_re` (a regular expression searched in the pass name)
picks which per-pass dumps are written; the others are always written when dumping is on.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import re
import sys
import tempfile
import threading
from pathlib import Path

_module_ids = itertools.count(1)
_ids_lock = threading.Lock()


def _next_module_id() -> int:
    with _ids_lock:
        return next(_module_ids)


# Longer names are cut and given a hash of the whole name: a file name stays well under
# the 255 bytes file systems allow, with the module number, pass number and suffix around it.
_LONGEST_NAME = 96


def _file_safe(name: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9_.\-]", "_", name) or "module"
    if len(safe) <= _LONGEST_NAME:
        return safe
    tag = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{safe[:_LONGEST_NAME - 17]}-{tag}"


def process_rank() -> int | None:
    """This process's rank when it is one of several (None otherwise). torch is looked up,
    never imported: a process group exists only where the program imported torch."""
    torch_distributed = sys.modules.get("torch.distributed")
    if torch_distributed is not None and torch_distributed.is_available() \
            and torch_distributed.is_initialized():
        return torch_distributed.get_rank()
    from .distributed import launcher_rank
    rank = launcher_rank()
    if rank is not None:
        return rank
    value = os.environ.get("RANK", "")  # torchrun and torch's env:// sets both
    return int(value) if value.isdigit() and "WORLD_SIZE" in os.environ else None


def dump_directory(dump_dir) -> Path:
    """Where this process dumps: `dump_dir`, or its `rank<R>/` when this is one of several ranks."""
    rank = process_rank()
    return Path(dump_dir) if rank is None else Path(dump_dir) / f"rank{rank}"


def write_atomically(path: Path, text: str) -> None:
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


class Dumper:
    """Writes the dumps of one compilation (or does nothing when `options.dump_dir` is None)."""

    def __init__(self, options, module_name: str):
        self.directory = dump_directory(options.dump_dir) if options.dump_dir else None
        self.pass_filter = re.compile(options.dump_pass_re) if options.dump_pass_re else None
        self.module_name = _file_safe(module_name)
        self.module_id = _next_module_id() if self.directory is not None else 0
        self.pass_counter = 0
        self.written: list[Path] = []

    @property
    def enabled(self) -> bool:
        return self.directory is not None

    @property
    def prefix(self) -> str:
        return f"module_{self.module_id:04d}.{self.module_name}"

    def path_for(self, suffix: str) -> Path | None:
        if self.directory is None:
            return None
        return self.directory / f"{self.prefix}.{suffix}"

    def dump_text(self, suffix: str, text: str) -> Path | None:
        """`module_NNNN.<name>.<suffix>`: e.g. `before_optimizations.hlo`, `c`, `loops.mlir`."""
        path = self.path_for(suffix)
        if path is None:
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text)
        self.written.append(path)
        return path

    def wants_pass(self, pass_name: str) -> bool:
        if self.directory is None:
            return False
        return self.pass_filter is None or self.pass_filter.search(pass_name) is not None

    def dump_after_pass(self, pass_name: str, module=None, text: str | None = None,
                        extension: str = "hlo") -> Path | None:
        """`module_NNNN.<name>.NNNN.after_<pass>.hlo` (`.mlir` below the hlo level).

        Every pass run gets the next number, dumped or not, so numbers line up whatever
        `dump_pass_re` selects."""
        self.pass_counter += 1
        if not self.wants_pass(pass_name):
            return None
        if text is None:
            from hlox.ir import print_module

            text = print_module(module)
        return self.dump_text(f"{self.pass_counter:04d}.after_{_file_safe(pass_name)}.{extension}",
                              text)

    # The driver's names for the other dumps, so every caller spells them the same way.
    def dump_before_optimizations(self, module) -> Path | None:
        from hlox.ir import print_module

        return self.dump_text("before_optimizations.hlo", print_module(module)) \
            if self.enabled else None

    def dump_after_optimizations(self, module) -> Path | None:
        from hlox.ir import print_module

        return self.dump_text("after_optimizations.hlo", print_module(module)) \
            if self.enabled else None

    def dump_buffer_assignment(self, text: str) -> Path | None:
        return self.dump_text("buffer-assignment.txt", text)

    def dump_c(self, source: str) -> Path | None:
        return self.dump_text("c", source)

    def dump_loops(self, stage: str, text: str) -> Path | None:
        """Loop-level IR (MLIR text) after a lowering stage: `....NNNN.after_<stage>.mlir`."""
        return self.dump_after_pass(stage, text=text, extension="mlir")


class NullDumper(Dumper):
    """A Dumper that writes nothing (for callers that do not dump)."""

    def __init__(self):
        self.directory = None
        self.pass_filter = None
        self.module_name = "module"
        self.module_id = 0
        self.pass_counter = 0
        self.written = []
