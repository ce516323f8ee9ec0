#!/bin/sh
# Data-step benchmark (see bench/DataReloadBench.java): a cold build, then a reload in a fresh JVM.
# Usage: bench/run-data-reload.sh DIR [CACHE_DIR]
set -e
cd "$(dirname "$0")/.."
[ -f target/classpath.txt ] || mvn -q -DskipTests package
mvn -q -o compile
CP="target/classes:$(cat target/classpath.txt)"
CACHE="${2:-$(mktemp -d)}"
java -cp "$CP" bench/DataReloadBench.java "$1" "$CACHE" 2>/dev/null
java -cp "$CP" bench/DataReloadBench.java "$1" "$CACHE" 2>/dev/null
