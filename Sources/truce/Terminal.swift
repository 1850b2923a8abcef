import Foundation

/// Writing to the terminal: errors, and a progress line that shows only when standard error is a TTY.
enum Terminal {
    /// Whether standard error is a terminal.
    static let isInteractive = isatty(STDERR_FILENO) == 1

    /// Prints `truce: error: MESSAGE` on standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("truce: error: \(message)\n".utf8))
    }

    /// Prints a note on standard error.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// Rewrites the progress line (TTY only).
    static func progress(_ message: String) {
        guard isInteractive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(message)".utf8))
    }

    /// Ends the progress line (TTY only).
    static func endProgress() {
        guard isInteractive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
