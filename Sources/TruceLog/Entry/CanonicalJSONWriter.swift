/// Writes canonical JSON (RFC 8785) straight into bytes, for entries built at import rates without a tree of
/// ``JSONValue``s.
///
/// The caller writes object members in canonical order (keys sorted by UTF-16 code units); debug builds check
/// it. Strings and numbers are written exactly as ``CanonicalJSON`` writes them.
public struct CanonicalJSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]
    private var lastKeys: [String?] = [nil]
    private var pendingValueAfterKey = false

    /// An empty writer.
    public init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    /// Starts an object (as a value: after ``key(_:)``, in an array, or at the top).
    public mutating func beginObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
        lastKeys.append(nil)
    }

    /// Ends the current object.
    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma.removeLast()
        lastKeys.removeLast()
    }

    /// Starts an array.
    public mutating func beginArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
        lastKeys.append(nil)
    }

    /// Ends the current array.
    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma.removeLast()
        lastKeys.removeLast()
    }

    /// Writes a member's key; the value follows. Keys must come in canonical order.
    public mutating func key(_ name: String) {
        #if DEBUG
            assert(
                lastKeys[lastKeys.count - 1].map { $0.utf16.lexicographicallyPrecedes(name.utf16) } ?? true,
                "keys out of canonical order: \(name) after \(lastKeys[lastKeys.count - 1] ?? "")")
            lastKeys[lastKeys.count - 1] = name
        #endif
        separate()
        CanonicalJSON.writeString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        // The value that follows is not separated again.
        pendingValueAfterKey = true
    }

    private mutating func beginValue() {
        if pendingValueAfterKey {
            pendingValueAfterKey = false
        } else {
            separate()
        }
    }

    /// Writes a string value.
    public mutating func string(_ text: String) {
        beginValue()
        CanonicalJSON.writeString(text, to: &bytes)
    }

    /// Writes a string value, or `null`.
    public mutating func string(_ text: String?) {
        guard let text else { return null() }
        string(text)
    }

    /// Writes an integer value.
    public mutating func integer(_ number: Int64) {
        beginValue()
        bytes += String(number).utf8
    }

    /// Writes an integer value, or `null`.
    public mutating func integer(_ number: Int?) {
        guard let number else { return null() }
        integer(Int64(number))
    }

    /// Writes a finite number as ECMAScript does.
    public mutating func number(_ number: Double) {
        beginValue()
        bytes += CanonicalJSON.format(number).utf8
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ flag: Bool) {
        beginValue()
        bytes += (flag ? "true" : "false").utf8
    }

    /// Writes `null`.
    public mutating func null() {
        beginValue()
        bytes += "null".utf8
    }

    /// Writes bytes that already are one canonical JSON value.
    public mutating func canonical(_ encoded: [UInt8]) {
        beginValue()
        bytes += encoded
    }
}
