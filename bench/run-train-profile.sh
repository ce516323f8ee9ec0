#!/bin/sh
# Training-step profile: bench/TrainBench.java with PROFILE=1 (native time per op type, optimizer, gc, rest).
# Usage: bench/run-train-profile.sh [genotype] [batch] [steps] [sgd|adam]   (env GC_EVERY, CLOSE as TrainBench)
set -e
cd "$(dirname "$0")/.."
PROFILE=1 exec bench/run-train-bench.sh "${1:-dscnn-s}" "${2:-64}" "${3:-20}" "${4:-adam}"
