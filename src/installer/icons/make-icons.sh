#!/usr/bin/env bash
# Makes the installers' icons from assets/icon.png (256 x 256) and the window icons the app already carries
# (src/main/resources/org/entente/ui/shell/icon-16.png ... icon-256.png). Run it again after changing the icon;
# the results are committed so a build needs neither ImageMagick nor Python.
#   icon.png   Linux (.deb/.rpm and the app image): assets/icon.png as it is
#   icon.ico   Windows (.exe launcher, .msi, Start menu): the six sizes in one file, ImageMagick's `convert`
#   icon.icns  macOS (.app, .dmg, .pkg): PNG entries ic07 (128), ic08 (256), ic09 (512) written by icns.py
set -euo pipefail
cd "$(dirname "$0")"
root=../../..
win=$root/src/main/resources/org/entente/ui/shell
cp "$root/assets/icon.png" icon.png
convert "$win/icon-16.png" "$win/icon-32.png" "$win/icon-48.png" "$win/icon-64.png" "$win/icon-128.png" "$win/icon-256.png" icon.ico
convert "$root/assets/icon.png" -resize 512x512 /tmp/entente-icon-512.png
python3 icns.py icon.icns "ic07=$win/icon-128.png" "ic08=$root/assets/icon.png" "ic09=/tmp/entente-icon-512.png"
