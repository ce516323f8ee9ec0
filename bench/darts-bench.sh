#!/usr/bin/env bash
# One DARTS iteration (weight step + architecture step, batch 64) on the supernet of
# bench/darts_peer.py: the SameDiff supernet (dev.dartboard.nas.bench.DartsBench) and the
# PyTorch peer, run back to back in this one script, then the ratio Java ms / PyTorch ms.
#
# Run from the repository root (needs the Maven repository offline-ready and Debian's python3-torch):
#     bench/darts-bench.sh                       # peer on all cores, Java on Dartboard's default, both variants
#     THREADS=1 STEPS=30 bench/darts-bench.sh    # env: THREADS (peer; all cores) JAVA_THREADS (cores - 1, at least 1)
#                                                #      BATCH (64) WARMUP (5) STEPS (20)
#                                                #      VARIANTS ("separate superkernel") PEER (path)
#     BENCH_MVN_FLAGS=-Pcuda bench/darts-bench.sh   # the Java side on ND4J's CUDA backend (docs/stack-notes.md#gpu-backend)
# Each side runs on its own default thread count for this machine: PyTorch's is all cores; Dartboard's
# is cores - 1 (dev.dartboard.engine.ops.NativeThreads: on 2 cores one native thread beats two, because a
# third of a SameDiff step is single-threaded Java work that a second OpenMP thread competes with).
# Variants: separate    = the peer's function exactly (affine-free BN; see below)
#           superkernel = dw-sep 3x3 and 5x5 folded into one 5x5 depthwise (Single-Path NAS), shared 1x1 + BN
# The peer runs with AFFINE=0 (affine-free BN, as DARTS' search cells and as the Java supernet).
# Java runs with OMP_WAIT_POLICY=PASSIVE: on a shared 2-core machine libnd4j's spinning OpenMP
# workers made an iteration ~7x slower (measured 6.3 s vs 0.9 s).
# Timings are wall clock; on a busy machine compare the ratio of runs made in the same window.
# The peer runs before and after the Java variants; both numbers are printed and the ratio uses
# the faster one (PyTorch's 2 spinning OpenMP threads too lose 10x now and then to neighbours),
# which errs against Java.
# Output: the raw lines of both sides on stderr, then a summary table on stdout.
#
# Since 2026-12-07 both sides mix post-activation ops (op -> BN -> ReLU, the trained blocks of model.Lowering): one
#   ReLU per op where the numbers below had one shared ReLU per layer (pre-activation), so expect a few % more time;
#   DartsBench also prints the losses of its first and last iteration (first_losses=, last_losses= train/val).
# Measured 2026-12-04 (3), 2-core VM, load 1.2-1.4 (docs/search-speed.md), three runs: peer 100.6-124.5 ms (2 threads);
#   Java on 1 thread with DepthwiseOp and planned execution (engine.exec): separate 155.8 / 157.5 / 183.4 ms (1.30 / 1.27 /
#   1.82x), superkernel 128.3 / 129.7 / 159.8 ms (1.07 / 1.04 / 1.59x); peak RSS 411-453 MB. -Ddartboard.exec=samediff
#   in the java command runs SameDiff's own session for comparison.
# Measured 2026-12-04, quiet 2-core VM (docs/search-speed.md): peer 101-108 ms (2 threads); Java on 1 thread with
#   the fused batch norm and relu_bp: separate 293-307 ms (2.86-2.90x), superkernel 264-267 ms (2.48-2.62x);
#   peak RSS 1.21-1.26 / 1.03 GB. Largest items left (superkernel, per iteration): depthwise 5x5 backward ~50 ms,
#   batchnorm_bp ~34 ms, System.gc() ~30 ms, conv2d_bp ~30 ms, ~50 ms Java-side.
# Measured 2026-11-24 on the 2-core VM shared with 5 other builds (load 2-4; +-30% noise), onednn-avx2:
#   THREADS=2: peer 134-140 ms | separate 538-555 ms (4.0-4.2x) | superkernel 424-463 ms (3.0-3.5x)
#              | superkernel-pc4 326-342 ms (2.3-2.6x, PC-DARTS K=4: NOT the peer's function)
#   THREADS=1: peer 244 ms | separate 848 ms (3.5x) | superkernel 594 ms (2.4x) | superkernel-pc4 321 ms (1.3x)
#   peak RSS: separate 1.1 GB, superkernel 0.96 GB, superkernel-pc4 0.76 GB (peer 0.39 GB)
# Where the time goes (superkernel, 1 thread, per iteration): ~450 ops; standardize + its bp 196 ms,
# depthwise 5x5 bp 69 ms, maxpool bp 53 ms, conv bp 52 ms, relu bp 25 ms; ~20% Java-side.
# Tried and dropped: BN as matmuls (no broadcasts): op time 3.5x lower but +30 ops per BN, no net
# gain in the full graph and RSS 1.6-2.0 GB; BN via a permute to [C, N]; moments(); separable 3x1+1x3
# max pool; scalar-weighted sums (broadcast multiply_bp 7.9 ms per call at B=64).
set -euo pipefail
cd "$(dirname "$0")/.."
CORES=$(nproc); THREADS=${THREADS:-$CORES}; JAVA_THREADS=${JAVA_THREADS:-$(( CORES > 1 ? CORES - 1 : 1 ))}; BATCH=${BATCH:-64}; WARMUP=${WARMUP:-5}; STEPS=${STEPS:-20}
VARIANTS=${VARIANTS:-"separate superkernel"}
PEER=${PEER:-bench/darts_peer.py}

