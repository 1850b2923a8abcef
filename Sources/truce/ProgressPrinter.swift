import Foundation
import TruceStore

/// Shows an import's progress on a TTY: phase, count, total and rate, at most ten times a second.
final class ProgressPrinter: @unchecked Sendable {
    private let label: String
    private let start = Date()
    private var last = Date.distantPast

    init(label: String) { self.label = label }

    func update(_ progress: ImportProgress) {
        update(progress.phase.rawValue, done: progress.done, total: progress.total, unit: "reports")
    }

    /// Shows `label: step done / total unit (rate/s)`.
    func update(_ step: String, done: Int, total: Int?, unit: String) {
        let now = Date()
        guard Terminal.isInteractive, now.timeIntervalSince(last) >= 0.1 || done == total else { return }
        last = now
        let rate = Double(done) / max(now.timeIntervalSince(start), 0.001)
        let totalText = total.map { " / \($0)" } ?? ""
        Terminal.progress("\(label): \(step) \(done)\(totalText) \(unit) (\(Int(rate))/s)")
    }

    func finish() { Terminal.endProgress() }
}
