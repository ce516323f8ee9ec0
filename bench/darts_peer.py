#!/usr/bin/python3
"""Reference supernet in PyTorch (Debian: apt-get install python3-torch), the peer that the
Java search engine's benchmark is compared with on the same machine, in the same run.

Shape: three data-config inputs [B,1,49,10], [B,1,49,40], [B,1,99,40], each through its own
stem (conv, 32 channels, BN, ReLU) to a common grid, mixed by softmax(beta); 4 mixed layers,
each softmax(alpha) over {dw-sep 3x3, dw-sep 5x5, conv 3x3, max-pool 3x3, skip, zero}, the ops
post-activation (op -> BN -> ReLU) as Dartboard's supernet mixes them (model.Lowering);
global average pool; linear to 12 classes. One DARTS iteration = a weight step (SGD) on one
batch + an architecture step (Adam) on another. Prints ms per step and samples/s.
Env: THREADS (2), C (32), BATCHES ("64,128"), STEPS (20), AFFINE (1).
Run: /usr/bin/python3 bench/darts_peer.py (bench/darts-bench.sh runs it beside the Java side)
"""
import time, sys, os, resource
import torch, torch.nn as nn, torch.nn.functional as F
torch.set_num_threads(int(os.environ.get("THREADS", "2")))
C = int(os.environ.get("C", "32"))
OPS = ["sep3", "sep5", "conv3", "maxpool3", "skip", "zero"]

class BN(nn.Module):   # training-mode BN with affine, like the SameDiff manual BN
    def __init__(s, c): super().__init__(); s.bn = nn.BatchNorm2d(c, affine=os.environ.get("AFFINE", "1") == "1", track_running_stats=False)
    def forward(s, x): return s.bn(x)

class Sep(nn.Module):
    def __init__(s, c, k):
        super().__init__(); s.dw = nn.Conv2d(c, c, k, padding=k//2, groups=c, bias=False); s.pw = nn.Conv2d(c, c, 1, bias=False); s.bn = BN(c)
    def forward(s, x): return F.relu(s.bn(s.pw(s.dw(x))))   # post-activation, as Dartboard's trained block

class Mixed(nn.Module):
    def __init__(s, c):
        super().__init__()
        s.sep3, s.sep5 = Sep(c, 3), Sep(c, 5)
        s.conv3 = nn.Conv2d(c, c, 3, padding=1, bias=False); s.bn3 = BN(c)
        s.alpha = nn.Parameter(1e-3 * torch.randn(len(OPS)))
    def forward(s, x):
        w = F.softmax(s.alpha, 0)
        return (w[0] * s.sep3(x) + w[1] * s.sep5(x) + w[2] * F.relu(s.bn3(s.conv3(x)))
                + w[3] * F.max_pool2d(x, 3, 1, 1) + w[4] * x)   # w[5]: zero op

class Net(nn.Module):
    def __init__(s, c=C, L=4):
        super().__init__()
        s.stem1 = nn.Sequential(nn.Conv2d(1, c, 3, (2, 2), (1, 1), bias=False), BN(c), nn.ReLU())
        s.stem2 = nn.Sequential(nn.Conv2d(1, c, (3, 8), (2, 8), (1, 0), bias=False), BN(c), nn.ReLU())
        s.stem3 = nn.Sequential(nn.Conv2d(1, c, (3, 8), (4, 8), (1, 0), bias=False), BN(c), nn.ReLU())
        s.beta = nn.Parameter(1e-3 * torch.randn(3))
        s.layers = nn.ModuleList([Mixed(c) for _ in range(L)])
        s.fc = nn.Linear(c, 12)
    def forward(s, x1, x2, x3):
        b = F.softmax(s.beta, 0)
        h = b[0] * s.stem1(x1) + b[1] * s.stem2(x2) + b[2] * s.stem3(x3)
        for l in s.layers: h = l(h)
        return s.fc(h.mean((2, 3)))

torch.manual_seed(0)
net = Net()
arch = [p for n, p in net.named_parameters() if n.endswith("alpha") or n == "beta"]
wts = [p for n, p in net.named_parameters() if not (n.endswith("alpha") or n == "beta")]
print("params(weights)=", sum(p.numel() for p in wts), "threads=", torch.get_num_threads(), "torch", torch.__version__)
wopt = torch.optim.SGD(wts, lr=0.025)
aopt = torch.optim.Adam(arch, lr=3e-4, betas=(0.5, 0.999))
def batch(B):
    return (torch.randn(B, 1, 49, 10), torch.randn(B, 1, 49, 40), torch.randn(B, 1, 99, 40)), torch.randint(0, 12, (B,))
def step(opt, params, data):
    (x1, x2, x3), y = data
    opt.zero_grad(set_to_none=True)
    loss = F.cross_entropy(net(x1, x2, x3), y)
    # grads only for the selected group (like sd.calculateGradients(ph, names))
    g = torch.autograd.grad(loss, params)
    for p, gi in zip(params, g): p.grad = gi
    opt.step()
    return loss.item()
steps = int(os.environ.get("STEPS", "20"))
for B in [int(b) for b in os.environ.get("BATCHES", "64,128").split(",")]:
    tr, va = batch(B), batch(B)
    for _ in range(5): step(wopt, wts, tr); step(aopt, arch, va)
    tw = ta = tf = 0
    for _ in range(steps):
        t0 = time.perf_counter(); step(wopt, wts, tr); t1 = time.perf_counter(); step(aopt, arch, va); t2 = time.perf_counter()
        with torch.no_grad(): net(*tr[0])
        t3 = time.perf_counter(); tw += t1 - t0; ta += t2 - t1; tf += t3 - t2
    msw, msa, msf = 1e3 * tw / steps, 1e3 * ta / steps, 1e3 * tf / steps
    print(f"B={B} weight-step {msw:.1f} ms ({B*1e3/msw:.0f} samples/s) | alpha-step {msa:.1f} ms ({B*1e3/msa:.0f} samples/s) | fwd-only {msf:.1f} ms | DARTS iter {msw+msa:.1f} ms")
net.eval()
(x1, x2, x3), _ = batch(1)
with torch.no_grad():
    for _ in range(20): net(x1, x2, x3)
    t = time.perf_counter()
    for _ in range(200): net(x1, x2, x3)
print(f"single-sample inference {1e3*(time.perf_counter()-t)/200:.2f} ms")
ru = resource.getrusage(resource.RUSAGE_SELF); print(f"minflt total {ru.ru_minflt}")
print(f"maxRSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.0f} MB")
