"""Neural-network workloads: MLP, causal attention, convolution, a GPT-style block."""
from __future__ import annotations

import math

import numpy as np

from systems import Spec
from workloads_basic import layernorm


def _rand(rng, *shape, scale=1.0):
    return (scale * rng.standard_normal(shape)).astype(np.float32)


# ----------------------------------------------------------------------------- MLP

def _mlp_inputs(rng):
    x = _rand(rng, 64, 784)
    w1, b1 = _rand(rng, 784, 512, scale=1 / math.sqrt(784)), _rand(rng, 512, scale=0.1)
    w2, b2 = _rand(rng, 512, 10, scale=1 / math.sqrt(512)), _rand(rng, 10, scale=0.1)
    labels = np.eye(10, dtype=np.float32)[rng.integers(0, 10, 64)]
    return [w1, b1, w2, b2], x, labels


def _mlp_logits(ns):
    xp = ns.np
    return lambda w1, b1, w2, b2, x: xp.matmul(ns.nn.relu(xp.matmul(x, w1) + b1), w2) + b2


def _mlp_logits_torch(torch):
    return lambda w1, b1, w2, b2, x: torch.relu(x @ w1 + b1) @ w2 + b2


def mlp_forward(rng) -> Spec:
    params, x, _ = _mlp_inputs(rng)
    return Spec("mlp_fwd", "MLP 784-512-10, batch 64, forward", [*params, x],
                array_fn=_mlp_logits, torch_fn=_mlp_logits_torch)


def _mlp_numpy_step(lr):
    def step(w1, b1, w2, b2, x, y):
        hp = x @ w1 + b1
        h = np.maximum(hp, np.float32(0))
        z = h @ w2 + b2
        s = z - z.max(-1, keepdims=True)
        e = np.exp(s)
        lse = np.log(e.sum(-1, keepdims=True))
        loss = -np.mean(np.sum(y * (s - lse), -1))
        dz = (e / e.sum(-1, keepdims=True) - y) / np.float32(x.shape[0])
        dw2, db2 = h.T @ dz, dz.sum(0)
        dhp = (dz @ w2.T) * (hp > 0)
        dw1, db1 = x.T @ dhp, dhp.sum(0)
        return loss, (w1 - lr * dw1, b1 - lr * db1, w2 - lr * dw2, b2 - lr * db2)
    return step


def mlp_train(rng) -> Spec:
    params, x, labels = _mlp_inputs(rng)
    lr = np.float32(0.1)

    def loss(ns):
        logits = _mlp_logits(ns)
        return lambda w1, b1, w2, b2, x, y: -ns.np.mean(
            ns.np.sum(y * ns.nn.log_softmax(logits(w1, b1, w2, b2, x), axis=-1), axis=-1))

    def loss_torch(torch):
        logits = _mlp_logits_torch(torch)
        return lambda w1, b1, w2, b2, x, y: -(
            y * torch.log_softmax(logits(w1, b1, w2, b2, x), dim=-1)).sum(-1).mean()
    return Spec("mlp_train", "MLP 784-512-10, batch 64, training step", [*params, x, labels],
                array_fn=loss, torch_fn=loss_torch, numpy_fn=_mlp_numpy_step(lr),
                n_params=4, lr=float(lr), tol=1e-3)


# ----------------------------------------------------------------------------- attention

def _causal_attention(ns, q, k, v):
    xp = ns.np
    s_len, hd = q.shape[-2], q.shape[-1]
    scores = xp.matmul(q, xp.swapaxes(k, -1, -2)) * (1.0 / math.sqrt(hd))
    mask = xp.arange(s_len)[:, None] >= xp.arange(s_len)[None, :]
    scores = xp.where(mask, scores, -1e9)
    return xp.matmul(ns.nn.softmax(scores, axis=-1), v)


def _causal_attention_torch(torch, q, k, v):
    s_len, hd = q.shape[-2], q.shape[-1]
    scores = (q @ k.transpose(-1, -2)) * (1.0 / math.sqrt(hd))
    mask = torch.arange(s_len)[:, None] >= torch.arange(s_len)[None, :]
    scores = torch.where(mask, scores, -1e9)
    return torch.softmax(scores, dim=-1) @ v


def attention(rng) -> Spec:
    q, k, v = (_rand(rng, 4, 4, 128, 64) for _ in range(3))
    return Spec("attention", "causal attention, seq 128, head 64 (batch 4 × 4 heads)", [q, k, v],
                array_fn=lambda ns: lambda q, k, v: _causal_attention(ns, q, k, v),
                torch_fn=lambda torch: lambda q, k, v: _causal_attention_torch(torch, q, k, v),
                note="explicit softmax(QKᵀ/√d + causal mask)·V in every system")


# ----------------------------------------------------------------------------- conv

def _conv_numpy(x, w, b):
    from numpy.lib.stride_tricks import sliding_window_view
    xp = np.pad(x, ((0, 0), (1, 1), (1, 1), (0, 0)))
    win = sliding_window_view(xp, (3, 3), axis=(1, 2))        # N H W C kh kw
    out = np.tensordot(win, w, axes=([4, 5, 3], [0, 1, 2]))    # N H W O
    return np.maximum(out + b, np.float32(0))


