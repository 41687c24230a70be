#!/bin/sh
# Rebuilds seeds/atop-alliances.json from ATOP v4 (member and alliance level) and the COW state list with
# Entente's importer. Run from the project folder after 'mvn package':
#   sh seeds/atop/build.sh ../shared/realdata
set -e
python3 seeds/atop/reshape.py "${1:-../shared/realdata}" seeds/atop/
java -jar target/entente.jar import seeds/atop/sources.csv seeds/atop/actors.csv seeds/atop/ties.csv \
  --title "World alliances in force since 1945 (ATOP v4, Correlates of War)" --out seeds/atop-alliances.json
