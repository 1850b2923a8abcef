#!/usr/bin/env python3
"""Writes Sources/TruceScenario/Resources/syria-2016-ceasefire.yaml from the hand-written head below and the
approximate de-escalation outlines in ../shared/data/boundaries/deescalation_zones_2017_approx.geojson.
Run from the repository root; commit the result. Facts: ../shared/docs/syria-2017.md."""
import json, pathlib, sys

root = pathlib.Path(__file__).resolve().parent.parent
zones_file = root.parent / "shared/data/boundaries/deescalation_zones_2017_approx.geojson"
out = root / "Sources/TruceScenario/Resources/syria-2016-ceasefire.yaml"

HEAD = """\
# Truce agreement file (format: docs/agreement-format.md).
# The nationwide Syrian ceasefire of 30 December 2016 and the Astana memorandum on de-escalation areas of 4 May 2017,
# as the demo scenario of Truce. Facts from shared/docs/syria-2017.md. Clause texts are paraphrases of the published
# statements (the full 29 Dec 2016 texts were not all published); the armed-opposition aliases are the UCDP group
# names this scenario treats as covered by the truce. ZONE OUTLINES ARE APPROXIMATE: the memorandum published no
# official map; they were drawn for demonstration from place coordinates.
format: truce-agreement/1
id: syria-2016-ceasefire
title: Nationwide ceasefire in the Syrian Arab Republic (30 December 2016) and the Astana de-escalation memorandum
time_zone: Asia/Damascus
entry_into_force: 2016-12-30T00:00:00+02:00
attribution: attribute
sources:
  - "Ceasefire announced 29 Dec 2016, in force 30 Dec 2016 00:00 Damascus time; endorsed by UN Security Council Resolution 2336 (31 Dec 2016)"
  - "Astana-1 final statement, 24 Jan 2017: trilateral mechanism to observe and ensure full compliance with the ceasefire"
  - "Memorandum on the creation of de-escalation areas, signed 4 May 2017 by Russia, Turkey and Iran, in force 6 May 2017"
notes:
  - "Zone outlines are approximate: the 4 May 2017 memorandum published no official map. Drawn for demonstration from place coordinates."
  - "Clause texts are paraphrases of the published statements."
guarantors:
  - id: russia
    name: Russian Federation
    aliases: [Russia, Government of Russia, Government of Russia (Soviet Union), Moscow, the Kremlin]
  - id: turkey
    name: Republic of Turkey
    aliases: [Turkey, Government of Turkey, Ankara]
parties:
  - id: syrian-government
    name: Government of the Syrian Arab Republic
    side: government
    aliases: [Government of Syria, Syrian Government, Syrian Arab Army, SAA, Damascus, Syrian regime]
  - id: armed-opposition
    name: Armed opposition groups that joined the ceasefire
    side: opposition
    aliases:
      - Syrian insurgents
      - Free Syrian Army
      - FSA
      - Ahrar al-Sham
      - Jaysh al-Islam
      - Rahman Corps
      - Faylaq al-Rahman
      - Southern Front
      - Sham Legion
      - Faylaq al-Sham
      - 13th Division
      - Hamza Division
      - Liwa al-Sultan Murad
      - Sultan Murad Division
      - Nour al-Din al-Zenki
      - Jaysh Asoud al-Sharqiya
      - Martyr Lieutenant Ahmed Abdou Brigades
      - Hawar Kilis Operations Room
      - First Regiment
      - Jaysh al-Asha'er
      - Sons of Yarmouk Movement
excluded_groups:
  - id: isil
    name: Islamic State of Iraq and the Levant
    aliases: [IS, ISIS, ISIL, Daesh, Da'esh, Islamic State]
  - id: hts
    name: Jabhat Fateh al-Sham / Hayat Tahrir al-Sham (formerly Jabhat al-Nusra)
    aliases: [HTS, Hayat Tahrir al-Sham, Tahrir al-Sham, Jabhat Fateh al-Sham, JFS, Jabhat al-Nusra, al-Nusra Front, Nusra Front, Nusra]
clauses:
  - id: cessation-of-attacks
    text: The parties cease all armed attacks against each other, including attacks with any weapons, aviation, rockets, mortars and anti-tank guided missiles.
    prohibits: [air-strike, shelling, armed-clash, small-arms-fire, explosive-device, chemical-weapon, attack-on-civilians]
  - id: no-territorial-gains
    text: The parties refrain from acquiring or seeking to acquire territory held by another party to the ceasefire.
    prohibits: [territory-seized]
  - id: humanitarian-access
    text: The parties allow rapid, safe and unhindered humanitarian access.
    prohibits: [humanitarian-obstruction]
amendments:
  - id: astana-1-mechanism
    title: "Astana-1 final statement: trilateral mechanism to observe and ensure compliance; Iran joins as guarantor"
    signed: 2017-01-24
    entry_into_force: 2017-01-24T00:00:00+02:00
    adds:
      guarantors:
        - id: iran
          name: Islamic Republic of Iran
          aliases: [Iran, Government of Iran, Tehran]
      clauses:
        - id: no-obstruction-of-monitors
          text: The parties do not obstruct the trilateral mechanism and the monitors in observing compliance.
          prohibits: [monitor-obstruction]
        - id: no-provocations
          text: The parties refrain from provocations, including detentions and abductions aimed at the other side.
          prohibits: [detention-abduction]
  - id: deescalation-memorandum
    title: Memorandum on the creation of de-escalation areas in the Syrian Arab Republic
    signed: 2017-05-04
    entry_into_force: 2017-05-06T00:00:00+03:00
    adds:
      zones:
"""

def ring_yaml(ring):
    return "[" + ", ".join(f"[{lon}, {lat}]" for lon, lat in ring) + "]"

def main():
    data = json.loads(zones_file.read_text())
    lines = [HEAD.rstrip("\n")]
    for feature in data["features"]:
        p, g = feature["properties"], feature["geometry"]
        zid = p["id"]
        lines += [
            f"        - id: {zid}",
            f"          name: {json.dumps(p['name'])}",
            f"          in_force_from: {p['in_force_from']}",
            f"          approximate: {'true' if p.get('approximate') else 'false'}",
            f"          note: {json.dumps(p.get('note', ''))}",
            "          clauses:",
            f"            - id: {zid}-no-hostilities",
            "              text: Inside the area, hostilities between the parties cease, including the use of any weapons and aviation.",
            "              prohibits: [air-strike, shelling, armed-clash, small-arms-fire, explosive-device, chemical-weapon, attack-on-civilians, territory-seized]",
            f"            - id: {zid}-humanitarian-access",
            "              text: Rapid, safe and unhindered humanitarian access into the area.",
            "              prohibits: [humanitarian-obstruction]",
            "          geometry:",
            f"            type: {g['type']}",
            "            coordinates:",
        ]
        polygons = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        if g["type"] == "Polygon":
            for ring in g["coordinates"]:
                lines.append("              - " + ring_yaml(ring))
        else:
            for poly in polygons:
                lines.append("              - - " + ring_yaml(poly[0]))
                for ring in poly[1:]:
                    lines.append("                - " + ring_yaml(ring))
    out.write_text("\n".join(lines) + "\n")
    print(f"wrote {out.relative_to(root)}")

main()
