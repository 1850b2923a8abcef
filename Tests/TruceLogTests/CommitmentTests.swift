import Testing
import TruceLog

@Suite("Salted commitments")
struct CommitmentTests {
    let value = JSONValue.object(["town": .string("Idlib"), "name": .string("Ahmad")])
    let salt = (0..<32).map { UInt8($0) }

    @Test("the digest is sha256:hex(SHA-256(salt ‖ canonical JSON)), computed independently")
    func digest() {
        let canonical = Array(#"{"name":"Ahmad","town":"Idlib"}"#.utf8)
        let expected = "sha256:" + Hex.encode(ReferenceSHA256.hash(salt + canonical))
        #expect(Commitment(value: value, salt: salt).digest == expected)
    }

    @Test("a disclosure matches only with the same value and salt")
    func matching() {
        let digest = Commitment(value: value, salt: salt).digest
        #expect(Commitment.matches(digest: digest, value: value, salt: salt))
        #expect(!Commitment.matches(digest: digest, value: .object(["town": .string("Idlib")]), salt: salt))
        #expect(!Commitment.matches(digest: digest, value: .string("Ahmad"), salt: salt))
        var otherSalt = salt
        otherSalt[31] ^= 1
        #expect(!Commitment.matches(digest: digest, value: value, salt: otherSalt))
        #expect(!Commitment.matches(digest: digest, value: value, salt: Array(salt.dropLast())))
        #expect(!Commitment.matches(digest: digest.uppercased(), value: value, salt: salt))
    }

    @Test("fresh commitments get fresh 32-byte salts, so equal values get different digests")
    func freshSalts() {
        let first = Commitment(value: value)
        let second = Commitment(value: value)
        #expect(first.salt.count == 32)
        #expect(second.salt.count == 32)
        #expect(first.salt != second.salt)
        #expect(first.digest != second.digest)
        #expect(Commitment.matches(digest: first.digest, value: value, salt: first.salt))
        #expect(!Commitment.matches(digest: first.digest, value: value, salt: second.salt))
        let hex = first.digest.dropFirst("sha256:".count)
        #expect(first.digest.hasPrefix("sha256:"))
        #expect(hex.count == 64 && hex.allSatisfy { "0123456789abcdef".contains($0) })
    }
}
