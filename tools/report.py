"""The HTML report of a compilation, built from its dump directory (`hlox explore`, `--report`).

    report = build_report("/tmp/d")            # the last module dumped there
    write_report("/tmp/d", "report.html")

One self-contained file (inline CSS, inline script, inline SVG; nothing fetched) with
- the pass list: each pass's time (when `timings.json` is there) and the instruction and
  kernel counts after it, counted by parsing each `NNNN.after_<pass>.hlo` dump;
- each pass's IR and its diff against the one before;
- the optimized graph with fusions drawn as clusters (Graphviz `dot` when installed, a
  built-in layered layout otherwise), each kernel linked to its HLO and its C;
- the buffer assignment as a chart: arena offset against live range, peak marked;
- the generated C, highlighted.

Element ids the parts link through (tests check that every `href="#..."` resolves):
`pass-NNNN`, `hlo-<instruction>` and `comp-<computation>` (optimized HLO), `kernel-<name>`
(kernel cards), `node-<name>` / `cluster-<name>` (graph), `c-<function>` (C source),
`buf-<id>` (buffer boxes).

Nothing from the dumps reaches the page unescaped: every piece of text goes through
`html.escape`, ids included.

Compile-time instrumentation for the CLI (`--timings`, `--report`, progress) is in
tools/command.py (`CompileRecorder`, listening through the compiler's hooks), which imports
this module only when a report is asked for. The driver writes each pass
run and its stage times as `module_NNNN.<name>.timings.json` beside the dumps, which the
pass table reads:

    {"passes": [{"name": "algsimp", "seconds": 0.012, "changed": true, "dump": 2}, ...],
     "stages": {"parse": 0.05, "optimize": 0.2, "codegen": 0.06, "c-build": 1.5}}

`passes` lists every pass run in order (`dump` is the NNNN of its after_<pass> dump, null
when it changed nothing); without the file the table shows counts only.
"""
from __future__ import annotations

import difflib
import html
import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

# ---------------------------------------------------------------- finding the dumps

_DUMP_RE = re.compile(r"^module_(\d{4})\.(.+?)\.(?:(\d{4})\.after_(.+)\.(hlo|mlir)|"
                      r"(before_optimizations\.hlo|after_optimizations\.hlo|"
                      r"buffer-assignment\.txt|buffer-assignment\.json|c|loops\.mlir|timings\.json))$")


@dataclass
class PassDump:
    number: int
    name: str
    path: Path


@dataclass
class ModuleDumps:
    """The dump files of one compiled module (`module_NNNN.<name>.*`)."""

    module_id: int
    name: str
    directory: Path
    passes: list[PassDump] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)  # "c", "buffer-assignment.txt", ...
    stale: list[Path] = field(default_factory=list)

    @property
    def prefix(self) -> str:
        return f"module_{self.module_id:04d}.{self.name}"

    def text(self, kind: str) -> str | None:
        path = self.files.get(kind)
        return path.read_text(encoding="utf-8", errors="replace") if path else None


def find_modules(dump_dir: str | Path) -> list[ModuleDumps]:
    """Every module dumped in `dump_dir`, by module number.

    Module numbers restart in every process, so a directory used twice can hold per-pass
    dumps left from an earlier run under the same prefix: those older than the module's
    `before_optimizations.hlo` are set aside as stale."""
    directory = Path(dump_dir)
    if not directory.is_dir():
        raise FileNotFoundError("no such directory")
    modules: dict[str, ModuleDumps] = {}
    for path in sorted(directory.iterdir()):
        match = _DUMP_RE.match(path.name)
        if not match or not path.is_file():
            continue
        module_id, name, number, pass_name, _ext, kind = match.groups()
        dumps = modules.setdefault(f"{module_id}.{name}",
                                   ModuleDumps(int(module_id), name, directory))
        if number is not None:
            dumps.passes.append(PassDump(int(number), pass_name, path))
        else:
            dumps.files[kind] = path
    for dumps in modules.values():
        before = dumps.files.get("before_optimizations.hlo")
        if before is not None:
            start = before.stat().st_mtime_ns
            fresh = [p for p in dumps.passes if p.path.stat().st_mtime_ns >= start]
            dumps.stale = [p.path for p in dumps.passes if p not in fresh]
            dumps.passes = fresh
        dumps.passes.sort(key=lambda p: p.number)
    return sorted(modules.values(), key=lambda m: (m.module_id, m.name))


def pick_module(modules: list[ModuleDumps], which: str | None = None) -> ModuleDumps:
    """`which` is a module number, a name or a prefix; by default the newest compiled one."""
    if not modules:
        raise LookupError("no hlox dumps (module_NNNN.<name>.*) in this directory")
    if which is None:
        def newest(m: ModuleDumps) -> int:
            path = m.files.get("before_optimizations.hlo") or next(iter(m.files.values()), None)
            return path.stat().st_mtime_ns if path else 0
        return max(modules, key=newest)
    for m in modules:
        if which in (str(m.module_id), f"{m.module_id:04d}", m.name, m.prefix):
            return m
    names = ", ".join(m.prefix for m in modules)
    raise LookupError(f"no module '{which}' in this directory (there are: {names})")


# ---------------------------------------------------------------- reading the dumps



@dataclass
class IrCounts:
    instructions: int  # in every computation
    kernels: int  # entry instructions that run code: fusions and unfused heavy ops
    fusions: int


def count_ir(text: str) -> IrCounts | None:
    """Counts of one HLO dump; None when it does not parse (e.g. an `.mlir` dump)."""
    from hlox.ir import parse_module
    from hlox.ir.errors import HloError
    from hlox.ir.opcodes import traits

    try:
        module = parse_module(text, "<dump>", fill_elided_constants=True)
    except (HloError, ValueError):
        return None
    instructions = sum(len(list(c.instructions())) for c in module.computations())
    entry = list(module.entry_computation.instructions())
    kernels = sum(1 for i in entry if traits(i.opcode).kernel)
    fusions = sum(1 for i in entry if i.opcode == "fusion")
    return IrCounts(instructions, kernels, fusions)


@dataclass
class Buffer:
    id: int
    label: str
    shape: str
    nbytes: int
    kind: str  # "temp" (in the arena), "param", "result", "const"
    offset: int | None  # arena offset of a temp
    first: int | None  # live range: schedule positions (the plan's steps)
    last: int | None

    @property
    def instruction(self) -> str:
        """The instruction that defines it (`fusion.8/reduce_max.7` lives in `fusion.8`)."""
        return self.label.split("/", 1)[0]


def parse_memory_plan(text: str) -> tuple[int, list[Buffer], list[str]]:
    """The memory plan dump (`buffer-assignment.json`, `MemoryPlan.to_json`): the arena size,
    the buffers and the schedule positions' steps (what runs at each)."""
    plan = json.loads(text)
    buffers = []
    for b in plan["buffers"]:
        # views and temporaries placed inside a result get lanes of their own
        kind = ("view" if "view_of" in b else "temp" if b["place"] == "arena"
                else "scratch" if b["kind"] == "temp" else b["kind"])
        live = b.get("live")
        buffers.append(Buffer(b["id"], b["label"], b["shape"], b["bytes"], kind,
                              b["offset"] if kind == "temp" else None,
                              live[0] if live else None, live[1] if live else None))
    return plan["arena_bytes"], buffers, list(plan["steps"])


# A kernel's definition: one line from its return type to `{`, whatever attributes and
# storage class come first (`__attribute__((noinline)) static void k_fusion_3(...) {`).
_C_KERNEL_DEF = re.compile(r"^(?!\s)[^\n;]*\bvoid\s+(k_\w+)\s*\([^\n;]*\{\s*$", re.M)
_C_MAIN_DEF = re.compile(r"^(?!\s)[^\n;]*\bint\s+(hlox_main)\s*\([^\n;]*\{\s*$", re.M)


def c_kernel_functions(c_source: str | None) -> list[str]:
    """The kernels the C source defines, in order."""
    return _C_KERNEL_DEF.findall(c_source or "")


