"""The HTML report (tools/report.py), `hlox explore`, and the CLI's --timings / --report."""
from __future__ import annotations

import html
import io
import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from hlox.tools import command, report
from hlox.tools.cli import main

TRANSFORMER = Path(__file__).parents[1] / "fixtures" / "jax" / "transformer_block.hlo"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    """The transformer block compiled by the CLI with --dump-dir, --report and --timings."""
    root = tmp_path_factory.mktemp("report")
    dump_dir = root / "dumps"
    # A cache of its own, so this is a cold compile with a C build whatever ran before.
    saved = os.environ.get("HLOX_CACHE_DIR")
    os.environ["HLOX_CACHE_DIR"] = str(root / "cache")
    try:
        code = main(["compile", str(TRANSFORMER), "--dump-dir", str(dump_dir), "--report",
                     "--timings"])
    finally:
        os.environ["HLOX_CACHE_DIR"] = saved if saved is not None else ""
        if saved is None:
            del os.environ["HLOX_CACHE_DIR"]
    assert code == 0
    return dump_dir


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.append(attrs["id"])
        for key in ("href", "xlink:href"):
            if attrs.get(key):
                self.hrefs.append(attrs[key])


def _collect(page: str) -> _Collect:
    parser = _Collect()
    parser.feed(page)
    return parser


def _pass_dumps(dump_dir: Path) -> list[Path]:
    return [p for p in dump_dir.glob("module_*.after_*.hlo")
            if re.search(r"\.\d{4}\.after_", p.name)]


def _svg(page: str, css: str) -> str:
    match = re.search(rf'<svg[^>]*class="{css}".*?</svg>', page, re.S)
    assert match, f"no <svg class={css}>"
    return match.group()


# ---------------------------------------------------------------- the report of a real compile

def test_cli_writes_report_and_timings(compiled):
    page = (compiled / "report.html").read_text()
    timings = json.loads(next(compiled.glob("module_*.timings.json")).read_text())
    assert page.startswith("<!DOCTYPE html>")
    names = [p["name"] for p in timings["passes"]]
    assert "fusion" in names and "algsimp" in names
    assert {"parse", "optimize", "codegen"} <= set(timings["stages"])
    dumped = {int(p.name.split(".")[2]) for p in _pass_dumps(compiled)}
    assert {p["dump"] for p in timings["passes"] if p["dump"] is not None} == dumped


def test_report_has_every_section(compiled):
    page = report.build_report(compiled)
    ids = set(_collect(page).ids)
    assert {"summary", "passes", "graph", "kernels", "buffers", "hlo", "c"} <= ids
    assert "pass-before" in ids
    for dump in _pass_dumps(compiled):
        number = dump.name.split(".")[2]
        assert f"pass-{number}" in ids, dump.name
    assert "c-hlox_main" in ids
    assert 'class="code diff"' in page  # at least one pass changed the text


def test_pass_table_has_times_and_counts(compiled):
    page = report.build_report(compiled)
    table = re.search(r'<table class="passes">.*?</table>', page, re.S).group()
    assert re.search(r'href="#pass-0001">[^<]+</a></td><td class="num">[\d.]+ m?s<', table)
    fusion_row = re.search(r'<tr><td class="num">(\d{4})</td><td><a href="#pass-\1">fusion</a>'
                           r'.*?</tr>', table).group()
    counts = [int(n) for n in re.findall(r'<td class="num">(\d+)</td>', fusion_row)[1:]]
    instructions, kernels, fusions = counts[-3:]
    assert instructions > kernels >= fusions > 0
    assert "C build" in table or "c-build" in page


def test_every_link_resolves(compiled):
    page = report.build_report(compiled)
    found = _collect(page)
    ids = set(found.ids)
    assert len(ids) == len(found.ids), "duplicate ids"
    internal = [h for h in found.hrefs if h.startswith("#")]
    assert len(internal) > 100
    missing = sorted({h for h in internal if h[1:] not in ids})
    assert not missing, missing[:10]


def test_self_contained(compiled):
    page = report.build_report(compiled)
    found = _collect(page)
    assert not [t for t, a in found.tags if t in ("link", "img", "iframe", "object", "embed")]
    assert not [a for t, a in found.tags if t == "script" and "src" in a]
    assert not [h for h in found.hrefs if not h.startswith("#")]
    # the only URL is the SVG namespace, which is a name, not something fetched
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", page))
    assert urls <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}, urls


