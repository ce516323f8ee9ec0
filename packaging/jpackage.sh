#!/usr/bin/env bash
# Packages the Dartboard studio with jpackage (JDK 17+): an app image and a native installer.
# Input: target/dartboard-*.jar plus its runtime dependencies copied into target/package-input/.
# Usage: packaging/jpackage.sh [TYPE...]   TYPE: app-image | deb | rpm | dmg | pkg | exe | msi
# Default types per OS: Linux app-image deb; macOS app-image dmg; Windows app-image msi.
# Output: target/package/. Needs: Linux .deb fakeroot + dpkg-deb; .rpm rpmbuild; Windows .msi WiX 3;
# macOS nothing extra (signing is left to the release pipeline). Offline Maven (-o) when MVN_OFFLINE=1.
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -s)" in
  Linux*) os=linux; default=(app-image deb) ;;
  Darwin*) os=mac; default=(app-image dmg) ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; default=(app-image msi) ;;
  *) echo "unknown OS $(uname -s)" >&2; exit 2 ;;
esac
types=("$@"); [ ${#types[@]} -gt 0 ] || types=("${default[@]}")
mvn_flags=(-q -DskipTests); [ "${MVN_OFFLINE:-0}" = 1 ] && mvn_flags+=(-o)

version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)   # the project's own version line
app_version=${version%%-*}                        # jpackage wants digits and dots only
input=target/package-input; dest=target/package
rm -rf "$input" "$dest"; mkdir -p "$input" "$dest"
mvn "${mvn_flags[@]}" package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$input"
cp target/dartboard-"$version".jar "$input"/dartboard.jar
cp -r samples "$input"/samples      # lib/app/samples: copied to ~/Dartboard/samples and opened on first start (StartFolder)

common=(--name Dartboard --app-version "$app_version" --vendor "Dartboard"
  --description "Keyword spotting design studio: data-aware architecture search for microcontrollers"
  --input "$input" --main-jar dartboard.jar --main-class dev.dartboard.app.Launcher --dest "$dest"
  --java-options -Xmx4g --java-options -Dorg.bytedeco.javacpp.maxphysicalbytes=0
  --java-options -Dorg.bytedeco.javacpp.maxbytes=0 --java-options '-Ddartboard.samples=$APPDIR/samples')
case "$os" in
  linux) installer=(--linux-shortcut --linux-menu-group Development --linux-package-name dartboard --linux-app-category devel) ;;
  mac) installer=(--mac-package-identifier dev.dartboard.studio) ;;
  windows) installer=(--win-menu --win-shortcut --win-dir-chooser) ;;
esac

for type in "${types[@]}"; do
  echo "== jpackage --type $type" >&2
  if [ "$type" = app-image ]; then jpackage --type app-image "${common[@]}"
  else jpackage --type "$type" "${common[@]}" "${installer[@]}"; fi
done
du -sh "$dest"/* >&2
