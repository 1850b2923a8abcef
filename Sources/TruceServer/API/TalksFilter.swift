import TruceCore

/// The commitments tracker's filters, shared by the CLI, the API and the page.
public struct TalksFilter: Sendable, Hashable {
    /// Made by this party or platform.
    public var party: String?
    /// At this status (`0`–`3`, `broken`).
    public var status: String?
    /// Made in a round (or a meeting or document of a round) of this process.
    public var process: String?
    /// The day the status is read on (nil: the latest step).
    public var on: String?

    /// Filters.
    public init(party: String? = nil, status: String? = nil, process: String? = nil, on: String? = nil) {
        self.party = party
        self.status = status
        self.process = process
        self.on = on
    }

    /// The commitments that pass, or an error naming the filter that names nothing.
    public func apply(to talks: TalksRecord) throws(WorkflowError) -> [TalksCommitment] {
        if let party, !talks.commitments.contains(where: { $0.by.contains(party) || $0.to.contains(party) }),
            !talks.platforms.contains(where: { $0.id == party })
        {
            let known = Set(talks.commitments.flatMap(\.by) + talks.platforms.map(\.id)).sorted()
            throw .invalid(
                field: "party",
                message: "no commitments by '\(party)'; parties with commitments: \(known.joined(separator: ", "))")
        }
        if let status, CommitmentStatus(rawValue: status) == nil {
            throw .invalid(field: "status", message: "'\(status)' is not a status; expected 0, 1, 2, 3 or broken")
        }
        if let process, !talks.processes.contains(where: { $0.id == process }) {
            throw .invalid(
                field: "process",
                message: "unknown process '\(process)'; known: \(talks.processes.map(\.id).joined(separator: ", "))")
        }
        return talks.commitments.filter { commitment in
            if let party, !commitment.by.contains(party) { return false }
            if let on, commitment.made > on { return false }
            if let status {
                let current = on.map { commitment.status(on: $0) } ?? commitment.steps.last?.status
                if current?.rawValue != status { return false }
            }
            if let process { return self.process(of: commitment, in: talks) == process }
            return true
        }
    }

    /// The process a commitment was made in (through its round, meeting, or a document's round).
    public func process(of commitment: TalksCommitment, in talks: TalksRecord) -> String? {
        var place = commitment.madeIn
        if let document = talks.documents.first(where: { $0.id == place }) {
            guard let round = document.madeIn else { return nil }
            place = round
        }
        return talks.round(containing: place)?.process.id
    }
}