def test_kernels_link_to_hlo_and_c(compiled):
    page = report.build_report(compiled)
    c_source = next(compiled.glob("module_*.c")).read_text()
    c_functions = re.findall(r"^\S.*\bvoid (k_\w+)\(.*\{$", c_source, re.M)
    assert c_functions
    cards = re.findall(r'<div class="kernel" id="kernel-([^"]+)".*?</div></div>|'
                       r'<div class="kernel" id="kernel-([^"]+)".*?</ul></div>', page, re.S)
    assert cards
    for function in c_functions:
        assert f'href="#c-{function}"' in page, function
    fusion_card = re.search(r'<div class="kernel" id="kernel-(fusion[^"]*)".*?</ul></div>',
                            page, re.S).group()
    assert 'href="#comp-fused_computation' in fusion_card
    assert re.search(r'href="#c-k_fusion\w*"', fusion_card)
    assert len(re.findall(r'<li><a href="#hlo-', fusion_card)) >= 1


def test_builtin_graph_has_nodes_and_clusters(compiled):
    from hlox.ir import parse_module

    page = report.build_report(compiled, layout="builtin")
    svg = _svg(page, "graph")
    assert 'data-layout="builtin"' in svg
    module = parse_module(next(compiled.glob("module_*.after_optimizations.hlo")).read_text(),
                          "x")
    entry = list(module.entry_computation.instructions())
    fusions = [i for i in entry if i.opcode == "fusion"]
    inside = sum(1 for f in fusions for i in module.computation(f.attr("calls")).instructions()
                 if i.opcode != "parameter")
    assert svg.count('<g class="cluster"') == len(fusions) > 0
    assert svg.count('<g class="node"') == len(entry) - len(fusions) + inside
    assert svg.count('class="edge') > len(entry)
    for f in fusions:
        assert f'id="cluster-{f.hlo_name}"' in svg
        assert f'href="#kernel-{f.hlo_name}"' in svg


def test_graph_dot_source_has_clusters(compiled):
    from hlox.ir import parse_module

    module = parse_module(next(compiled.glob("module_*.after_optimizations.hlo")).read_text(),
                          "x")
    graph = report.build_graph(module, {})
    dot = report.graph_dot(graph)
    assert dot.count("subgraph cluster_") == len(graph.clusters)
    assert dot.strip().endswith("}")
    if shutil.which("dot") is None:
        return  # Graphviz is optional; the built-in layout is tested above
    svg = report.graph_svg(graph, "dot")
    assert 'data-layout="dot"' in svg
    assert svg.count('class="cluster"') == len(graph.clusters)
    assert 'href="#kernel-' in svg


def test_buffer_chart_one_box_per_buffer(compiled):
    page = report.build_report(compiled)
    svg = _svg(page, "buffers")
    lines = [line for line in next(compiled.glob("module_*.buffer-assignment.txt"))
             .read_text().splitlines() if line.startswith("buffer ")]
    boxes = re.findall(r'<g class="buf buf-(\w+)" id="buf-(\d+)"', svg)
    assert len(boxes) == len(lines) > 0
    assert sorted(int(b) for _, b in boxes) == list(range(len(lines)))
    assert 'id="buffer-peak"' in svg


# ---------------------------------------------------------------- pieces

def _plan_buffer(bid, label, nbytes, kind, place, offset, live):
    return {"id": bid, "label": label, "shape": "f32[4]{0}", "bytes": nbytes, "kind": kind,
            "place": place, "index": 0, "offset": offset, "strides": [1], "live": live}


PLAN = json.dumps({"arena_bytes": 4096, "steps": ["fusion", "fusion.1", "dot.3"], "spans": [],
                   "decisions": [], "buffers": [
    _plan_buffer(0, "x.1", 16, "param", "param", 0, [0, 1]),
    _plan_buffer(1, "result 0", 16, "result", "result", 0, [2, 2]),
    _plan_buffer(2, "fusion", 1024, "temp", "arena", 0, [0, 1]),
    _plan_buffer(3, "fusion/reduce.2", 2048, "temp", "arena", 1024, [1, 2]),
    _plan_buffer(4, "dot.3", 32, "temp", "arena", 0, [2, 2]),
    _plan_buffer(5, "dead.4", 32, "temp", "arena", 64, None)]})


def test_parse_memory_plan_and_peak():
    arena, buffers, steps = report.parse_memory_plan(PLAN)
    assert arena == 4096 and len(buffers) == 6 and steps == ["fusion", "fusion.1", "dot.3"]
    assert [b.kind for b in buffers] == ["param", "result", "temp", "temp", "temp", "temp"]
    assert buffers[3].instruction == "fusion" and buffers[3].offset == 1024
    assert buffers[5].first is None
    step, live_bytes, live = report.peak_of(buffers)
    assert (step, live_bytes) == (1, 3072)
    assert {b.label for b in live} == {"fusion", "fusion/reduce.2"}
    svg = report.buffer_chart_svg(arena, buffers, steps)
    assert svg.count('<g class="buf ') == 6
    assert "peak: 3072 B live" in svg