def kernel_functions(loops_mlir: str | None, c_source: str | None,
                     names: list[str] | None = None) -> dict[str, str]:
    """HLO instruction name -> C function.

    From the loop-level IR when it names them (`kernel.func "k_x" attributes {source =
    "name"}`, as printed now; `kernel.func @k_x // name`, or the generic form
    `"kernel.func"() <{sym_name = "k_x", source = "name"}>`), else by the emitter's naming
    rule (`k_` + the name with every other character than [A-Za-z0-9_] made `_`) applied to
    `names`, kept where the C defines that function."""
    table: dict[str, str] = {}
    text = loops_mlir or ""
    for match in re.finditer(r"kernel\.func @(\w+) // (\S+)", text):
        table[match.group(2)] = match.group(1)
    for match in re.finditer(r'kernel\.func "(\w+)" attributes \{source = "([^"]*)"\}', text):
        table[match.group(2)] = match.group(1)
    for match in re.finditer(r'"kernel\.func"\(\) <\{([^}]*)\}>', text):
        fields = dict(re.findall(r'(\w+) = "([^"]*)"', match.group(1)))
        if "sym_name" in fields and "source" in fields:
            table[fields["source"]] = fields["sym_name"]
    defined = set(c_kernel_functions(c_source))
    if c_source:
        table = {name: f for name, f in table.items() if f in defined}
        for name in names or ():
            function = "k_" + re.sub(r"[^A-Za-z0-9_]", "_", name)
            if name not in table and function in defined:
                table[name] = function
    return table


# ---------------------------------------------------------------- highlighting

_HLO_TOKENS = re.compile(r"""
    (?P<comment>/\*.*?\*/|//[^\n]*)
  | (?P<string>"(?:[^"\\\n]|\\.)*")
  | (?P<shape>\b(?:pred|s4|s8|s16|s32|s64|u4|u8|u16|u32|u64|f16|bf16|f32|f64|c64|c128|
               f8e4m3fn|f8e5m2|token)\[[^\]]*\](?:\{[^}\n]*\})?)
  | (?P<keyword>\b(?:ROOT|ENTRY|HloModule)\b)
  | (?P<opcode>\b[a-z][\w\-]*(?=\())
  | (?P<attr>\b[a-z_]+(?==))
  | (?P<number>\b-?\d+(?:\.\d+)?(?:e[+-]?\d+)?\b)
  | (?P<ident>%?[A-Za-z_][\w.\-]*)
""", re.X | re.S)

_C_TOKENS = re.compile(r"""
    (?P<comment>/\*.*?\*/|//[^\n]*)
  | (?P<preproc>^[ \t]*\#[^\n]*)
  | (?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)')
  | (?P<keyword>\b(?:static|inline|void|int|unsigned|signed|long|short|char|float|double|
                 const|restrict|for|while|do|if|else|return|sizeof|struct|typedef|
                 _Float16|__attribute__|int8_t|int16_t|int32_t|int64_t|uint8_t|uint16_t|
                 uint32_t|uint64_t|size_t|ptrdiff_t)\b)
  | (?P<kernel>\bk_\w+\b)
  | (?P<number>\b(?:0x[0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)[uUlLfF]*\b)
""", re.X | re.S | re.M)


def highlight_lines(text: str, tokens: re.Pattern, link=None) -> list[str]:
    """HTML for each line of `text`, tokens wrapped in `<span class="t-KIND">`.

    `link(kind, token)` may return an id to link the token to (`<a href="#id">`)."""
    lines, current = [], []
    position = 0

    def add(fragment: str, kind: str | None, target: str | None = None) -> None:
        for i, piece in enumerate(fragment.split("\n")):
            if i:
                lines.append("".join(current))
                current.clear()
            if not piece:
                continue
            escaped = html.escape(piece)
            if kind:
                escaped = f'<span class="t-{kind}">{escaped}</span>'
            if target:
                escaped = f'<a href="#{html.escape(target)}">{escaped}</a>'
            current.append(escaped)

    for match in tokens.finditer(text):
        add(text[position:match.start()], None)
        kind = match.lastgroup
        add(match.group(), kind, link(kind, match.group()) if link else None)
        position = match.end()
    add(text[position:], None)
    lines.append("".join(current))
    if lines and lines[-1] == "" and text.endswith("\n"):
        lines.pop()
    return lines


_HLO_DEF = re.compile(r"^\s*(?:ROOT\s+)?%?([^\s=]+)\s*=")
_HLO_COMP = re.compile(r"^(?:ENTRY\s+)?%?([^\s{(=]+)\s*(?:\([^{]*)?\{\s*$")


def code_block(lines: list[str], ids: dict[int, str] | None = None, css: str = "code") -> str:
    """A numbered listing; `ids` gives some lines (0-based) an anchor id."""
    ids = ids or {}
    rows = []
    for i, line in enumerate(lines):
        anchor = f' id="{html.escape(ids[i])}"' if i in ids else ""
        rows.append(f'<span class="ln"{anchor}><i>{i + 1}</i>{line}</span>')
    return f'<pre class="{css}">' + "".join(rows) + "</pre>"  # rows are display:block


def hlo_listing(text: str, anchors: bool = False) -> str:
    """HLO text, highlighted; with `anchors`, each definition gets an id (`hlo-<name>`,
    `comp-<computation>`) and each use of a name links to its definition."""
    ids: dict[int, str] = {}
    if anchors:
        for i, raw in enumerate(text.splitlines()):
            match = _HLO_DEF.match(raw)
            comp = _HLO_COMP.match(raw)
            anchor = (f"hlo-{match.group(1).lstrip('%')}" if match else
                      f"comp-{comp.group(1)}" if comp and not raw.startswith("HloModule")
                      else None)
            if anchor and anchor not in ids.values():
                ids[i] = anchor
    defined = set(ids.values())

    def link(kind: str, token: str) -> str | None:
        if kind != "ident":
            return None
        name = token.lstrip("%")
        return next((a for a in (f"hlo-{name}", f"comp-{name}") if a in defined), None)

    lines = highlight_lines(text, _HLO_TOKENS, link if anchors else None)
    return code_block(lines, ids, "code hlo")


def c_listing(source: str, kernel_cards: dict[str, str] | None = None) -> str:
    """C source, highlighted: calls link to the kernel's definition, a definition to the
    kernel's card (`kernel_cards`: C function -> id of its card)."""
    kernel_cards = kernel_cards or {}
    defined = set(c_kernel_functions(source))

    def link(kind: str, token: str) -> str | None:
        return f"c-{token}" if kind == "kernel" and token in defined else None

    lines = highlight_lines(source, _C_TOKENS, link)
    ids = {}
    for i, raw in enumerate(source.splitlines()):
        match = _C_KERNEL_DEF.match(raw) or _C_MAIN_DEF.match(raw)
        if match:
            ids[i] = f"c-{match.group(1)}"
            # a definition links to its kernel's card (HLO, graph), not to itself
            card = kernel_cards.get(match.group(1))
            lines[i] = lines[i].replace(f'<a href="#c-{match.group(1)}">',
                                        f'<a href="#{_esc(card)}">' if card else "<a>", 1)
    return code_block(lines, ids, "code c")


def diff_listing(before: str, after: str) -> str:
    diff = list(difflib.unified_diff(before.splitlines(), after.splitlines(), "before", "after",
                                     n=3, lineterm=""))
    if not diff:
        return '<p class="muted">no change in the text</p>'
    rows = []
    for line in diff[2:]:
        css = {"+": "add", "-": "del", "@": "hunk"}.get(line[:1], "ctx")
        rows.append(f'<span class="d-{css}">{html.escape(line)}</span>')
    return '<pre class="code diff">' + "".join(rows) + "</pre>"


# ---------------------------------------------------------------- the graph

_CATEGORY_COLORS = {
    "parameter": "#e8e8e8", "constant": "#f3f3f3", "heavy": "#ffd8a8", "reduce": "#e5d4f7",
    "movement": "#d3f0d8", "elementwise": "#d6e6fb", "other": "#fff3bf",
}
def _category(opcode: str) -> str:
    from hlox.ir.opcodes import traits

    return traits(opcode).category


