"""Small models the torch frontend tests (and benchmarks/workloads_torch.py) run, in plain
torch.nn: an MLP, a ResNet-style CNN, a depthwise CNN with batch norm, a GPT block, a
Llama-style decoder with grouped-query attention and a BERT-style encoder."""
from __future__ import annotations

import torch
import torch.nn as nn
import torch.nn.functional as F


class MLP(nn.Module):
    def __init__(self, d_in=16, hidden=32, d_out=4):
        super().__init__()
        self.fc1 = nn.Linear(d_in, hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.out = nn.Linear(hidden, d_out)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.silu(self.fc2(x))
        return self.out(x)


class ResidualBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels)
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels)

    def forward(self, x):
        y = F.relu(self.bn1(self.conv1(x)))
        return F.relu(x + self.bn2(self.conv2(y)))


class SmallResNet(nn.Module):
    def __init__(self, classes=5):
        super().__init__()
        self.stem = nn.Conv2d(3, 8, 3, stride=1, padding=1)
        self.bn = nn.BatchNorm2d(8)
        self.block = ResidualBlock(8)
        self.pool = nn.MaxPool2d(2)
        self.avg = nn.AvgPool2d(2)
        self.head = nn.Linear(8, classes)

    def forward(self, x):
        x = F.relu(self.bn(self.stem(x)))
        x = self.pool(self.block(x))
        x = self.avg(x)
        x = F.adaptive_avg_pool2d(x, 1).flatten(1)
        return self.head(x)


