#!/bin/sh
# Training-step benchmark (see bench/TrainBench.java). Usage: bench/run-train-bench.sh [genotype] [batch] [steps] [sgd|adam]
set -e
cd "$(dirname "$0")/.."
[ -f target/classpath.txt ] || mvn -q -o -DskipTests package >&2
exec java -Xmx2g -XX:+UseSerialGC -Dorg.bytedeco.javacpp.maxphysicalbytes=0 -Dorg.bytedeco.javacpp.maxbytes=0 \
  -cp "target/classes:$(cat target/classpath.txt)" bench/TrainBench.java "$@"
