import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// Runs a command body, turning errors into one clear line on standard error and a sysexits code:
/// 65 for bad data (``InputError``) and refused workflow changes, 77 for a role that may not make a change, 66 for
/// a file that cannot be read, 70 for anything else.
func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as InputError {
        Terminal.error(error.description)
        throw ExitCode(65)
    } catch let error as WorkflowError {
        Terminal.error("refused: \(error.description)")
        if case .notPermitted = error { throw ExitCode(77) }
        throw ExitCode(65)
    } catch let error as FileAccessError {
        Terminal.error(error.description)
        throw ExitCode(66)
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch {
        Terminal.error("\(error)")
        throw ExitCode(70)
    }
}
