"""torch.export programs (`.pt2`, written by `torch.export.save`) as HLO modules.

The program is decomposed to core ATen (`run_decompositions`), its graph signature
says which placeholders are parameters, buffers and constants (their values come
from the state dict / constants table) and which are user inputs. User inputs
become entry parameters `arg0, arg1, ...` in order; the entry returns the user
outputs as a tuple. Weights are either embedded as constants (the module then
runs from an `.npz` of user inputs alone) or passed as leading parameters.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

import numpy as np
import torch
import torch.fx
from torch.export import ExportedProgram
from torch.export.graph_signature import InputKind, OutputKind

from hlox.ir.dialect import ModuleOp

from .backend import decompositions
from .executor import to_numpy
from .graph import describe, lower_graph


@dataclass
class Pt2Program:
    """An imported program: `module(*weights, *user_inputs)` gives the user outputs."""

    module: ModuleOp
    weights: list[np.ndarray]  # leading entry parameters (empty when embedded)
    weight_names: list[str]  # their state-dict names
    num_user_inputs: int


def _hlo_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", text) or "weight"


def _user_outputs_only(gm: torch.fx.GraphModule, ep: ExportedProgram) -> torch.fx.GraphModule:
    """A copy of the graph returning only the user outputs (no buffer mutations)."""
    import copy
    gm = copy.deepcopy(gm)
    output = next(n for n in gm.graph.nodes if n.op == "output")
    flat = list(output.args[0])
    kept = [value for value, spec in zip(flat, ep.graph_signature.output_specs)
            if spec.kind == OutputKind.USER_OUTPUT]
    output.args = (tuple(kept),)
    gm.graph.eliminate_dead_code()
    gm.recompile()
    return gm


def import_exported_program(ep: ExportedProgram, embed_weights: bool = True,
                            name: str = "pt2") -> Pt2Program:
    """Lower an ExportedProgram; raises Unsupported/HloError for what hlox cannot take."""
    ep = ep.run_decompositions(decompositions())
    gm = _user_outputs_only(ep.graph_module, ep)
    placeholders = [n for n in gm.graph.nodes if n.op == "placeholder"]
    specs, constants, names = [], {}, {}
    weights, weight_names, weight_positions, user_positions = [], [], [], []
    for i, (node, spec) in enumerate(zip(placeholders, ep.graph_signature.input_specs)):
        if spec.kind == InputKind.USER_INPUT:
            specs.append(describe(node.meta["val"]))
            names[i] = f"arg{len(user_positions)}"
            user_positions.append(i)
            continue
        if spec.kind in (InputKind.PARAMETER, InputKind.BUFFER, InputKind.CONSTANT_TENSOR):
            tensor = ep.state_dict[spec.target] if spec.target in ep.state_dict \
                else ep.constants[spec.target]
            array = to_numpy(tensor).copy()
            specs.append(describe(tensor))
            if embed_weights:
                constants[i] = array
            else:
                weights.append(array)
                weight_names.append(spec.target)
                names[i] = _hlo_name(spec.target)
                weight_positions.append(i)
            continue
        raise ValueError(f"unsupported program input {spec.kind.name} ({spec.target})")
    lowered = lower_graph(gm, specs, name=name, parameter_order=weight_positions + user_positions,
                          parameter_names=names, constants=constants, inputs_as_results=True)
    if any(kind != "result" for kind, _ in lowered.outputs):
        raise ValueError("the program returns non-tensor outputs")
    return Pt2Program(lowered.module, weights, weight_names, len(user_positions))


def load_pt2_program(path: str | os.PathLike, embed_weights: bool = False) -> Pt2Program:
    name = _hlo_name(os.path.splitext(os.path.basename(os.fspath(path)))[0])
    return import_exported_program(torch.export.load(os.fspath(path)), embed_weights, name)
