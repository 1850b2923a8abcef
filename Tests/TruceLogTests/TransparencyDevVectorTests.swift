import Foundation
import Testing
import TruceLog

@Suite("transparency-dev/merkle testdata")
struct TransparencyDevVectorTests {
    static let kinds = ["inclusion", "consistency", "subtreeinclusion", "subtreeconsistency"]

    /// Whether Truce refuses one file's case (a base64 field that does not decode, or a thrown verification
    /// error from the raw-bytes verifiers a client uses, which refuse hashes that are not 32 bytes), and whether
    /// the file wants an error.
    static func outcome(kind: String, data: Data) throws -> (rejected: Bool, wantErr: Bool) {
        let decoder = JSONDecoder()
        typealias Testdata = MerkleTestdata
        switch kind {
        case "inclusion":
            let vector = try decoder.decode(Testdata.Inclusion.self, from: data)
            let rejected = Rejection.happens {
                try MerkleVerifier.verifyInclusion(
                    index: vector.leafIdx, size: vector.treeSize,
                    leafHash: Testdata.bytes(vector.leafHash), proof: Testdata.proofBytes(vector.proof),
                    root: Testdata.bytes(vector.root))
            }
            return (rejected, vector.wantErr)
        case "consistency":
            let vector = try decoder.decode(Testdata.Consistency.self, from: data)
            let rejected = Rejection.happens {
                try MerkleVerifier.verifyConsistency(
                    size1: vector.size1, size2: vector.size2,
                    proof: Testdata.proofBytes(vector.proof), root1: Testdata.bytes(vector.root1),
                    root2: Testdata.bytes(vector.root2))
            }
            return (rejected, vector.wantErr)
        case "subtreeinclusion":
            let vector = try decoder.decode(Testdata.SubtreeInclusion.self, from: data)
            let rejected = Rejection.happens {
                try MerkleVerifier.verifySubtreeInclusion(
                    index: vector.leafIdx, start: vector.start, end: vector.end,
                    leafHash: Testdata.bytes(vector.leafHash), proof: Testdata.proofBytes(vector.proof),
                    subtreeHash: Testdata.bytes(vector.root))
            }
            return (rejected, vector.wantErr)
        default:
            let vector = try decoder.decode(Testdata.SubtreeConsistency.self, from: data)
            let rejected = Rejection.happens {
                try MerkleVerifier.verifySubtreeConsistency(
                    start: vector.start, end: vector.end, size: vector.size,
                    proof: Testdata.proofBytes(vector.proof), subtreeHash: Testdata.bytes(vector.root1),
                    root: Testdata.bytes(vector.root2))
            }
            return (rejected, vector.wantErr)
        }
    }

    /// Every `.json` file under a directory, recursively, as paths relative to `base`, sorted.
    static func jsonFiles(under directory: URL, base: URL) throws -> [String] {
        let basePath = base.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            throw TestPaths.Missing(description: "cannot list \(directory.path)")
        }
        var paths: [String] = []
        for case let url as URL in walker where url.pathExtension == "json" {
            let path = url.standardizedFileURL.path
            paths.append(path.hasPrefix(basePath) ? String(path.dropFirst(basePath.count)) : path)
        }
        return paths.sorted()
    }

    @Test("every file is refused exactly when it wants an error")
    func everyFile() throws {
        let testdata = try TestPaths.tlogData().appendingPathComponent("transparency-dev-merkle/testdata")
        var files = 0
        var cases = 0
        var wantErrors = 0
        var perKind: [String] = []
        for kind in Self.kinds {
            let paths = try Self.jsonFiles(under: testdata.appendingPathComponent(kind), base: testdata)
            #expect(!paths.isEmpty, "no files under testdata/\(kind)")
            for path in paths {
                let data = try Data(contentsOf: testdata.appendingPathComponent(path))
                files += 1
                let outcome = try Self.outcome(kind: kind, data: data)
                cases += 1
                if outcome.wantErr { wantErrors += 1 }
                #expect(
                    outcome.rejected == outcome.wantErr,
                    "\(path): \(outcome.rejected ? "refused" : "accepted") but wantErr is \(outcome.wantErr)")
            }
            perKind.append("\(kind) \(paths.count)")
        }
        print(
            "tlog vectors: \(files) files, \(cases) cases (\(perKind.joined(separator: ", ")); \(wantErrors) want an "
                + "error)")
        #expect(files >= 518)
    }
}
