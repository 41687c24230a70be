#!/bin/sh
# Rebuilds seeds/eu-membership.json from the EUMS member-state table with Entente's importer.
# Run from the project folder after 'mvn package': sh seeds/eu/build.sh ../shared/realdata/eu_member_states.csv
set -e
python3 seeds/eu/reshape.py "${1:-../shared/realdata/eu_member_states.csv}" seeds/eu/
java -jar target/entente.jar import seeds/eu/sources.csv seeds/eu/actors.csv seeds/eu/ties.csv \
  --title "EU membership, 1952 to today (EUMS database)" --out seeds/eu-membership.json
