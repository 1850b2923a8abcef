import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// `truce escalations …`.
struct EscalationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalations",
        abstract: "Response and pressure: notices to violating parties, referrals to the joint commission, decisions.",
        subcommands: [
            EscalationsListCommand.self, EscalationsNoticeCommand.self, EscalationsReferCommand.self,
            EscalationsDecideCommand.self,
        ])
}
