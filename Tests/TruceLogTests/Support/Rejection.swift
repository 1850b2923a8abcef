/// Whether a check refuses: any thrown error counts as a refusal.
enum Rejection {
    /// True if `check` throws.
    static func happens(_ check: () throws -> Void) -> Bool {
        do {
            try check()
            return false
        } catch {
            return true
        }
    }
}
