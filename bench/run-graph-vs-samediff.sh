#!/bin/sh
# DL4J ComputationGraph vs SameDiff training step (see bench/GraphVsSameDiffBench.java).
# Usage: bench/run-graph-vs-samediff.sh [batch] [steps]. DL4J (deeplearning4j-nn, ~19 MB with fastutil) comes
# from the dl4j-bench Maven profile only; the app does not ship it.
set -e
cd "$(dirname "$0")/.."
[ -d target/classes ] || mvn -q -o -DskipTests compile >&2
[ -f target/classpath-dl4j.txt ] || mvn -q -Pdl4j-bench dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile=target/classpath-dl4j.txt >&2
exec java -Xmx2g -XX:+UseSerialGC -Dorg.bytedeco.javacpp.maxphysicalbytes=0 -Dorg.bytedeco.javacpp.maxbytes=0 \
  -cp "target/classes:$(cat target/classpath-dl4j.txt)" bench/GraphVsSameDiffBench.java "$@" 2> target/graph-vs-samediff.log
