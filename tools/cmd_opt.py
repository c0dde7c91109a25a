"""`hlox opt`: run chosen passes over an HLO module and print the result (like hlo-opt).

    hlox opt model.hlo                          # the whole pipeline (as hlox.compile runs it)
    hlox opt model.hlo --passes algsimp,dce     # just these, in this order
    hlox opt model.hlo --passes 'fusion{max_fusion_size=8}' --print-after-all
    hlox opt --list-passes

Pass options are written as in xDSL/MLIR pipelines: `name{option=value,option=value}`.
The verifier runs after every pass; a pass that breaks the module is reported by name.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "opt", help="run optimization passes over a module and print the result",
        epilog="example: hlox opt model.hlo --passes call-inliner,algsimp,dce")
    p.add_argument("file", nargs="?", help="an HLO text file")
    p.add_argument("--passes", help="comma-separated passes to run, in order "
                                    "(default: the whole pipeline)")
    p.add_argument("--print-after-all", action="store_true",
                   help="print the module after every pass (to stderr), not just at the end")
    p.add_argument("--list-passes", action="store_true", help="list the passes and exit")
    p.add_argument("--fill-elided", action="store_true",
                   help="give `{...}` constants deterministic values instead of failing")
    p.add_argument("--dump-dir", help="write XLA-style pass dumps into this directory")
    p.add_argument("--dump-pass-re", help="only dump passes whose name matches")
    p.set_defaults(func=run)
    return p


def split_pass_list(text: str) -> list[str]:
    """`a,b{x=1,y=2},c` -> ['a', 'b{x=1,y=2}', 'c'] (commas inside braces belong to options)."""
    items, depth, current = [], 0, ""
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        items.append(current.strip())
    return items


def make_pass(spec: str):
    """A pass instance from `name` or `name{option=value,...}`; ValueError when invalid."""
    from hlox.pipeline import PASSES

    name, _, rest = spec.partition("{")
    name = name.strip()
    if name not in PASSES:
        raise ValueError(f"unknown pass '{name}' (known: {', '.join(PASSES)})")
    cls = PASSES[name]
    fields = {f.name: f for f in dataclasses.fields(cls)}
    options = {}
    if rest:
        if not rest.endswith("}"):
            raise ValueError(f"pass '{spec}': options must end with '}}'")
        for item in filter(None, (s.strip() for s in rest[:-1].split(","))):
            key, eq, value = item.partition("=")
            key = key.strip().replace("-", "_")
            if key not in fields or not eq:
                raise ValueError(f"pass '{name}' has no option '{key}' (options: "
                                 f"{', '.join(fields) or 'none'})")
            options[key] = _convert(value.strip(), fields[key].type, f"{name}.{key}")
    return cls(**options)


def _convert(value: str, type_name, what: str):
    type_name = str(type_name)
    try:
        if "bool" in type_name:
            if value.lower() not in ("true", "false", "1", "0"):
                raise ValueError
            return value.lower() in ("true", "1")
        if "int" in type_name:
            return int(value)
        if "float" in type_name:
            return float(value)
    except ValueError:
        raise ValueError(f"option {what}: cannot read '{value}' as {type_name}") from None
    return value


def run(args) -> int:
    from hlox.ir import print_module
    from hlox.pipeline import PASSES, PassRunner, optimize
    from hlox.tools.cli import UserError, load_module

    if args.list_passes:
        width = max(len(name) for name in PASSES)
        for name, cls in PASSES.items():
            print(f"{name:<{width}}  {cls.describe()}")
        return 0
    if not args.file:
        raise UserError("hlox opt: give an HLO file (or --list-passes)")
    module = load_module(args.file, args.fill_elided)
    options = _options(args)
    from hlox.dumps import Dumper

    dumper = Dumper(options, module.module_name)
    dumper.dump_before_optimizations(module)
    records: list[dict] = []  # every pass run, as hlox.compile records them
    if not args.passes:
        from hlox.tools.command import timed_stage

        with timed_stage("optimize"):  # for --timings
            module = optimize(module, options, dumper, records)
    else:
        try:
            passes = [make_pass(spec) for spec in split_pass_list(args.passes)]
        except ValueError as e:
            raise UserError(str(e)) from None
        runner = PassRunner(options, dumper, records)  # verifies, dumps and records each run
        runner.verify = True
        runner.disabled.clear()  # a pass named here runs whatever HLOX_FLAGS disables
        for hlo_pass in passes:
            changed = runner.run(hlo_pass, module)
            if args.print_after_all:
                print(f"// -----// after {hlo_pass.name} (changed: {str(changed).lower()})",
                      file=sys.stderr)
                print(print_module(module), file=sys.stderr)
    dumper.dump_after_optimizations(module)
    if dumper.enabled:  # as hlox.compile writes it, for the report's pass table
        dumper.dump_text("timings.json", json.dumps({"passes": records, "stages": {}}))
    sys.stdout.write(print_module(module))
    return 0


def _options(args):
    """The command line's options, with HLOX_FLAGS applied on top (as for every command)."""
    from hlox.options import CompileOptions, resolve_options

    fields = {"verify_passes": True}
    if args.dump_dir:
        fields["dump_dir"] = args.dump_dir
    if args.dump_pass_re:
        fields["dump_pass_re"] = args.dump_pass_re
    try:
        return resolve_options(CompileOptions(**fields))
    except ValueError as e:  # a bad HLOX_FLAGS value
        from hlox.tools.cli import UserError

        raise UserError(str(e)) from None
