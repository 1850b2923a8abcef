import Crypto
import Foundation
import GRDB
import TruceCore

extension SQLiteRegister {
    /// Creates an account with an already hashed password (bcrypt, by the caller).
    public func addAccount(name: String, role: Role, partyID: String?, passwordHash: String) async throws -> Account {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 100, trimmed == name,
            name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || "0123456789-_.@".unicodeScalars.contains($0) })
        else {
            throw AccountError.invalid(
                field: "name", message: "1 to 100 letters, digits or - _ . @, without spaces")
        }
        if role == .party, partyID == nil {
            throw AccountError.invalid(field: "party", message: "a party account acts for one agreement party")
        }
        if role != .party, partyID != nil {
            throw AccountError.invalid(field: "party", message: "only a party account names a party")
        }
        return try await writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [name]) == true {
                throw AccountError.nameTaken(name)
            }
            try db.execute(
                sql: "INSERT INTO account (name, role, party_id, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [name, role.rawValue, partyID, passwordHash, Int64(Date().timeIntervalSince1970)])
            return Account(id: db.lastInsertedRowID, name: name, role: role, partyID: partyID)
        }
    }

    /// The account with a name and its password hash, if any.
    public func account(named name: String) async throws -> (account: Account, passwordHash: String)? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE name = ?", arguments: [name]).map {
                (Self.account($0), $0["password_hash"])
            }
        }
    }

    /// Every account, by name.
    public func accounts() async throws -> [Account] {
        try await writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY name").map(Self.account) }
    }

    /// Issues a new API token for an account; only its SHA-256 is kept.
    public func issueToken(for account: Account, label: String) async throws -> String {
        let token = "truce_" + Self.randomHex(32)
        try await writer.write { db in
            try db.execute(
                sql: "INSERT INTO api_token (token_sha256, account_id, label, created_at) VALUES (?, ?, ?, ?)",
                arguments: [Self.sha256(token), account.id, label, Int64(Date().timeIntervalSince1970)])
        }
        return token
    }

    /// The account an API token belongs to.
    public func account(forToken token: String) async throws -> Account? {
        try await writer.read { db in
            try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT a.* FROM api_token t JOIN account a ON a.id = t.account_id WHERE t.token_sha256 = ?"),
                arguments: [Self.sha256(token)]
            ).map(Self.account)
        }
    }

    /// Opens a web session; returns its id (for the cookie) and the session.
    public func openSession(for account: Account, lifetime: Int64 = 12 * 3_600) async throws -> (id: String, session: WebSession)
    {
        let id = Self.randomHex(32)
        let session = WebSession(
            account: account, csrfToken: Self.randomHex(16), expiresAt: Int64(Date().timeIntervalSince1970) + lifetime)
        try await writer.write { db in
            try db.execute(
                sql: "INSERT INTO web_session (id_sha256, account_id, csrf, expires_at) VALUES (?, ?, ?, ?)",
                arguments: [Self.sha256(id), account.id, session.csrfToken, session.expiresAt])
        }
        return (id, session)
    }

    /// The live session with an id.
    public func session(id: String) async throws -> WebSession? {
        try await writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db.cachedStatement(
                        sql:
                            "SELECT a.*, s.csrf, s.expires_at FROM web_session s JOIN account a ON a.id = s.account_id WHERE s.id_sha256 = ? AND s.expires_at > ?"
                    ), arguments: [Self.sha256(id), Int64(Date().timeIntervalSince1970)])
            else { return nil }
            return WebSession(account: Self.account(row), csrfToken: row["csrf"], expiresAt: row["expires_at"])
        }
    }

    /// Ends a session.
    public func closeSession(id: String) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE id_sha256 = ?", arguments: [Self.sha256(id)])
        }
    }

    /// The answer kept for an account's idempotency key.
    public func storedAnswer(account: String, key: String) async throws -> StoredAnswer? {
        try await writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM idempotency WHERE account = ? AND key = ?", arguments: [account, key]
            ).map {
                StoredAnswer(
                    requestSHA256: $0["request_sha256"], status: $0["status"], contentType: $0["content_type"],
                    body: Array(($0["body"] as Data?) ?? Data()))
            }
        }
    }

    /// Keeps the answer to an account's idempotency key (the first one stays).
    public func storeAnswer(_ answer: StoredAnswer, account: String, key: String) async throws {
        try await writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO idempotency (account, key, request_sha256, status, content_type, body, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                    """,
                arguments: [
                    account, key, answer.requestSHA256, answer.status, answer.contentType, Data(answer.body),
                    Int64(Date().timeIntervalSince1970),
                ])
        }
    }

    static func account(_ row: Row) -> Account {
        Account(id: row["id"], name: row["name"], role: Role(rawValue: row["role"]) ?? .public, partyID: row["party_id"])
    }

    static func sha256(_ text: String) -> String { Array(text.utf8).sha256Hex }

    static func randomHex(_ bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