@dataclass
class GNode:
    name: str
    opcode: str
    shape: str
    operands: list[str]
    cluster: str | None = None  # the fusion instruction this node is inside
    # layout
    width: float = 0.0
    height: float = 0.0
    x: float = 0.0
    y: float = 0.0


@dataclass
class GCluster:
    name: str  # the fusion instruction
    kind: str
    computation: str
    function: str | None  # its C function
    root: str = ""  # the fused computation's root instruction
    nodes: list[GNode] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)  # entry instructions it reads
    param_users: dict[int, list[str]] = field(default_factory=dict)  # param number -> users


@dataclass
class Graph:
    nodes: list[GNode]  # entry-level nodes that are not fusions
    clusters: list[GCluster]
    root: str
    order: list[str]  # every entry instruction's name, in the entry computation's order


def build_graph(module, functions: dict[str, str]) -> Graph:
    entry = module.entry_computation
    nodes, clusters = [], []
    order = [inst.hlo_name for inst in entry.instructions()]
    for inst in entry.instructions():
        operands = [v.owner.hlo_name for v in inst.operands]
        if inst.opcode == "fusion":
            computation = inst.attr("calls")
            cluster = GCluster(inst.hlo_name, str(inst.attr("kind", "")), computation,
                               functions.get(inst.hlo_name),
                               module.computation(computation).root.hlo_name, inputs=operands)
            for inner in module.computation(computation).instructions():
                inner_operands = [v.owner.hlo_name for v in inner.operands]
                if inner.opcode == "parameter":
                    cluster.param_users[inner.attr("parameter_number")] = []
                    continue
                cluster.nodes.append(GNode(inner.hlo_name, inner.opcode, str(inner.shape),
                                           inner_operands, cluster=inst.hlo_name))
            params = {i.hlo_name: i.attr("parameter_number")
                      for i in module.computation(computation).instructions()
                      if i.opcode == "parameter"}
            inside = {n.name for n in cluster.nodes}
            for node in cluster.nodes:
                for op in node.operands:
                    if op in params:
                        cluster.param_users[params[op]].append(node.name)
                node.operands = [op for op in node.operands if op in inside]
            clusters.append(cluster)
        else:
            nodes.append(GNode(inst.hlo_name, inst.opcode, str(inst.shape), operands))
    return Graph(nodes, clusters, entry.root.hlo_name, order)


def _text_width(text: str, char_width: float = 6.6) -> float:
    return len(text) * char_width


def _node_size(node: GNode) -> None:
    node.width = max(_text_width(node.name), _text_width(f"{node.opcode} {node.shape}", 5.6),
                     40) + 16
    node.height = 32


def layered_layout(items: list, preds: dict[str, list[str]], gap_x: float = 16,
                   gap_y: float = 26) -> tuple[float, float]:
    """Place boxes (objects with name/width/height/x/y) in layers, producers above users.

    Longest-path layering (sources pulled down next to their first user), a few
    barycenter sweeps to order each layer, then each box placed near the mean of its
    producers. Returns the width and height of the picture."""
    by_name = {item.name: item for item in items}
    preds = {name: [p for p in preds.get(name, []) if p in by_name] for name in by_name}
    succs: dict[str, list[str]] = {name: [] for name in by_name}
    for name, ps in preds.items():
        for p in ps:
            succs[p].append(name)
    layer: dict[str, int] = {}
    for item in items:  # items come in a topological order (HLO text order)
        layer[item.name] = 1 + max((layer[p] for p in preds[item.name] if p in layer),
                                   default=-1)
    for item in reversed(items):  # a source sits just above its first user
        if not preds[item.name] and succs[item.name]:
            layer[item.name] = max(0, min(layer[s] for s in succs[item.name]) - 1)
    depth = max(layer.values(), default=-1) + 1
    layers: list[list[str]] = [[] for _ in range(depth)]
    for item in items:
        layers[layer[item.name]].append(item.name)
    position = {name: i for row in layers for i, name in enumerate(row)}

    def sweep(rows, neighbours):
        for row in rows:
            def key(name):
                around = [position[n] for n in neighbours[name]]
                return sum(around) / len(around) if around else position[name]
            row.sort(key=key)
            for i, name in enumerate(row):
                position[name] = i

    for _ in range(4):
        sweep(layers[1:], preds)
        sweep(list(reversed(layers[:-1])), succs)

    y, width = 0.0, 0.0
    for row in layers:
        height = max(by_name[n].height for n in row)
        cursor = 0.0
        for name in row:
            item = by_name[name]
            centers = [by_name[p].x + by_name[p].width / 2 for p in preds[name]]
            wanted = sum(centers) / len(centers) - item.width / 2 if centers else cursor
            item.x = max(cursor, wanted)
            item.y = y
            cursor = item.x + item.width + gap_x
        width = max(width, cursor - gap_x)
        y += height + gap_y
    return width, max(0.0, y - gap_y)


@dataclass
class _Box:
    """A cluster as one box of the entry-level layout."""
    name: str
    width: float
    height: float
    x: float = 0.0
    y: float = 0.0


_CLUSTER_PAD, _CLUSTER_HEAD = 10.0, 24.0


def _esc(text) -> str:
    return html.escape(str(text), quote=True)


def _node_svg(node: GNode, dx: float, dy: float) -> str:
    fill = _CATEGORY_COLORS[_category(node.opcode)]
    x, y = node.x + dx, node.y + dy
    shape = (f'<ellipse cx="{x + node.width / 2:.1f}" cy="{y + node.height / 2:.1f}" '
             f'rx="{node.width / 2:.1f}" ry="{node.height / 2:.1f}" fill="{fill}" '
             f'stroke="#555"/>' if node.opcode == "parameter" else
             f'<rect x="{x:.1f}" y="{y:.1f}" width="{node.width:.1f}" height="{node.height:.1f}" '
             f'rx="4" fill="{fill}" stroke="#555"/>')
    return (f'<g class="node" id="node-{_esc(node.name)}" data-name="{_esc(node.name)}">'
            f'<a href="#hlo-{_esc(node.name)}"><title>{_esc(node.name)} = {_esc(node.shape)} '
            f'{_esc(node.opcode)}(...)</title>{shape}'
            f'<text x="{x + node.width / 2:.1f}" y="{y + 13:.1f}" class="n1">'
            f'{_esc(node.name)}</text>'
            f'<text x="{x + node.width / 2:.1f}" y="{y + 26:.1f}" class="n2">{_esc(node.opcode)} '
            f'{_esc(node.shape)}</text></a></g>')


def _edge_svg(x1: float, y1: float, x2: float, y2: float, css: str = "edge") -> str:
    mid = (y1 + y2) / 2
    return (f'<path class="{css}" d="M{x1:.1f},{y1:.1f} C{x1:.1f},{mid:.1f} {x2:.1f},{mid:.1f} '
            f'{x2:.1f},{y2 - 2:.1f}" marker-end="url(#arrow)"/>')


