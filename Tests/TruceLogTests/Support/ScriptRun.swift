import Foundation

/// One finished run of a child process: its exit status and what it printed.
struct ScriptRun {
    /// The exit status.
    let status: Int32
    /// Standard output, as UTF-8.
    let output: String
    /// Standard error, as UTF-8.
    let errors: String

    /// Runs `/usr/bin/env <arguments>` to completion.
    static func run(_ arguments: [String]) throws -> ScriptRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The scripts print a few lines, far below a pipe's buffer, so reading one pipe after the other cannot
        // block the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ScriptRun(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }
}
