"""The `hlox` command line.

Exit codes: 0 ok; 1 user error (bad input text, wrong inputs, a missing file, not enough
memory); 2 internal error (a bug in hlox: the message says how to report it); 124 `run`
went past --timeout; 130 interrupted (Ctrl-C).
No Python traceback reaches the user unless HLOX_DEBUG=1.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import threading
import warnings
from pathlib import Path

import numpy as np

EXIT_OK, EXIT_USER, EXIT_INTERNAL, EXIT_TIMEOUT, EXIT_INTERRUPTED = 0, 1, 2, 124, 130


class UserError(Exception):
    """A problem with what the user gave us; printed as is, exit 1."""


class RunTimeout(BaseException):
    """`--timeout` ran out (raised in the main thread by SIGALRM; a BaseException, like
    KeyboardInterrupt, so no `except Exception` on the way swallows it)."""


# ---------------------------------------------------------------- loading inputs

def load_module(path: str, fill_elided: bool = False):
    from hlox.ir import parse_module

    file = Path(path)
    if not file.exists():
        raise UserError(f"{path}: no such file")
    if file.suffix == ".pt2":
        import warnings

        from hlox.tools.cmd_pt2 import load_pt2
        with warnings.catch_warnings():  # torch's deprecation chatter is not for our users
            warnings.simplefilter("ignore", FutureWarning)
            return load_pt2(str(file))
    try:
        text = file.read_text()
    except (OSError, UnicodeDecodeError) as e:
        raise UserError(f"{path}: cannot read: {e}") from None
    from hlox.tools.command import timed_stage

    from hlox.frontends.stablehlo import is_stablehlo, parse_stablehlo

    with timed_stage("parse"):  # for --timings and the progress line
        if file.suffix == ".mlir" or is_stablehlo(text):
            return parse_stablehlo(text, str(file))
        return parse_module(text, str(file), fill_elided_constants=fill_elided)


def random_inputs(shapes, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    arrays = []
    for shape in shapes:
        et = shape.element_type
        if et.is_float:
            a = rng.standard_normal(shape.dims)
        elif et.kind == "pred":
            a = rng.integers(0, 2, shape.dims)
        else:
            a = rng.integers(0, 10, shape.dims)
        arrays.append(np.asarray(a).astype(shape.np_dtype))
    return arrays


def read_inputs(path: str | None, shapes, seed: int) -> list[np.ndarray]:
    from hlox.ir.shapes import ArrayShape

    for i, shape in enumerate(shapes):
        if not isinstance(shape, ArrayShape):
            raise UserError(f"parameter {i} is a tuple {shape}; `hlox run` takes arrays")
    if path is None:
        return random_inputs(shapes, seed)
    try:
        with np.load(path) as data:
            missing = [f"arg{i}" for i in range(len(shapes)) if f"arg{i}" not in data]
            if missing:
                raise UserError(f"{path}: missing {', '.join(missing)} (inputs are named arg0, "
                                f"arg1, ... in the entry computation's parameter order)")
            arrays = [data[f"arg{i}"] for i in range(len(shapes))]
    except (OSError, ValueError) as e:
        raise UserError(f"{path}: cannot read inputs: {e}") from None
    for i, (array, shape) in enumerate(zip(arrays, shapes)):
        if array.shape != shape.dims or array.dtype != shape.np_dtype:
            raise UserError(f"{path}: arg{i} is {array.dtype}{list(array.shape)}, parameter {i} "
                            f"needs {shape}")
    return arrays


def flatten_outputs(value) -> list[np.ndarray]:
    if isinstance(value, tuple):
        return [leaf for v in value for leaf in flatten_outputs(v)]
    return [np.asarray(value)]


def write_outputs(path: str, outputs: list[np.ndarray]) -> None:
    """Written to a temporary file and renamed: a failed run leaves nothing half-written."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **{f"out{i}": a for i, a in enumerate(outputs)})
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def summarize(name: str, array: np.ndarray) -> str:
    from hlox.ir.shapes import format_shape, shape_of_array

    text = f"{name}: {format_shape(shape_of_array(array), with_layout=False)}"
    if array.size and array.dtype != np.bool_:
        values = array.astype(np.float64)
        text += (f" min={np.nanmin(values):.6g} max={np.nanmax(values):.6g} "
                 f"mean={np.nanmean(values):.6g}")
    if array.size <= 8:
        text += f" values={array.reshape(-1).tolist()}"
    return text