def graph_svg_builtin(graph: Graph) -> str:
    """The graph laid out here (no Graphviz): clusters laid out inside, then as boxes."""
    boxes: list = []
    cluster_of: dict[str, GCluster] = {c.name: c for c in graph.clusters}
    for cluster in graph.clusters:
        for node in cluster.nodes:
            _node_size(node)
        inner_w, inner_h = layered_layout(cluster.nodes, {n.name: n.operands
                                                          for n in cluster.nodes},
                                          gap_x=10, gap_y=16)
        head = f"{cluster.name} ({cluster.kind}) C"
        boxes.append(_Box(cluster.name, max(inner_w, _text_width(head) + 20) + 2 * _CLUSTER_PAD,
                          inner_h + 2 * _CLUSTER_PAD + _CLUSTER_HEAD))
    for node in graph.nodes:
        _node_size(node)
    entry_items = []
    box_by_name = {b.name: b for b in boxes}
    plain = {n.name: n for n in graph.nodes}
    preds = {}
    # keep HLO order: nodes and clusters interleaved as the entry computation lists them
    for name in graph.order:
        entry_items.append(box_by_name.get(name) or plain[name])
        preds[name] = (cluster_of[name].inputs if name in cluster_of else plain[name].operands)
    width, height = layered_layout(entry_items, preds, gap_x=24, gap_y=36)
    margin = 12.0
    parts = []
    for item in entry_items:  # edges first, so boxes cover their ends
        for p in preds[item.name]:
            source = box_by_name.get(p) or plain.get(p)
            if source is None:
                continue
            parts.append(_edge_svg(source.x + source.width / 2 + margin,
                                   source.y + source.height + margin,
                                   item.x + item.width / 2 + margin, item.y + margin))
    for cluster in graph.clusters:
        box = box_by_name[cluster.name]
        x, y = box.x + margin, box.y + margin
        dx, dy = x + _CLUSTER_PAD, y + _CLUSTER_PAD + _CLUSTER_HEAD
        inner = []
        inside = {n.name: n for n in cluster.nodes}
        for node in cluster.nodes:
            for op in node.operands:
                src = inside[op]
                inner.append(_edge_svg(src.x + src.width / 2 + dx, src.y + src.height + dy,
                                       node.x + node.width / 2 + dx, node.y + dy, "edge inner"))
        inner.extend(_node_svg(node, dx, dy) for node in cluster.nodes)
        c_link = (f'<a href="#c-{_esc(cluster.function)}" class="clink"><text x="'
                  f'{x + box.width - 10:.1f}" y="{y + 17:.1f}" class="chead c">C</text></a>'
                  if cluster.function else "")
        parts.append(
            f'<g class="cluster" id="cluster-{_esc(cluster.name)}" '
            f'data-name="{_esc(cluster.name)}">'
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{box.width:.1f}" height="{box.height:.1f}" '
            f'rx="8" class="cbox"/>'
            f'<a href="#kernel-{_esc(cluster.name)}"><title>{_esc(cluster.name)}: '
            f'{len(cluster.nodes)} instructions, {_esc(cluster.computation)}</title>'
            f'<text x="{x + 10:.1f}" y="{y + 17:.1f}" class="chead">{_esc(cluster.name)} '
            f'({_esc(cluster.kind)})</text></a>{c_link}' + "".join(inner) + "</g>")
    parts.extend(_node_svg(node, margin, margin) for node in graph.nodes)
    w, h = width + 2 * margin, height + 2 * margin
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="graph" width="{w:.0f}" '
            f'height="{h:.0f}" viewBox="0 0 {w:.0f} {h:.0f}" data-layout="builtin">'
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
            'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
            'fill="#666"/></marker></defs>' + "".join(parts) + "</svg>")


def _dot_quote(*lines: str) -> str:
    """A Graphviz string of one or more lines (`\\n` between them)."""
    escaped = (str(line).replace("\\", "\\\\").replace('"', '\\"') for line in lines)
    return '"' + "\\n".join(escaped) + '"'


def graph_dot(graph: Graph) -> str:
    """The graph in Graphviz's language: one `subgraph cluster_N` per fusion.

    Nodes are named n0, n1, ... (HLO names may hold any character); their `id` becomes the
    SVG element's id, `URL` a link. Edges into a fusion go to the instructions that read
    that operand; edges out of it leave from its root."""
    lines = ['digraph hlo {', '  rankdir=TB; nodesep=0.25; ranksep=0.35;',
             '  node [shape=box, style="rounded,filled", fontname="monospace", fontsize=10];',
             '  edge [color="#666666", arrowsize=0.6];']
    ids: dict[tuple[str | None, str], str] = {}  # (fusion or None, name) -> dot node

    def node_line(node: GNode, indent: str) -> str:
        ids[node.cluster, node.name] = f"n{len(ids)}"
        shape = ", shape=ellipse" if node.opcode == "parameter" else ""
        return (f'{indent}{ids[node.cluster, node.name]} [id={_dot_quote("node-" + node.name)}, '
                f'label={_dot_quote(node.name, f"{node.opcode} {node.shape}")}, '
                f'fillcolor="{_CATEGORY_COLORS[_category(node.opcode)]}"{shape}, '
                f'URL={_dot_quote("#hlo-" + node.name)}, tooltip={_dot_quote(node.name)}];')

    for i, cluster in enumerate(graph.clusters):
        lines.append(f"  subgraph cluster_{i} {{")
        lines.append(f'    id={_dot_quote("cluster-" + cluster.name)}; '
                     f'label={_dot_quote(f"{cluster.name} ({cluster.kind})")}; '
                     f'URL={_dot_quote("#kernel-" + cluster.name)};')
        lines.append('    style="rounded,filled"; fillcolor="#fbfbf0"; color="#b59f3b";')
        lines.extend(node_line(node, "    ") for node in cluster.nodes)
        for node in cluster.nodes:
            for op in node.operands:
                lines.append(f"    {ids[cluster.name, op]} -> {ids[cluster.name, node.name]};")
        lines.append("  }")
    lines.extend(node_line(node, "  ") for node in graph.nodes)
    roots = {c.name: ids.get((c.name, c.root)) for c in graph.clusters}

    def output_of(name: str) -> str | None:
        return roots[name] if name in roots else ids.get((None, name))

    for node in graph.nodes:
        for op in node.operands:
            if (source := output_of(op)) is not None:
                lines.append(f"  {source} -> {ids[None, node.name]};")
    for cluster in graph.clusters:
        for number, producer in enumerate(cluster.inputs):
            source = output_of(producer)
            users = cluster.param_users.get(number) or [n.name for n in cluster.nodes[:1]]
            for user in dict.fromkeys(users):
                if source is not None:
                    lines.append(f"  {source} -> {ids[cluster.name, user]};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def graph_svg_dot(graph: Graph, dot: str) -> str | None:
    """The graph laid out by Graphviz, or None when `dot` fails (the caller falls back)."""
    try:
        done = subprocess.run([dot, "-Tsvg"], input=graph_dot(graph), capture_output=True,
                              text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0 or "<svg" not in done.stdout:
        return None
    svg = done.stdout[done.stdout.index("<svg"):]
    svg = svg.replace("<svg ", '<svg class="graph" data-layout="dot" ', 1)
    # dot sizes the picture in points: the same numbers as pixels draw it 3/4 as large
    svg = re.sub(r'(<svg[^>]*?\b(?:width|height)="[\d.]+)pt"', r'\1"', svg, count=1)
    svg = re.sub(r'(<svg[^>]*?\b(?:width|height)="[\d.]+)pt"', r'\1"', svg, count=1)
    # dot writes xlink:href; keep it, and add plain href so both old and new readers follow
    svg = re.sub(r'xlink:href="(#[^"]*)"', r'href="\1" xlink:href="\1"', svg)
    return svg


def graph_svg(graph: Graph, layout: str = "auto") -> str:
    if layout in ("auto", "dot"):
        dot = shutil.which("dot")
        if dot:
            svg = graph_svg_dot(graph, dot)
            if svg:
                return svg
        if layout == "dot":
            raise RuntimeError("Graphviz `dot` is not installed or failed")
    return graph_svg_builtin(graph)


# ---------------------------------------------------------------- the buffer chart

def peak_of(buffers: list[Buffer]) -> tuple[int, int, list[Buffer]]:
    """(position, bytes, buffers live there) where the arena holds the most live bytes."""
    temps = [b for b in buffers if b.kind == "temp" and b.first is not None]
    if not temps:
        return -1, 0, []
    last = max(b.last for b in temps)
    best = (-1, -1)
    for t in range(0, last + 1):
        live = sum(b.nbytes for b in temps if b.first <= t <= b.last)
        if live > best[1]:
            best = (t, live)
    live_there = [b for b in temps if b.first <= best[0] <= b.last]
    return best[0], best[1], live_there


def _hue(text: str) -> int:
    return sum(ord(c) * 31 ** i for i, c in enumerate(text[:12])) % 360


def buffer_owner(b: Buffer, known: set[str] | None, root: str | None) -> str | None:
    """The instruction a buffer belongs to: `fusion.9.1` is output 1 of `fusion.9`, a
    result is the root's; None when it is not in `known` (when `known` is given)."""
    if b.kind == "result" and root:
        return root
    name = b.instruction
    if known is None:
        return name
    while name not in known and re.search(r"\.\d+$", name):
        name = name[:name.rindex(".")]
    return name if name in known else None


def buffer_chart_svg(arena: int, buffers: list[Buffer], statements: list[str],
                     known: set[str] | None = None, root: str | None = None,
                     step_names: list[str] | None = None) -> str:
    """Arena offset (down) against live range (across): one box per buffer.

    Buffers outside the arena (parameters, results, constants) get a lane each below it.
    Each box links to its instruction's HLO line when it is among `known`. `step_names`
    (what each schedule position runs) label the steps, slanted above the chart."""
    positions = [b.last for b in buffers if b.last is not None] or [0]
    steps = max(max(positions) + 1, len(statements), 1)
    step_names = [name[:28] for name in step_names or []]
    label_space = min(150.0, 4.6 * max(map(len, step_names), default=0)) + 8
    left, top, step_w = 70.0, 28.0 + label_space, max(36.0, min(90.0, 1100.0 / steps))
    chart_h = 420.0
    scale = chart_h / max(arena, 1)
    lane_h, lane_gap = 14.0, 3.0
    outside = [b for b in buffers if b.kind != "temp"]
    outside_top = top + chart_h + 46
    labels = max((6.2 * len(b.label) + 8 for b in outside), default=0)  # beside their lanes
    width = left + steps * step_w + 20 + min(labels, 240)
    height = outside_top + len(outside) * (lane_h + lane_gap) + 30
    peak_t, peak_bytes, _ = peak_of(buffers)
    parts = [f'<rect x="{left}" y="{top}" width="{steps * step_w:.1f}" height="{chart_h:.1f}" '
             'class="arena"/>']
    for t in range(steps):  # the time axis: schedule positions
        x = left + t * step_w
        label = statements[t] if t < len(statements) else f"step {t}"
        parts.append(f'<g class="tick"><title>{t}: {_esc(label)}</title>'
                     f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + chart_h}"/>'
                     f'<text x="{x + step_w / 2:.1f}" y="{top - 8}">{t}</text></g>')
        if t < len(step_names):
            parts.append(f'<text class="step" transform="translate({x + step_w / 2 - 2:.1f},'
                         f'{top - 24}) rotate(-40)">{_esc(step_names[t])}</text>')
    for frac in (0, 0.25, 0.5, 0.75, 1):
        y = top + frac * chart_h
        parts.append(f'<text class="axis" x="{left - 6}" y="{y + 4:.1f}">'
                     f'{int(frac * arena)}</text>')
    if peak_t >= 0:
        x = left + peak_t * step_w
        parts.append(f'<g class="peak" id="buffer-peak"><rect x="{x:.1f}" y="{top - 20}" '
                     f'width="{step_w:.1f}" height="{chart_h + 20:.1f}"/>'
                     f'<text x="{x + step_w / 2:.1f}" y="{top + chart_h + 16}">peak: '
                     f'{peak_bytes} B live</text></g>')
    for b in buffers:
        if b.kind != "temp":
            continue
        first, last = (b.first, b.last) if b.first is not None else (0, -1)
        x = left + first * step_w + 1
        w = max((last - first + 1) * step_w - 2, 3)
        y = top + b.offset * scale
        h = max(b.nbytes * scale, 2)
        parts.append(_buffer_box(b, x, y, w, h, buffer_owner(b, known, root)))
    for i, b in enumerate(outside):
        first, last = (b.first, b.last) if b.first is not None else (0, -1)
        x = left + max(first, 0) * step_w + 1
        w = max((last - first + 1) * step_w - 2, 3)
        y = outside_top + i * (lane_h + lane_gap)
        parts.append(_buffer_box(b, x, y, w, lane_h, buffer_owner(b, known, root),
                                 label_outside=True))
    parts.append(f'<text class="axis" x="{left - 6}" y="{outside_top + 10}">outside</text>'
                 f'<text class="axis" x="{left - 6}" y="{outside_top + 22}">the arena</text>'
                 if outside else "")
    parts.append(f'<text class="axis" x="{left - 6}" y="{top - 8}">step →</text>')
    parts.append(f'<text class="axis" x="{left - 6}" y="{top + chart_h + 16}">offset ↓</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="buffers" width="{width:.0f}" '
            f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}">'
            + "".join(parts) + "</svg>")


