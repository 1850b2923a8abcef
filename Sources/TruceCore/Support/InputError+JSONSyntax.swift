import Foundation

extension InputError {
    /// Describes why `bytes` is not JSON, with the line and column of the fault where the JSON parser names a byte
    /// offset ("around character 16"), or the last line when the text ends too soon.
    public init(invalidJSON bytes: [UInt8], file: String) {
        var reason = "it is not JSON"
        var offset: Int?
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            let description = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
            reason = description.hasSuffix(".") ? String(description.dropLast()) : description
            if let range = description.range(of: "character ") {
                offset = Int(description[range.upperBound...].prefix { $0.isNumber })
            } else if description.localizedCaseInsensitiveContains("end of file") {
                offset = bytes.count
            }
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