def options_from_args(args):
    from hlox.options import CompileOptions

    fields = {}
    if getattr(args, "dump_dir", None):
        fields["dump_dir"] = args.dump_dir
    if getattr(args, "dump_pass_re", None):
        fields["dump_pass_re"] = args.dump_pass_re
    if getattr(args, "fill_elided", False):
        fields["fill_elided_constants"] = True
    if getattr(args, "threads", None):
        fields["threads"] = args.threads
    return CompileOptions(**fields)


# ---------------------------------------------------------------- commands

def cmd_parse(args) -> int:
    from hlox.ir import print_module

    sys.stdout.write(print_module(load_module(args.file, args.fill_elided)))
    return EXIT_OK


def cmd_run(args) -> int:
    if args.timeout is not None:
        _start_timeout(args.timeout)
    if args.devices is not None or args.nprocs is not None:
        return _run_devices(args, load_module(args.file, args.fill_elided))
    if args.evaluator:
        from hlox.ir.evaluator import evaluate

        module = load_module(args.file, args.fill_elided)
        inputs = read_inputs(args.inputs, module.entry_computation.parameter_shapes, args.seed)
        outputs = flatten_outputs(_interruptible(lambda: evaluate(module, inputs)))
    else:
        import hlox

        # the text, not a parsed module: on a cache hit nothing is parsed
        source = _compile_source(args.file, args.fill_elided)
        executable = hlox.compile(source, options_from_args(args), filename=args.file)
        if executable.devices > 1:
            raise UserError(f"{args.file} is a program for {executable.devices} devices: run it "
                            f"with --devices {executable.devices} (threads of this process) or "
                            f"--nprocs {executable.devices} (MPI processes)")
        inputs = read_inputs(args.inputs, executable.signature.params, args.seed)
        outputs = flatten_outputs(_interruptible(lambda: executable(*inputs)))
        if args.compare:
            from hlox.ir.evaluator import evaluate

            module = load_module(args.file, args.fill_elided) if isinstance(source, str) else source
            reference = flatten_outputs(_interruptible(lambda: evaluate(module, inputs)))
            worst = max((_max_difference(a, b) for a, b in zip(outputs, reference)), default=0.0)
            print(f"largest difference between compiled and evaluator: {worst:.3g}")
    return _emit_outputs(args, outputs)


def _emit_outputs(args, outputs) -> int:
    """--output FILE gets the arrays (atomically), else a summary line each is printed."""
    if args.output:
        write_outputs(args.output, outputs)
    else:
        for i, array in enumerate(outputs):
            print(summarize(f"out{i}", array))
    return EXIT_OK


def _run_devices(args, module) -> int:
    """`--devices N` (threads of this process) or `--nprocs N` (N MPI processes): inputs
    and outputs carry a leading axis of N, entry d being device d's."""
    from hlox.ir.collectives import device_counts
    from hlox.ir.evaluator import evaluate, evaluate_spmd

    if args.devices is not None and args.nprocs is not None:
        raise UserError("give --devices (one process) or --nprocs (MPI processes), not both")
    if Path(args.file).suffix == ".pt2":
        raise UserError("--devices / --nprocs run HLO text files")
    n = args.devices if args.devices is not None else args.nprocs
    if n < 1:
        raise UserError(f"--{'devices' if args.devices is not None else 'nprocs'} must be at "
                        "least 1")
    replicas, partitions = device_counts(module)
    if replicas * partitions not in (1, n):
        raise UserError(f"{args.file} is a program for {replicas} replica(s) x {partitions} "
                        f"partition(s) = {replicas * partitions} devices, not {n}")
    shapes = module.entry_computation.parameter_shapes
    stacked = read_device_inputs(args.inputs, shapes, args.seed, n)
    per_device = [[a[d] for a in stacked] for d in range(n)]

    def reference():
        if replicas * partitions == 1:
            return [evaluate(module, a) for a in per_device]
        return evaluate_spmd(module, per_device, timeout=args.collective_timeout)

    threads = args.threads or max(1, _cores() // n)  # the devices share the cores
    if args.evaluator:
        outputs = _stack_devices(_interruptible(reference))
    elif args.devices is not None:
        import hlox

        options = options_from_args(args).replace(threads=threads)
        executable = hlox.compile(Path(args.file).read_text(), options, filename=args.file)
        outputs = _stack_devices(_interruptible(
            lambda: executable.run_devices(per_device, args.collective_timeout)))
    else:
        from hlox.distributed import run_ranks

        outputs = run_ranks(args.file, stacked, n, threads=threads,
                            timeout=args.collective_timeout, fill_elided=args.fill_elided)
    if args.compare and not args.evaluator:
        expected = _stack_devices(_interruptible(reference))
        worst = max((_max_difference(a, b) for a, b in zip(outputs, expected)), default=0.0)
        print(f"largest difference between compiled and evaluator: {worst:.3g}")
    return _emit_outputs(args, outputs)


def read_device_inputs(path: str | None, shapes, seed: int, n: int) -> list[np.ndarray]:
    """Inputs with a leading axis of n devices: from `path`, or random ones per device."""
    from hlox.ir.shapes import ArrayShape

    if path is None:
        per_device = [random_inputs(shapes, seed + d) for d in range(n)]
        return [np.stack([inputs[i] for inputs in per_device]) for i in range(len(shapes))]
    stacked_shapes = [ArrayShape(s.dtype, (n, *s.dims)) if isinstance(s, ArrayShape) else s
                      for s in shapes]
    try:
        return read_inputs(path, stacked_shapes, seed)
    except UserError as e:
        raise UserError(f"{e} (with {n} devices every input has a leading axis of {n})") from None


def _stack_devices(per_device: list) -> list[np.ndarray]:
    flat = [flatten_outputs(outputs) for outputs in per_device]
    return [np.stack([leaves[i] for leaves in flat]) for i in range(len(flat[0]))]


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _start_timeout(seconds: float) -> None:
    """RunTimeout in the main thread after `seconds` (the compile's C build included: its
    subprocess is killed on the way out)."""
    if seconds <= 0:
        raise UserError(f"--timeout must be positive, given {seconds}")

    def expired(signum, frame):
        raise RunTimeout(seconds)

    signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)


