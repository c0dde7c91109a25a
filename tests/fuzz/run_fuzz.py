"""`make fuzz`: many mutants through the parser and verifier, many random programs through
the compiler, each compared with the evaluator. Prints one summary line; exit 1 when a
mutant escaped or a program mismatched, with each repro written under --failures."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from differential import run_programs  # noqa: E402
from mutants import run_mutants  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mutants", type=int, default=10_000)
    parser.add_argument("--programs", type=int, default=2_000)
    parser.add_argument("--per-module", type=int, default=100,
                        help="random cases compiled together in one module")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--failures", default="fuzz-failures",
                        help="directory for the repros of what failed")
    args = parser.parse_args()
    start = time.perf_counter()
    parsed, rejected, escapes = run_mutants(args.mutants, args.seed)
    mutant_seconds = time.perf_counter() - start
    compared, mismatches = run_programs(args.programs, args.seed, args.per_module)
    seconds = time.perf_counter() - start
    if escapes or mismatches:
        out = Path(args.failures)
        out.mkdir(parents=True, exist_ok=True)
        for e in escapes:
            (out / f"mutant_{e.seed}.hlo").write_text(e.text, errors="surrogatepass")
            (out / f"mutant_{e.seed}.txt").write_text(e.error)
        for i, m in enumerate(mismatches):
            (out / f"program_{m.seed}_{i}.hlo").write_text(m.module)
            (out / f"program_{m.seed}_{i}.txt").write_text(
                f"{m.case}: {m.problem}\ninputs: {[a.tolist() for a in m.inputs]}\n")
        print(f"repros in {out}/", file=sys.stderr)
    print(f"fuzz: {args.mutants} mutants ({parsed} parsed, {rejected} rejected with a "
          f"located HloError, {len(escapes)} escapes) in {mutant_seconds:.0f} s; "
          f"{compared} random programs in {-(-compared // args.per_module)} modules, "
          f"{len(mismatches)} mismatches; {seconds:.0f} s in all")
    return 1 if escapes or mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
