import ArgumentParser
import Foundation
import TruceStore

/// `truce user token NAME --label …`: issues a bearer token for the API.
struct UserTokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Issue an API bearer token for an account (printed once; only its hash is kept).")

    @Argument(help: "The account.") var name: String
    @Option(help: "What the token is for.") var label: String = "cli"
    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            guard let (account, _) = try await register.account(named: name) else {
                throw commandLineError(field: "name", message: "no account named '\(name)'")
            }
            print(try await register.issueToken(for: account, label: label))
        }
    }
}