def _buffer_box(b: Buffer, x: float, y: float, w: float, h: float, owner: str | None,
                label_outside: bool = False) -> str:
    hue = _hue(owner or b.instruction)
    where = f"offset {b.offset}" if b.kind == "temp" else b.kind
    live = f"live [{b.first}, {b.last}]" if b.first is not None else "unused"
    fits = h >= 11 and w >= 6.2 * len(b.label) + 6
    text = (f'<text x="{x + 3:.1f}" y="{y + min(h, 14) - 3:.1f}">{_esc(b.label)}</text>' if fits
            else f'<text x="{x + w + 4:.1f}" y="{y + min(h, 14) - 3:.1f}">{_esc(b.label)}</text>'
            if label_outside else "")
    box = (f'<g class="buf buf-{b.kind}" id="buf-{b.id}" data-instruction="'
           f'{_esc(owner or b.instruction)}"><title>buffer {b.id}: {_esc(b.label)} '
           f'{_esc(b.shape)}, {b.nbytes} bytes, {where}, {live}</title>'
           f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
           f'fill="hsl({hue},60%,78%)"/>{text}</g>')
    return f'<a href="#hlo-{_esc(owner)}">{box}</a>' if owner else box


# ---------------------------------------------------------------- the page

@dataclass
class PassRow:
    number: int | None  # dump number; None for runs that changed nothing (no dump)
    name: str
    seconds: float | None
    counts: IrCounts | None
    text: str | None
    changed: bool = True


def _fmt_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _pass_rows(dumps: ModuleDumps, timings: dict | None) -> list[PassRow]:
    texts = {p.number: p.path.read_text(encoding="utf-8", errors="replace")
             for p in dumps.passes}
    counts = {n: count_ir(t) for n, t in texts.items()}
    by_number = {p.number: p for p in dumps.passes}
    rows: list[PassRow] = []
    runs = (timings or {}).get("passes") or []
    used: set[int] = set()
    for run in runs:
        number = run.get("dump")
        if number in by_number:
            used.add(number)
            rows.append(PassRow(number, by_number[number].name, run.get("seconds"),
                                counts[number], texts[number]))
        else:
            rows.append(PassRow(None, run.get("name", "?"), run.get("seconds"), None, None,
                                changed=bool(run.get("changed"))))
    # dumps with no recorded run (no timings.json, or one from another run): by number
    rows += [PassRow(p.number, p.name, None, counts[p.number], texts[p.number])
             for p in dumps.passes if p.number not in used]
    return rows


