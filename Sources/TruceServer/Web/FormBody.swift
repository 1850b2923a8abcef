import Foundation
import Hummingbird

/// An `application/x-www-form-urlencoded` body: fields by name (the last value wins), `+` as space.
struct FormBody {
    let fields: [String: String]

    static func read(_ request: Request, context: TruceRequestContext) async throws -> FormBody {
        let bytes = try await JSONBody.bodyBytes(request, context: context)
        return FormBody(text: String(decoding: bytes, as: UTF8.self))
    }

    init(text: String) {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let name = parts.first else { continue }
            fields[decode(name)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        self.fields = fields
    }

    subscript(_ name: String) -> String? {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
