import ArgumentParser
import Foundation
import TruceCore

/// Who makes a change from the command line: `--as ROLE` (or `--as party:ID`) and `--by NAME`.
///
/// The command line has no accounts yet: whoever can write the database file states the role they act in, and the
/// record keeps it. The server (with accounts) passes the authenticated principal to the same functions.
struct ActingOptions: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: "The role you act in: admin, monitor, guarantor, mediator, public, or party:PARTY-ID.")
    var role: String

    @Option(name: .customLong("by"), help: "Your name for the record (default: cli:$USER).")
    var name: String?

    /// The principal, or an error naming `--as`.
    func principal() throws -> Principal {
        let parts = role.split(separator: ":", maxSplits: 1).map(String.init)
        guard let kind = parts.first.flatMap(Role.init(rawValue:)) else {
            throw commandLineError(
                field: "--as",
                message: "unknown role '\(role)'; expected one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if kind == .party, parts.count != 2 || parts[1].isEmpty {
            throw commandLineError(field: "--as", message: "a party acts for one party: --as party:PARTY-ID")
        }
        if kind != .party, parts.count == 2 {
            throw commandLineError(field: "--as", message: "only the party role names a party (party:PARTY-ID)")
        }
        let who = name ?? StoreOptions.cliActor
        if who.trimmingCharacters(in: .whitespaces).isEmpty || who.count > 200 {
            throw commandLineError(field: "--by", message: "a name is 1 to 200 characters")
        }
        return Principal(name: who, role: kind, partyID: parts.count == 2 ? parts[1] : nil)
    }
}
