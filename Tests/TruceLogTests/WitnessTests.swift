import Foundation
import Testing
import TruceLog

@Suite("tlog-witness add-checkpoint")
struct WitnessTests {
    static let now: UInt64 = 1_767_225_600
    static let origin = "example.org/witnessed-log"

    let logSigner: NoteSigner
    let witnessSigner: NoteSigner
    /// The log's tree: "entry 0" … "entry 19".
    let tree: MemoryTree
    /// A fork sharing the first 3 entries, then different ones.
    let fork: MemoryTree

    init() throws {
        logSigner = try NoteSigner.generate(name: Self.origin)
        witnessSigner = try NoteSigner.generate(name: "witness.example/w1", type: .cosignatureV1)
        tree = MemoryTree(leafHashes: (0..<20).map { TreeHash.leaf(Array("entry \($0)".utf8)) })
        fork = MemoryTree(
            leafHashes: (0..<20).map { TreeHash.leaf(Array(($0 < 3 ? "entry \($0)" : "forked \($0)").utf8)) })
    }

    func witness(_ store: MemoryWitnessStateStore) -> Witness<MemoryWitnessStateStore> {
        Witness(
            cosigner: Cosigner(signer: witnessSigner), logKeys: [logSigner.verifier], store: store, now: { Self.now })
    }

    func checkpoint(_ size: UInt64, of tree: MemoryTree? = nil) throws -> Checkpoint {
        Checkpoint(origin: Self.origin, size: size, root: try (tree ?? self.tree).proofs.root(size: size))
    }

    func body(old: UInt64, proof: [TreeHash] = [], _ checkpoint: Checkpoint, signer: NoteSigner? = nil) -> String {
        AddCheckpointRequest(oldSize: old, proof: proof, note: checkpoint.signed(by: signer ?? logSigner)).body
    }

