import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// `truce user list`.
struct UserListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List accounts and their roles.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            for account in try await register.accounts() {
                print("\(account.name)  \(account.role.rawValue)\(account.partyID.map { "  \($0)" } ?? "")")
            }
        }
    }
}