_CSS = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2433;
background:#f6f7f9}
nav{position:fixed;top:0;left:0;bottom:0;width:210px;overflow-y:auto;overflow-x:hidden;
background:#1f2a3c;color:#cfd8e6;padding:14px 10px;font-size:13px}
nav a{color:#cfd8e6;text-decoration:none;display:block;padding:2px 6px;border-radius:4px;
white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
nav a:hover{background:#33425c;color:#fff}
nav h2{font-size:11px;text-transform:uppercase;letter-spacing:.08em;color:#8795ad;margin:14px 0 4px}
nav .muted{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
nav .brand{font-weight:700;font-size:16px;color:#fff;margin-bottom:6px}
main{margin-left:210px;padding:18px 26px 60px}
h1{font-size:22px;margin:0 0 4px}
h2.sec{font-size:18px;margin:30px 0 8px;border-bottom:1px solid #d8dde6;padding-bottom:4px}
.muted{color:#6b7487}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}
.card{background:#fff;border:1px solid #dde2ea;border-radius:8px;padding:8px 14px;min-width:120px}
.card b{display:block;font-size:18px}
table{border-collapse:collapse;background:#fff;border:1px solid #dde2ea;font-size:13px}
th,td{padding:4px 10px;border-bottom:1px solid #edf0f4;text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tr.unchanged td{color:#9aa3b2}
.bar{display:inline-block;height:8px;background:#5b8def;border-radius:2px;vertical-align:middle}
pre.code{background:#fff;border:1px solid #dde2ea;border-radius:6px;padding:8px 0;overflow:auto;
font:12px/1.5 ui-monospace,"DejaVu Sans Mono",Menlo,monospace;margin:6px 0;max-height:70vh}
pre.code .ln{display:block;padding:0 10px 0 0;white-space:pre}
pre.code .ln i{display:inline-block;width:44px;color:#a3abba;text-align:right;margin-right:12px;
font-style:normal;user-select:none}
pre.code .ln:target,.flash{background:#fff3a8 !important}
pre.code a{color:inherit;text-decoration:underline dotted}
.t-comment{color:#6a737d;font-style:italic}.t-preproc{color:#8250df}.t-string{color:#0a7b34}
.t-keyword{color:#b3261e;font-weight:600}.t-number{color:#1750b0}
.t-kernel{color:#7a3e00;font-weight:600}
.t-shape{color:#0b6e80}.t-opcode{color:#b3261e;font-weight:600}.t-attr{color:#7a5d00}
pre.diff span{display:block;white-space:pre;padding:0 10px}
.d-add{background:#e6ffec}.d-del{background:#ffebe9}.d-hunk{background:#eef3ff;color:#4a5a80}
details.pass{background:#fff;border:1px solid #dde2ea;border-radius:8px;margin:8px 0;
padding:4px 12px}
details.pass>summary{cursor:pointer;font-weight:600;padding:4px 0}
details.pass[open]{box-shadow:0 1px 6px rgba(0,0,0,.08)}
details.sub>summary{cursor:pointer;color:#445}
.scroll{overflow:auto;background:#fff;border:1px solid #dde2ea;border-radius:8px;max-height:80vh}
svg.graph[data-layout=builtin] text{font:11px ui-monospace,"DejaVu Sans Mono",monospace;
text-anchor:middle}
svg.graph text.n2{font-size:9.5px;fill:#4a5568}
svg.graph .edge{fill:none;stroke:#7b8394;stroke-width:1.1}
svg.graph .cbox{fill:#fbfbf0;stroke:#b59f3b;stroke-width:1.3}
svg.graph text.chead{text-anchor:start;font-weight:700;fill:#6b5a10}
svg.graph text.chead.c{text-anchor:end;fill:#1750b0;text-decoration:underline}
svg.graph g.node:hover rect,svg.graph g.node:hover ellipse{stroke:#d33;stroke-width:2}
svg.graph g.cluster.hl>rect.cbox,svg.graph g.cluster.hl>polygon{stroke:#d33;stroke-width:3}
svg.buffers text{font:10px ui-monospace,"DejaVu Sans Mono",monospace;fill:#223}
svg.buffers .arena{fill:#fafbfc;stroke:#c8ced8}
svg.buffers .tick line{stroke:#eef0f4}
svg.buffers .tick text{text-anchor:middle;fill:#6b7487}
svg.buffers text.axis{text-anchor:end;fill:#6b7487}
svg.buffers text.step{fill:#3a4458}
svg.buffers .buf rect{stroke:#4a5568;stroke-width:.6}
svg.buffers .buf:hover rect,svg.buffers .buf.hl rect{stroke:#d33;stroke-width:2}
svg.buffers .peak rect{fill:rgba(220,50,50,.08);stroke:#d33;stroke-dasharray:4 3}
svg.buffers .peak text{fill:#c22;font-weight:700;text-anchor:middle}
.kernels{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:10px}
.kernel{background:#fff;border:1px solid #dde2ea;border-radius:8px;padding:8px 12px;font-size:13px}
.kernel h3{margin:0 0 4px;font-size:14px;font-family:ui-monospace,monospace}
.kernel .links a{margin-right:10px}
.kernel ul{margin:4px 0 0;padding-left:18px;max-height:140px;overflow:auto;
font-family:ui-monospace,monospace;font-size:12px}
.kernel:target,.kernel.flash{outline:3px solid #f0c419}
.fit svg{width:100%;height:auto;max-height:none}
.scroll.fit{max-height:none}
button.zoom{font:inherit;font-size:12px;padding:2px 10px;border:1px solid #b8c0cc;border-radius:4px;
background:#fff;cursor:pointer}
.legend span{display:inline-block;padding:1px 8px;border:1px solid #999;border-radius:4px;
margin-right:6px;font-size:12px}
"""

# Navigation: a link to something inside a closed <details> opens it (and its parents),
# scrolls to it and flashes it. Hovering a kernel highlights its buffers and its cluster.
_SCRIPT = """
(function () {
  "use strict";
  function reveal(id, scroll) {
    var target = document.getElementById(id);
    if (!target) { return false; }
    for (var el = target; el; el = el.parentElement) {
      if (el.tagName === "DETAILS") { el.open = true; }
    }
    if (scroll) {
      var line = target.classList.contains("ln") || target.closest("svg");
      target.scrollIntoView({block: line ? "center" : "start"});
    }
    target.classList.add("flash");
    setTimeout(function () { target.classList.remove("flash"); }, 1600);
    return true;
  }
  function fromHash(scroll) {
    if (location.hash.length > 1) {
      reveal(decodeURIComponent(location.hash.slice(1)), scroll);
    }
  }
  document.addEventListener("click", function (event) {
    var a = event.target.closest ? event.target.closest("a") : null;
    if (!a) { return; }
    var href = a.getAttribute("href") || a.getAttribute("xlink:href") || "";
    if (href.charAt(0) !== "#") { return; }
    var id = decodeURIComponent(href.slice(1));
    if (document.getElementById(id)) {
      event.preventDefault();
      history.pushState(null, "", "#" + encodeURIComponent(id));
      reveal(id, true);
    }
  });
  window.addEventListener("hashchange", function () { fromHash(true); });
  function light(name, on) {
    var boxes = document.querySelectorAll("svg.buffers .buf");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].getAttribute("data-instruction") === name) {
        boxes[i].classList.toggle("hl", on);
      }
    }
    var cluster = document.getElementById("cluster-" + name);
    if (cluster) { cluster.classList.toggle("hl", on); }
  }
  var items = document.querySelectorAll("[data-kernel]");
  for (var i = 0; i < items.length; i++) {
    (function (el) {
      var name = el.getAttribute("data-kernel");
      el.addEventListener("mouseenter", function () { light(name, true); });
      el.addEventListener("mouseleave", function () { light(name, false); });
    })(items[i]);
  }
  var zooms = document.querySelectorAll("button.zoom");
  for (var z = 0; z < zooms.length; z++) {
    zooms[z].addEventListener("click", function (event) {
      var button = event.currentTarget;
      var box = document.getElementById(button.getAttribute("data-target"));
      var fit = box.classList.toggle("fit");
      button.textContent = fit ? "show the graph at full size" : "fit the graph to the page";
    });
  }
  var counts = {
    nodes: document.querySelectorAll("svg.graph .node").length,
    clusters: document.querySelectorAll("svg.graph .cluster").length,
    buffers: document.querySelectorAll("svg.buffers .buf").length
  };
  document.body.setAttribute("data-graph-nodes", String(counts.nodes));
  document.body.setAttribute("data-graph-clusters", String(counts.clusters));
  document.body.setAttribute("data-buffer-boxes", String(counts.buffers));
  fromHash(true);
  document.body.setAttribute("data-ready", "1");
})();
"""


def build_report(dump_dir: str | Path, module: str | None = None, layout: str = "auto") -> str:
    """The report's HTML for one module of `dump_dir` (by default the last compiled)."""
    modules = find_modules(dump_dir)
    return _Report(pick_module(modules, module), modules, layout).html()


_SECTIONS = [("summary", "Summary"), ("passes", "Passes"), ("graph", "Graph"),
             ("kernels", "Kernels"), ("buffers", "Buffers"), ("hlo", "Optimized HLO"),
             ("c", "Generated C")]


class _Report:
    """One page: the dumps read once, then one method per section."""

    def __init__(self, dumps: ModuleDumps, modules: list[ModuleDumps], layout: str):
        self.dumps, self.modules, self.layout = dumps, modules, layout
        self.timings = None
        if (text := dumps.text("timings.json")) is not None:
            try:
                self.timings = json.loads(text)
            except json.JSONDecodeError:
                self.timings = None
        self.stages: dict[str, float] = (self.timings or {}).get("stages") or {}
        self.before = dumps.text("before_optimizations.hlo")
        self.after = dumps.text("after_optimizations.hlo")
        self.c_source = dumps.text("c")
        self.loops = dumps.text("loops.mlir")
        self.assignment = dumps.text("buffer-assignment.txt")
        plan = dumps.text("buffer-assignment.json")
        self.arena, self.buffers, self.steps = parse_memory_plan(plan) if plan else (0, [], [])
        self.rows = _pass_rows(dumps, self.timings)
        self.c_functions = c_kernel_functions(self.c_source)
        self.graph, self.graph_error = None, None
        self.opcodes: dict[str, str] = {}  # every instruction of the optimized module
        self.fusions: dict[str, tuple[str, str, list[tuple[str, str]]]] = {}  # name ->
        #   (fused computation, kind, [(instruction, opcode)] it holds), in every computation
        self.functions = kernel_functions(self.loops, self.c_source)
        if self.after:
            from hlox.ir import parse_module

            try:
                optimized = parse_module(self.after, "after_optimizations.hlo",
                                         fill_elided_constants=True)
            except Exception as e:  # noqa: BLE001 - a report should show what it can
                self.graph_error = str(e)
            else:
                everywhere = [(c, i) for c in optimized.computations() for i in c.instructions()]
                self.functions = kernel_functions(self.loops, self.c_source,
                                                  [i.hlo_name for _, i in everywhere])
                self.graph = build_graph(optimized, self.functions)
                self.opcodes = {i.hlo_name: i.opcode for _, i in everywhere}
                for _, inst in everywhere:
                    if inst.opcode == "fusion":
                        fused = optimized.computation(inst.attr("calls"))
                        self.fusions[inst.hlo_name] = (
                            fused.comp_name, str(inst.attr("kind", "")),
                            [(i.hlo_name, i.opcode) for i in fused.instructions()
                             if i.opcode != "parameter"])
        self.kernel_cards: dict[str, str] = {}  # C function -> id of its card
        self.nav: list[str] = []

    def html(self) -> str:
        body = [self.summary(), self.passes(), self.graph_section(), self.kernels(),
                self.buffer_section(), self.code()]
        nav = ['<div class="brand">hlox report</div>',
               f'<div class="muted">{_esc(self.dumps.prefix)}</div>', '<h2>Sections</h2>']
        nav += [f'<a href="#{sid}">{title}</a>' for sid, title in _SECTIONS] + self.nav
        return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                f"<title>hlox report: {_esc(self.dumps.name)}</title>"
                "<meta name=\"viewport\" content=\"width=device-width\">"
                f"<style>{_CSS}</style></head><body><nav>{''.join(nav)}</nav><main>"
                + "\n".join(body) + f"</main><script>{_SCRIPT}</script></body></html>\n")

    def summary(self) -> str:
        dumps = self.dumps
        before = count_ir(self.before) if self.before else None
        after = count_ir(self.after) if self.after else None
        peak_t, peak_bytes, _ = peak_of(self.buffers)
        cards = [("instructions before", before.instructions if before else "—"),
                 ("instructions after", after.instructions if after else "—"),
                 ("fusions", after.fusions if after else "—"),
                 ("C kernels", len(self.c_functions) if self.c_source else "—"),
                 ("arena", f"{self.arena} B" if self.assignment else "—"),
                 ("peak live", f"{peak_bytes} B at step {peak_t}" if peak_t >= 0 else "—")]
        if self.stages:
            cards.append(("compile", _fmt_seconds(sum(self.stages.values()))))
        parts = [f'<h1 id="summary">{_esc(dumps.name)}</h1>'
                 f'<div class="muted">module {dumps.module_id:04d} · dumps in '
                 f'{_esc(dumps.directory)}</div><div class="cards">'
                 + "".join(f'<div class="card"><span class="muted">{_esc(k)}</span>'
                           f'<b>{_esc(v)}</b></div>' for k, v in cards) + "</div>"]
        others = [m for m in self.modules if m is not dumps]
        if others:
            parts.append('<p class="muted">Other modules dumped in this directory (<code>hlox '
                         'explore DIR --module NNNN</code> for theirs): '
                         + ", ".join(_esc(m.prefix) for m in others) + "</p>")
        if dumps.stale:
            parts.append(f'<p class="muted">{len(dumps.stale)} older per-pass dump(s) from an '
                         'earlier run in this directory were left out.</p>')
        return "".join(parts)

    def passes(self) -> str:
        """The pass table (time, counts after each pass) and each pass's IR and diff."""
        parts = ['<h2 class="sec" id="passes">Passes</h2>']
        if not self.timings:
            parts.append('<p class="muted">No timings.json beside the dumps (pass times are '
                         'recorded by <code>hlox compile/run --report</code> or '
                         '<code>--timings</code>); counts come from the dumps.</p>')
        longest = max([r.seconds or 0 for r in self.rows] + list(self.stages.values()) + [1e-9])

        def bar(seconds: float | None, color: str = "#5b8def") -> str:
            if seconds is None:
                return "<td></td>"
            return (f'<td><span class="bar" style="width:{max(1, 120 * seconds / longest):.0f}'
                    f'px;background:{color}"></span></td>')

        def counts(c: IrCounts | None, previous: IrCounts | None) -> str:
            if c is None:
                return ('<td class="num">—</td><td></td><td class="num">—</td>'
                        '<td class="num">—</td>')
            delta = f"{c.instructions - previous.instructions:+d}" if previous else ""
            return (f'<td class="num">{c.instructions}</td><td class="num">{delta}</td>'
                    f'<td class="num">{c.kernels}</td><td class="num">{c.fusions}</td>')

        table = ['<table class="passes"><tr><th class="num">#</th><th>pass</th>'
                 '<th class="num">time</th><th></th><th class="num">instructions</th>'
                 '<th class="num">Δ</th><th class="num">kernels</th><th class="num">fusions</th>'
                 '</tr>']
        previous = count_ir(self.before) if self.before else None
        if previous:
            table.append('<tr><td class="num">—</td><td><a href="#pass-before">before '
                         'optimizations</a></td><td class="num">'
                         f'{_fmt_seconds(self.stages.get("parse"))}</td><td></td>'
                         + counts(previous, None) + "</tr>")
        for row in self.rows:
            if row.number is None:
                table.append(f'<tr class="unchanged"><td class="num">·</td><td>{_esc(row.name)} '
                             f'(no change)</td><td class="num">{_fmt_seconds(row.seconds)}</td>'
                             f'{bar(row.seconds)}<td colspan="4"></td></tr>')
                continue
            table.append(f'<tr><td class="num">{row.number:04d}</td><td><a href="#pass-'
                         f'{row.number:04d}">{_esc(row.name)}</a></td><td class="num">'
                         f'{_fmt_seconds(row.seconds)}</td>{bar(row.seconds)}'
                         + counts(row.counts, previous) + "</tr>")
            previous = row.counts or previous
        for stage, title in (("optimize", "optimize (all passes)"),
                             ("codegen", "codegen: schedule, buffers, lowering to C"),
                             ("c-build", "C build (cc)")):
            if stage in self.stages:
                extra = (f'<td colspan="2"></td><td class="num">{len(self.c_functions)}</td>'
                         '<td></td>' if stage == "codegen" else '<td colspan="4"></td>')
                table.append(f'<tr class="stage"><td class="num">·</td><td>{title}</td>'
                             f'<td class="num">{_fmt_seconds(self.stages[stage])}</td>'
                             f'{bar(self.stages[stage], "#e39b3d")}{extra}</tr>')
        parts.append("".join(table) + "</table>")

        self.nav.append("<h2>Passes</h2>")
        if self.before:
            self.nav.append('<a href="#pass-before">before optimizations</a>')
            parts.append('<details class="pass" id="pass-before"><summary>before optimizations'
                         '</summary>' + hlo_listing(self.before) + "</details>")
        previous_text = self.before or ""
        for row in self.rows:
            if row.number is None or row.text is None:
                continue
            self.nav.append(f'<a href="#pass-{row.number:04d}">{row.number:04d} '
                            f'{_esc(row.name)}</a>')
            c = row.counts
            summary = f" · {c.instructions} instructions, {c.kernels} kernels" if c else ""
            parts.append(
                f'<details class="pass" id="pass-{row.number:04d}"><summary>{row.number:04d} '
                f'after {_esc(row.name)}<span class="muted">{summary} · '
                f'{_fmt_seconds(row.seconds)}</span></summary><details class="sub" open>'
                f'<summary>diff against the one before</summary>'
                f'{diff_listing(previous_text, row.text)}</details><details class="sub">'
                f'<summary>the whole IR</summary>{hlo_listing(row.text)}</details></details>')
            previous_text = row.text
        return "".join(parts)

    def graph_section(self) -> str:
        parts = ['<h2 class="sec" id="graph">Graph</h2>']
        if self.graph is None:
            why = (f"the optimized HLO did not parse: {self.graph_error}" if self.graph_error
                   else "no after_optimizations.hlo dump")
            return "".join(parts) + f'<p class="muted">{_esc(why)}</p>'
        parts.append('<p class="muted">The entry computation after optimization. Each fusion '
                     'is a cluster of the instructions it holds: its title leads to the kernel '
                     '(HLO and C), <b>C</b> to its generated function, each instruction to its '
                     'line in the HLO.</p><div class="legend">'
                     + "".join(f'<span style="background:{color}">{name}</span>'
                               for name, color in _CATEGORY_COLORS.items()) + "</div>")
        parts.append('<p><button type="button" class="zoom" data-target="graph-box">fit the '
                     'graph to the page</button></p><div class="scroll" id="graph-box">'
                     + graph_svg(self.graph, self.layout) + "</div>")
        return "".join(parts)

    def kernels(self) -> str:
        """One card per kernel, in hlox_main's order (then the C's): its HLO, graph, C and
        the instructions it holds. Kernels inside loop bodies and branches are here too."""
        parts = ['<h2 class="sec" id="kernels">Kernels</h2><div class="kernels">']
        if self.graph is None:
            return "".join(parts) + "</div>"
        by_function = {f: n for n, f in self.functions.items()}
        scheduled = [step for step in self.steps if step in self.functions]
        names = (scheduled + [by_function[f] for f in self.c_functions if f in by_function]
                 + list(self.fusions))
        in_graph = set(self.graph.order)
        defined = {m.group(1).lstrip("%") for m in map(_HLO_DEF.match, self.after.splitlines())
                   if m}
        for name in dict.fromkeys(names):  # each once
            function = self.functions.get(name)
            fusion = self.fusions.get(name)
            links = [f'<a href="#hlo-{_esc(name)}">HLO</a>'] if name in defined else []
            if fusion:
                links.append(f'<a href="#comp-{_esc(fusion[0])}">fused computation</a>')
            if name in in_graph:
                links.append(f'<a href="#{"cluster" if fusion else "node"}-{_esc(name)}">'
                             'graph</a>')
            if function and function in self.c_functions:
                links.append(f'<a href="#c-{_esc(function)}">C: {_esc(function)}</a>')
                self.kernel_cards[function] = f"kernel-{name}"
            held = ""
            if fusion:
                held = "<ul>" + "".join(f'<li><a href="#hlo-{_esc(inner)}">{_esc(inner)}</a> '
                                        f'<span class="muted">{_esc(opcode)}</span></li>'
                                        for inner, opcode in fusion[2]) + "</ul>"
            kind = (f"fusion, {fusion[1]}, {len(fusion[2])} instructions" if fusion
                    else self.opcodes.get(name, ""))
            if name not in in_graph:
                kind += " · inside a loop body or branch" if name in self.opcodes else ""
            parts.append(f'<div class="kernel" id="kernel-{_esc(name)}" '
                         f'data-kernel="{_esc(name)}"><h3>{_esc(name)}</h3>'
                         f'<div class="muted">{_esc(kind)}</div>'
                         f'<div class="links">{" ".join(links)}</div>{held}</div>')
        return "".join(parts) + "</div>"

    def buffer_section(self) -> str:
        parts = ['<h2 class="sec" id="buffers">Buffer assignment</h2>']
        if not self.steps and not self.buffers:
            return "".join(parts) + '<p class="muted">no buffer-assignment.json dump</p>'
        peak_t, peak_bytes, peak_live = peak_of(self.buffers)
        peak_names = ", ".join(f'<a href="#buf-{b.id}">{_esc(b.label)}</a>' for b in peak_live)
        step = self.steps[peak_t] if 0 <= peak_t < len(self.steps) else ""
        parts.append(f'<p>Arena: <b>{self.arena} bytes</b>, {len(self.buffers)} buffers. '
                     'Across: schedule positions (live ranges); down: arena offset. '
                     f'<b>Peak</b>: {peak_bytes} bytes live at step {peak_t} '
                     f'<code>{_esc(step[:90])}</code>, in {peak_names or "—"}.</p>')
        known = set(self.graph.order) if self.graph is not None else None
        root = self.graph.root if self.graph is not None else None
        # a step is an instruction's name, or "NAME (begin)" / "NAME (end)" of a loop or
        # branch, or "copy results"
        step_names = [step.split(" (", 1)[0] for step in self.steps]
        parts.append('<div class="scroll">' + buffer_chart_svg(
            self.arena, self.buffers, self.steps, known, root, step_names) + "</div>")
        if self.assignment:
            parts.append('<details class="sub"><summary>buffer-assignment.txt</summary>'
                         + code_block([_esc(line) for line in self.assignment.splitlines()])
                         + "</details>")
        return "".join(parts)

    def code(self) -> str:
        """The optimized HLO (every name an anchor) and the generated C."""
        parts = ['<h2 class="sec" id="hlo">Optimized HLO</h2>',
                 hlo_listing(self.after, anchors=True) if self.after else
                 '<p class="muted">no after_optimizations.hlo dump</p>',
                 '<h2 class="sec" id="c">Generated C</h2>']
        if self.c_source:
            self.nav.append("<h2>C kernels</h2>")
            self.nav += [f'<a href="#c-{_esc(f)}">{_esc(f)}</a>' for f in self.c_functions]
            parts.append(c_listing(self.c_source, self.kernel_cards))
        else:
            parts.append('<p class="muted">no C dump</p>')
        if self.loops:
            parts.append('<details class="sub"><summary>loops.mlir (the loop-level IR)</summary>'
                         + code_block(highlight_lines(self.loops, _HLO_TOKENS)) + "</details>")
        return "".join(parts)


def write_report(dump_dir: str | Path, output: str | Path, module: str | None = None,
                 layout: str = "auto") -> Path:
    """Build the report and write it atomically; returns its path."""
    from hlox.dumps import write_atomically

    target = Path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, build_report(dump_dir, module, layout))
    _readable(target)
    return target


def _readable(path: Path) -> None:
    """The report is for people: readable like any file the user writes (umask applies)."""
    import os

    umask = os.umask(0)
    os.umask(umask)
    path.chmod(0o666 & ~umask)
