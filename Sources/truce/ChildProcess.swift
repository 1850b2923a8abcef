import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to completion and measures it: wall time and the child's own peak resident memory
/// (`wait4`'s rusage), which is what a benchmark comparing two programs needs.
struct ChildProcess {
    /// What a run measured.
    struct Measurement {
        var exitStatus: Int32
        var seconds: Double
        var peakResidentBytes: Int
    }

    /// Runs `executable` with `arguments`; standard input from `stdinPath` (or /dev/null), standard output and
    /// error to `outputPath`.
    static func run(_ executable: String, _ arguments: [String], stdinPath: String = "/dev/null", outputPath: String)
        throws -> Measurement
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw ChildProcessError(message: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Measurement(exitStatus: exit, seconds: seconds, peakResidentBytes: Int(usage.ru_maxrss) * 1024)
    }

    /// The path of the running executable.
    static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Finds a program on PATH.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// A child process that could not be run.
struct ChildProcessError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
