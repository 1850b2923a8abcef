import ArgumentParser

/// `truce user …`.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage the service's accounts.",
        subcommands: [UserAddCommand.self, UserTokenCommand.self, UserListCommand.self])
}
