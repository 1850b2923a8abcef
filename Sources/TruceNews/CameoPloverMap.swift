import Foundation

/// CAMEO codes to PLOVER types and modes, parsed from `CAMEO2PLOVER-2021.txt` (lines `CODE: TYPE, mode, context #
/// description`).
public struct CameoPloverMap: Sendable {
    private var byCode: [String: PloverType] = [:]

    /// Number of codes mapped.
    public var count: Int { byCode.count }

    /// Parses the table; `file` names it in errors.
    public init(text: String, file: String = "CAMEO2PLOVER-2021.txt") throws(NewsError) {
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            guard let colon = line.firstIndex(of: ":") else {
                // Blank lines and rules ("~~~~~") separate sections.
                if line.contains(where: { $0.isLetter || $0.isNumber }) {
                    throw .malformedDictionary(file: file, line: number, message: "expected 'CODE: TYPE, mode, context'")
                }
                continue
            }
            let code = line[..<colon].trimmingSpaces()
            guard (2...4).contains(code.count), code.allSatisfy(\.isNumber) else {
                throw .malformedDictionary(file: file, line: number, message: "'\(code)' is not a CAMEO code")
            }
            let fields = line[line.index(after: colon)...].split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingSpaces()
            }
            guard let type = fields.first, !type.isEmpty, type.allSatisfy({ $0.isUppercase || $0 == "_" }) else {
                throw .malformedDictionary(file: file, line: number, message: "missing PLOVER type")
            }
            let mode = fields.count > 1 && !fields[1].isEmpty ? fields[1] : nil
            // The root lines ("08: CONCEDE", "08: RETREAT") keep their first mapping.
            if byCode[code] == nil || code.count > 2 { byCode[code] = PloverType(type: type, mode: mode) }
        }
    }

    /// The shipped table.
    public static func shipped() throws(NewsError) -> CameoPloverMap {
        guard let url = NewsDictionary.resourceURL("CAMEO2PLOVER-2021.txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw .missingResource(name: "CAMEO2PLOVER-2021.txt") }
        return try CameoPloverMap(text: text)
    }

    /// The PLOVER type for a CAMEO code: the code itself, else its 3-digit parent, else its root.
    public func plover(for code: String) -> PloverType? {
        if let exact = byCode[code] { return exact }
        if code.count == 4, let parent = byCode[String(code.prefix(3))] { return parent }
        return byCode[String(code.prefix(2))]
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
