#!/usr/bin/env bash
# Pack dist/partnerdesk (built by `pyinstaller partnerdesk.spec` on Linux) with its desktop
# entry, icon and install.sh into dist/partnerdesk-VERSION-linux-x86_64.tar.gz.
#
#   installer/linux/build_tarball.sh VERSION
set -euo pipefail
cd "$(dirname "$0")/../.."

version="${1:?usage: build_tarball.sh VERSION}"
bundle="dist/partnerdesk"
[ -x "$bundle/partnerdesk" ] || { echo "build_tarball.sh: $bundle is missing; run pyinstaller partnerdesk.spec first" >&2; exit 1; }

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
top="partnerdesk-${version}"
cp -a "$bundle" "$staging/$top"
cp installer/linux/partnerdesk.desktop installer/linux/install.sh "$staging/$top/"
cp resources/packaging/partnerdesk.png "$staging/$top/"
chmod 0755 "$staging/$top/install.sh"

out="dist/partnerdesk-${version}-linux-$(uname -m).tar.gz"
tar -C "$staging" --owner=0 --group=0 -czf "$out" "$top"
echo "$out"
