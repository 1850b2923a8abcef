import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// `truce agreement …`: check and load agreement files.
struct AgreementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement", abstract: "Check and load agreement files.",
        subcommands: [AgreementCheckCommand.self, AgreementLoadCommand.self])
}

/// Reads and decodes an agreement file, with file-level errors.
func readAgreementFile(_ path: String) throws -> (Agreement, String) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw FileAccessError(path: path, reason: "no such file")
    }
    guard !isDirectory.boolValue else { throw FileAccessError(path: path, reason: "is a directory") }
    guard FileManager.default.isReadableFile(atPath: path) else {
        throw FileAccessError(path: path, reason: "cannot be opened for reading")
    }
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    if let size = attributes[.size] as? Int, size > AgreementDecoder.maximumBytes {
        throw InputError(file: path, message: "file is larger than the limit of \(AgreementDecoder.maximumBytes) bytes")
    }
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    guard let text = String(data: data, encoding: .utf8) else { throw InputError(file: path, message: "text is not valid UTF-8") }
    return (try AgreementDecoder().decode(text, file: path), text)
}

/// `truce agreement check FILE [--on DATE]`.
struct AgreementCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate an agreement file and print what is in force on a date.")

    @Argument(help: "The agreement file (YAML).") var file: String
    @Option(help: "Print what is in force on this date (YYYY-MM-DD, in the agreement's time zone) or instant.")
    var on: String?
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() async throws {
        try await reportingFailures {
            let (agreement, _) = try readAgreementFile(file)
            var instant = agreement.entryIntoForce
            if let on {
                guard let parsed = TimestampParser(timeZone: agreement.timeZone).parse(on) else {
                    throw InputError(file: "--on", field: "on", message: "'\(on)' is not a date; use YYYY-MM-DD")
                }
                // A date means the whole day: what is in force by its end.
                let end =
                    parsed.dateOnly
                    ? CivilTime.startOfNextDay(parsed.epochSeconds, in: agreement.timeZone) - 1 : parsed.epochSeconds
                instant = Date(timeIntervalSince1970: TimeInterval(end))
            }
            let version = agreement.version(at: instant)
            let label = on ?? "entry into force"
            switch format {
            case .json: print(try AgreementSummary.json(agreement, version, label: label))
            default: print(AgreementSummary.text(agreement, version, label: label))
            }
        }
    }
}

/// `truce agreement load FILE`.
struct AgreementLoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load", abstract: "Validate an agreement file and store it (a new revision if it changed).")

    @Argument(help: "The agreement file (YAML).") var file: String
    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let (agreement, source) = try readAgreementFile(file)
            let register = try store.open()
            let changed = try await register.saveAgreement(agreement, source: source, actor: StoreOptions.cliActor)
            print(changed ? "Stored agreement \(agreement.id)." : "Agreement \(agreement.id) is already stored with this text.")
            try await store.signCheckpointIfKeyed(register)
        }
    }
}
