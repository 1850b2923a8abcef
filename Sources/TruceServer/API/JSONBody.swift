import Foundation
import Hummingbird
import NIOCore

/// A JSON object request body read strictly: only the listed fields, each of the expected type; every error is a
/// 400 or 422 problem that names the field.
struct JSONBody {
    let object: [String: BodyValue]

    /// Reads and parses a request body (at most ``AccessPolicy/maxBodyBytes``) and checks its fields.
    static func parse(_ bytes: [UInt8], allowed: Set<String>) throws -> JSONBody {
        let parsed: BodyValue
        do {
            parsed = try JSONDecoder().decode(BodyValue.self, from: Data(bytes))
        } catch {
            throw ProblemDetails(status: .badRequest, detail: "the body is not valid JSON")
        }
        guard case .object(let object) = parsed else {
            throw ProblemDetails(status: .badRequest, detail: "the body must be a JSON object")
        }
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw ProblemDetails(
                status: .unprocessableContent,
                detail: "field '\(unknown)': unknown field; expected one of: \(allowed.sorted().joined(separator: ", "))")
        }
        return JSONBody(object: object)
    }

    /// The body's bytes, refusing more than the limit with 413.
    static func bodyBytes(_ request: Request, context: TruceRequestContext) async throws -> [UInt8] {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > AccessPolicy.maxBodyBytes {
            throw ProblemDetails(
                status: .contentTooLarge, detail: "the body is \(length) bytes; the limit is \(AccessPolicy.maxBodyBytes)")
        }
        do {
            let buffer = try await request.body.collect(upTo: AccessPolicy.maxBodyBytes)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw ProblemDetails(
                status: .contentTooLarge, detail: "the body is larger than the limit of \(AccessPolicy.maxBodyBytes) bytes")
        }
    }

    func string(_ field: String, required: Bool = true) throws -> String? {
        switch object[field] {
        case nil, .null?:
            if required { throw ProblemDetails(status: .unprocessableContent, detail: "field '\(field)': is required") }
            return nil
        case .string(let text)?: return text
        default: throw ProblemDetails(status: .unprocessableContent, detail: "field '\(field)': expected a string")
        }
    }

    func bool(_ field: String) throws -> Bool? {
        switch object[field] {
        case nil, .null: return nil
        case .bool(let value): return value
        default: throw ProblemDetails(status: .unprocessableContent, detail: "field '\(field)': expected true or false")
        }
    }

    func number(_ field: String) throws -> Double? {
        switch object[field] {
        case nil, .null: return nil
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: throw ProblemDetails(status: .unprocessableContent, detail: "field '\(field)': expected a number")
        }
    }

    func integer(_ field: String) throws -> Int64 {
        switch object[field] {
        case nil: throw ProblemDetails(status: .unprocessableContent, detail: "field '\(field)': is required")
        case .integer(let value)?: return value
        default: throw ProblemDetails(status: .unprocessableContent, detail: "field '\(field)': expected an integer")
        }
    }

    func strings(_ field: String) throws -> [String] {
        switch object[field] {
        case nil, .null?: return []
        case .array(let items)?:
            return try items.map {
                guard case .string(let text) = $0 else {
                    throw ProblemDetails(status: .unprocessableContent, detail: "field '\(field)': expected a list of strings")
                }
                return text
            }
        default: throw ProblemDetails(status: .unprocessableContent, detail: "field '\(field)': expected a list of strings")
        }
    }

    func integers(_ field: String) throws -> [Int64] {
        guard case .array(let items)? = object[field] else {
            throw ProblemDetails(status: .unprocessableContent, detail: "field '\(field)': expected a list of integers")
        }
        return try items.map {
            guard case .integer(let value) = $0 else {
                throw ProblemDetails(status: .unprocessableContent, detail: "field '\(field)': expected a list of integers")
            }
            return value
        }
    }
}