def _interruptible(compute):
    """`compute()` on a worker thread while the main thread waits, so Ctrl-C and --timeout
    are heard even while compiled code runs (a C loop never checks for signals).

    On either, the process ends at once: the worker cannot be stopped, and a process that
    returned while it spins would not exit. Nothing is half-written: outputs are written
    (atomically) only after the worker is done."""
    outcome: dict = {}

    def work():
        try:
            outcome["value"] = compute()
        except BaseException as e:  # noqa: BLE001 - handed to the main thread
            outcome["error"] = e

    worker = threading.Thread(target=work, name="hlox-run", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.1)
    except KeyboardInterrupt:
        _exit_now("interrupted", EXIT_INTERRUPTED)
    except RunTimeout as e:
        _exit_now(f"error: the run took longer than --timeout {e.args[0]:g} s; stopped",
                  EXIT_TIMEOUT)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _exit_now(message: str, code: int) -> None:
    print(message, file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _max_difference(a: np.ndarray, b: np.ndarray) -> float:
    if a.size == 0:
        return 0.0
    a64, b64 = a.astype(np.float64), b.astype(np.float64)
    same = (a64 == b64) | (np.isnan(a64) & np.isnan(b64))
    return float(np.max(np.where(same, 0.0, np.abs(a64 - b64))))


def cmd_compile(args) -> int:
    import shutil

    from hlox import driver

    source = _compile_source(args.file, args.fill_elided)
    executable, stats = driver.compile_with_stats(source, options_from_args(args),
                                                  filename=args.file)
    if args.output_dir:
        out = Path(args.output_dir)
        out.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(executable.library_path, out / "module.so")
        print(f"wrote {out / 'module.so'}")
    if args.stats:
        print(json.dumps({"kernels": executable.kernels, "arena_bytes": executable.arena_bytes,
                          "compile_seconds": round(stats.compile_seconds, 6),
                          "cache_hit": stats.cache_hit}))
    else:
        print(executable)
    return EXIT_OK


def _compile_source(path: str, fill_elided: bool):
    """HLO files go to hlox.compile as text: a cache hit then costs a hash, not a parse."""
    if Path(path).suffix == ".pt2" or not Path(path).exists():
        return load_module(path, fill_elided)
    try:
        return Path(path).read_text()
    except (OSError, UnicodeDecodeError) as e:
        raise UserError(f"{path}: cannot read: {e}") from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="an HLO text file (.hlo), StableHLO MLIR (.mlir) "
                        "or a torch.export program (.pt2)")
    parser.add_argument("--fill-elided", action="store_true",
                        help="give `{...}` constants deterministic values instead of failing")
    parser.add_argument("--dump-dir", help="write XLA-style pass dumps into this directory")
    parser.add_argument("--dump-pass-re", help="only dump passes whose name matches")
    parser.add_argument("--threads", type=int, help="threads for the compiled code")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hlox", description="hlox: an XLA-style graph compiler for the CPU",
        epilog="exit codes: 0 ok, 1 user error, 2 internal error")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="print the canonical HLO text of a module",
                       epilog="example: hlox parse examples/mlp.hlo")
    _common(p)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("run", help="run a module on inputs from an .npz file (or random ones)",
                       epilog="example: hlox run examples/mlp.hlo --inputs in.npz --output out.npz")
    _common(p)
    p.add_argument("--inputs", help=".npz with arrays arg0, arg1, ... (default: random)")
    p.add_argument("--output", help=".npz to write out0, out1, ... into (default: a summary)")
    p.add_argument("--seed", type=int, default=0, help="seed of the random inputs")
    p.add_argument("--evaluator", action="store_true", help="use the reference evaluator")
    p.add_argument("--compare", action="store_true",
                   help="also run the evaluator and report the largest difference")
    p.add_argument("--devices", type=int, metavar="N",
                   help="run N devices as threads of this process (inputs and outputs have a "
                        "leading axis of N: entry d is device d's)")
    p.add_argument("--nprocs", type=int, metavar="N",
                   help="run N MPI processes through mpiexec (needs the `mpi` extra); inputs "
                        "and outputs as with --devices")
    p.add_argument("--collective-timeout", type=float, default=60.0, metavar="SECONDS",
                   help="how long a device waits in a collective for the others (default 60)")
    p.add_argument("--timeout", type=float, metavar="S",
                   help="stop after S seconds, compilation included (exit 124)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("compile", help="compile a module (through the cache)",
                       epilog="example: hlox compile examples/mlp.hlo --stats")
    _common(p)
    p.add_argument("-o", "--output-dir", help="copy the compiled library into this directory")
    p.add_argument("--stats", action="store_true", help="print a JSON line of statistics last")
    p.set_defaults(func=cmd_compile)

    for name in EXTRA_COMMANDS:
        try:
            module = __import__(f"hlox.tools.{name}", fromlist=["add_parser"])
        except ImportError:
            continue
        module.add_parser(sub)
    from hlox.tools.command import add_cli_options  # --timings, --report, exit codes in --help

    add_cli_options(sub)
    return parser


