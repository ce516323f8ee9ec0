#!/usr/bin/python3
"""Reference features for Dartboard's front end, computed with torchaudio (float64).

Writes deterministic test clips and the expected MFCC / log-mel features of each clip under
each config as raw little-endian float32 files plus an index (index.json) to
src/test/resources/features/. The Java tests (FeatureReferenceTest) read them; `mvn verify`
never runs Python.

Run from the repository root with Debian's Python (python3-torch, python3-torchaudio):
    /usr/bin/python3 tools/reference/frontend_reference.py

The front end (docs/architecture.md#front-end, DataConfig): clip to N samples (zero-pad at the end); frame t =
samples [t*hop, t*hop + win) times a periodic Hann window of length win, zero-padded to n_fft
(next power of two >= win); |X|^2; HTK mel filterbank f_min 0, f_max sr/2, norm None;
ln(mel + 1e-6); MFCC = create_dct(coeffs, mels, norm="ortho") of the log-mel.

torch.stft centres the win-length window inside each n_fft frame, so the clip is padded with
(n_fft - win)//2 zeros on the left and the rest on the right (docs/stack-notes.md#front-end-reference-torchaudio): torchaudio's
frame t then holds exactly samples [t*hop, t*hop + win).
"""
import json
import math
import os
import sys

import numpy as np
import torch
import torchaudio
import torchaudio.functional as AF
import torchaudio.transforms as T

OUT = os.path.join("src", "test", "resources", "features")
LOG_OFFSET = 1e-6

# (sampleRate, type, windowMs, hopMs, melBins, coeffs, clipMs)
CONFIGS = [
    (16000, "mfcc", 40, 20, 40, 10, 1000),      # DataConfig.defaults(): win 640, n_fft 1024
    (16000, "log-mel", 25, 6.25, 80, 0, 500),   # 400 / 100 samples (paper), 80 mels, n_fft 512
    (16000, "mfcc", 64, 32, 80, 40, 1000),      # win = n_fft = 1024, 40 coefficients
    (16000, "log-mel", 20, 10, 10, 0, 1000),    # 320 / 160 samples, 10 mels
    (8000, "mfcc", 40, 20, 40, 10, 1000),       # win 320, n_fft 512
    (8000, "log-mel", 32, 16, 80, 0, 1000),     # win = n_fft = 256, 80 of 129 bins
    (8000, "mfcc", 25, 12.5, 20, 12, 750),      # 200 / 100 samples, fractional hop, clip crop/pad
]


def samples(sr, ms):
    return int(math.floor(sr * ms / 1000.0 + 0.5))  # Java Math.round


def n_fft_of(win):
    n = 1
    while n < win:
        n *= 2
    return n


