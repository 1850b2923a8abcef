import Foundation
import Logging
import ServiceLifecycle
import TruceLog
import TruceStore

/// Signs a checkpoint of the log whenever it has grown, every ``interval``, while the service runs (when the
/// server holds the log's key): changes made through the API and pages get their signed checkpoint, and with it
/// their inclusion proofs, without a separate `truce log checkpoint`.
public struct CheckpointService: Service {
    let log: SQLiteLog
    let signer: NoteSigner
    let interval: Duration
    let logger: Logger

    /// A signer over a log.
    public init(log: SQLiteLog, signer: NoteSigner, interval: Duration = .seconds(5), logger: Logger) {
        self.log = log
        self.signer = signer
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                let size = try await log.size()
                let signed = try await log.latestCheckpoint()?.checkpoint.size ?? 0
                if size > signed {
                    let stored = try await log.signCheckpoint(with: signer)
                    logger.info("signed checkpoint", metadata: ["size": "\(stored.checkpoint.size)"])
                }
            } catch {
                logger.error("could not sign a checkpoint", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: interval)
        }
    }
}
