#!/bin/sh
# Training-step profile (see bench/TrainProfile.java). Usage: bench/run-train-profile.sh [genotype] [batch] [steps]
set -e
cd "$(dirname "$0")/.."
[ -f target/classpath.txt ] || mvn -q -o -DskipTests package >&2
exec java -Xmx2g -XX:+UseSerialGC -Dorg.bytedeco.javacpp.maxphysicalbytes=0 -Dorg.bytedeco.javacpp.maxbytes=0 \
  -cp "target/classes:$(cat target/classpath.txt)" bench/TrainProfile.java "$@"