mvn -q -o ${BENCH_MVN_FLAGS:-} compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
CP="target/classes:$(cat target/bench-classpath.txt)"

peer() {  # prints "<ms per DARTS iteration> <max RSS MB>"
  local out
  out=$(AFFINE=0 THREADS=$THREADS BATCHES=$BATCH STEPS=$STEPS /usr/bin/python3 "$PEER")
  echo "$out" | sed 's/^/peer: /' >&2
  echo "$(echo "$out" | grep "^B=$BATCH " | sed 's/.*DARTS iter \([0-9.]*\) ms.*/\1/') $(echo "$out" | sed -n 's/^maxRSS \([0-9]*\) MB/\1/p')"
}

java_side() {  # $1 = variant; prints DartsBench's line
  OMP_NUM_THREADS=$JAVA_THREADS OMP_WAIT_POLICY=PASSIVE java -XX:+UseSerialGC -Xmx1g \
    -Dorg.bytedeco.javacpp.maxphysicalbytes=0 -Dorg.bytedeco.javacpp.maxbytes=0 \
    -cp "$CP" dev.dartboard.nas.bench.DartsBench "$1" "$BATCH" "$WARMUP" "$STEPS" 2>/dev/null
}

field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

read -r P1 R1 < <(peer)
declare -A LINES
for v in $VARIANTS; do LINES[$v]=$(java_side "$v"); echo "${LINES[$v]}" >&2; done
read -r P2 R2 < <(peer)
PM=$(awk -v a="$P1" -v b="$P2" 'BEGIN { printf "%.1f", (a < b ? a : b) }')

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), threads: pytorch $THREADS, java $JAVA_THREADS, batch $BATCH, $STEPS timed steps after $WARMUP"
echo "pytorch: ${P1} ms and ${P2} ms per DARTS iteration (before / after), faster ${PM} ms, max RSS ${R1} / ${R2} MB"
for v in $VARIANTS; do
  L=${LINES[$v]}
  MS=$(field "$L" iter_ms)
  echo "java $v: ${MS} ms per DARTS iteration (weight $(field "$L" weight_ms) + arch $(field "$L" arch_ms) + gc $(field "$L" gc_ms)), CPU $(field "$L" cpu_ms_per_iter) ms/iter, peak RSS $(field "$L" rss_peak_mb) MB, ratio java/pytorch $(awk -v j="$MS" -v p="$PM" 'BEGIN { printf "%.2f", j / p }')"
done
