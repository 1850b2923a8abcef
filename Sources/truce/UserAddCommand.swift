import ArgumentParser
import Foundation
import HummingbirdBcrypt
import TruceCore
import TruceStore

/// `truce user add NAME --role ROLE [--party ID]`: the password is read from standard input (one line) or generated.
struct UserAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create an account; the password comes from standard input (--password-stdin) or is generated and printed.")

    @Argument(help: "The login name.") var name: String
    @Option(help: "admin, monitor, guarantor, party, mediator.") var role: String
    @Option(help: "For a party account: the agreement party it acts for.") var party: String?
    @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false
    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await reportingFailures {
            guard let kind = Role(rawValue: role), kind != .public else {
                throw commandLineError(field: "--role", message: "expected admin, monitor, guarantor, party or mediator")
            }
            let register = try store.open()
            if let party {
                let agreement = try await store.loadAgreement(from: register)
                guard agreement.allActors.contains(where: { $0.id == party && $0.role == .party }) else {
                    throw commandLineError(field: "--party", message: "'\(party)' is not a party of \(agreement.id)")
                }
            }
            var password = DemoAccounts.password()
            var generated = true
            if passwordStdin {
                guard let line = readLine(strippingNewline: true), line.count >= 12, line.count <= 72 else {
                    throw commandLineError(field: "password", message: "12 to 72 characters on the first line of standard input")
                }
                password = line
                generated = false
            }
            let account = try await register.addAccount(
                name: name, role: kind, partyID: party, passwordHash: Bcrypt.hash(password, cost: 12))
            print("Created account \(account.name) (\(kind.rawValue)\(party.map { " \($0)" } ?? "")).")
            if generated { print("Password: \(password)") }
        }
    }
}