def test_highlighting_escapes_everything():
    lines = report.highlight_lines('a = f32[2]{0} add(b, c) /* <script>"x"</script> */\n',
                                   report._HLO_TOKENS)
    assert len(lines) == 1 and "<script>" not in lines[0]
    assert '<span class="t-shape">f32[2]{0}</span>' in lines[0]
    assert '<span class="t-opcode">add</span>' in lines[0]
    c = report.c_listing('/* a\n b */\nstatic void k_x(float *restrict p) {\n  p[0] = 1.0f;\n}\n'
                         'int hlox_main(void **params, void **results, void *arena) {\n'
                         '  k_x(0);\n  return 0;\n}\n')
    assert c.count('class="t-comment"') == 2  # a comment over two lines: one span per line
    assert 'id="c-k_x"' in c and 'href="#c-k_x"' in c


def test_find_modules_sets_stale_dumps_aside(tmp_path):
    import os

    for suffix in ("before_optimizations.hlo", "0001.after_algsimp.hlo",
                   "0002.after_fusion.hlo", "c"):
        (tmp_path / f"module_0001.m.{suffix}").write_text("x")
    (tmp_path / "module_0002.other.before_optimizations.hlo").write_text("x")
    (tmp_path / "notes.txt").write_text("not a dump")
    old = (tmp_path / "module_0001.m.0002.after_fusion.hlo")
    before = (tmp_path / "module_0001.m.before_optimizations.hlo").stat().st_mtime_ns
    os.utime(old, ns=(before - 10**9, before - 10**9))
    modules = report.find_modules(tmp_path)
    assert [m.prefix for m in modules] == ["module_0001.m", "module_0002.other"]
    assert [p.name for p in modules[0].passes] == ["algsimp"]
    assert modules[0].stale == [old]
    assert report.pick_module(modules, "other").module_id == 2
    assert report.pick_module(modules, "0001").name == "m"
    with pytest.raises(LookupError):
        report.pick_module(modules, "nope")


def test_recorder_progress_only_after_a_second():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    stream = Terminal()
    recorder = command.CompileRecorder("compile x.hlo", stream)
    recorder.PROGRESS_AFTER = 0.0
    import time

    with recorder:
        recorder.current = "fusion"
        time.sleep(0.5)
    out = stream.getvalue()
    assert "compile x.hlo fusion" in out and out.endswith("\r\033[K")
    quiet = Terminal()
    with command.CompileRecorder("compile x.hlo", quiet):
        time.sleep(0.3)
    assert quiet.getvalue() == ""


def test_recorder_patches_nothing_and_listens_through_the_hooks():
    from hlox import hooks, pipeline
    from hlox.ir import parse_module
    from hlox.options import CompileOptions

    before = pipeline.PassRunner.run, pipeline.optimize
    with command.CompileRecorder("opt x.hlo") as recorder:
        assert (pipeline.PassRunner.run, pipeline.optimize) == before
        assert hooks.compile_progress.get() is not None
        pipeline.optimize(parse_module(TRANSFORMER.read_text()), CompileOptions())
        assert recorder.current.startswith("pass ")
    assert hooks.compile_progress.get() is None and hooks.pass_records.get() is None
    names = [p.name for p in recorder.passes]  # the expanders first, then canonicalization
    start = names.index("call-inliner")
    assert names[start:start + 2] == ["call-inliner", "algsimp"]
    assert all(n.endswith(("expander", "inliner", "decomposer", "values", "reductions"))
               for n in names[:start]), names[:start]
    assert "pass  fusion" in recorder.format()


def test_opt_passes_write_timings_json(tmp_path, capsys):
    dump_dir = tmp_path / "d"
    assert main(["opt", str(TRANSFORMER), "--passes", "algsimp,dce",
                 "--dump-dir", str(dump_dir)]) == 0
    capsys.readouterr()
    timings = json.loads(next(dump_dir.glob("module_*.timings.json")).read_text())
    assert [p["name"] for p in timings["passes"]] == ["algsimp", "dce"]
    dumped = {int(p.name.split(".")[2]) for p in _pass_dumps(dump_dir)}
    assert {p["dump"] for p in timings["passes"] if p["dump"] is not None} == dumped


# ---------------------------------------------------------------- the CLI

def test_explore_command(compiled, tmp_path, capsys):
    out = tmp_path / "r.html"
    assert main(["explore", str(compiled), "-o", str(out), "--layout", "builtin"]) == 0
    assert 'data-layout="builtin"' in out.read_text()
    assert main(["explore", str(tmp_path / "missing")]) == 1
    assert main(["explore", str(tmp_path)]) == 1  # no dumps there
    err = capsys.readouterr().err
    assert "no such directory" in err and "no hlox dumps" in err
    assert "Traceback" not in err


