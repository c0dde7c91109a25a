"""Structured control flow: `cond`, `while_loop`, `scan` (and `fori_loop` on top).

Each primitive holds closed jaxprs (the constants they use are explicit operands) and
fills every rule table in this one section: reference impl, abstract eval, jvp, batching,
lowering to HLO `conditional` / `while`, and for `scan` (and `cond`) partial evaluation
and transposition, so reverse-mode gradients flow through loops.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from hlox.ir.shapes import ArrayShape, TupleShape

from .ad import backward_pass, jvp_flat, partial_eval_jaxpr
from .batching import BatchTrace, BatchTracer
from .core import (
    TRACE_STACK, Jaxpr, JaxprEqn, Lit, ShapedArray, Tracer, Var, abstract_eval_rules,
    batching_rules, bind, eval_jaxpr, full_raise, impl_rules, jaxpr_as_fun, jvp_rules,
    lowering_rules, make_jaxpr_flat, partial_eval_rules, primitive, transpose_rules,
)
from .lowering import LoweringContext, hlo_shape, lower_jaxpr_body
from .primitives import (
    aval_of, bdim_at_front, convert_element_type, is_undefined, moveaxis, select_n,
    zeros_like_aval,
)

# ---------------------------------------------------------------- helpers on jaxprs


def trace_closed(f: Callable, in_avals: list[ShapedArray]) -> Jaxpr:
    """Stage f into a jaxpr without constant binders: concrete constants become literals.
    (For re-tracing jaxprs built from other jaxprs; user code goes through `trace_user`.)"""
    jaxpr, consts = make_jaxpr_flat(f, in_avals)
    if not consts:
        return jaxpr
    if any(isinstance(c, Tracer) for c in consts):
        raise RuntimeError("internal error: a traced constant in a re-traced jaxpr")
    n = len(consts)
    lits = {v.id: Lit(c) for v, c in zip(jaxpr.in_binders[:n], consts)}
    eqns = [JaxprEqn(e.primitive, [lits.get(x.id, x) if isinstance(x, Var) else x
                                   for x in e.inputs], e.params, e.out_binders)
            for e in jaxpr.eqns]
    outs = [lits.get(x.id, x) if isinstance(x, Var) else x for x in jaxpr.outs]
    return Jaxpr(jaxpr.in_binders[n:], eqns, outs)


def trace_user(f: Callable, in_avals: list[ShapedArray]) -> tuple[Jaxpr, list]:
    """Stage a user function; its constants (possibly tracers of enclosing
    transformations) are returned to be passed as explicit operands."""
    return make_jaxpr_flat(f, in_avals)


def jvp_jaxpr(jaxpr: Jaxpr) -> Jaxpr:
    """(*primals, *tangents) -> (*outs, *tangent_outs)."""
    n = len(jaxpr.in_binders)

    def f(*args):
        outs, t_outs = jvp_flat(jaxpr_as_fun(jaxpr), list(args[:n]), list(args[n:]))
        return outs + t_outs

    avals = [a.strip_weak_type() for a in jaxpr.in_avals]
    return trace_closed(f, avals + avals)


def vmap_jaxpr(jaxpr: Jaxpr, axis_size: int, in_batched: list[bool],
               force_out: list[bool] | None = None) -> tuple[Jaxpr, list[bool]]:
    """The jaxpr on batched inputs (batch dim 0 where in_batched), and which outputs are
    batched (at 0); outputs in force_out are always batched."""
    store = {}

    def f(*args):
        with TRACE_STACK.new_main(BatchTrace, axis_size) as main:
            trace = BatchTrace(main)
            tracers = [BatchTracer(trace, a, 0) if b else a for a, b in zip(args, in_batched)]
            outs = eval_jaxpr(jaxpr, tracers)
            outs = [full_raise(trace, o) for o in outs]
            vals, dims = [o.val for o in outs], [o.batch_dim for o in outs]
        force = force_out or [False] * len(vals)
        results, batched = [], []
        for v, d, fo in zip(vals, dims, force):
            if d is None and not fo:
                results.append(v)
                batched.append(False)
            else:
                results.append(bdim_at_front(v, d, axis_size))
                batched.append(True)
        store["batched"] = batched
        return results

    avals = [a.update(shape=(axis_size,) + a.shape) if b else a
             for a, b in zip(jaxpr.in_avals, in_batched)]
    return trace_closed(f, avals), store["batched"]


def _same_type(a: ShapedArray, b: ShapedArray) -> bool:
    return a.shape == b.shape and a.dtype == b.dtype


def _interpret(jaxpr, args):
    from .execution import interpret_jaxpr
    return interpret_jaxpr(jaxpr, args)


# ---------------------------------------------------------------- scan

scan_p = primitive("scan", multiple_results=True)


def _scan_abstract(*avals, jaxpr, num_consts, num_carry, length, reverse):
    carry_avals = avals[num_consts:num_consts + num_carry]
    out = jaxpr.out_avals
    for i, (a, b) in enumerate(zip(carry_avals, out[:num_carry])):
        if not _same_type(a, b):
            raise TypeError(f"scan body function carry input and carry output must have equal "
                            f"types, but carry {i} is {a.str_short()} on input and "
                            f"{b.str_short()} on output")
    ys = [a.update(shape=(length,) + a.shape, weak_type=False) for a in out[num_carry:]]
    return [a.strip_weak_type() for a in carry_avals] + ys


def _scan_impl(*args, jaxpr, num_consts, num_carry, length, reverse):
    consts, carry = list(args[:num_consts]), list(args[num_consts:num_consts + num_carry])
    xs = args[num_consts + num_carry:]
    ys = [[] for _ in jaxpr.outs[num_carry:]]
    order = range(length - 1, -1, -1) if reverse else range(length)
    for i in order:
        outs = _interpret(jaxpr, consts + carry + [x[i] for x in xs])
        carry = outs[:num_carry]
        for acc, y in zip(ys, outs[num_carry:]):
            acc.append(y)
    stacked = []
    for acc, aval in zip(ys, jaxpr.out_avals[num_carry:]):
        if reverse:
            acc.reverse()
        stacked.append(np.stack(acc) if acc else np.zeros((0,) + aval.shape, aval.dtype))
    return carry + stacked


def _scan_jvp(primals, tangents, *, jaxpr, num_consts, num_carry, length, reverse):
    n = len(primals)
    jv = jvp_jaxpr(jaxpr)  # binders: consts, carry, xs, consts_t, carry_t, xs_t
    nc, nk = num_consts, num_carry
    nx = n - nc - nk
    # reorder binders to (consts, consts_t, carry, carry_t, xs, xs_t)
    b = jv.in_binders
    p_c, p_k, p_x = b[:nc], b[nc:nc + nk], b[nc + nk:n]
    t_c, t_k, t_x = b[n:n + nc], b[n + nc:n + nc + nk], b[n + nc + nk:]
    outs = jv.outs
    ny = len(jaxpr.outs) - nk
    o_k, o_y = outs[:nk], outs[nk:nk + ny]
    t_ok, t_oy = outs[nk + ny:nk + ny + nk], outs[nk + ny + nk:]
    body = Jaxpr(p_c + t_c + p_k + t_k + p_x + t_x, jv.eqns, o_k + t_ok + o_y + t_oy)
    tangents = [convert_element_type(t, aval_of(p).dtype) for p, t in zip(primals, tangents)]
    args = (list(primals[:nc]) + list(tangents[:nc]) + list(primals[nc:nc + nk])
            + list(tangents[nc:nc + nk]) + list(primals[nc + nk:]) + list(tangents[nc + nk:]))
    res = bind(scan_p, *args, jaxpr=body, num_consts=2 * nc, num_carry=2 * nk, length=length,
               reverse=reverse)
    carry, carry_t = res[:nk], res[nk:2 * nk]
    ys, ys_t = res[2 * nk:2 * nk + ny], res[2 * nk + ny:]
    return carry + ys, carry_t + ys_t


def _scan_partial_eval(eqn, unknowns):
    p = eqn.params
    jaxpr, nc, nk = p["jaxpr"], p["num_consts"], p["num_carry"]
    length = p["length"]
    const_uk, carry_uk, xs_uk = unknowns[:nc], list(unknowns[nc:nc + nk]), unknowns[nc + nk:]
    ny = len(jaxpr.outs) - nk
    while True:  # fixpoint: a carry is unknown if its value on any iteration is
        _, _, out_uk, _ = partial_eval_jaxpr(jaxpr, const_uk + carry_uk + xs_uk)
        new = [a or b for a, b in zip(carry_uk, out_uk[:nk])]
        if new == carry_uk:
            break
        carry_uk = new
    in_uk = const_uk + carry_uk + xs_uk
    known, unknown, out_uk, num_res = partial_eval_jaxpr(
        jaxpr, in_uk, instantiate=carry_uk + [False] * ny)
    inputs = eqn.inputs
    # Residuals that are (known) constants of the loop are passed to the unknown scan as
    # constants; the others are computed per iteration and stacked as extra ys.
    res_b = unknown.in_binders[:num_res]
    const_pos = {v.id: k for k, v in enumerate(jaxpr.in_binders[:nc])}
    const_res = [r for r in res_b if r.id in const_pos]
    stacked_res = [r for r in res_b if r.id not in const_pos]
    known = Jaxpr(known.in_binders, known.eqns,
                  known.outs[:len(known.outs) - num_res] + stacked_res)
    # known scan: known consts/carry/xs; its ys are the known ys and the stacked residuals
    k_inputs = [x for x, u in zip(inputs, in_uk) if not u]
    k_nc = sum(1 for u in const_uk if not u)
    k_nk = sum(1 for u in carry_uk if not u)
    res_vars = [Var(r.aval.update(shape=(length,) + r.aval.shape, weak_type=False))
                for r in stacked_res]
    outs = eqn.out_binders
    k_outs = [v for v, u in zip(outs, out_uk) if not u]
    known_eqn = JaxprEqn(scan_p, k_inputs, dict(p, jaxpr=known, num_consts=k_nc,
                                                  num_carry=k_nk), k_outs + res_vars)
    # unknown scan: binders (unknown consts, constant residuals, carry, stacked residuals, xs)
    u_nc = sum(const_uk)
    u_nk = sum(carry_uk)
    rest = unknown.in_binders[num_res:]
    body = Jaxpr(rest[:u_nc] + const_res + rest[u_nc:u_nc + u_nk] + stacked_res
                 + rest[u_nc + u_nk:], unknown.eqns, unknown.outs)
    u_all = [x for x, u in zip(inputs, in_uk) if u]
    u_inputs = (u_all[:u_nc] + [inputs[const_pos[r.id]] for r in const_res]
                + u_all[u_nc:u_nc + u_nk] + res_vars + u_all[u_nc + u_nk:])
    u_outs = [v for v, u in zip(outs, out_uk) if u]
    unknown_eqn = JaxprEqn(scan_p, u_inputs, dict(p, jaxpr=body, num_consts=u_nc + len(const_res),
                                                  num_carry=u_nk), u_outs)
    # (carries forced unknown take their known initial value as a residual too)
    known_ids = {v.id for v in k_outs + res_vars} | {
        x.id for x, u in zip(inputs, in_uk) if not u and isinstance(x, Var)}
    residuals = [x for x in u_inputs if isinstance(x, Var) and x.id in known_ids]
    return [known_eqn], [unknown_eqn], out_uk, residuals


def _scan_transpose(cts, *args, jaxpr, num_consts, num_carry, length, reverse):
    nc, nk = num_consts, num_carry
    consts, carry, xs = args[:nc], args[nc:nc + nk], args[nc + nk:]
    ny = len(jaxpr.outs) - nk
    lin_c = [is_undefined(c) for c in consts]
    lin_x = [is_undefined(x) for x in xs]
    ct_carry, ct_ys = list(cts[:nk]), list(cts[nk:])
    b = jaxpr.in_binders
    bc, bk, bx = b[:nc], b[nc:nc + nk], b[nc + nk:]
    res_binders = ([v for v, l in zip(bc, lin_c) if not l]
                   + [v for v, l in zip(bx, lin_x) if not l])
    lin_binders = ([v for v, l in zip(bc, lin_c) if l] + list(bk)
                   + [v for v, l in zip(bx, lin_x) if l])
    body = Jaxpr(res_binders + lin_binders, jaxpr.eqns, jaxpr.outs)
    n_res_c = sum(1 for l in lin_c if not l)
    n_lin_c = nc - n_res_c
    res_consts = [c for c, l in zip(consts, lin_c) if not l]
    res_xs = [x for x, l in zip(xs, lin_x) if not l]
    lin_c_avals = [c.aval for c in consts if is_undefined(c)]
    lin_x_avals = [x.aval for x in xs if is_undefined(x)]
    carry_avals = [aval_of(c) for c in carry]
    n_res_x = len(res_xs)

    def t_body(*a):
        rc = list(a[:n_res_c])
        acc = list(a[n_res_c:n_res_c + n_lin_c])
        ck = list(a[n_res_c + n_lin_c:n_res_c + n_lin_c + nk])
        rx = list(a[n_res_c + n_lin_c + nk:n_res_c + n_lin_c + nk + n_res_x])
        cy = list(a[n_res_c + n_lin_c + nk + n_res_x:])
        cts_in = backward_pass(body, rc + rx, ck + cy)
        avals = lin_c_avals + carry_avals + lin_x_avals
        cts_in = [zeros_like_aval(av) if c is None else c for c, av in zip(cts_in, avals)]
        from .primitives import add
        new_acc = [add(x, y) for x, y in zip(acc, cts_in[:n_lin_c])]
        return new_acc + cts_in[n_lin_c:n_lin_c + nk] + cts_in[n_lin_c + nk:]

    ct_avals = [aval_of(c).strip_weak_type() for c in ct_ys]
    in_avals = ([aval_of(c) for c in res_consts] + lin_c_avals + carry_avals
                + [aval_of(x).update(shape=aval_of(x).shape[1:]) for x in res_xs]
                + [a.update(shape=a.shape[1:]) for a in ct_avals])
    t_jaxpr = trace_closed(t_body, [a.strip_weak_type() for a in in_avals])
    ct_carry = [convert_element_type(c, a.dtype) for c, a in zip(ct_carry, carry_avals)]
    init_acc = [zeros_like_aval(a) for a in lin_c_avals]
    outs = bind(scan_p, *res_consts, *init_acc, *ct_carry, *res_xs, *ct_ys, jaxpr=t_jaxpr,
                num_consts=n_res_c, num_carry=n_lin_c + nk, length=length,
                reverse=not reverse)
    ct_consts_lin = iter(outs[:n_lin_c])
    ct_init = outs[n_lin_c:n_lin_c + nk]
    ct_xs_lin = iter(outs[n_lin_c + nk:])
    result = [next(ct_consts_lin) if l else None for l in lin_c]
    result += [ct if is_undefined(c) else None for c, ct in zip(carry, ct_init)]
    result += [next(ct_xs_lin) if l else None for l in lin_x]
    return result


def _scan_batch(size, vals, dims, *, jaxpr, num_consts, num_carry, length, reverse):
    nc, nk = num_consts, num_carry
    const_b = [d is not None for d in dims[:nc]]
    carry_b = [d is not None for d in dims[nc:nc + nk]]
    xs_b = [d is not None for d in dims[nc + nk:]]
    while True:
        _, out_b = vmap_jaxpr(jaxpr, size, const_b + carry_b + xs_b)
        new = [a or b for a, b in zip(carry_b, out_b[:nk])]
        if new == carry_b:
            break
        carry_b = new
    ny = len(jaxpr.outs) - nk
    body, out_b = vmap_jaxpr(jaxpr, size, const_b + carry_b + xs_b, carry_b + [False] * ny)
    consts = [bdim_at_front(v, d, size) if b else v
              for v, d, b in zip(vals[:nc], dims[:nc], const_b)]
    carry = [bdim_at_front(v, d, size) if b else v
             for v, d, b in zip(vals[nc:nc + nk], dims[nc:nc + nk], carry_b)]
    xs = [moveaxis(v, 0, 1) if d is not None else v  # (B, L, ...) -> (L, B, ...)
          for v, d in zip(vals[nc + nk:], dims[nc + nk:])]
    outs = bind(scan_p, *consts, *carry, *xs, jaxpr=body, num_consts=nc, num_carry=nk,
                length=length, reverse=reverse)
    results, out_dims = [], []
    for i, (o, b) in enumerate(zip(outs, out_b)):
        if not b:
            results.append(o)
            out_dims.append(None)
        elif i < nk:
            results.append(o)
            out_dims.append(0)
        else:
            results.append(moveaxis(o, 1, 0))
            out_dims.append(0)
    return results, out_dims


def _scan_lower(ctx, avals_in, avals_out, *args, jaxpr, num_consts, num_carry, length, reverse):
    nc, nk = num_consts, num_carry
    ny = len(jaxpr.outs) - nk
    nx = len(args) - nc - nk
    cb = ctx.cb
    i32 = ArrayShape("s32", ())
    ys_avals = avals_out[nk:]
    ys_init = [cb.op("broadcast", ctx.constant(0, a.dtype), shape=hlo_shape(a), dimensions=())
               for a in ys_avals]
    state = [ctx.constant(0, np.int32)] + list(args) + ys_init
    state_shapes = [i32] + [hlo_shape(a) for a in avals_in] + [hlo_shape(a) for a in ys_avals]
    tuple_shape = TupleShape(tuple(state_shapes))
    # condition: i < length
    cond = ctx.module.computation("scan_cond")
    t = cond.parameter(tuple_shape)
    i = cond.op("get-tuple-element", t, index=0)
    cond.build(cond.op("compare", i, cond.constant(np.int32(length)), direction="LT",
                       type="SIGNED"))
    # body
    body = ctx.module.computation("scan_body")
    bctx = LoweringContext(ctx.module, body)
    t = body.parameter(tuple_shape)
    parts = [body.op("get-tuple-element", t, index=k) for k in range(len(state_shapes))]
    i = parts[0]
    consts = parts[1:1 + nc]
    carry = parts[1 + nc:1 + nc + nk]
    xs = parts[1 + nc + nk:1 + nc + nk + nx]
    ys = parts[1 + nc + nk + nx:]
    idx = i if not reverse else body.op(
        "subtract", body.constant(np.int32(length - 1)), i)
    zero = body.constant(np.int32(0))
    x_slices = []
    for x, a in zip(xs, avals_in[nc + nk:]):
        sl = body.op("dynamic-slice", x, idx, *[zero] * (a.ndim - 1),
                     shape=hlo_shape(a.update(shape=(1,) + a.shape[1:])),
                     dynamic_slice_sizes=(1,) + a.shape[1:])
        x_slices.append(body.op("reshape", sl, shape=hlo_shape(a.update(shape=a.shape[1:]))))
    outs = lower_jaxpr_body(bctx, jaxpr, consts + carry + x_slices)
    new_carry, y_vals = outs[:nk], outs[nk:]
    new_ys = []
    for acc, y, a in zip(ys, y_vals, ys_avals):
        y1 = body.op("reshape", y, shape=hlo_shape(a.update(shape=(1,) + a.shape[1:])))
        new_ys.append(body.op("dynamic-update-slice", acc, y1, idx, *[zero] * (a.ndim - 1)))
    next_i = body.op("add", i, body.constant(np.int32(1)))
    body.build(body.op("tuple", next_i, *consts, *new_carry, *xs, *new_ys))
    loop = cb.op("while", cb.op("tuple", *state), condition=cond.name, body=body.name)
    results = [cb.op("get-tuple-element", loop, index=1 + nc + k) for k in range(nk)]
    results += [cb.op("get-tuple-element", loop, index=1 + nc + nk + nx + k) for k in range(ny)]
    return results


impl_rules[scan_p] = _scan_impl
abstract_eval_rules[scan_p] = _scan_abstract
jvp_rules[scan_p] = _scan_jvp
partial_eval_rules[scan_p] = _scan_partial_eval
transpose_rules[scan_p] = _scan_transpose
batching_rules[scan_p] = _scan_batch
lowering_rules[scan_p] = _scan_lower

# ---------------------------------------------------------------- while

while_p = primitive("while", multiple_results=True)


def _while_abstract(*avals, cond_jaxpr, body_jaxpr, cond_nconsts, body_nconsts):
    carry = avals[cond_nconsts + body_nconsts:]
    out = body_jaxpr.out_avals
    for i, (a, b) in enumerate(zip(carry, out)):
        if not _same_type(a, b):
            raise TypeError(f"while_loop body function carry input and carry output must have "
                            f"equal types, but carry {i} is {a.str_short()} on input and "
                            f"{b.str_short()} on output")
    (pred,) = cond_jaxpr.out_avals
    if pred.shape != () or pred.dtype != np.bool_:
        raise TypeError(f"while_loop cond_fun must return a boolean scalar, got "
                        f"{pred.str_short()}")
    return [a.strip_weak_type() for a in carry]


def _while_impl(*args, cond_jaxpr, body_jaxpr, cond_nconsts, body_nconsts):
    cc = list(args[:cond_nconsts])
    bc = list(args[cond_nconsts:cond_nconsts + body_nconsts])
    carry = list(args[cond_nconsts + body_nconsts:])
    while bool(_interpret(cond_jaxpr, cc + carry)[0]):
        carry = _interpret(body_jaxpr, bc + carry)
    return carry


def _while_jvp(primals, tangents, *, cond_jaxpr, body_jaxpr, cond_nconsts, body_nconsts):
    cn, bn = cond_nconsts, body_nconsts
    nk = len(primals) - cn - bn
    jv = jvp_jaxpr(body_jaxpr)  # (bc, carry, bc_t, carry_t) -> (carry, carry_t)
    b = jv.in_binders
    body = Jaxpr(b[:bn] + b[bn + nk:bn + nk + bn] + b[bn:bn + nk] + b[2 * bn + nk:],
                 jv.eqns, jv.outs)
    cb = cond_jaxpr.in_binders
    t_vars = [Var(a) for a in cond_jaxpr.in_avals[cn:]]
    cond = Jaxpr(cb + t_vars, cond_jaxpr.eqns, cond_jaxpr.outs)
    tangents = [convert_element_type(t, aval_of(p).dtype) for p, t in zip(primals, tangents)]
    args = (list(primals[:cn]) + list(primals[cn:cn + bn]) + list(tangents[cn:cn + bn])
            + list(primals[cn + bn:]) + list(tangents[cn + bn:]))
    outs = bind(while_p, *args, cond_jaxpr=cond, body_jaxpr=body, cond_nconsts=cn,
                body_nconsts=2 * bn)
    return outs[:nk], outs[nk:]


def _while_transpose(cts, *args, **params):
    raise NotImplementedError(
        "Reverse-mode differentiation does not work for lax.while_loop with a dynamic trip "
        "count. Use lax.fori_loop with static bounds or lax.scan instead.")


def _while_batch(size, vals, dims, *, cond_jaxpr, body_jaxpr, cond_nconsts, body_nconsts):
    cn, bn = cond_nconsts, body_nconsts
    cc_b = [d is not None for d in dims[:cn]]
    bc_b = [d is not None for d in dims[cn:cn + bn]]
    carry_b = [d is not None for d in dims[cn + bn:]]
    while True:
        _, out_b = vmap_jaxpr(body_jaxpr, size, bc_b + carry_b)
        _, pred_b = vmap_jaxpr(cond_jaxpr, size, cc_b + carry_b)
        new = [a or b for a, b in zip(carry_b, out_b)]
        if pred_b[0]:
            new = [True] * len(new)
        if new == carry_b:
            break
        carry_b = new
    body, _ = vmap_jaxpr(body_jaxpr, size, bc_b + carry_b, carry_b)
    cond, pred_b = vmap_jaxpr(cond_jaxpr, size, cc_b + carry_b)
    vals = list(vals)
    fix = lambda v, d, b: bdim_at_front(v, d, size) if b else v
    cc = [fix(v, d, b) for v, d, b in zip(vals[:cn], dims[:cn], cc_b)]
    bc = [fix(v, d, b) for v, d, b in zip(vals[cn:cn + bn], dims[cn:cn + bn], bc_b)]
    carry = [fix(v, d, b) for v, d, b in zip(vals[cn + bn:], dims[cn + bn:], carry_b)]
    if pred_b[0]:
        # run while any example's predicate holds; finished examples keep their state
        from .primitives import bind1, reduce_or_p

        nk = len(carry)

        def cond_fn(*a):
            pred = eval_jaxpr(cond, list(a))[0]
            return [bind1(reduce_or_p, pred, axes=(0,))]

        def body_fn(*a):
            ccv, bcv, state = list(a[:cn]), list(a[cn:cn + bn]), list(a[cn + bn:])
            pred = eval_jaxpr(cond, ccv + state)[0]
            new = eval_jaxpr(body, bcv + state)
            out = []
            for old, nw in zip(state, new):
                shape = aval_of(nw).shape
                from .primitives import broadcast_in_dim
                p = broadcast_in_dim(pred, shape, (0,))
                out.append(select_n(p, old, nw))
            return out

        cond2 = trace_closed(cond_fn, [aval_of(v) for v in cc + carry])
        body2 = trace_closed(body_fn, [aval_of(v) for v in cc + bc + carry])
        outs = bind(while_p, *cc, *cc, *bc, *carry, cond_jaxpr=cond2, body_jaxpr=body2,
                    cond_nconsts=cn, body_nconsts=cn + bn)
        return outs, [0] * nk
    outs = bind(while_p, *cc, *bc, *carry, cond_jaxpr=cond, body_jaxpr=body, cond_nconsts=cn,
                body_nconsts=bn)
    return outs, [0 if b else None for b in carry_b]


def _while_lower(ctx, avals_in, avals_out, *args, cond_jaxpr, body_jaxpr, cond_nconsts,
                 body_nconsts):
    cn, bn = cond_nconsts, body_nconsts
    cb = ctx.cb
    shapes = [hlo_shape(a) for a in avals_in]
    tuple_shape = TupleShape(tuple(shapes))
    n = len(args)
    cond = ctx.module.computation("while_cond")
    t = cond.parameter(tuple_shape)
    parts = [cond.op("get-tuple-element", t, index=k) for k in range(n)]
    (pred,) = lower_jaxpr_body(LoweringContext(ctx.module, cond), cond_jaxpr,
                               parts[:cn] + parts[cn + bn:])
    cond.build(pred)
    body = ctx.module.computation("while_body")
    t = body.parameter(tuple_shape)
    parts = [body.op("get-tuple-element", t, index=k) for k in range(n)]
    new = lower_jaxpr_body(LoweringContext(ctx.module, body), body_jaxpr, parts[cn:])
    body.build(body.op("tuple", *parts[:cn + bn], *new))
    loop = cb.op("while", cb.op("tuple", *args), condition=cond.name, body=body.name)
    return [cb.op("get-tuple-element", loop, index=cn + bn + k) for k in range(n - cn - bn)]


def _while_partial_eval(eqn, unknowns):
    """The known part runs the loop on the known carries (the primal values); the whole
    loop is kept for the unknown part, whose transposition then reports that reverse mode
    does not work for while_loop (as in JAX)."""
    p = eqn.params
    cn, bn = p["cond_nconsts"], p["body_nconsts"]
    cc_uk, bc_uk = unknowns[:cn], unknowns[cn:cn + bn]
    carry_uk = list(unknowns[cn + bn:])
    body, cond = p["body_jaxpr"], p["cond_jaxpr"]
    while True:
        _, _, out_uk, _ = partial_eval_jaxpr(body, bc_uk + carry_uk)
        new = [a or b for a, b in zip(carry_uk, out_uk)]
        if new == carry_uk:
            break
        carry_uk = new
    _, _, pred_uk, _ = partial_eval_jaxpr(cond, cc_uk + carry_uk)
    if pred_uk[0]:
        raise NotImplementedError("differentiating a while_loop whose condition depends on "
                                  "the differentiated values")
    known_body, _, _, num_res = partial_eval_jaxpr(body, bc_uk + carry_uk)
    from .ad import dce_jaxpr
    known_body = dce_jaxpr(Jaxpr(known_body.in_binders, known_body.eqns,
                                 known_body.outs[:len(known_body.outs) - num_res]))
    known_cond = Jaxpr([v for v, u in zip(cond.in_binders, cc_uk + carry_uk) if not u],
                       cond.eqns, cond.outs)
    k_inputs = [x for x, u in zip(eqn.inputs, unknowns[:cn + bn] + carry_uk) if not u]
    k_outs = [v for v, u in zip(eqn.out_binders, carry_uk) if not u]
    known_eqn = JaxprEqn(while_p, k_inputs, dict(
        p, cond_jaxpr=known_cond, body_jaxpr=known_body, cond_nconsts=cn,
        body_nconsts=sum(1 for u in bc_uk if not u)), k_outs)
    u_outs = [v if u else Var(v.aval) for v, u in zip(eqn.out_binders, carry_uk)]
    unknown_eqn = JaxprEqn(while_p, eqn.inputs, p, u_outs)
    residuals = [x for x, u in zip(eqn.inputs, unknowns) if not u and isinstance(x, Var)]
    return [known_eqn], [unknown_eqn], carry_uk, residuals


impl_rules[while_p] = _while_impl
partial_eval_rules[while_p] = _while_partial_eval
abstract_eval_rules[while_p] = _while_abstract
jvp_rules[while_p] = _while_jvp
transpose_rules[while_p] = _while_transpose
batching_rules[while_p] = _while_batch
lowering_rules[while_p] = _while_lower

# ---------------------------------------------------------------- cond

cond_p = primitive("cond", multiple_results=True)


def _cond_abstract(index, *ops, branches):
    outs = branches[0].out_avals
    for k, br in enumerate(branches[1:], 1):
        if len(br.out_avals) != len(outs) or not all(
                _same_type(a, b) for a, b in zip(br.out_avals, outs)):
            raise TypeError(
                "cond branches must return the same types: branch 0 returns "
                f"{[a.str_short() for a in outs]}, branch {k} returns "
                f"{[a.str_short() for a in br.out_avals]}")
    return [a.strip_weak_type() for a in outs]


def _cond_impl(index, *ops, branches):
    k = int(np.clip(int(index), 0, len(branches) - 1))
    return _interpret(branches[k], list(ops))


def _cond_jvp(primals, tangents, *, branches):
    index, *ops = primals
    _, *t_ops = tangents
    t_ops = [convert_element_type(t, aval_of(p).dtype) for p, t in zip(ops, t_ops)]
    new = tuple(jvp_jaxpr(br) for br in branches)
    outs = bind(cond_p, index, *ops, *t_ops, branches=new)
    n = len(branches[0].outs)
    return outs[:n], outs[n:]


def _cond_partial_eval(eqn, unknowns):
    if unknowns[0]:
        raise NotImplementedError("differentiating cond with respect to its predicate")
    branches = eqn.params["branches"]
    op_uk = list(unknowns[1:])
    n_out = len(branches[0].outs)
    out_uk = [False] * n_out
    for br in branches:
        _, _, uk, _ = partial_eval_jaxpr(br, op_uk)
        out_uk = [a or b for a, b in zip(out_uk, uk)]
    splits = [partial_eval_jaxpr(br, op_uk, instantiate=out_uk) for br in branches]
    res_avals = [k.out_avals[len(k.outs) - r:] for k, _, _, r in splits]
    all_res = [a.strip_weak_type() for avals in res_avals for a in avals]
    known_ops = [x for x, u in zip(eqn.inputs[1:], op_uk) if not u]
    known_avals = [x.aval for x in known_ops]

    def known_branch(k):
        known, _, _, num_res = splits[k]

        def f(*args):
            outs = eval_jaxpr(known, list(args))
            kouts, res = outs[:len(outs) - num_res], outs[len(outs) - num_res:]
            full = []
            for j, avals in enumerate(res_avals):
                full += list(res) if j == k else [zeros_like_aval(a) for a in avals]
            return kouts + [convert_element_type(r, a.dtype) for r, a in zip(full, all_res)]
        return trace_closed(f, known_avals)

    res_vars = [Var(a) for a in all_res]
    k_outs = [v for v, u in zip(eqn.out_binders, out_uk) if not u]
    known_eqn = JaxprEqn(cond_p, [eqn.inputs[0]] + known_ops,
                         dict(branches=tuple(known_branch(k) for k in range(len(branches)))),
                         k_outs + res_vars)
    unknown_ops = [x for x, u in zip(eqn.inputs[1:], op_uk) if u]
    offsets = np.cumsum([0] + [len(a) for a in res_avals])

    def unknown_branch(k):
        _, unknown, _, num_res = splits[k]
        b = unknown.in_binders
        others = [Var(a) for a in all_res]
        binders = others[:offsets[k]] + list(b[:num_res]) + others[offsets[k + 1]:]
        return Jaxpr(binders + list(b[num_res:]), unknown.eqns, unknown.outs)

    u_outs = [v for v, u in zip(eqn.out_binders, out_uk) if u]
    unknown_eqn = JaxprEqn(cond_p, [eqn.inputs[0]] + res_vars + unknown_ops,
                           dict(branches=tuple(unknown_branch(k)
                                               for k in range(len(branches)))), u_outs)
    residuals = [x for x in [eqn.inputs[0]] + res_vars if isinstance(x, Var)]
    return [known_eqn], [unknown_eqn], out_uk, residuals


def _cond_transpose(cts, index, *ops, branches):
    if is_undefined(index):
        raise TypeError("cond is not linear in its index")
    res = [o for o in ops if not is_undefined(o)]
    lin_pos = [i for i, o in enumerate(ops) if is_undefined(o)]
    lin_avals = [ops[i].aval for i in lin_pos]
    ct_avals = [aval_of(c).strip_weak_type() for c in cts]

    def t_branch(br):
        res_b = [v for v, o in zip(br.in_binders, ops) if not is_undefined(o)]
        lin_b = [v for v, o in zip(br.in_binders, ops) if is_undefined(o)]
        body = Jaxpr(res_b + lin_b, br.eqns, br.outs)

        def f(*args):
            r, c = list(args[:len(res)]), list(args[len(res):])
            out = backward_pass(body, r, c)
            return [zeros_like_aval(a) if o is None else convert_element_type(o, a.dtype)
                    for o, a in zip(out, lin_avals)]
        return trace_closed(f, [aval_of(r).strip_weak_type() for r in res] + ct_avals)

    outs = bind(cond_p, index, *res, *cts, branches=tuple(t_branch(b) for b in branches))
    result = [None] * (1 + len(ops))
    for i, o in zip(lin_pos, outs):
        result[1 + i] = o
    return result


def _cond_batch(size, vals, dims, *, branches):
    index, *ops = vals
    d_index, *d_ops = dims
    if d_index is not None:
        # a batched predicate: run every branch, select per example
        ops_b = [bdim_at_front(v, d, size) if d is not None else v for v, d in zip(ops, d_ops)]
        in_b = [d is not None for d in d_ops]
        results = []
        for br in branches:
            bj, _ = vmap_jaxpr(br, size, in_b, [True] * len(br.outs))
            results.append(eval_jaxpr(bj, ops_b))
        index = bdim_at_front(index, d_index, size)
        from .primitives import broadcast_in_dim, compare, full
        outs = []
        for k in range(len(results[0])):
            out = results[-1][k]
            for j in range(len(branches) - 2, -1, -1):
                shape = aval_of(out).shape
                is_j = compare(index, full((size,), j, aval_of(index).dtype), "EQ")
                out = select_n(broadcast_in_dim(is_j, shape, (0,)), out, results[j][k])
            outs.append(out)
        return outs, [0] * len(outs)
    in_b = [d is not None for d in d_ops]
    out_b = [False] * len(branches[0].outs)
    for br in branches:
        _, ob = vmap_jaxpr(br, size, in_b)
        out_b = [a or b for a, b in zip(out_b, ob)]
    new = tuple(vmap_jaxpr(br, size, in_b, out_b)[0] for br in branches)
    ops = [bdim_at_front(v, d, size) if d is not None else v for v, d in zip(ops, d_ops)]
    outs = bind(cond_p, index, *ops, branches=new)
    return outs, [0 if b else None for b in out_b]


def _cond_lower(ctx, avals_in, avals_out, index, *ops, branches):
    cb = ctx.cb
    shapes = TupleShape(tuple(hlo_shape(a) for a in avals_in[1:]))
    names = []
    for k, br in enumerate(branches):
        names.append(ctx.sub_computation(br, f"branch_{k}"))
    arg = cb.op("tuple", *ops)
    out = cb.op("conditional", index, *[arg] * len(branches), branch_computations=tuple(names))
    return [cb.op("get-tuple-element", out, index=k) for k in range(len(avals_out))]


impl_rules[cond_p] = _cond_impl
abstract_eval_rules[cond_p] = _cond_abstract
jvp_rules[cond_p] = _cond_jvp
partial_eval_rules[cond_p] = _cond_partial_eval
transpose_rules[cond_p] = _cond_transpose
batching_rules[cond_p] = _cond_batch
lowering_rules[cond_p] = _cond_lower