def config_id(sr, kind, win_ms, hop_ms, mels, coeffs, clip_ms):
    def fmt(ms):
        return str(int(ms)) if float(ms).is_integer() else repr(float(ms)).replace(".", "p")
    c = "-c%d" % coeffs if kind == "mfcc" else ""
    return "%s-%dk-w%s-h%s-m%d%s-l%s" % (kind, sr // 1000, fmt(win_ms), fmt(hop_ms), mels, c, fmt(clip_ms))


def make_clips(sr):
    """Three deterministic clips: a chirp longer than 1 s (cropped), tone + noise, a short burst."""
    gen = np.random.default_rng(20261124 + sr)
    t = np.arange(int(1.1 * sr)) / sr
    f0, f1 = 60.0, 0.45 * sr
    chirp = 0.5 * np.sin(2 * np.pi * (f0 * t + (f1 - f0) / (2 * 1.1) * t * t))
    t1 = np.arange(sr) / sr
    tone = 0.3 * np.sin(2 * np.pi * 440 * t1) + 0.2 * np.sin(2 * np.pi * 1000 * t1 + 0.3) \
        + 0.05 * gen.standard_normal(sr)
    t2 = np.arange(int(0.3 * sr)) / sr
    burst = (0.4 * np.exp(-8 * t2) * np.sin(2 * np.pi * 700 * t2) + 0.1 * gen.standard_normal(t2.size) * np.exp(-4 * t2))
    return {"chirp": chirp, "tone-noise": tone, "short-burst": burst}


def reference(clip32, sr, kind, win, hop, mels, coeffs, n_clip):
    n_fft = n_fft_of(win)
    x = np.zeros(n_clip)
    m = min(n_clip, clip32.size)
    x[:m] = clip32[:m].astype(np.float64)
    left = (n_fft - win) // 2
    x = np.concatenate([np.zeros(left), x, np.zeros(n_fft - win - left)])
    melspec = T.MelSpectrogram(sample_rate=sr, n_fft=n_fft, win_length=win, hop_length=hop, f_min=0.0,
                               f_max=sr / 2, n_mels=mels, window_fn=torch.hann_window, power=2.0,
                               center=False, norm=None, mel_scale="htk").double()
    mel = melspec(torch.from_numpy(x))                   # (mels, frames)
    logmel = torch.log(mel + LOG_OFFSET)
    frames = 1 + (n_clip - win) // hop
    assert logmel.shape == (mels, frames), (logmel.shape, frames)
    if kind == "log-mel":
        return logmel.T.numpy()
    dct = AF.create_dct(coeffs, mels, norm="ortho").double()  # (mels, coeffs)
    mfcc = logmel.T @ dct
    check = T.MFCC(sample_rate=sr, n_mfcc=coeffs, dct_type=2, norm="ortho", log_mels=True, melkwargs=dict(
        n_fft=n_fft, win_length=win, hop_length=hop, f_min=0.0, f_max=sr / 2, n_mels=mels,
        window_fn=torch.hann_window, power=2.0, center=False, norm=None, mel_scale="htk")).double()
    other = check(torch.from_numpy(x)).T
    assert torch.allclose(mfcc, other, rtol=0, atol=1e-9), "MFCC transform disagrees with DCT(log-mel)"
    return mfcc.numpy()


def write_f32(name, array):
    data = np.ascontiguousarray(array, dtype="<f4")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data.tobytes())
    return name


def main():
    # Windows, filterbanks and DCTs are built with the default dtype: make it float64 so that no
    # table is rounded to float32 before `.double()` (that alone moves near-silent log-mel bins by 5e-4).
    torch.set_default_dtype(torch.float64)
    os.makedirs(OUT, exist_ok=True)
    index = {"generator": "tools/reference/frontend_reference.py",
             "torch": torch.__version__, "torchaudio": torchaudio.__version__, "precision": "float64",
             "format": "raw little-endian float32; features row-major frames x features",
             "clips": [], "cases": []}
    clips = {}
    for sr in sorted({c[0] for c in CONFIGS}):
        for name, clip in make_clips(sr).items():
            key = "%s-%dk" % (name, sr // 1000)
            clips[key] = clip.astype(np.float32)
            index["clips"].append({"name": key, "sampleRate": sr, "samples": int(clip.size),
                                   "file": write_f32("clip-%s.f32" % key, clips[key])})
    for (sr, kind, win_ms, hop_ms, mels, coeffs, clip_ms) in CONFIGS:
        cid = config_id(sr, kind, win_ms, hop_ms, mels, coeffs, clip_ms)
        win, hop, n_clip = samples(sr, win_ms), samples(sr, hop_ms), samples(sr, clip_ms)
        for entry in [c for c in index["clips"] if c["sampleRate"] == sr]:
            feats = reference(clips[entry["name"]], sr, kind, win, hop, mels, coeffs, n_clip)
            index["cases"].append({
                "config": {"sampleRate": sr, "type": kind, "windowMs": win_ms, "hopMs": hop_ms,
                           "melBins": mels, "coeffs": coeffs, "clipMs": clip_ms},
                "id": cid, "clip": entry["name"], "shape": list(feats.shape),
                "winSamples": win, "hopSamples": hop, "nFft": n_fft_of(win),
                "file": write_f32("ref-%s--%s.f32" % (cid, entry["name"]), feats)})
    with open(os.path.join(OUT, "index.json"), "w") as f:
        json.dump(index, f, indent=1)
        f.write("\n")
    total = sum(os.path.getsize(os.path.join(OUT, n)) for n in os.listdir(OUT))
    print("wrote %d clips, %d cases, %d bytes to %s" % (len(index["clips"]), len(index["cases"]), total, OUT),
          file=sys.stderr)


if __name__ == "__main__":
    main()