def test_timings_and_no_progress_when_not_a_terminal(capsys):
    assert main(["parse", str(TRANSFORMER), "--timings"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("timings:") and "stage parse" in err
    # --threads 3: options no other test compiles with, so this compile runs the passes
    assert main(["run", str(TRANSFORMER), "--timings", "--threads", "3"]) == 0
    err = capsys.readouterr().err
    assert "pass  fusion" in err and "stage codegen" in err
    assert main(["run", str(TRANSFORMER), "--timings", "--threads", "3"]) == 0
    assert "cache hit" in capsys.readouterr().err
    assert main(["run", str(TRANSFORMER)]) == 0
    assert capsys.readouterr().err == ""  # stderr is not a terminal here: no progress
    assert main(["opt", str(TRANSFORMER), "--passes", "algsimp,dce", "--timings"]) == 0
    err = capsys.readouterr().err
    assert "pass  algsimp" in err and "pass  dce" in err


def test_report_without_dump_dir(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["run", str(TRANSFORMER), "--report"]) == 0
    written = list(tmp_path.glob("*.report.html"))
    assert len(written) == 1 and "jit_transformer_block" in written[0].name
    assert main(["run", str(TRANSFORMER), "--report", "--evaluator"]) == 1
    assert "--evaluator" in capsys.readouterr().err


def _commands() -> list[str]:
    from hlox.tools.cli import build_parser

    parser = build_parser()
    return [name for action in parser._actions if hasattr(action, "choices")
            and isinstance(action.choices, dict) for name in action.choices]


@pytest.mark.parametrize("command", _commands())
def test_every_help_has_an_example_and_exit_codes(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    text = capsys.readouterr().out
    assert "example:" in text and "exit codes:" in text and "--timings" in text
    if command in ("run", "compile"):
        assert "--report" in text


def test_html_escape_of_names():
    assert report._esc('a"<b>') == html.escape('a"<b>', quote=True)


def test_report_of_partial_dumps(compiled, tmp_path):
    """`hlox opt --dump-dir` writes no C and no buffer assignment: the report says so."""
    for dump in sorted(compiled.glob("module_*"))[:3]:
        if dump.name.endswith((".hlo", ".timings.json")):
            shutil.copy(dump, tmp_path / dump.name)
    (tmp_path / "module_9999.other.before_optimizations.hlo").write_text(
        "HloModule other\n\nENTRY main {\n  ROOT p = f32[2]{0} parameter(0)\n}\n")
    prefix = report.find_modules(compiled)[0].prefix  # module numbers count per process
    page = report.build_report(tmp_path, prefix)
    found = _collect(page)
    assert not [h for h in found.hrefs if h.startswith("#") and h[1:] not in found.ids]
    assert "no C dump" in page and "no buffer-assignment.json dump" in page
    assert "module_9999.other" in page  # the other module is named
    other = report.build_report(tmp_path)  # the newest: the one written last
    assert "<h1 id=\"summary\">other</h1>" in other


def test_kernel_functions_from_loop_ir_or_names():
    c_source = ("__attribute__((noinline)) static void k_fusion_8(float *b0) {\n}\n"
                "static void k_dot_1(float *b0) {\n}\nvoid k_proto(float *b0);\n")
    short = "kernel.func @k_fusion_8 // fusion.8\n"
    generic = '"kernel.func"() <{sym_name = "k_fusion_8", source = "fusion.8"}> ({\n'
    printed = 'kernel.func "k_fusion_8" attributes {source = "fusion.8"} {\n'
    for loops in (short, generic, printed):
        assert report.kernel_functions(loops, c_source) == {"fusion.8": "k_fusion_8"}
    by_rule = report.kernel_functions(None, c_source, ["fusion.8", "dot.1", "absent.2"])
    assert by_rule == {"fusion.8": "k_fusion_8", "dot.1": "k_dot_1"}


def test_report_of_a_failed_c_build(tmp_path, monkeypatch, capsys):
    from hlox.runtime import build
    from hlox.runtime.build import CBuildError

    def broken(*args, **kwargs):
        raise CBuildError("cc: error: something the test made up")

    monkeypatch.setattr(build, "build_shared_library", broken)
    monkeypatch.setenv("HLOX_CACHE_DIR", "")  # so the C build is not skipped
    dump_dir = tmp_path / "d"
    assert main(["compile", str(TRANSFORMER), "--threads", "7", "--dump-dir", str(dump_dir),
                 "--report"]) == 2
    err = capsys.readouterr().err
    assert "something the test made up" in err and "report of the failed compilation" in err
    page = (dump_dir / "report.html").read_text()
    assert 'id="c-hlox_main"' in page  # the C that did not build is in the report


