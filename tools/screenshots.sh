#!/usr/bin/env bash
# Regenerates the screenshots (docs/screenshots/*.png): every studio page (whatever pages the studio has) at
# 1280x800 and 1024x700, light and dark, on a copy of samples/ after a tiny real search, a 1-epoch training and
# an export (a few minutes). Renders real windows under Xvfb, writes them with Scene.snapshot, then reduces each
# PNG to a 64-colour palette with ImageMagick (a few MB in all). Usage: tools/screenshots.sh [OUT_DIR]
# (SHOTS_JAVA_OPTS=-Dshots.search=false skips the search: quicker, empty Search/Results/Deploy pages).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/classpath-ui.txt -Dmdep.includeScope=runtime
rm -f "$out"/*.png
run=(java -Dprism.order=sw ${SHOTS_JAVA_OPTS:-} -cp "target/classes:$(cat target/classpath-ui.txt)" dev.dartboard.app.Screenshots "$out" samples)
if [ -n "${DISPLAY:-}" ]; then "${run[@]}"; else xvfb-run -a -s "-screen 0 1280x800x24" "${run[@]}"; fi
if command -v mogrify >/dev/null; then mogrify -colors 64 -define png:compression-level=9 "$out"/*.png; fi
ls -l "$out"/*.png
du -sh "$out"
