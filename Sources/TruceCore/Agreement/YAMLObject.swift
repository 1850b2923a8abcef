import Foundation
import Yams

/// A YAML mapping being decoded, with its path for error messages. Internal to ``AgreementDecoder``.
struct YAMLObject {
    let mapping: Node.Mapping
    let path: String
    let file: String
    let mark: Mark?

    init(_ node: Node, path: String, file: String) throws(InputError) {
        guard case .mapping(let mapping) = node else {
            throw InputError(
                file: file, line: node.mark?.line, column: node.mark?.column, field: path.isEmpty ? nil : path,
                message: "expected a mapping (key: value pairs), found \(YAMLObject.kind(node))")
        }
        self.mapping = mapping
        self.path = path
        self.file = file
        self.mark = node.mark
    }

    /// The top mapping of a YAML document, after the checks every Truce YAML file gets: a size limit, no anchors
    /// (see ``AgreementDecoder/refuseAnchors(_:file:)``), and parse errors as ``InputError``s naming the line.
    static func document(_ yaml: String, file: String, maximumBytes: Int) throws(InputError) -> YAMLObject {
        if yaml.utf8.count > maximumBytes {
            throw InputError(file: file, message: "file is larger than the limit of \(maximumBytes) bytes")
        }
        try AgreementDecoder.refuseAnchors(yaml, file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw InputError(file: file, line: 1, message: "the file is empty")
            }
            root = node
        } catch let error as InputError {
            throw error
        } catch let error as YamlError {
            throw AgreementDecoder.inputError(from: error, file: file)
        } catch {
            throw InputError(file: file, message: "not valid YAML: \(error)")
        }
        return try YAMLObject(root, path: "", file: file)
    }

    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar(let s): "the value '\(s.string.prefix(40))'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    func fieldPath(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    func error(_ key: String?, _ node: Node?, _ message: String) -> InputError {
        let mark = node?.mark ?? self.mark
        return InputError(
            file: file, line: mark?.line, column: mark?.column, field: key.map(fieldPath) ?? (path.isEmpty ? nil : path),
            message: message)
    }

    /// Rejects keys the format does not define, so typos do not pass silently.
    func checkKeys(_ allowed: Set<String>) throws(InputError) {
        for (key, _) in mapping {
            guard case .scalar(let scalar) = key else {
                throw error(nil, key, "keys must be plain text")
            }
            if !allowed.contains(scalar.string) {
                throw error(
                    scalar.string, key, "unknown field; expected one of: \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }

    func optional(_ key: String) -> Node? {
        for (k, v) in mapping where k.scalar?.string == key { return v }
        return nil
    }

    func required(_ key: String) throws(InputError) -> Node {
        guard let node = optional(key) else { throw error(key, nil, "is required") }
        return node
    }

    func scalar(_ key: String, _ node: Node) throws(InputError) -> String {
        guard case .scalar(let scalar) = node else {
            throw error(key, node, "expected a single value, found \(YAMLObject.kind(node))")
        }
        return scalar.string
    }

    func string(_ key: String) throws(InputError) -> String {
        let node = try required(key)
        let text = try scalar(key, node)
        if text.trimmingCharacters(in: .whitespaces).isEmpty { throw error(key, node, "must not be empty") }
        return text
    }

    func optionalString(_ key: String) throws(InputError) -> String? {
        guard let node = optional(key) else { return nil }
        if case .scalar(let s) = node, s.tag.description.hasSuffix("null") || s.string == "~" || s.string.isEmpty {
            return nil
        }
        return try scalar(key, node)
    }

    func bool(_ key: String, default value: Bool) throws(InputError) -> Bool {
        guard let node = optional(key) else { return value }
        switch try scalar(key, node).lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error(key, node, "expected true or false")
        }
    }

    func list(_ key: String) throws(InputError) -> [Node] {
        guard let node = optional(key) else { return [] }
        if case .scalar(let s) = node, s.string.isEmpty || s.string == "~" { return [] }
        guard case .sequence(let sequence) = node else {
            throw error(key, node, "expected a list, found \(YAMLObject.kind(node))")
        }
        return Array(sequence)
    }

    func strings(_ key: String) throws(InputError) -> [String] {
        var result: [String] = []
        for (i, node) in try list(key).enumerated() {
            result.append(try scalar("\(key)[\(i)]", node))
        }
        return result
    }

    func objects(_ key: String) throws(InputError) -> [YAMLObject] {
        var result: [YAMLObject] = []
        for (i, node) in try list(key).enumerated() {
            result.append(try YAMLObject(node, path: fieldPath("\(key)[\(i)]"), file: file))
        }
        return result
    }
}