# Commands defined in their own modules: each has add_parser(subparsers) setting `func`.
EXTRA_COMMANDS = ["cmd_opt", "cmd_explore"]


def main(argv: list[str] | None = None) -> int:
    from hlox.ir.errors import HloError
    from hlox.runtime.build import CBuildError
    from hlox.tools.command import run_command

    warnings.showwarning = _show_warning
    try:
        args = build_parser().parse_args(argv)
        return run_command(args)  # args.func, with timings, progress and --report around it
    except (HloError, UserError) as e:
        print(f"error: {e}" if isinstance(e, UserError) else str(e), file=sys.stderr)
        return EXIT_USER
    except RunTimeout as e:
        print(f"error: the run took longer than --timeout {e.args[0]:g} s; stopped",
              file=sys.stderr)
        return EXIT_TIMEOUT
    except MemoryError as e:
        print(f"error: not enough memory: {e or 'an allocation failed'}", file=sys.stderr)
        return EXIT_USER
    except CBuildError as e:
        print(f"internal error: the generated C did not compile.\n{e}\nPlease report this at "
              "the hlox issue tracker with the input file.", file=sys.stderr)
        return EXIT_INTERNAL
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `hlox parse big.hlo | head`: the reader left; not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as e:  # noqa: BLE001 - the last line of defence for CLI users
        if os.environ.get("HLOX_DEBUG"):
            raise
        if isinstance(e, ValueError) and "array is too big" in str(e):  # numpy's words
            print(f"error: not enough memory: {e}", file=sys.stderr)
            return EXIT_USER
        print(f"internal error: {type(e).__name__}: {e}\nRun again with HLOX_DEBUG=1 for a "
              "traceback and report it at the hlox issue tracker with the input file.",
              file=sys.stderr)
        return EXIT_INTERNAL


def _show_warning(message, category, filename, lineno, file=None, line=None):
    """hlox's own warnings (the cache cannot be used, ...) as one `warning:` line."""
    from hlox.cache import CacheWarning

    if issubclass(category, CacheWarning):
        print(f"warning: {message}", file=sys.stderr)
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


if __name__ == "__main__":
    sys.exit(main())
