/// The shape of `shared/data/tlog/vectors.json` (hashes in hex).
struct VectorsFile: Decodable {
    /// The eight RFC 6962 test leaves, their leaf hashes and the root of every prefix.
    struct EightLeaves: Decodable {
        let leavesHex: [String]
        let rootsBySize: [String]
        let leafHashes: [String]

        enum CodingKeys: String, CodingKey {
            case leavesHex = "leaves_hex"
            case rootsBySize = "roots_by_size_0_to_8"
            case leafHashes = "leaf_hashes_derived"
        }
    }

    /// transparency-dev's hasher unit vectors.
    struct HasherUnits: Decodable {
        let emptyRoot: String
        let leafEmpty: String
        let leafL123456: String
        let nodeN123N456: String

        enum CodingKeys: String, CodingKey {
            case emptyRoot = "empty_root"
            case leafEmpty = "leaf('')"
            case leafL123456 = "leaf('L123456')"
            case nodeN123N456 = "node('N123','N456')"
        }
    }

    /// An inclusion proof of a leaf (0-based) in a tree of the eight leaves' prefix.
    struct InclusionCase: Decodable {
        let leafIndex: UInt64
        let treeSize: UInt64
        let path: [String]
    }

    /// A consistency proof between two prefixes of the eight leaves.
    struct ConsistencyCase: Decodable {
        let size1: UInt64
        let size2: UInt64
        let proof: [String]
    }

    /// Cases copied from a named source.
    struct Sourced<Case: Decodable>: Decodable {
        let source: String
        let cases: [Case]
    }

    /// A signed note with the key that signed it.
    struct SignedNoteCase: Decodable {
        let source: String
        let vkey: String
        let noteText: String
        let signedNote: String
        let keyIDRecomputed: String
        let verified: Bool

        enum CodingKeys: String, CodingKey {
            case source, vkey, verified
            case noteText = "note_text"
            case signedNote = "signed_note"
            case keyIDRecomputed = "key_id_recomputed"
        }
    }

    /// A checkpoint signed by the log key and cosigned by the witness key.
    struct CosignedCheckpoint: Decodable {
        let treeSize: UInt64
        let body: String
        let cosignedMessage: String
        let signedCheckpoint: String

        enum CodingKeys: String, CodingKey {
            case body
            case treeSize = "tree_size"
            case cosignedMessage = "cosigned_message"
            case signedCheckpoint = "signed_checkpoint"
        }
    }

    /// The decoded cosignature of the tlog-cosignature specification's example.
    struct DecodedCosignature: Decodable {
        let keyID: String
        let timestamp: UInt64
        let signatureLength: Int

        enum CodingKeys: String, CodingKey {
            case timestamp
            case keyID = "key_id"
            case signatureLength = "sig_len"
        }
    }

    /// Checkpoints and a witness request made with deterministic test keys.
    struct CheckpointCosignature: Decodable {
        let logVkey: String
        let witnessVkey: String
        let logSeedHex: String
        let witnessSeedHex: String
        let checkpoints: [CosignedCheckpoint]
        let witnessRequest5To8: String
        let c2spExample: DecodedCosignature

        enum CodingKeys: String, CodingKey {
            case checkpoints
            case logVkey = "log_vkey"
            case witnessVkey = "witness_vkey"
            case logSeedHex = "log_ed25519_seed_hex"
            case witnessSeedHex = "witness_ed25519_seed_hex"
            case witnessRequest5To8 = "witness_add_checkpoint_request_5_to_8"
            case c2spExample = "c2sp_cosignature_example_decoded"
        }
    }

    let eightLeaves: EightLeaves
    let hasherUnits: HasherUnits
    let inclusionUpstream: Sourced<InclusionCase>
    let consistencyUpstream: Sourced<ConsistencyCase>
    let inclusionDerived: [InclusionCase]
    let consistencyDerived: [ConsistencyCase]
    let signedNotes: [SignedNoteCase]
    let checkpointCosignature: CheckpointCosignature

    enum CodingKeys: String, CodingKey {
        case eightLeaves = "rfc6962_8_leaves"
        case hasherUnits = "hasher_unit_vectors"
        case inclusionUpstream = "inclusion_upstream"
        case consistencyUpstream = "consistency_upstream"
        case inclusionDerived = "inclusion_all_derived_n_le_8"
        case consistencyDerived = "consistency_all_derived_n_le_8"
        case signedNotes = "signed_notes"
        case checkpointCosignature = "checkpoint_cosignature_derived"
    }
}
