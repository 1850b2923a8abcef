import Foundation
import HTTPTypes
import Hummingbird
import TruceCore
import TruceStore

extension APIRoutes {
    /// The talks routes under `/api/v1/talks`: rounds, commitments, their steps, scorecards, statements, documents.
    /// Everyone reads them (the talks are public record); admins, mediators and guarantors assess commitments.
    func addTalks(to api: RouterGroup<TruceRequestContext>) {
        api.get("talks/rounds") { _, context in
            try AccessPolicy.require(.readPublic, context.principal)
            let talks = try await storedTalks()
            return try json(talks.rounds.map { TalksJSON.round($0.process, $0.round, in: talks) })
        }
        api.get("talks/rounds/{id}") { _, context in
            try AccessPolicy.require(.readPublic, context.principal)
            let talks = try await storedTalks()
            let id = try slug(context)
            guard let (process, round) = talks.rounds.first(where: { $0.round.id == id }) else {
                throw WorkflowError.notFound(what: "round '\(id)'")
            }
            return try json(TalksJSON.round(process, round, in: talks))
        }
        api.get("talks/commitments") { request, context in
            try AccessPolicy.require(.readPublic, context.principal)
            let filter = try Self.talksFilter(request.uri.queryParameters)
            let talks = try await storedTalks()
            return try json(try Self.commitments(talks, filter).map { TalksJSON.commitment($0, on: filter.on) })
        }
        api.get("talks/commitments/{id}") { _, context in
            try AccessPolicy.require(.readPublic, context.principal)
            let id = try slug(context)
            guard let commitment = try await storedTalks().commitment(id) else {
                throw WorkflowError.notFound(what: "commitment '\(id)'")
            }
            return try json(TalksJSON.commitment(commitment))
        }
        api.post("talks/commitments/{id}/steps") { request, context in
            try AccessPolicy.require(.assessCommitments, context.principal)
            let id = try slug(context)
            return try await idempotentRaw(request, context) { bytes in
                let body = try JSONBody.parse(bytes, allowed: ["status", "at", "reason", "evidence"])
                guard let status = CommitmentStatus(rawValue: try body.string("status")!) else {
                    throw ProblemDetails(
                        status: .unprocessableContent, detail: "field 'status': expected 0, 1, 2, 3 or broken")
                }
                let at =
                    try body.string("at", required: false) ?? CivilTime.day(Int64(Date().timeIntervalSince1970), in: .gmt)
                let commitment = try await register.assess(
                    commitment: id, agreement: agreementID,
                    step: CommitmentStep(
                        status: status, at: at, by: context.principal.recorded,
                        reason: try body.string("reason", required: false), evidence: try body.strings("evidence")),
                    by: context.principal)
                return (.created, TalksJSON.commitment(commitment))
            }
        }
        api.get("talks/scorecards") { request, context in
            try AccessPolicy.require(.readPublic, context.principal)
            let parameters = request.uri.queryParameters
            for name in ["from", "to"] {
                if let day = parameters.get(name), !CivilTime.isDay(day) {
                    throw ProblemDetails(
                        status: .badRequest, detail: "parameter '\(name)': '\(day)' is not a date (YYYY-MM-DD)")
                }
            }
            _ = try await storedTalks()
            do {
                let cards = try await register.scorecards(
                    agreement: agreementID, party: parameters["party"].map(String.init),
                    from: parameters["from"].map(String.init), to: parameters["to"].map(String.init))
                return try json(cards.map(TalksJSON.scorecard))
            } catch WorkflowError.invalid(let field, let message) {
                throw ProblemDetails(status: .badRequest, detail: "parameter '\(field)': \(message)")
            }
        }
        api.get("talks/statements") { _, context in
            try AccessPolicy.require(.readPublic, context.principal)
            return try json(try await storedTalks().statements.map(TalksJSON.statement))
        }
        api.get("talks/documents") { _, context in
            try AccessPolicy.require(.readPublic, context.principal)
            return try json(try await storedTalks().documents.map(TalksJSON.document))
        }
    }

    /// The served agreement's talks, or 404 when none are loaded.
    func storedTalks() async throws -> TalksRecord { try await register.servedTalks(agreement: agreementID) }

    /// A string id from the path: 1 to 100 of `a-z 0-9 - _ .`.
    func slug(_ context: TruceRequestContext) throws -> String { try Self.slug(context) }

    /// A string id from the path: 1 to 100 of `a-z 0-9 - _ .`.
    static func slug(_ context: TruceRequestContext) throws -> String {
        guard let text = context.parameters.get("id"), Self.isSlug(text) else {
            throw ProblemDetails(status: .badRequest, detail: "parameter 'id': expected 1 to 100 of a-z, 0-9, '-', '_', '.'")
        }
        return text
    }

    /// Whether a text is an id as talks files write them.
    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 100
            && text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
            }
    }

    /// The commitments tracker's filters from query parameters.
    static func talksFilter(_ parameters: Parameters) throws -> TalksFilter {
        let filter = TalksFilter(
            party: parameters["party"].map(String.init), status: parameters["status"].map(String.init),
            process: parameters["process"].map(String.init), on: parameters["on"].map(String.init))
        if let on = filter.on, !CivilTime.isDay(on) {
            throw ProblemDetails(status: .badRequest, detail: "parameter 'on': '\(on)' is not a date (YYYY-MM-DD)")
        }
        for (name, value) in [("party", filter.party), ("process", filter.process)] {
            if let value, !isSlug(value) {
                throw ProblemDetails(status: .badRequest, detail: "parameter '\(name)': not an id")
            }
        }
        return filter
    }

    /// The commitments passing a filter; a filter naming nothing is a 400 naming the parameter.
    static func commitments(_ talks: TalksRecord, _ filter: TalksFilter) throws(ProblemDetails) -> [TalksCommitment] {
        do {
            return try filter.apply(to: talks)
        } catch {
            switch error {
            case .invalid(let field, let message):
                throw ProblemDetails(status: .badRequest, detail: "parameter '\(field)': \(message)")
            default: throw ProblemDetails(status: .badRequest, detail: error.description)
            }
        }
    }
}
