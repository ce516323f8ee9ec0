#!/usr/bin/env bash
# Regenerates the README screenshots (docs/screenshots/*.png): every studio page on samples/,
# light theme, plus the Data page in the dark theme. Renders real windows under Xvfb and writes
# them with Scene.snapshot (no ImageMagick needed). Usage: tools/screenshots.sh [OUT_DIR]
# (SHOTS_JAVA_OPTS=-Dshots.full=true keeps the full 1280x800 size, for checking details).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/classpath-ui.txt -Dmdep.includeScope=runtime
run=(java -Dprism.order=sw ${SHOTS_JAVA_OPTS:-} -cp "target/classes:$(cat target/classpath-ui.txt)" dev.dartboard.app.Screenshots "$out" samples)
if [ -n "${DISPLAY:-}" ]; then "${run[@]}"; else xvfb-run -a -s "-screen 0 1280x800x24" "${run[@]}"; fi
ls -l "$out"/*.png
