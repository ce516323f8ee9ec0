#!/bin/sh
# train / eval commands through bench/TrainCli.java (see its header). Needs target/classpath.txt (mvn package).
set -e
cd "$(dirname "$0")/.."
[ -f target/classpath.txt ] || mvn -q -o -DskipTests package >&2
exec java ${DARTBOARD_JAVA_OPTS:--Xmx2g -XX:+UseSerialGC} -Dorg.bytedeco.javacpp.maxphysicalbytes=0 -Dorg.bytedeco.javacpp.maxbytes=0 \
  -cp "target/classes:$(cat target/classpath.txt)" bench/TrainCli.java "$@"
