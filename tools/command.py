"""How the CLI runs a command: `--timings`, the progress line and `--report` around it.

Apart from the report (tools/report.py, a large module imported only when a report is
written), so that `hlox run` of a cached module starts quickly.
"""
from __future__ import annotations

import sys
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

# The CLI runs every command inside a CompileRecorder. It patches nothing: it listens
# through the compiler's context variables (hlox.hooks: `compile_progress` for the progress
# line, `pass_records` for every pass run, whoever drives the PassRunner, `compile_stats`
# for the stage times and dump names of each compile the command ran). The driver itself writes `timings.json` beside the dumps.

@dataclass
class PassRun:
    name: str
    seconds: float
    changed: bool
    dump: int | None  # the NNNN of its after_<pass> dump, when one was written


_STAGE_TITLES = {"parse": "parsing", "optimize": "optimizing", "codegen": "generating C",
                 "c-build": "compiling the C (cc)"}

_active_recorder: ContextVar["CompileRecorder | None"] = ContextVar("hlox_compile_recorder",
                                                                    default=None)


@contextmanager
def timed_stage(name: str):
    """A stage run outside the driver (the CLI parsing a file itself): announced to the
    progress line and added to the active recorder's stage times."""
    from hlox.hooks import report_progress

    report_progress(name)
    start = time.perf_counter()
    try:
        yield
    finally:
        recorder = _active_recorder.get()
        if recorder is not None:
            recorder.stages[name] = recorder.stages.get(name, 0.0) + time.perf_counter() - start


