import Foundation
import GRDB
import TruceCore
import TruceLog

extension SQLiteRegister: TalksRegister {
    public func saveTalks(source: String, file: String, by principal: Principal) async throws -> TalksLoad {
        try VerificationWorkflow.permit(principal, [.admin], action: "load the talks")
        let agreementID = try TalksDecoder.agreementID(of: source, file: file)
        let digest = Array(source.utf8).sha256Hex
        return try await writer.write { db in
            let agreement: Agreement
            do {
                agreement = try AgreementCache.adjudicator(for: agreementID, in: db).agreement
            } catch WorkflowError.notFound {
                throw InputError(
                    file: file, field: "agreement", message: "no agreement '\(agreementID)' in the register; load it first")
            }
            let talks = try TalksDecoder().decode(source, file: file, agreement: agreement)
            let current = try Row.fetchOne(
                db, sql: "SELECT source_sha256, log_index FROM talks WHERE agreement_id = ?", arguments: [agreementID])
            let counts = Self.counts(talks)
            if let current, (current["source_sha256"] as String) == digest {
                return TalksLoad(
                    agreementID: agreementID, changed: false, replaced: false, sha256: digest,
                    logIndex: current["log_index"], counts: counts)
            }
            // The steps recorded through the register must still follow the new file's own steps.
            let recorded = try Self.recordedSteps(agreement: agreementID, in: db)
            for (commitmentID, steps) in recorded {
                guard var commitment = talks.commitment(commitmentID) else {
                    throw InputError(
                        file: file, field: "commitments",
                        message:
                            "commitment '\(commitmentID)' has \(steps.count) status step(s) recorded in the register; the file may not drop it"
                    )
                }
                for step in steps {
                    do {
                        try CommitmentAssessment.check(step, after: commitment, today: "9999-12-31")
                    } catch {
                        throw InputError(
                            file: file, field: "commitments.\(commitmentID).status",
                            message:
                                "the step recorded in the register on \(step.at) (\(step.status.rawValue)) no longer follows the file's steps: \(error)"
                        )
                    }
                    commitment.steps.append(step)
                }
            }
            let now = Int64(Date().timeIntervalSince1970)
            var log = try LogAppender(db)
            let index = Int64(log.size)
            var content: [String: JSONValue] = [
                "agreement": .string(agreementID), "file": .string(file), "source_sha256": .string(digest),
                "source": .string(source),
            ]
            content["counts"] = .object(counts.mapValues { .integer(Int64($0)) })
            try log.append(
                LogEntry(
                    type: current == nil ? "talks.loaded" : "talks.amended", time: CivilTime.iso8601UTC(now),
                    actor: principal.recorded, content: .object(content), subject: "talks:\(agreementID)"
                ).prepared)
            try db.execute(
                sql: """
                    INSERT INTO talks (agreement_id, file, source, source_sha256, loaded_at, log_index)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(agreement_id) DO UPDATE SET file = excluded.file, source = excluded.source,
                        source_sha256 = excluded.source_sha256, loaded_at = excluded.loaded_at,
                        log_index = excluded.log_index
                    """,
                arguments: [agreementID, file, source, digest, now, index])
            try db.execute(
                sql: """
                    INSERT INTO talks_revision (agreement_id, file, source, source_sha256, loaded_at, actor, log_index)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [agreementID, file, source, digest, now, principal.recorded, index])
            try log.finish()
            return TalksLoad(
                agreementID: agreementID, changed: true, replaced: current != nil, sha256: digest, logIndex: index,
                counts: counts)
        }
    }

    public func talks(agreement: String) async throws -> TalksRecord? {
        try await writer.read { db in try Self.talks(agreement: agreement, in: db) }
    }

    public func assess(commitment id: String, agreement: String, step: CommitmentStep, by principal: Principal)
        async throws -> TalksCommitment
    {
        try VerificationWorkflow.permit(principal, CommitmentAssessment.assessingRoles, action: "assess commitments")
        let now = Int64(Date().timeIntervalSince1970)
        return try await writer.write { db in
            guard let talks = try Self.talks(agreement: agreement, in: db) else {
                throw WorkflowError.notFound(what: "talks for agreement \(agreement)")
            }
            guard var commitment = talks.commitment(id) else { throw WorkflowError.notFound(what: "commitment \(id)") }
            var step = step
            step.by = principal.recorded
            step.reason = step.reason?.trimmingCharacters(in: .whitespacesAndNewlines)
            try CommitmentAssessment.check(step, after: commitment, today: CivilTime.day(now, in: TimeZone.gmt))
            var log = try LogAppender(db)
            try Self.checkEvidence(step.evidence, logSize: Int64(log.size), in: db)
            let index = Int64(log.size)
            var content: [String: JSONValue] = [
                "agreement": .string(agreement), "commitment": .string(id), "status": .string(step.status.rawValue),
                "at": .string(step.at), "role": .string(principal.role.rawValue),
                "evidence": .array(step.evidence.map(JSONValue.string)),
            ]
            content["from"] = .optional(commitment.steps.last?.status.rawValue)
            if let reason = step.reason { content["reason"] = .string(reason) }
            try log.append(
                LogEntry(
                    type: "commitment.assessed", time: CivilTime.iso8601UTC(now), actor: principal.recorded,
                    content: .object(content), subject: "commitment:\(id)"
                ).prepared)
            try db.execute(
                sql: """
                    INSERT INTO commitment_step (agreement_id, commitment_id, status, at, assessor, role, reason, evidence,
                        recorded_at, log_index)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    agreement, id, step.status.rawValue, step.at, principal.recorded, principal.role.rawValue, step.reason,
                    IncidentHistory.text(.array(step.evidence.map(JSONValue.string))), now, index,
                ])
            try log.finish()
            step.recordedAt = now
            step.logIndex = index
            commitment.steps.append(step)
            return commitment
        }
    }

    public func scorecards(agreement: String, party: String?, from: String?, to: String?) async throws
        -> [PartyScorecard]
    {
        try await writer.read { db in
            guard let talks = try Self.talks(agreement: agreement, in: db) else {
                throw WorkflowError.notFound(what: "talks for agreement \(agreement)")
            }
            let actors = try AgreementCache.adjudicator(for: agreement, in: db).agreement.allActors
            var names: [String: (name: String, platform: Bool)] = [:]
            for actor in actors { names[actor.id] = (actor.name, false) }
            for platform in talks.platforms { names[platform.id] = (platform.name, true) }
            if let party, names[party] == nil {
                throw WorkflowError.invalid(
                    field: "party",
                    message: "unknown party or platform '\(party)'; known: \(names.keys.sorted().joined(separator: ", "))")
            }
            // Verified violations per party and month within the period.
            var sql = """
                SELECT party_id, substr(day, 1, 7) AS month, sum(incidents) AS n FROM violation_day
                WHERE agreement_id = ?
                """
            let days = DayRange(from: from, to: to).condition()
            var arguments: StatementArguments = [agreement]
            sql += days.sql + " GROUP BY party_id, month"
            arguments += days.arguments
            var violations: [String: [String: Int]] = [:]
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                violations[row["party_id"], default: [:]][row["month"]] = row["n"]
            }
            let committed = Set(talks.commitments.flatMap(\.by))
            let chosen = names.keys.filter { id in
                party.map { $0 == id } ?? (committed.contains(id) || violations[id] != nil)
            }.sorted()
            // Without a last day: the latest day on record (a step, a commitment made, a verified violation).
            var known: [String] = talks.commitments.flatMap { [$0.made] + $0.steps.map(\.at) }
            if let latest = try String.fetchOne(
                db, sql: "SELECT max(day) FROM violation_day WHERE agreement_id = ?", arguments: [agreement])
            {
                known.append(latest)
            }
            let lastDay: String = to ?? known.max() ?? "9999-12-31"
            let firstDay: String = from ?? talks.commitments.map(\.made).min() ?? lastDay
            let months = Self.months(from: firstDay, to: lastDay)
            return chosen.map { id in
                let own = talks.commitments.filter { $0.by.contains(id) }
                func statuses(on day: String) -> [String: Int] {
                    var counts = Dictionary(uniqueKeysWithValues: CommitmentStatus.allCases.map { ($0.rawValue, 0) })
                    for commitment in own where commitment.made <= day {
                        counts[(commitment.status(on: day) ?? .notInitiated).rawValue, default: 0] += 1
                    }
                    return counts
                }
                let perMonth = violations[id] ?? [:]
                return PartyScorecard(
                    party: id, name: names[id]?.name ?? id, isPlatform: names[id]?.platform ?? false, from: from, to: to,
                    commitments: statuses(on: lastDay), commitmentIDs: own.filter { $0.made <= lastDay }.map(\.id),
                    violations: perMonth.values.reduce(0, +),
                    months: months.map { month in
                        let end = min(month + "-31", lastDay)
                        return ScorecardMonth(month: month, commitments: statuses(on: end), violations: perMonth[month] ?? 0)
                    })
            }
        }
    }

    /// The talks with the register's steps appended to each commitment.
    static func talks(agreement: String, in db: Database) throws -> TalksRecord? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT t.source, t.source_sha256, a.source_sha256 AS agreement_sha256
                    FROM talks t JOIN agreement a ON a.id = t.agreement_id WHERE t.agreement_id = ?
                    """, arguments: [agreement])
        else { return nil }
        let stored = try AgreementCache.adjudicator(for: agreement, in: db).agreement
        var talks = try TalksCache.talks(
            source: row["source"], sha256: row["source_sha256"], file: "talks/\(agreement)", agreement: stored,
            agreementSHA256: row["agreement_sha256"])
        let recorded = try recordedSteps(agreement: agreement, in: db)
        for index in talks.commitments.indices {
            talks.commitments[index].steps += recorded[talks.commitments[index].id] ?? []
        }
        return talks
    }

    /// The steps recorded through the register, by commitment, in order.
    private static func recordedSteps(agreement: String, in db: Database) throws -> [String: [CommitmentStep]] {
        var steps: [String: [CommitmentStep]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT commitment_id, status, at, assessor, reason, evidence, recorded_at, log_index FROM commitment_step
                WHERE agreement_id = ? ORDER BY id
                """, arguments: [agreement])
        {
            let evidence = (try? JSONDecoder().decode([String].self, from: Data((row["evidence"] as String).utf8))) ?? []
            steps[row["commitment_id"], default: []].append(
                CommitmentStep(
                    status: CommitmentStatus(rawValue: row["status"]) ?? .notInitiated, at: row["at"], by: row["assessor"],
                    reason: row["reason"], evidence: evidence, recordedAt: row["recorded_at"], logIndex: row["log_index"]))
        }
        return steps
    }

    /// Refuses evidence that names an incident or a log entry the register does not hold.
    private static func checkEvidence(_ evidence: [String], logSize: Int64, in db: Database) throws {
        for (position, item) in evidence.enumerated() {
            let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "incident":
                guard let id = Int64(parts[1]),
                    try Bool.fetchOne(db, sql: "SELECT 1 FROM incident WHERE id = ?", arguments: [id]) == true
                else {
                    throw WorkflowError.invalid(
                        field: "evidence[\(position)]", message: "no incident '\(parts[1])' in the register")
                }
            case "finding":
                guard let id = Int64(parts[1]),
                    try Bool.fetchOne(db, sql: "SELECT 1 FROM finding WHERE incident_id = ? LIMIT 1", arguments: [id]) == true
                else {
                    throw WorkflowError.invalid(
                        field: "evidence[\(position)]",
                        message: "incident '\(parts[1])' has no findings (finding:ID names an adjudicated incident)")
                }
            case "log":
                guard let index = Int64(parts[1]), index >= 0, index < logSize else {
                    throw WorkflowError.invalid(
                        field: "evidence[\(position)]", message: "no log entry '\(parts[1])' (the log has \(logSize) entries)")
                }
            default: continue
            }
        }
    }

    private static func counts(_ talks: TalksRecord) -> [String: Int] {
        let rounds = talks.processes.flatMap(\.rounds)
        return [
            "processes": talks.processes.count, "rounds": rounds.count,
            "delegations": rounds.reduce(0) { $0 + $1.delegations.count },
            "meetings": rounds.reduce(0) { $0 + $1.meetings.count }, "commitments": talks.commitments.count,
            "statements": talks.statements.count, "documents": talks.documents.count,
        ]
    }

    /// The months `YYYY-MM` from one day's month to another's, inclusive.
    static func months(from: String, to: String) -> [String] {
        guard from.count >= 7, to.count >= 7, var year = Int(from.prefix(4)), var month = Int(from.dropFirst(5).prefix(2)),
            let lastYear = Int(to.prefix(4)), let lastMonth = Int(to.dropFirst(5).prefix(2))
        else { return [] }
        var months: [String] = []
        while (year, month) <= (lastYear, lastMonth), months.count < 1_200 {
            months.append(String(format: "%04d-%02d", year, month))
            month += 1
            if month > 12 {
                month = 1
                year += 1
            }
        }
        return months
    }
}
