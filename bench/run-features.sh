#!/bin/sh
# Front-end throughput benchmark (see the comment at the top of bench/FeaturesBench.java).
# Usage: bench/run-features.sh [sr window_ms hop_ms mels coeffs type threads]
set -e
cd "$(dirname "$0")/.."
mvn -q -o compile
exec java -cp target/classes bench/FeaturesBench.java "$@"
