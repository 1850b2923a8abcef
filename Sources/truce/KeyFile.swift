import Foundation
import TruceCore
import TruceLog
import TruceStore

/// Signing key files: written once with mode 0600 (never overwritten), read back as note signers.
enum KeyFile {
    /// Writes a new key file; refuses to replace an existing one.
    static func create(_ signer: NoteSigner, at path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw FileAccessError(
                path: path, reason: "cannot create the key file (\(reason)); an existing key is never overwritten")
        }
        defer { close(descriptor) }
        let bytes = Array((signer.encoded + "\n").utf8)
        guard write(descriptor, bytes, bytes.count) == bytes.count else {
            throw FileAccessError(path: path, reason: "cannot write the key file")
        }
        fsync(descriptor)
    }

    /// Reads a signing key file.
    static func read(_ path: String) throws -> NoteSigner {
        guard let text = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) else {
            throw FileAccessError(path: path, reason: "cannot read the key file")
        }
        do {
            return try NoteSigner(parsing: text)
        } catch {
            throw InputError(file: path, message: error.description)
        }
    }
}
