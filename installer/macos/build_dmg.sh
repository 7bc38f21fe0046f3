#!/usr/bin/env bash
# Wrap dist/partnerdesk.app (built by `pyinstaller partnerdesk.spec` on macOS) in a
# compressed disk image with an Applications link, so the coordinator drags it across.
#
#   installer/macos/build_dmg.sh VERSION      -> dist/partnerdesk-VERSION-macos.dmg
#
# hdiutil(1): `create -srcfolder` copies a folder into a new image; `-format UDZO` is the
# zlib-compressed read-only format; `-ov` overwrites an existing image.
set -euo pipefail
cd "$(dirname "$0")/../.."

version="${1:?usage: build_dmg.sh VERSION}"
app="dist/partnerdesk.app"
dmg="dist/partnerdesk-${version}-macos.dmg"
[ -d "$app" ] || { echo "build_dmg.sh: $app is missing; run pyinstaller partnerdesk.spec first" >&2; exit 1; }

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
# ditto keeps the bundle's symbolic links, extended attributes and code signature intact.
ditto "$app" "$staging/partnerdesk.app"
ln -s /Applications "$staging/Applications"

hdiutil create -volname "partnerdesk ${version}" -srcfolder "$staging" -ov -format UDZO "$dmg"
hdiutil verify "$dmg"
echo "$dmg"
