import Testing

/// Collects the outcome of many cheap checks in a loop and reports them as one expectation, so that exhaustive
/// tests spend their time on the code under test rather than on recording thousands of passing expectations.
struct CheckLog {
    /// The failed checks' descriptions.
    private(set) var failures: [String] = []
    /// How many checks ran.
    private(set) var count = 0

    /// Records a failure unless `condition` holds.
    mutating func expect(_ condition: Bool, _ label: @autoclosure () -> String) {
        count += 1
        if !condition { failures.append(label()) }
    }

    /// Records a failure if `check` throws.
    mutating func expectAccepted(_ label: @autoclosure () -> String, _ check: () throws -> Void) {
        count += 1
        do {
            try check()
        } catch {
            failures.append("\(label()): refused (\(error))")
        }
    }

    /// Records a failure unless `check` throws.
    mutating func expectRefused(_ label: @autoclosure () -> String, _ check: () throws -> Void) {
        count += 1
        if !Rejection.happens(check) { failures.append("\(label()): accepted") }
    }

    /// One expectation: no check failed (listing the first failures).
    func report(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            failures.isEmpty,
            "\(failures.count) of \(count) checks failed: \(failures.prefix(10).joined(separator: "; "))",
            sourceLocation: sourceLocation)
    }
}