    /// Checks a 200 answer: one cosignature line by the witness key over the checkpoint body, at `now`.
    func expectCosigned(
        _ answer: WitnessAnswer, _ checkpoint: Checkpoint, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(answer.status == 200, "\(answer.body)", sourceLocation: sourceLocation)
        guard answer.status == 200 else { return }
        #expect(answer.body.hasSuffix("\n"), sourceLocation: sourceLocation)
        let lines = answer.body.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 1, sourceLocation: sourceLocation)
        let signatures = try lines.map { try NoteSignature(line: $0) }
        let key = witnessSigner.verifier
        #expect(key.type == .cosignatureV1, sourceLocation: sourceLocation)
        let verified = try SignedNote(text: checkpoint.body, signatures: signatures).verify(with: [key])
        #expect(verified.count == 1, sourceLocation: sourceLocation)
        let time = signatures[0].signature.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(time == Self.now, sourceLocation: sourceLocation)
        // A client may append the answer to the checkpoint it sent and verify the whole note.
        let combined = try SignedNote(parsing: checkpoint.signed(by: logSigner).serialized + answer.body)
        #expect(try combined.verify(with: [logSigner.verifier, key]).count == 2, sourceLocation: sourceLocation)
    }

    func expectRefused(
        _ answer: WitnessAnswer, _ status: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(answer.status == status, "\(answer.body)", sourceLocation: sourceLocation)
        #expect(answer.contentType == "text/plain; charset=utf-8", sourceLocation: sourceLocation)
        #expect(answer.body.hasSuffix("\n") && answer.body.count > 1, sourceLocation: sourceLocation)
    }

    func expectConflict(
        _ answer: WitnessAnswer, size: UInt64, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(answer.status == 409, "\(answer.body)", sourceLocation: sourceLocation)
        #expect(answer.contentType == "text/x.tlog.size", sourceLocation: sourceLocation)
        #expect(answer.body == "\(size)\n", sourceLocation: sourceLocation)
    }

    /// A store that already holds the log's checkpoint of `size`.
    func store(at size: UInt64) async throws -> MemoryWitnessStateStore {
        let store = MemoryWitnessStateStore()
        try expectCosigned(try await witness(store).addCheckpoint(body: body(old: 0, try checkpoint(size))), try checkpoint(size))
        return store
    }

    @Test("200: a first checkpoint from old 0, then growth with a consistency proof, then the same again")
    func cosigns() async throws {
        let store = MemoryWitnessStateStore()
        let witness = witness(store)
        let five = try checkpoint(5)
        try expectCosigned(try await witness.addCheckpoint(body: body(old: 0, five)), five)
        #expect(try await store.record(origin: Self.origin) == WitnessRecord(size: 5, root: five.root))
        let twelve = try checkpoint(12)
        let proof = try tree.proofs.consistencyProof(from: 5, to: 12)
        try expectCosigned(try await witness.addCheckpoint(body: body(old: 5, proof: proof, twelve)), twelve)
        #expect(try await store.record(origin: Self.origin) == WitnessRecord(size: 12, root: twelve.root))
        // The same checkpoint again is cosigned again without a new write.
        try expectCosigned(try await witness.addCheckpoint(body: body(old: 12, twelve)), twelve)
        #expect(await store.swaps == 2)
    }

    @Test("200: the cosignature covers extension lines and the exact text the log signed")
    func cosignsSignedText() async throws {
        let store = MemoryWitnessStateStore()
        let extended = Checkpoint(
            origin: Self.origin, size: 3, root: try tree.proofs.root(size: 3), extensions: ["timestamp 1767225600"])
        try expectCosigned(try await witness(store).addCheckpoint(body: body(old: 0, extended)), extended)
        // A root in base64 whose unused low bits are set decodes to the same hash; the cosignature must still be
        // over the text the log signed, or it would not verify beside the log's signature.
        let four = try checkpoint(4)
        let canonical = four.root.base64
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var characters = Array(canonical)
        let last = characters.count - 2
        characters[last] = alphabet[try #require(alphabet.firstIndex(of: characters[last])) ^ 1]
        let text = four.body.replacingOccurrences(of: canonical, with: String(characters))
        let reparsed = try Checkpoint(body: text)
        try #require(text != four.body && reparsed == four)
        let note = SignedNote(text: text, signatures: [logSigner.sign(text: text)])
        let proof = try tree.proofs.consistencyProof(from: 3, to: 4)
        let answer = try await witness(store).addCheckpoint(
            body: AddCheckpointRequest(oldSize: 3, proof: proof, note: note).body)
        #expect(answer.status == 200)
        let cosignature = try NoteSignature(line: answer.body.dropLast())
        #expect(witnessSigner.verifier.isValid(signature: cosignature.signature, for: text))
    }

    @Test("200: an empty tree, then growth from it with an empty proof")
    func growsFromEmptyTree() async throws {
        let store = MemoryWitnessStateStore()
        let witness = witness(store)
        let empty = try checkpoint(0)
        #expect(empty.root == TreeHash.emptyTree)
        try expectCosigned(try await witness.addCheckpoint(body: body(old: 0, empty)), empty)
        #expect(try await store.record(origin: Self.origin) == WitnessRecord(size: 0, root: .emptyTree))
        let seven = try checkpoint(7)
        try expectCosigned(try await witness.addCheckpoint(body: body(old: 0, seven)), seven)
        // A size-0 checkpoint with another root is not the empty tree the witness cosigned.
        let otherStore = MemoryWitnessStateStore()
        try expectCosigned(try await self.witness(otherStore).addCheckpoint(body: body(old: 0, empty)), empty)
        let strangeEmpty = Checkpoint(origin: Self.origin, size: 0, root: TreeHash.emptyTree.flipping())
        expectConflict(try await self.witness(otherStore).addCheckpoint(body: body(old: 0, strangeEmpty)), size: 0)
    }

    @Test("400: malformed bodies, and an old size beyond the checkpoint")
    func badRequests() async throws {
        let store = try await store(at: 5)
        let witness = witness(store)
        let eight = try checkpoint(8)
        let good = body(old: 5, proof: try tree.proofs.consistencyProof(from: 5, to: 8), eight)
        let note = eight.signed(by: logSigner).serialized
        let malformed: [(why: String, body: String)] = [
            ("empty", ""),
            ("garbage", "garbage"),
            ("no checkpoint", "old 5\n"),
            ("leading zero in old", "old 05\n\n" + note),
            ("negative old", "old -1\n\n" + note),
            ("a proof line that is not base64", "old 5\nnot base64\n\n" + note),
            ("leading zero in the checkpoint size", good.replacingOccurrences(of: "\n8\n", with: "\n08\n")),
            ("no final newline", String(good.dropLast())),
            ("64 proof lines", "old 5\n" + String(repeating: eight.root.base64 + "\n", count: 64) + "\n" + note),
        ]
        for (why, bad) in malformed {
            let answer = try await witness.addCheckpoint(body: bad)
            #expect(answer.status == 400, "\(why): \(answer.body)")
        }
        expectRefused(try await witness.addCheckpoint(body: body(old: 9, eight)), 400)
        #expect(try await store.record(origin: Self.origin)?.size == 5)
        #expect(await store.swaps == 1)
    }

    @Test("403: a checkpoint signed by another key of the same name, or not by a trusted key at all")
    func forbidden() async throws {
        let store = MemoryWitnessStateStore()
        let witness = witness(store)
        let impostor = try NoteSigner.generate(name: Self.origin)
        let five = try checkpoint(5)
        expectRefused(try await witness.addCheckpoint(body: body(old: 0, five, signer: impostor)), 403)
        // A good signature beside a bad one by the trusted key is refused too.
        let forged = NoteSignature(
            name: logSigner.name, keyID: logSigner.verifier.keyID, signature: logSigner.sign(text: "x\n").signature)
        let note = SignedNote(text: five.body, signatures: [logSigner.sign(text: five.body), forged])
        expectRefused(try await witness.addCheckpoint(body: AddCheckpointRequest(oldSize: 0, proof: [], note: note).body), 403)
        #expect(try await store.record(origin: Self.origin) == nil)
    }

    @Test("404: an unknown origin")
    func unknownOrigin() async throws {
        let store = MemoryWitnessStateStore()
        let otherLog = try NoteSigner.generate(name: "example.org/unknown-log")
        let checkpoint = Checkpoint(origin: otherLog.name, size: 1, root: TreeHash.leaf(Array("x".utf8)))
        expectRefused(try await witness(store).addCheckpoint(body: body(old: 0, checkpoint, signer: otherLog)), 404)
        #expect(await store.swaps == 0)
    }

    @Test("409: an old size that is not the last cosigned size, and the same size with another root")
    func conflicts() async throws {
        let store = try await store(at: 5)
        let witness = witness(store)
        let eight = try checkpoint(8)
        let proof = try tree.proofs.consistencyProof(from: 4, to: 8)
        expectConflict(try await witness.addCheckpoint(body: body(old: 4, proof: proof, eight)), size: 5)
        expectConflict(try await witness.addCheckpoint(body: body(old: 0, eight)), size: 5)
        expectConflict(try await self.witness(MemoryWitnessStateStore()).addCheckpoint(body: body(old: 5, eight)), size: 0)
        let forkedFive = try checkpoint(5, of: fork)
        expectConflict(try await witness.addCheckpoint(body: body(old: 5, forkedFive)), size: 5)
        #expect(try await store.record(origin: Self.origin) == WitnessRecord(size: 5, root: try checkpoint(5).root))
    }

    @Test("409: a concurrent request moved the state between the check and the write")
    func lostRace() async throws {
        let store = try await store(at: 5)
        await store.interpose(origin: Self.origin, with: WitnessRecord(size: 9, root: try checkpoint(9).root))
        let eight = try checkpoint(8)
        let proof = try tree.proofs.consistencyProof(from: 5, to: 8)
        expectConflict(try await witness(store).addCheckpoint(body: body(old: 5, proof: proof, eight)), size: 9)
        #expect(try await store.record(origin: Self.origin)?.size == 9)
    }

    @Test("422: a wrong proof, a fork, a proof from 0, and a proof between equal sizes")
    func unprocessable() async throws {
        let store = try await store(at: 5)
        let witness = witness(store)
        let eight = try checkpoint(8)
        let proof = try tree.proofs.consistencyProof(from: 5, to: 8)
        for position in proof.indices {
            var corrupted = proof
            corrupted[position] = corrupted[position].flipping()
            expectRefused(try await witness.addCheckpoint(body: body(old: 5, proof: corrupted, eight)), 422)
        }
        expectRefused(try await witness.addCheckpoint(body: body(old: 5, proof: Array(proof.dropLast()), eight)), 422)
        expectRefused(try await witness.addCheckpoint(body: body(old: 5, proof: proof + [eight.root], eight)), 422)
        // The fork agrees on 3 entries only: its own proof from 5 to 8 does not lead from the cosigned 5.
        let forkedEight = try checkpoint(8, of: fork)
        let forkProof = try fork.proofs.consistencyProof(from: 5, to: 8)
        expectRefused(try await witness.addCheckpoint(body: body(old: 5, proof: forkProof, forkedEight)), 422)
        expectRefused(try await witness.addCheckpoint(body: body(old: 5, proof: [eight.root], try checkpoint(5))), 422)
        expectRefused(
            try await self.witness(MemoryWitnessStateStore()).addCheckpoint(body: body(old: 0, proof: proof, eight)), 422)
        #expect(try await store.record(origin: Self.origin) == WitnessRecord(size: 5, root: try checkpoint(5).root))
        #expect(await store.swaps == 1)
    }
}
