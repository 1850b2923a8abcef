import Foundation

extension InputError {
    /// Describes why `bytes` is not JSON, with the line and column of the fault where the JSON parser names a byte
    /// offset ("around character 16"), or the end of the text when it ends before the JSON does. Other faults (a lone
    /// surrogate in a string) carry the parser's words and no position, rather than a wrong one.
    public init(invalidJSON bytes: [UInt8], file: String) {
        var reason = "it is not JSON"
        var offset: Int?
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            var description = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
            if description.hasSuffix(".") { description.removeLast() }
            if let range = description.range(of: " around character ") {
                offset = Int(description[range.upperBound...].prefix { $0.isNumber })
                description = String(description[..<range.lowerBound])
            } else if description == "Unexpected end of file during JSON parse" {
                offset = bytes.count
            }
            reason = description
        }
        guard let offset else {
            self.init(file: file, message: "not valid JSON: \(reason)")
            return
        }
        let before = bytes.prefix(min(offset, bytes.count))
        let line = before.count { $0 == 0x0A } + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        self.init(file: file, line: line, column: column, message: "not valid JSON: \(reason)")
    }
}