class DecoderBlock(nn.Module):
    def __init__(self, d_model=32, heads=4, dropout=0.0):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d_model)
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)
        self.ln2 = nn.LayerNorm(d_model)
        self.fc = nn.Linear(d_model, 4 * d_model)
        self.fc_out = nn.Linear(4 * d_model, d_model)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        b, t, c = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(c, dim=2)
        q, k, v = (z.view(b, t, self.heads, c // self.heads).transpose(1, 2) for z in (q, k, v))
        att = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        x = x + self.dropout(self.proj(att.transpose(1, 2).reshape(b, t, c)))
        return x + self.dropout(self.fc_out(F.gelu(self.fc(self.ln2(x)))))


class TinyGPT(nn.Module):
    def __init__(self, vocab=50, d_model=32, block_size=16, heads=4, dropout=0.0):
        super().__init__()
        self.tok = nn.Embedding(vocab, d_model)
        self.pos = nn.Embedding(block_size, d_model)
        self.block = DecoderBlock(d_model, heads, dropout)
        self.ln = nn.LayerNorm(d_model)
        self.head = nn.Linear(d_model, vocab, bias=False)

    def forward(self, idx):
        t = idx.shape[1]
        x = self.tok(idx) + self.pos(torch.arange(t, device=idx.device))
        x = self.ln(self.block(x))
        return F.log_softmax(self.head(x), dim=-1)


class DepthwiseBlock(nn.Module):
    """MobileNet's inverted residual: expand 1x1, depthwise 3x3, project 1x1."""

    def __init__(self, channels, expand=3, stride=1):
        super().__init__()
        hidden = channels * expand
        self.stride = stride
        self.expand = nn.Conv2d(channels, hidden, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(hidden)
        self.depthwise = nn.Conv2d(hidden, hidden, 3, stride=stride, padding=1, groups=hidden,
                                   bias=False)
        self.bn2 = nn.BatchNorm2d(hidden)
        self.project = nn.Conv2d(hidden, channels, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(channels)

    def forward(self, x):
        y = F.relu6(self.bn1(self.expand(x)))
        y = F.hardswish(self.bn2(self.depthwise(y)))
        y = self.bn3(self.project(y))
        return x + y if self.stride == 1 else y


class DepthwiseCNN(nn.Module):
    def __init__(self, channels=24, classes=5, blocks=2):
        super().__init__()
        self.stem = nn.Conv2d(3, channels, 3, stride=2, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(channels)
        self.blocks = nn.Sequential(*[DepthwiseBlock(channels, stride=2 if i == blocks - 1
                                                     else 1) for i in range(blocks)])
        self.head = nn.Linear(channels, classes)

    def forward(self, x):
        x = self.blocks(F.relu(self.bn(self.stem(x))))
        return self.head(F.adaptive_avg_pool2d(x, 1).flatten(1))


class RMSNorm(nn.Module):
    def __init__(self, d, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(d))

    def forward(self, x):
        return self.weight * x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)


def rotate_half(x):
    a, b = x.chunk(2, dim=-1)
    return torch.cat((-b, a), dim=-1)


class LlamaBlock(nn.Module):
    """RMSNorm, rotary positions, grouped-query causal attention, SwiGLU."""

    def __init__(self, d_model=32, heads=4, kv_heads=2, hidden=64):
        super().__init__()
        self.heads, self.kv_heads, self.head_dim = heads, kv_heads, d_model // heads
        self.norm1 = RMSNorm(d_model)
        self.q = nn.Linear(d_model, d_model, bias=False)
        self.kv = nn.Linear(d_model, 2 * kv_heads * self.head_dim, bias=False)
        self.o = nn.Linear(d_model, d_model, bias=False)
        self.norm2 = RMSNorm(d_model)
        self.gate = nn.Linear(d_model, hidden, bias=False)
        self.up = nn.Linear(d_model, hidden, bias=False)
        self.down = nn.Linear(hidden, d_model, bias=False)

    def forward(self, x, cos, sin):
        b, t, c = x.shape
        h = self.norm1(x)
        q = self.q(h).view(b, t, self.heads, self.head_dim).transpose(1, 2)
        k, v = self.kv(h).view(b, t, 2 * self.kv_heads, self.head_dim).transpose(1, 2).chunk(
            2, dim=1)
        q, k = (z * cos + rotate_half(z) * sin for z in (q, k))
        att = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
        x = x + self.o(att.transpose(1, 2).reshape(b, t, c))
        h = self.norm2(x)
        return x + self.down(F.silu(self.gate(h)) * self.up(h))


class TinyLlama(nn.Module):
    def __init__(self, vocab=50, d_model=32, heads=4, kv_heads=2, layers=1, block_size=16):
        super().__init__()
        self.tok = nn.Embedding(vocab, d_model)
        self.blocks = nn.ModuleList(LlamaBlock(d_model, heads, kv_heads, 2 * d_model)
                                    for _ in range(layers))
        self.norm = RMSNorm(d_model)
        self.head = nn.Linear(d_model, vocab, bias=False)
        head_dim = d_model // heads
        freqs = 1.0 / 10000 ** (torch.arange(0, head_dim, 2).float() / head_dim)
        angles = torch.outer(torch.arange(block_size).float(), freqs)
        angles = torch.cat((angles, angles), dim=-1)
        self.register_buffer("cos", angles.cos(), persistent=False)
        self.register_buffer("sin", angles.sin(), persistent=False)

    def forward(self, idx):
        t = idx.shape[1]
        x = self.tok(idx)
        cos, sin = self.cos[:t], self.sin[:t]
        for block in self.blocks:
            x = block(x, cos, sin)
        return F.log_softmax(self.head(self.norm(x)), dim=-1)


class BertLayer(nn.Module):
    def __init__(self, d_model=32, heads=4):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)
        self.ln1 = nn.LayerNorm(d_model)
        self.fc = nn.Linear(d_model, 4 * d_model)
        self.fc_out = nn.Linear(4 * d_model, d_model)
        self.ln2 = nn.LayerNorm(d_model)
        self.dropout = nn.Dropout(0.0)

    def forward(self, x, mask):
        b, t, c = x.shape
        q, k, v = (z.view(b, t, self.heads, c // self.heads).transpose(1, 2)
                   for z in self.qkv(x).split(c, dim=2))
        att = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        x = self.ln1(x + self.dropout(self.proj(att.transpose(1, 2).reshape(b, t, c))))
        return self.ln2(x + self.dropout(self.fc_out(F.gelu(self.fc(x)))))


class TinyBert(nn.Module):
    """BERT's shape: word + position + token-type embeddings, a padding mask made additive
    with the dtype's minimum (as transformers does), post-norm layers, a tanh pooler."""

    def __init__(self, vocab=50, d_model=32, heads=4, layers=2, block_size=16, classes=3):
        super().__init__()
        self.word = nn.Embedding(vocab, d_model)
        self.position = nn.Embedding(block_size, d_model)
        self.token_type = nn.Embedding(2, d_model)
        self.ln = nn.LayerNorm(d_model)
        self.layers = nn.ModuleList(BertLayer(d_model, heads) for _ in range(layers))
        self.pooler = nn.Linear(d_model, d_model)
        self.classifier = nn.Linear(d_model, classes)
        self.register_buffer("position_ids", torch.arange(block_size).expand(1, -1),
                             persistent=False)
        self.register_buffer("token_type_ids", torch.zeros(1, block_size, dtype=torch.long),
                             persistent=False)

    def forward(self, idx, attention_mask):
        b, t = idx.shape
        token_types = self.token_type_ids[:, :t].expand(b, t)
        x = self.word(idx) + self.position(self.position_ids[:, :t]) + \
            self.token_type(token_types)
        x = self.ln(x)
        mask = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
        for layer in self.layers:
            x = layer(x, mask)
        return self.classifier(torch.tanh(self.pooler(x[:, 0])))


class ResNet(nn.Module):
    """ResNet-18's shape (strided stages of residual blocks) at any width and depth."""

    def __init__(self, widths=(16, 32, 64, 128), blocks=1, classes=10):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, widths[0], 7, stride=2, padding=3, bias=False),
                                  nn.BatchNorm2d(widths[0]), nn.ReLU(),
                                  nn.MaxPool2d(3, stride=2, padding=1))
        stages, cin = [], widths[0]
        for i, w in enumerate(widths):
            for b in range(blocks):
                stages.append(BasicBlock(cin, w, stride=2 if i and not b else 1))
                cin = w
        self.stages = nn.Sequential(*stages)
        self.head = nn.Linear(cin, classes)

    def forward(self, x):
        x = self.stages(self.stem(x))
        return self.head(F.adaptive_avg_pool2d(x, 1).flatten(1))


class BasicBlock(nn.Module):
    def __init__(self, cin, cout, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.down = None if stride == 1 and cin == cout else nn.Sequential(
            nn.Conv2d(cin, cout, 1, stride=stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        y = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))
        return F.relu(y + (x if self.down is None else self.down(x)))


class GPT(nn.Module):
    """GPT-2's shape: token and position embeddings, pre-norm blocks, a tied head."""

    def __init__(self, vocab=50, d_model=32, block_size=16, heads=4, layers=2):
        super().__init__()
        self.tok = nn.Embedding(vocab, d_model)
        self.pos = nn.Embedding(block_size, d_model)
        self.blocks = nn.Sequential(*[DecoderBlock(d_model, heads) for _ in range(layers)])
        self.ln = nn.LayerNorm(d_model)

    def forward(self, idx):
        t = idx.shape[1]
        x = self.tok(idx) + self.pos(torch.arange(t, device=idx.device))
        return F.log_softmax(self.ln(self.blocks(x)) @ self.tok.weight.t(), dim=-1)


def mlp_case():
    torch.manual_seed(0)
    model = MLP()
    x = torch.randn(8, 16)
    target = torch.randint(0, 4, (8,))
    return model, (x,), lambda out: F.cross_entropy(out, target)


def cnn_case():
    torch.manual_seed(0)
    model = SmallResNet()
    x = torch.randn(4, 3, 8, 8)
    target = torch.randint(0, 5, (4,))
    return model, (x,), lambda out: F.cross_entropy(out, target)


def gpt_case():
    torch.manual_seed(0)
    model = TinyGPT()
    idx = torch.randint(0, 50, (2, 16))
    target = torch.randint(0, 50, (2, 16))
    return model, (idx,), lambda out: F.nll_loss(out.reshape(-1, 50), target.reshape(-1))


def depthwise_cnn_case():
    torch.manual_seed(0)
    model = DepthwiseCNN()
    x = torch.randn(4, 3, 16, 16)
    target = torch.randint(0, 5, (4,))
    return model, (x,), lambda out: F.cross_entropy(out, target)


def llama_case():
    torch.manual_seed(0)
    model = TinyLlama()
    idx = torch.randint(0, 50, (2, 16))
    target = torch.randint(0, 50, (2, 16))
    return model, (idx,), lambda out: F.nll_loss(out.reshape(-1, 50), target.reshape(-1))


def bert_case():
    torch.manual_seed(0)
    model = TinyBert()
    idx = torch.randint(0, 50, (2, 16))
    attention_mask = torch.ones(2, 16, dtype=torch.long)
    attention_mask[1, 12:] = 0
    target = torch.randint(0, 3, (2,))
    return model, (idx, attention_mask), lambda out: F.cross_entropy(out, target)


CASES = {"mlp": mlp_case, "cnn": cnn_case, "gpt": gpt_case,
         "depthwise_cnn": depthwise_cnn_case, "llama": llama_case, "bert": bert_case}
