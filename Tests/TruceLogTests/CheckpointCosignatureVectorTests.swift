import Testing
import TruceLog

@Suite("Checkpoint and cosignature vectors (deterministic test keys)")
struct CheckpointCosignatureVectorTests {
    static let cosignTime: UInt64 = 1_767_225_600
    let vectors: VectorsFile.CheckpointCosignature
    let logSigner: NoteSigner
    let cosigner: Cosigner
    let logKey: NoteVerifierKey
    let witnessKey: NoteVerifierKey

    init() throws {
        vectors = try TestPaths.vectors().checkpointCosignature
        logKey = try NoteVerifierKey(parsing: vectors.logVkey)
        witnessKey = try NoteVerifierKey(parsing: vectors.witnessVkey)
        logSigner = try NoteSigner(
            name: logKey.name, type: .ed25519, seed: try #require(Hex.decode(vectors.logSeedHex)))
        cosigner = Cosigner(
            signer: try NoteSigner(
                name: witnessKey.name, type: .cosignatureV1, seed: try #require(Hex.decode(vectors.witnessSeedHex))))
    }

    @Test("the keys rebuilt from their seeds give the published verifier keys")
    func keys() {
        #expect(logSigner.verifier.encoded == vectors.logVkey)
        #expect(cosigner.signer.verifier.encoded == vectors.witnessVkey)
        #expect(logSigner.verifier == logKey)
        #expect(witnessKey.type == .cosignatureV1)
    }

    @Test("signing and cosigning each checkpoint body reproduces its signature lines exactly, and both verify")
    func checkpoints() throws {
        // The checkpoints commit to prefixes of the RFC 6962 test leaves.
        let eight = try TestPaths.vectors().eightLeaves
        try #require(vectors.checkpoints.count == 2)
        for vector in vectors.checkpoints {
            let note = try SignedNote(parsing: vector.signedCheckpoint)
            #expect(note.text == vector.body)
            #expect(note.serialized == vector.signedCheckpoint)
            let checkpoint = try Checkpoint(body: vector.body)
            #expect(checkpoint.origin == logKey.name)
            #expect(checkpoint.size == vector.treeSize)
            #expect(checkpoint.root.hex == eight.rootsBySize[Int(vector.treeSize)])
            #expect(checkpoint.body == vector.body)
            #expect(Cosigner.message(timestamp: Self.cosignTime, body: vector.body) == vector.cosignedMessage)
            try #require(note.signatures.count == 2)
            let logLine = note.signatures[0].line
            let witnessLine = note.signatures[1].line
            #if canImport(Darwin)
                // CryptoKit's Ed25519 signatures are randomised, so only verification can be compared there.
                #expect(logKey.isValid(signature: logSigner.sign(text: vector.body).signature, for: vector.body))
                #expect(logKey.isValid(signature: checkpoint.signed(by: logSigner).signatures[0].signature, for: vector.body))
                let cosignature = cosigner.cosign(body: vector.body, timestamp: Self.cosignTime)
                #expect(witnessKey.isValid(signature: cosignature.signature, for: vector.body))
            #else
                // Ed25519 (RFC 8032) is deterministic: the same key and body give the same bytes.
                #expect(logSigner.sign(text: vector.body).line == logLine)
                #expect(checkpoint.signed(by: logSigner).serialized == vector.body + "\n" + logLine)
                #expect(cosigner.cosign(body: vector.body, timestamp: Self.cosignTime).line == witnessLine)
            #endif
            let verified = try note.verify(with: [logKey, witnessKey])
            #expect(verified.map(\.name) == [logKey.name, witnessKey.name])
            #expect(try note.verify(with: [logKey]).count == 1)
            #expect(try note.verify(with: [witnessKey]).count == 1)
            // The cosignature's first eight bytes are its time, big-endian.
            let time = note.signatures[1].signature.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            #expect(time == Self.cosignTime)
        }
    }

    @Test("the tlog-witness request 5 → 8 parses, its proof verifies, and it serializes back byte for byte")
    func witnessRequest() throws {
        let request = try AddCheckpointRequest(parsing: vectors.witnessRequest5To8)
        #expect(request.oldSize == 5)
        #expect(request.body == vectors.witnessRequest5To8)
        try request.note.verify(with: [logKey])
        let checkpoint = try Checkpoint(body: request.note.text)
        #expect(checkpoint.size == 8)
        let old = try Checkpoint(body: vectors.checkpoints[0].body)
        try MerkleVerifier.verifyConsistency(
            size1: request.oldSize, size2: checkpoint.size, proof: request.proof, root1: old.root, root2: checkpoint.root)
        // The same proof as MerkleProofs builds over the RFC 6962 test leaves.
        let leaves = try TestPaths.vectors().eightLeaves.leavesHex.map { try #require(Hex.decode($0)) }
        let tree = MemoryTree(leafHashes: leaves.map { TreeHash.leaf($0) })
        #expect(try tree.proofs.consistencyProof(from: 5, to: 8) == request.proof)
    }

    @Test("the tlog-cosignature specification's example line decodes to its key ID and time")
    func specificationExample() throws {
        // The cosignature line of the example in c2sp.org/tlog-cosignature.
        let line =
            "\u{2014} witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA=="
        let signature = try NoteSignature(line: Substring(line))
        let expected = vectors.c2spExample
        #expect(Hex.encode(withUnsafeBytes(of: signature.keyID.bigEndian) { Array($0) }) == expected.keyID)
        #expect(signature.signature.count == 8 + expected.signatureLength)
        #expect(signature.signature.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } == expected.timestamp)
        #expect(signature.line == line + "\n")
    }
}
