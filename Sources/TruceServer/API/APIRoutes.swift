import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import TruceCore
import TruceStore

/// The JSON API under `/api/v1` (docs/api.md, api/openapi.yaml): the same library calls as the CLI, behind the
/// permission matrix of ``AccessPolicy``.
public struct APIRoutes: Sendable {
    /// The register served.
    public let register: SQLiteRegister
    /// The agreement served.
    public let agreementID: String
    /// Resolves place names for reports given by name.
    public let places: GazetteerLoader

    /// The news extractor, built on the first article.
    let newsExtractor: NewsExtractorLoader

    /// Statistics answers kept until the counts change.
    let statisticsCache = AnswerCache()

    /// Routes over a register and its agreement; articles are coded by `newsExtractor`.
    public init(
        register: SQLiteRegister, agreementID: String, places: GazetteerLoader, newsExtractor: NewsExtractorLoader
    ) {
        self.register = register
        self.agreementID = agreementID
        self.places = places
        self.newsExtractor = newsExtractor
    }

    /// Adds the routes to a router.
    public func add(to router: Router<TruceRequestContext>) {
        let api = router.group("api/v1")
        api.get("incidents") { request, context in try await listIncidents(request, context) }
        api.get("incidents/{id}") { _, context in
            try await json(IncidentDetailJSON.object(try await visibleDetail(context), zones: [], timeZone: try await timeZone()))
        }
        api.post("incidents/{id}/transitions") { request, context in
            try await idempotent(request, context, permission: .verify, allowed: ["to", "reason", "evidence"]) { body in
                guard let state = VerificationState(rawValue: try body.string("to")!) else {
                    throw ProblemDetails(
                        status: .unprocessableContent,
                        detail:
                            "field 'to': expected one of: \(VerificationState.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return try await register.transition(
                    incident: try id(context), to: state, by: context.principal, reason: body.string("reason")!,
                    evidence: body.strings("evidence"))
            }
        }
        api.post("incidents/{id}/attribution") { request, context in
            try await idempotent(
                request, context, permission: .attribute, allowed: ["party", "confidence", "reason", "evidence"]
            ) { body in
                let confidence = try body.string("confidence", required: false) ?? "medium"
                guard let level = AttributionConfidence(rawValue: confidence) else {
                    throw ProblemDetails(
                        status: .unprocessableContent, detail: "field 'confidence': expected low, medium or high")
                }
                return try await register.attribute(
                    incident: try id(context), to: try body.string("party", required: false), confidence: level,
                    by: context.principal, reason: body.string("reason")!, evidence: body.strings("evidence"))
            }
        }
        api.post("incidents/{id}/replies") { request, context in
            try await idempotent(request, context, permission: .reply, allowed: ["text", "evidence"]) { body in
                return try await register.reply(
                    incident: try id(context), by: context.principal, text: body.string("text")!,
                    evidence: body.strings("evidence"))
            }
        }
        api.post("incidents/{id}/merge") { request, context in
            try await idempotent(request, context, permission: .correlate, allowed: ["into", "reason"]) { body in
                return try await register.merge(
                    incident: try id(context), into: body.integer("into"), by: context.principal,
                    reason: body.string("reason")!)
            }
        }
        api.post("incidents/{id}/split") { request, context in
            try await idempotent(request, context, permission: .correlate, allowed: ["reports", "reason"]) { body in
                return try await register.split(
                    incident: try id(context), reports: body.integers("reports"), by: context.principal,
                    reason: body.string("reason")!)
            }
        }
        api.post("incidents/{id}/notices") { request, context in
            try await escalationChange(request, context, allowed: ["party", "due", "reason"]) { body in
                let zone = try await timeZone()
                guard let due = TimestampParser(timeZone: zone).parse(try body.string("due")!), due.dateOnly else {
                    throw ProblemDetails(status: .unprocessableContent, detail: "field 'due': expected a date (YYYY-MM-DD)")
                }
                return try await register.notify(
                    incident: try id(context), party: body.string("party")!,
                    due: CivilTime.startOfNextDay(due.epochSeconds, in: zone) - 1, by: context.principal,
                    reason: body.string("reason")!)
            }
        }
        api.post("escalations/{id}/referral") { request, context in
            try await escalationChange(request, context, allowed: ["reason"]) { body in
                try await register.refer(escalation: try id(context), by: context.principal, reason: body.string("reason")!)
            }
        }
        api.post("escalations/{id}/decision") { request, context in
            try await escalationChange(request, context, allowed: ["decision"]) { body in
                try await register.decide(
                    escalation: try id(context), decision: body.string("decision")!, by: context.principal)
            }
        }
        api.get("escalations") { _, context in
            try AccessPolicy.require(.readRegister, context.principal)
            let zone = try await timeZone()
            return try json(
                try await register.escalations(incident: nil).map { IncidentDetailJSON.escalation($0, timeZone: zone) })
        }
        api.post("reports") { request, context in try await fileReport(request, context) }
        api.get("reports/{id}") { _, context in try await readReport(context) }
        api.get("findings") { request, context in try await findings(request, context) }
        api.get("stats") { request, context in try await statistics(request, context) }
        api.get("agreements") { _, _ in try await agreements() }
        api.get("exports/incidents.csv") { request, context in try await export(request, context, format: "csv") }
        api.get("exports/incidents.hxl.csv") { request, context in try await export(request, context, format: "hxl") }
        api.get("exports/incidents.geojson") { request, context in try await export(request, context, format: "geojson") }
        api.get("zones") { _, _ in try await zones() }
        addTalks(to: api)
        addNews(to: api)
    }

    // MARK: Exports

    /// The incidents the caller may see, filtered like the list (at most 100,000), as CSV, HXL CSV or GeoJSON.
    private func export(_ request: Request, _ context: TruceRequestContext, format: String) async throws -> Response {
        let agreement = try await register.currentAgreement(id: agreementID)
        var query = try incidentQuery(request.uri.queryParameters, agreement: agreement)
        let visible = AccessPolicy.restrict(&query, for: context.principal)
        query.limit = 100_000
        let search = IncidentSearch(register: register, agreement: agreement)
        let incidents = visible ? try await search.incidents(query, zoneID: request.uri.queryParameters.get("zone")) : []
        var violations: [Int64: [String]] = [:]
        if let first = incidents.first, let last = incidents.last {
            let findings = try await register.findings(
                agreement: agreement.id, party: nil, zone: nil, violationsOnly: true,
                from: CivilTime.day(first.observed.epochSeconds, in: agreement.timeZone),
                to: CivilTime.day(last.observed.epochSeconds, in: agreement.timeZone), limit: nil)
            for record in findings {
                violations[record.incidentID, default: []].append(
                    "\(record.finding.clauseID ?? "?"):\(record.finding.partyID ?? "?")")
            }
        }
        let records = incidents.map {
            IncidentExport.Record(
                incident: $0, zones: search.zoneIDs(of: $0), violations: violations[$0.id] ?? [], timeZone: agreement.timeZone)
        }
        switch format {
        case "geojson":
            return try json(IncidentExport.geoJSON(records), contentType: "application/geo+json")
        default:
            let name = format == "hxl" ? "incidents.hxl.csv" : "incidents.csv"
            return Response(
                status: .ok,
                headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name)\""],
                body: ResponseBody(byteBuffer: ByteBuffer(string: IncidentExport.csv(records, hxl: format == "hxl"))))
        }
    }

    /// The list's filters (dates, category, state, party) as a query.
    private func incidentQuery(_ parameters: Parameters, agreement: Agreement) throws -> IncidentQuery {
        let parser = TimestampParser(timeZone: agreement.timeZone)
        func day(_ name: String) throws -> Int64? {
            guard let text = parameters.get(name), !text.isEmpty else { return nil }
            guard let parsed = parser.parse(text), parsed.dateOnly else {
                throw ProblemDetails(status: .badRequest, detail: "parameter '\(name)': '\(text)' is not a date (YYYY-MM-DD)")
            }
            return parsed.epochSeconds
        }
        var query = IncidentQuery(agreementID: agreement.id, from: try day("from"))
        if let until = try day("to") { query.until = CivilTime.startOfNextDay(until, in: agreement.timeZone) }
        if let name = parameters.get("category"), !name.isEmpty {
            guard let category = ReportCategory(rawValue: name) else {
                throw ProblemDetails(status: .badRequest, detail: "parameter 'category': unknown category '\(name)'")
            }
            query.categories = [category]
        }
        if let state = parameters.get("state"), !state.isEmpty {
            guard let value = VerificationState(rawValue: state) else {
                throw ProblemDetails(status: .badRequest, detail: "parameter 'state': unknown state '\(state)'")
            }
            query.states = [value]
        }
        if let party = parameters.get("party"), !party.isEmpty {
            guard agreement.allActors.contains(where: { $0.id == party }) else {
                throw ProblemDetails(status: .badRequest, detail: "parameter 'party': unknown actor '\(party)'")
            }
            query.actorID = party
        }
        return query
    }

    // MARK: Incidents

    private func listIncidents(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        let agreement = try await register.currentAgreement(id: agreementID)
        let parameters = request.uri.queryParameters
        var query = try incidentQuery(parameters, agreement: agreement)
        let limit =
            try parameters["limit"].map { text -> Int in
                guard let value = Int(text), (1...1_000).contains(value) else {
                    throw ProblemDetails(status: .badRequest, detail: "parameter 'limit': an integer from 1 to 1000")
                }
                return value
            } ?? 100
        if let cursor = parameters["cursor"].map(String.init) {
            guard let after = IncidentCursor(token: cursor) else {
                throw ProblemDetails(status: .badRequest, detail: "parameter 'cursor': not a cursor this API gave")
            }
            query.after = after
        }
        let visible = AccessPolicy.restrict(&query, for: context.principal)
        query.limit = limit + 1
        let search = IncidentSearch(register: register, agreement: agreement)
        var found = visible ? try await search.incidents(query, zoneID: parameters.get("zone")) : []
        let more = found.count > limit
        if more { found.removeLast(found.count - limit) }
        let rows = found.map { IncidentRow(incident: $0, zones: search.zoneIDs(of: $0), timeZone: agreement.timeZone).jsonObject }
        let next: Any =
            more ? IncidentCursor(observedAt: found.last!.observed.epochSeconds, id: found.last!.id).token : NSNull()
        return try json(["incidents": rows, "next_cursor": next])
    }

    private func visibleDetail(_ context: TruceRequestContext) async throws -> IncidentDetail {
        let detail: IncidentDetail
        do {
            detail = try await register.detail(incident: try id(context), for: context.principal)
        } catch WorkflowError.notFound {
            throw ProblemDetails(status: .notFound, detail: "incident \(try id(context)) does not exist")
        }
        guard AccessPolicy.canSee(detail, context.principal) else {
            // Not revealed: the same answer as for an incident that does not exist.
            throw ProblemDetails(status: .notFound, detail: "incident \(try id(context)) does not exist")
        }
        return detail
    }

    // MARK: Reports

    private func fileReport(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        try AccessPolicy.require(.fileReport, context.principal)
        let principal = context.principal
        return try await idempotentRaw(request, context) { bytes in
            let agreement = try await register.currentAgreement(id: agreementID)
            let draft = try ReportDraft.fromJSON(bytes, file: "body", line: nil)
            let report = try ReportValidator(agreement: agreement, places: places).report(
                from: draft, file: "body", line: nil)
            let expected: SourceKind? =
                switch principal.role {
                case .monitor: .monitor
                case .guarantor: .guarantor
                case .party: .party
                default: nil
                }
            if let expected, report.source.kind != expected {
                throw ProblemDetails(
                    status: .unprocessableContent,
                    detail: "field 'source.kind': a \(principal.role.rawValue) files reports as '\(expected.rawValue)'")
            }
            if principal.role == .party, report.source.reporter != principal.partyID {
                throw ProblemDetails(
                    status: .unprocessableContent,
                    detail: "field 'source.reporter': a party files reports as itself ('\(principal.partyID ?? "")')")
            }
            let outcome = try await register.register(
                [report], receivedAt: Int64(Date().timeIntervalSince1970), actor: principal.recorded)
            guard let (reportID, incidentID) = outcome.registered.first else {
                return (.ok, ["registered": false, "content_hash": report.contentHash, "detail": "already registered"])
            }
            var placement: [String: Any] = ["decision": "opened"]
            switch outcome.placements.first {
            case .joined(let score)?:
                placement = [
                    "decision": "joined", "explanation": score.explanation,
                    "score": [
                        "time": score.time, "place": score.place, "category": score.category, "actors": score.actors,
                        "total": score.total,
                    ],
                ]
            case .resent(let first)?: placement = ["decision": "resent", "of": first]
            default: break
            }
            return (
                .created,
                [
                    "registered": true, "report": reportID, "incident": incidentID, "content_hash": report.contentHash,
                    "correlation": placement,
                ]
            )
        }
    }

    private func readReport(_ context: TruceRequestContext) async throws -> Response {
        try AccessPolicy.require(.readReport, context.principal)
        let reportID = try id(context)
        guard let (report, incident, description) = try await register.report(id: reportID, for: context.principal),
            context.principal.role != .party
                || (report.sourceKind == "party" && report.reporter == context.principal.partyID)
        else {
            throw ProblemDetails(status: .notFound, detail: "report \(reportID) does not exist")
        }
        return try json([
            "id": report.id, "incident": incident, "source_kind": report.sourceKind,
            "reporter": report.reporter ?? NSNull(), "confidential": report.confidential,
            "external_id": report.externalID ?? NSNull(), "observed_at": CivilTime.iso8601UTC(report.observedAt),
            "place": report.placeName ?? NSNull(), "lat": report.latitude, "lon": report.longitude,
            "category": report.category, "perpetrator": report.perpetrator ?? NSNull(), "counted": report.counted,
            "description": report.reporter == nil ? NSNull() : description, "log_index": report.logIndex ?? NSNull(),
        ])
    }

    // MARK: Findings, statistics, agreement

    private func findings(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        let parameters = request.uri.queryParameters
        var party = parameters["party"].map(String.init)
        let principal = context.principal
        let full = AccessPolicy.allows(principal, .readRegister)
        if !full, principal.role == .party {
            if let asked = party, asked != principal.partyID {
                throw ProblemDetails(status: .forbidden, detail: "a party reads the findings against itself only")
            }
            party = principal.partyID
        }
        for name in ["from", "to"] {
            if let day = parameters.get(name), !CivilTime.isDay(day) {
                throw ProblemDetails(status: .badRequest, detail: "parameter '\(name)': '\(day)' is not a date (YYYY-MM-DD)")
            }
        }
        let records = try await register.findings(
            agreement: agreementID, party: party, zone: parameters["zone"].map(String.init),
            violationsOnly: parameters["all"] != "true", from: parameters["from"].map(String.init),
            to: parameters["to"].map(String.init), limit: 10_000, publishedOnly: !full && principal.role != .party)
        return try json(
            records.map { record -> [String: Any] in
                [
                    "incident": record.incidentID, "day": record.day, "area": record.area,
                    "violation": record.finding.violation, "reason": record.finding.reason.rawValue,
                    "clause": record.finding.clauseID ?? NSNull(), "zone": record.finding.zoneID ?? NSNull(),
                    "party": record.finding.partyID ?? NSNull(), "explanation": record.finding.explanation,
                ]
            })
    }

    private func statistics(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        let parameters = request.uri.queryParameters
        let byText = parameters["by"].map(String.init) ?? "zone"
        guard let by = StatisticsGrouping(rawValue: byText) else {
            throw ProblemDetails(status: .badRequest, detail: "parameter 'by': expected zone, party or day")
        }
        for name in ["from", "to"] {
            if let day = parameters.get(name), !CivilTime.isDay(day) {
                throw ProblemDetails(status: .badRequest, detail: "parameter '\(name)': '\(day)' is not a date (YYYY-MM-DD)")
            }
        }
        // Without a period: the 30 days to the latest verified violation (running totals still count from entry into
        // force). The answer is kept until the register changes (its log grows), which one read tells.
        let version = try await register.changeVersion()
        let cacheKey = request.uri.query ?? ""
        if let cached = statisticsCache.answer(for: cacheKey, version: version) {
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: cached)))
        }
        var from = parameters["from"].map(String.init)
        var to = parameters["to"].map(String.init)
        if from == nil, to == nil, let latest = try await register.latestViolationDay(agreement: agreementID) {
            let zone = try await timeZone()
            if let day = TimestampParser(timeZone: zone).parse(latest)?.epochSeconds {
                to = latest
                from = CivilTime.day(CivilTime.startOfDay(days: CivilTime.dayNumber(day, in: zone) - 29, in: zone), in: zone)
            }
        }
        let (rows, totals) = try await register.dailyViolations(agreement: agreementID, by: by, from: from, to: to)
        var object: [String: Any] = [
            "agreement": agreementID, "by": by.rawValue, "from": from ?? NSNull(), "to": to ?? NSNull(),
            "rows": rows.map { ["key": $0.key, "day": $0.day, "violations": $0.violations, "running_total": $0.runningTotal] },
            "totals": totals,
        ]
        if parameters["sides"] == "true" {
            object["sides"] = try await register.reportingSides(agreement: agreementID, from: from, to: to).map {
                [
                    "side": $0.side, "alleged": $0.alleged, "verified": $0.verified, "violations": $0.violations,
                    "unfounded": $0.unfounded,
                ]
            }
        }
        let bytes = Array(try IncidentDetailJSON.data(object))
        statisticsCache.store(bytes, for: cacheKey, version: version)
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private func agreements() async throws -> Response {
        let agreement = try await register.currentAgreement(id: agreementID)
        let version = agreement.version(at: Date())
        return try json([
            [
                "id": agreement.id, "title": agreement.title, "time_zone": agreement.timeZone.identifier,
                "entry_into_force": CivilTime.iso8601(
                    Int64(agreement.entryIntoForce.timeIntervalSince1970), in: agreement.timeZone),
                "attribution": agreement.attributionPolicy.rawValue,
                "parties": version.parties.map { ["id": $0.id, "name": $0.name] },
                "excluded_groups": version.excludedGroups.map { ["id": $0.id, "name": $0.name] },
                "guarantors": version.guarantors.map { ["id": $0.id, "name": $0.name] },
                "clauses": version.clauses.map { ["id": $0.id, "text": $0.text] },
                "amendments": agreement.amendments.map { ["id": $0.id, "title": $0.title] },
                "sources": agreement.sources, "notes": agreement.notes,
            ] as [String: Any]
        ])
    }

    private func zones() async throws -> Response {
        let agreement = try await register.currentAgreement(id: agreementID)
        let features = agreement.allZones.map { zone -> [String: Any] in
            let polygons = zone.geometry.polygons.map { polygon in
                polygon.rings.map { ring in ring.map { [$0.longitude, $0.latitude] } }
            }
            return [
                "type": "Feature", "id": zone.id,
                "geometry": ["type": "MultiPolygon", "coordinates": polygons] as [String: Any],
                "properties": [
                    "name": zone.name, "approximate": zone.approximate,
                    "in_force_from": zone.inForceFrom.map {
                        CivilTime.iso8601(Int64($0.timeIntervalSince1970), in: agreement.timeZone)
                    }
                        ?? NSNull(),
                    "in_force_until": zone.inForceUntil.map {
                        CivilTime.iso8601(Int64($0.timeIntervalSince1970), in: agreement.timeZone)
                    } ?? NSNull(),
                    "clauses": zone.clauses.map(\.id), "note": zone.note ?? NSNull(),
                ] as [String: Any],
            ]
        }
        return try json(["type": "FeatureCollection", "features": features], contentType: "application/geo+json")
    }

    // MARK: Helpers

    private func timeZone() async throws -> TimeZone { try await register.currentAgreement(id: agreementID).timeZone }

    /// A positive integer id from the path.
    func id(_ context: TruceRequestContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), let value = Int64(text), value > 0 else {
            throw ProblemDetails(status: .badRequest, detail: "parameter 'id': expected a positive integer")
        }
        return value
    }

    func json(_ object: Any, status: HTTPResponse.Status = .ok, contentType: String = "application/json") throws -> Response {
        Response(
            status: status, headers: [.contentType: contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try IncidentDetailJSON.data(object))))
    }

    /// A workflow POST: strict body, the change, and the incident's detail as the answer, idempotent by key.
    private func idempotent(
        _ request: Request, _ context: TruceRequestContext, permission: Permission, allowed: Set<String>,
        _ body: (JSONBody) async throws -> IncidentDetail
    ) async throws -> Response {
        try AccessPolicy.require(permission, context.principal)
        _ = try id(context)
        return try await idempotentRaw(request, context) { bytes in
            let parsed = try JSONBody.parse(bytes, allowed: allowed)
            let detail = try await body(parsed)
            return (.ok, IncidentDetailJSON.object(detail, zones: [], timeZone: try await timeZone()))
        }
    }

    /// An escalation POST: guarantors and admins, strict body, the escalation as the answer, idempotent by key.
    private func escalationChange(
        _ request: Request, _ context: TruceRequestContext, allowed: Set<String>,
        _ body: (JSONBody) async throws -> Escalation
    ) async throws -> Response {
        try AccessPolicy.require(.escalate, context.principal)
        _ = try id(context)
        return try await idempotentRaw(request, context) { bytes in
            let escalation = try await body(try JSONBody.parse(bytes, allowed: allowed))
            return (.ok, IncidentDetailJSON.escalation(escalation, timeZone: try await timeZone()))
        }
    }

    /// Runs a POST once per `Idempotency-Key` (per account): a retry with the same key and body gets the first
    /// answer again; the same key with another body is refused (422).
    func idempotentRaw(
        _ request: Request, _ context: TruceRequestContext,
        _ body: ([UInt8]) async throws -> (HTTPResponse.Status, Any)
    ) async throws -> Response {
        let bytes = try await JSONBody.bodyBytes(request, context: context)
        let key = request.headers[HTTPField.Name("Idempotency-Key")!]
        if let key, key.isEmpty || key.count > 200 {
            throw ProblemDetails(status: .badRequest, detail: "header 'Idempotency-Key': 1 to 200 characters")
        }
        let fingerprint = Array((request.method.rawValue + " " + request.uri.path + "\n").utf8) + bytes
        let digest = fingerprint.sha256HexForIdempotency
        let account = context.principal.recorded
        if let key, let stored = try await register.storedAnswer(account: account, key: key) {
            guard stored.requestSHA256 == digest else {
                throw ProblemDetails(
                    status: .unprocessableContent,
                    detail: "header 'Idempotency-Key': '\(key)' was used for a different request")
            }
            return Response(
                status: HTTPResponse.Status(code: stored.status),
                headers: [.contentType: stored.contentType, HTTPField.Name("Idempotent-Replayed")!: "true"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: stored.body)))
        }
        let (status, object) = try await body(bytes)
        let data = Array(try IncidentDetailJSON.data(object))
        if let key {
            try await register.storeAnswer(
                StoredAnswer(requestSHA256: digest, status: status.code, contentType: "application/json", body: data),
                account: account, key: key)
        }
        return Response(
            status: status, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