class CompileRecorder:
    """What the compiles of one CLI command did: pass runs, stage times, the modules dumped.

    With `progress` (a terminal stream), a line on it shows the current stage once a
    command has run for a second; the line is erased when the command ends."""

    PROGRESS_AFTER = 1.0

    def __init__(self, label: str = "", progress=None):
        self.label = label
        self.progress = progress
        self.runs: list[dict] = []  # every pass run, as the PassRunners record them
        self.stages: dict[str, float] = {}
        self.modules: list[str] = []  # module_NNNN.<name> of each compile with dumps on
        self.stats: list = []  # the driver's CompileStats of each compile seen
        self.current = "starting"
        self._tokens: list = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._shown = False
        self._start = 0.0

    @property
    def passes(self) -> list[PassRun]:
        return [PassRun(r["name"], r["seconds"], bool(r["changed"]), r["dump"])
                for r in self.runs]

    def _on_progress(self, stage: str) -> None:
        self.current = _STAGE_TITLES.get(stage, stage)

    def _take_stats(self, stats) -> None:
        self.stats.append(stats)
        for stage, seconds in stats.timings.items():
            self.stages[stage] = self.stages.get(stage, 0.0) + seconds
        if stats.dump_prefix and stats.dump_prefix not in self.modules:
            self.modules.append(stats.dump_prefix)

    def __enter__(self) -> "CompileRecorder":
        from hlox.hooks import compile_progress, compile_stats, pass_records

        self._tokens = [(compile_progress, compile_progress.set(self._on_progress)),
                        (pass_records, pass_records.set(self.runs)),
                        (compile_stats, compile_stats.set(self._take_stats)),
                        (_active_recorder, _active_recorder.set(self))]
        self._start = time.perf_counter()
        if self.progress is not None:
            self._thread = threading.Thread(target=self._show_progress, daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        for var, token in reversed(self._tokens):
            var.reset(token)
        self._tokens.clear()
        if self._shown:
            self.progress.write("\r\033[K")
            self.progress.flush()

    def _show_progress(self) -> None:
        while not self._stop.wait(0.2):
            elapsed = time.perf_counter() - self._start
            if elapsed < self.PROGRESS_AFTER:
                continue
            self.progress.write(f"\r\033[Khlox: {self.label} {self.current} … {elapsed:.1f} s")
            self.progress.flush()
            self._shown = True

    # -- results
    def as_json(self, prefix: str | None = None) -> dict:
        stats = self.stats[-1] if self.stats else None
        return {"module": prefix, "passes": [dict(r) for r in self.runs],
                "stages": dict(self.stages),
                "compile_seconds": getattr(stats, "compile_seconds", None),
                "cache_hit": getattr(stats, "cache_hit", None)}

    def format(self) -> str:
        """The `--timings` table: every pass run, then the stages."""
        lines = ["timings:"]
        passes = self.passes
        if passes:
            width = max(len("(all passes)"), *(len(p.name) for p in passes))
            for p in passes:
                mark = "" if p.changed else "  (no change)"
                lines.append(f"  pass  {p.name:<{width}}  {p.seconds * 1000:9.2f} ms{mark}")
            total = sum(p.seconds for p in passes)
            lines.append(f"  pass  {'(all passes)':<{width}}  {total * 1000:9.2f} ms")
        for stage in ("parse", "optimize", "codegen", "c-build"):
            if stage in self.stages:
                lines.append(f"  stage {stage:<10} {self.stages[stage] * 1000:9.2f} ms")
        if any(s.cache_hit for s in self.stats) and "c-build" not in self.stages:
            lines.append("  compile: cache hit" + ("" if passes else " (no pass ran)"))
        lines.append(f"  total {time.perf_counter() - self._start:19.3f} s")
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- CLI glue

EXIT_CODES = ("exit codes: 0 ok; 1 user error (bad input, missing file, not enough memory); "
              "2 internal error (a bug in hlox: the message says how to report it); 124 past "
              "--timeout; 130 interrupted")


def add_cli_options(subparsers) -> None:
    """`--timings` on every command, `--report` on compile and run, exit codes in each help."""
    import argparse

    for name, parser in subparsers.choices.items():
        if "--timings" not in parser._option_string_actions:
            parser.add_argument("--timings", action="store_true",
                                help="print per-pass, code generation and C build times "
                                     "(to stderr)")
        if name in ("compile", "run") and "--report" not in parser._option_string_actions:
            parser.add_argument(
                "--report", nargs="?", const="", metavar="HTML",
                help="write an HTML report of the compilation (default: report.html in "
                     "--dump-dir, or NAME.report.html here when there is no --dump-dir)")
        parser.formatter_class = argparse.RawDescriptionHelpFormatter
        if parser.epilog and "exit codes" not in parser.epilog:
            parser.epilog += "\n\n" + EXIT_CODES
        elif not parser.epilog:
            parser.epilog = EXIT_CODES


def run_command(args) -> int:
    """Run a parsed CLI command with timings, progress and the report around it.

    The report is written after a failed compilation too (a C build error, say) when the
    dumps got that far: it is where to look for what went wrong."""
    import tempfile

    report = getattr(args, "report", None)
    temporary = None
    if report is not None:
        if getattr(args, "evaluator", False):
            from hlox.tools.cli import UserError
            raise UserError("--report needs a compilation; it cannot go with --evaluator")
        if not getattr(args, "dump_dir", None):
            temporary = tempfile.TemporaryDirectory(prefix="hlox-report-")
            args.dump_dir = temporary.name
    label = f"{args.command} {Path(getattr(args, 'file', '') or '').name}".strip()
    recorder = CompileRecorder(label, sys.stderr if sys.stderr.isatty() else None)
    code = None
    try:
        with recorder:
            code = args.func(args)
        return code
    finally:
        try:
            _after_command(args, recorder, report, temporary is not None, failed=code != 0)
        finally:
            if temporary is not None:
                temporary.cleanup()


def _after_command(args, recorder: CompileRecorder, report: str | None, temporary: bool,
                   failed: bool) -> None:
    if getattr(args, "timings", False):
        sys.stderr.write(recorder.format())
    if report is None or (failed and not recorder.modules):
        return
    prefix = recorder.modules[-1] if recorder.modules else None
    if report:
        target = Path(report)
    elif not temporary:
        target = Path(args.dump_dir) / "report.html"
    else:
        name = prefix.split(".", 1)[1] if prefix else Path(args.file).stem
        target = Path(f"{name}.report.html")
    try:
        from hlox.tools.report import write_report

        path = write_report(args.dump_dir, target, prefix)
    except Exception as e:  # noqa: BLE001 - never hide the error that failed the command
        if not failed:
            raise
        print(f"(no report of the failed compilation: {e})", file=sys.stderr)
        return
    what = "report of the failed compilation" if failed else "report"
    print(f"wrote {what} {path}", file=sys.stderr)
