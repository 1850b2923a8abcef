import Foundation
import TruceStore

/// Shows an import's progress on a TTY: phase, count, total and rate, at most ten times a second.
final class ProgressPrinter: @unchecked Sendable {
    private let label: String
    private let start = Date()
    private var last = Date.distantPast

    init(label: String) { self.label = label }

    func update(_ progress: ImportProgress) {
        let now = Date()
        guard Terminal.isInteractive, now.timeIntervalSince(last) >= 0.1 || progress.done == progress.total else { return }
        last = now
        let rate = Double(progress.done) / max(now.timeIntervalSince(start), 0.001)
        let total = progress.total.map { " / \($0)" } ?? ""
        Terminal.progress("\(label): \(progress.phase.rawValue) \(progress.done)\(total) reports (\(Int(rate))/s)")
    }

    func finish() { Terminal.endProgress() }
}
