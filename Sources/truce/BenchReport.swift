import Foundation

/// What every `truce bench …` prints: one JSON object of figures, with the machine they were measured on.
enum BenchReport {
    /// Rounds a figure to three decimals.
    static func round3(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// Prints the figures, with a `machine` member added, as one line of JSON with sorted keys.
    static func print(_ figures: [String: Any]) throws {
        var figures = figures
        figures["machine"] = [
            "cores": ProcessInfo.processInfo.activeProcessorCount,
            "memory_gb": Int(ProcessInfo.processInfo.physicalMemory >> 30),
        ]
        let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys, .withoutEscapingSlashes])
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}
