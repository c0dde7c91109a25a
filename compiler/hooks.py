"""Who is listening to a compile: context variables the driver and the pipeline report to.

    token = compile_progress.set(lambda stage: print(stage))   # "parse", "pass fusion", ...
    try:
        hlox.compile(text)
    finally:
        compile_progress.reset(token)

`compile_progress` is called as each stage starts: "parse", "pass <name>" (every pass
run), "codegen", "c-build". `pass_records`, when set to a list, gets every pass run's
record (`{"name", "seconds", "changed", "dump"}`) from every `PassRunner`, whoever drives
it (`hlox.compile`, `hlox opt`). `compile_stats`, when set, is called with each
compile's `CompileStats` as it ends (failed compiles too). All are context variables: they hold for the thread
(or task) that set them, with nothing to restore on another thread's behalf.
This module imports nothing of hlox, so the driver and the pipeline can both use it.
"""
from __future__ import annotations

from contextvars import ContextVar
from typing import Callable

compile_progress: ContextVar[Callable[[str], None] | None] = ContextVar(
    "hlox_compile_progress", default=None)
pass_records: ContextVar[list | None] = ContextVar("hlox_pass_records", default=None)
compile_stats: ContextVar[Callable[[object], None] | None] = ContextVar(
    "hlox_compile_stats", default=None)


def report_progress(stage: str) -> None:
    """Tell the listener, if any, that `stage` starts."""
    callback = compile_progress.get()
    if callback is not None:
        callback(stage)
