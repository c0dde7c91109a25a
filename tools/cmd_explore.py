"""`hlox explore DUMP_DIR -o report.html`: the HTML report of a compilation's dumps.

    hlox compile model.hlo --dump-dir d        # writes module_0001.<name>.* into d
    hlox explore d -o report.html              # one self-contained page: open it offline

The page (tools/report.py) shows the passes with their times and counts, each pass's IR
and diff, the optimized graph with fusions as clusters, the buffer assignment as a chart
and the generated C.
"""
from __future__ import annotations

import argparse
import sys


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "explore", help="build an HTML report from a dump directory",
        epilog="example: hlox compile model.hlo --dump-dir d && hlox explore d -o report.html",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dump_dir", help="a directory written by --dump-dir (or HLOX_FLAGS)")
    p.add_argument("-o", "--output", help="the HTML file to write (default: DUMP_DIR/report.html)")
    p.add_argument("--module", help="which module, when the directory holds several: its number "
                                    "(1 or 0001), name or module_NNNN.name prefix "
                                    "(default: the last compiled)")
    p.add_argument("--layout", choices=("auto", "dot", "builtin"), default="auto",
                   help="graph layout: Graphviz `dot` when installed (auto), or the built-in one")
    p.set_defaults(func=run)
    return p


def run(args) -> int:
    from pathlib import Path

    from hlox.tools.cli import UserError
    from hlox.tools.report import find_modules, pick_module, write_report

    try:
        dumps = pick_module(find_modules(args.dump_dir), args.module)
    except (FileNotFoundError, LookupError) as e:
        raise UserError(f"{args.dump_dir}: {e.args[0]}") from None
    output = Path(args.output) if args.output else Path(args.dump_dir) / "report.html"
    try:
        path = write_report(args.dump_dir, output, dumps.prefix, args.layout)
    except RuntimeError as e:  # --layout dot without Graphviz
        raise UserError(str(e)) from None
    except OSError as e:
        raise UserError(f"{output}: cannot write: {e}") from None
    print(f"wrote {path} ({dumps.prefix})", file=sys.stderr)
    return 0
