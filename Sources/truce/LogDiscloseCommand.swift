import ArgumentParser
import Foundation
import TruceLog
import TruceStore

/// `truce log disclose INDEX`: reveal an entry's confidential values with their salts.
struct LogDiscloseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disclose",
        abstract: "Print an entry's confidential values and salts, which anyone can check against its commitments.")

    @Argument(help: "The entry index.") var index: UInt64
    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            let disclosures = try await register.log.disclosures(index: index)
            guard !disclosures.isEmpty else {
                throw commandLineError(field: "INDEX", message: "entry \(index) has no confidential content")
            }
            let items = disclosures.map {
                ["field": $0.field, "salt": Data($0.salt).base64EncodedString(), "value": $0.canonicalValue]
            }
            let data = try JSONSerialization.data(withJSONObject: ["index": index, "disclosures": items], options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