def conv(rng) -> Spec:
    x = _rand(rng, 8, 32, 32, 16)
    w = _rand(rng, 3, 3, 16, 32, scale=1 / math.sqrt(9 * 16))
    b = _rand(rng, 32, scale=0.1)

    def array_fn(ns):
        def f(x, w, b):
            y = ns.lax.conv_general_dilated(x, w, (1, 1), "SAME",
                                            dimension_numbers=("NHWC", "HWIO", "NHWC"))
            return ns.nn.relu(y + b)
        return f

    def torch_inputs(torch, arrays):
        x, w, b = arrays
        # NCHW views of the NHWC data (channels_last strides: no copy), OIHW weights
        return [torch.from_numpy(x).permute(0, 3, 1, 2),
                torch.from_numpy(w).permute(3, 2, 0, 1).contiguous(), torch.from_numpy(b)]

    def torch_fn(torch):
        F = torch.nn.functional
        return lambda x, w, b: torch.relu(F.conv2d(x, w, b, padding=1)).permute(0, 2, 3, 1)
    return Spec("conv", "3×3 conv + bias + relu, 8×32×32×16 → 32", [x, w, b],
                array_fn=array_fn, numpy_fn=_conv_numpy, torch_fn=torch_fn,
                torch_inputs=torch_inputs,
                note="NHWC/HWIO; PyTorch gets channels_last NCHW views of the same data")


# ----------------------------------------------------------------------------- GPT block

D, H, S, B = 256, 4, 128, 4
GPT_PARAM_NAMES = ["ln1_g", "ln1_b", "wq", "bq", "wk", "bk", "wv", "bv", "wo", "bo",
                   "ln2_g", "ln2_b", "w1", "b1", "w2", "b2"]


def _gpt_inputs(rng):
    p = []
    for name in GPT_PARAM_NAMES:
        if name.startswith("ln") and name.endswith("_g"):
            p.append(1 + _rand(rng, D, scale=0.1))
        elif name.startswith("ln"):
            p.append(_rand(rng, D, scale=0.1))
        elif name == "w1":
            p.append(_rand(rng, D, 4 * D, scale=1 / math.sqrt(D)))
        elif name == "b1":
            p.append(_rand(rng, 4 * D, scale=0.1))
        elif name == "w2":
            p.append(_rand(rng, 4 * D, D, scale=1 / math.sqrt(4 * D)))
        elif name.startswith("w"):
            p.append(_rand(rng, D, D, scale=1 / math.sqrt(D)))
        else:
            p.append(_rand(rng, D, scale=0.1))
    return p, _rand(rng, B, S, D)


def _gpt_block(ns):
    xp = ns.np

    def heads(t):   # B S D -> B H S hd
        return xp.transpose(xp.reshape(t, (B, S, H, D // H)), (0, 2, 1, 3))

    def f(ln1_g, ln1_b, wq, bq, wk, bk, wv, bv, wo, bo, ln2_g, ln2_b, w1, b1, w2, b2, x):
        h = layernorm(ns, x, ln1_g, ln1_b)
        q = heads(xp.matmul(h, wq) + bq)
        k = heads(xp.matmul(h, wk) + bk)
        v = heads(xp.matmul(h, wv) + bv)
        o = _causal_attention(ns, q, k, v)
        o = xp.reshape(xp.transpose(o, (0, 2, 1, 3)), (B, S, D))
        x = x + xp.matmul(o, wo) + bo
        h = layernorm(ns, x, ln2_g, ln2_b)
        return x + xp.matmul(ns.nn.gelu(xp.matmul(h, w1) + b1, approximate=True), w2) + b2
    return f


def _gpt_block_torch(torch):
    F = torch.nn.functional

    def heads(t):
        return t.reshape(B, S, H, D // H).transpose(1, 2)

    def f(ln1_g, ln1_b, wq, bq, wk, bk, wv, bv, wo, bo, ln2_g, ln2_b, w1, b1, w2, b2, x):
        h = F.layer_norm(x, (D,), ln1_g, ln1_b, eps=1e-5)
        o = _causal_attention_torch(torch, heads(h @ wq + bq), heads(h @ wk + bk),
                                    heads(h @ wv + bv))
        x = x + o.transpose(1, 2).reshape(B, S, D) @ wo + bo
        h = F.layer_norm(x, (D,), ln2_g, ln2_b, eps=1e-5)
        return x + F.gelu(h @ w1 + b1, approximate="tanh") @ w2 + b2
    return f


GPT_DESC = f"GPT block (d {D}, {H} heads, seq {S}, batch {B})"


def gpt_forward(rng) -> Spec:
    params, x = _gpt_inputs(rng)
    return Spec("gpt_fwd", GPT_DESC + ", forward", [*params, x],
                array_fn=_gpt_block, torch_fn=_gpt_block_torch)


def gpt_train(rng) -> Spec:
    params, x = _gpt_inputs(rng)

    def loss(ns):
        block = _gpt_block(ns)
        return lambda *a: ns.np.mean(block(*a) ** 2)

    def loss_torch(torch):
        block = _gpt_block_torch(torch)
        return lambda *a: (block(*a) ** 2).mean()
    return Spec("gpt_train", GPT_DESC + ", training step", [*params, x],
                array_fn=loss, torch_fn=loss_torch, n_params=len(params), lr=0.1, tol=1e-3,
                note="loss = mean(block(x)²); SGD on all 16 parameters")


SPECS = [mlp_forward, mlp_train, attention, conv, gpt_forward, gpt_train]
