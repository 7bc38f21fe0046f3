#!/usr/bin/env sh
# Add partnerdesk to this user's application menu (no root needed). Run it from the
# unpacked folder; run it again after moving the folder. Data lives in
# ~/.local/share/partnerdesk, never in this folder.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/partnerdesk.png" "$icons/partnerdesk.png"
# Desktop Entry Specification: Exec may quote its program (spaces); TryExec is a plain path.
sed -e "s|@EXEC@|\"$here/partnerdesk\"|g" -e "s|@PATH@|$here/partnerdesk|g" \
    "$here/partnerdesk.desktop" > "$apps/partnerdesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
echo "partnerdesk added to the application menu ($apps/partnerdesk.desktop)"
