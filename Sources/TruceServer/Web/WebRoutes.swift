import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import Mustache
import NIOCore
import TruceCore
import TruceLog
import TruceStore

/// The web pages, rendered on the server with Mustache, working without JavaScript: dashboard, incident list and
/// page, report form, verification, reply and escalation forms, agreement page and the daily report. Sign-in
/// opens a session (an HttpOnly, SameSite=Strict cookie); every form carries the session's CSRF token.
public struct WebRoutes: Sendable {
    let register: SQLiteRegister
    let agreementID: String
    let places: GazetteerLoader
    let background: MapBackground
    let library: MustacheLibrary
    let attribution: String
    let map: MapSVG
    /// The news extractor, built on the first article.
    let newsExtractor: NewsExtractorLoader
    /// The dashboard's computed figures, kept until the register changes.
    let dashboardCache = PageCache()

    /// Pages over a register, drawn on a map background.
    public init(
        register: SQLiteRegister, agreementID: String, places: GazetteerLoader, newsExtractor: NewsExtractorLoader,
        background: MapBackground, attribution: String
    ) async throws {
        self.register = register
        self.agreementID = agreementID
        self.places = places
        self.background = background
        self.attribution = attribution
        self.map = MapSVG(background: background)
        self.newsExtractor = newsExtractor
        guard
            let directory = Bundle.module.url(
                forResource: "header", withExtension: "mustache", subdirectory: "Resources/templates")?
                .deletingLastPathComponent()
        else { throw ProblemDetails(status: .internalServerError, detail: "the page templates are missing from this build") }
        self.library = try await MustacheLibrary(directory: directory.path)
    }

    /// Adds the pages.
    public func add(to router: Router<TruceRequestContext>) {
        router.get("/") { request, context in try await html(context) { try await dashboard(request, context) } }
        router.get("login") { _, context in page("login", title: "Sign in", context: context, [:]) }
        router.post("login") { request, context in try await html(context) { try await login(request, context) } }
        router.post("logout") { request, context in try await html(context) { try await logout(request, context) } }
        router.get("incidents") { request, context in try await html(context) { try await incidentList(request, context) } }
        router.get("incidents/{id}") { _, context in
            try await html(context) { try await incidentPage(context, error: nil, status: .ok) }
        }
        router.post("incidents/{id}/{action}") { request, context in
            try await html(context) { try await incidentAction(request, context) }
        }
        router.get("reports/new") { _, context in
            try await html(context) { try await reportForm(context, values: [:], error: nil, status: .ok) }
        }
        router.post("reports") { request, context in try await html(context) { try await fileReport(request, context) } }
        router.get("agreement") { request, context in try await html(context) { try await agreementPage(request, context) } }
        router.get("daily") { request, context in try await html(context) { try await dailyReport(request, context) } }
        addTalks(to: router)
        addNews(to: router)
    }

    /// Runs a page handler, answering its errors with an HTML page of the same status.
    func html(_ context: TruceRequestContext, _ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch {
            let problem = ProblemMiddleware<TruceRequestContext>.problem(for: error)
            if problem.statusCode >= 500 { throw error }
            if problem.statusCode == 401 { return redirect("/login") }
            return page(
                "message", title: problem.title, context: context, ["heading": problem.title, "message": problem.detail],
                status: problem.status)
        }
    }

    // MARK: Rendering

    func page(
        _ template: String, title: String, context: TruceRequestContext, _ values: [String: Any],
        status: HTTPResponse.Status = .ok
    ) -> Response {
        var object = values
        let principal = context.principal
        object["title"] = title
        object["signedIn"] = context.viaSession
        object["user"] = principal.name
        object["role"] = principal.role.rawValue + (principal.partyID.map { " " + $0 } ?? "")
        object["csrf"] = context.csrfToken ?? ""
        object["canFile"] = context.viaSession && AccessPolicy.allows(principal, .fileReport)
        object["canReadNews"] = AccessPolicy.allows(principal, .readRegister)
        object["attribution"] = attribution
        let html = library.render(object, withTemplate: template) ?? "template \(template) is missing"
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// What a form's refused change shows on its page: a workflow refusal or a 403, with its status; nil for any
    /// other error (which the caller rethrows).
    func refusal(_ error: any Error) -> (message: String, status: HTTPResponse.Status)? {
        if let error = error as? WorkflowError {
            return ("Refused: \(error.description)", ProblemMiddleware<TruceRequestContext>.problem(for: error).status)
        }
        if let problem = error as? ProblemDetails, problem.statusCode == 403 {
            return ("Refused: \(problem.detail)", problem.status)
        }
        return nil
    }

    func redirect(_ location: String, cookie: String? = nil) -> Response {
        var headers: HTTPFields = [.location: location]
        if let cookie { headers[.setCookie] = cookie }
        return Response(status: .seeOther, headers: headers)
    }

    func agreement() async throws -> Agreement { try await register.currentAgreement(id: agreementID) }

    func time(_ epoch: Int64, _ zone: TimeZone) -> String {
        String(CivilTime.iso8601(epoch, in: zone).prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    func options(_ values: [String], selected: String?) -> [[String: Any]] {
        values.map { ["id": $0, "selected": $0 == selected] }
    }

    func day(_ text: String?, _ name: String, _ zone: TimeZone) throws -> Int64? {
        guard let text, !text.isEmpty else { return nil }
        guard let parsed = TimestampParser(timeZone: zone).parse(text), parsed.dateOnly else {
            throw ProblemDetails(status: .badRequest, detail: "parameter '\(name)': '\(text)' is not a date (YYYY-MM-DD)")
        }
        return parsed.epochSeconds
    }

    // MARK: Sign-in

    func login(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        let form = try await FormBody.read(request, context: context)
        guard let name = form["name"], let password = form.fields["password"],
            let (account, hash) = try await register.account(named: name), Bcrypt.verify(password, hash: hash)
        else {
            return page(
                "login", title: "Sign in", context: context, ["error": "The name or the password is wrong."],
                status: .unauthorized)
        }
        let (id, _) = try await register.openSession(for: account)
        let secure = ProcessInfo.processInfo.environment["TRUCE_SECURE_COOKIES"] == "1" ? "; Secure" : ""
        return redirect(
            "/", cookie: "\(AuthenticationMiddleware.cookie)=\(id); Path=/; HttpOnly; SameSite=Strict; Max-Age=43200\(secure)")
    }

    func logout(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        try await checkCSRF(request, context)
        if let id = request.cookies[AuthenticationMiddleware.cookie]?.value { try await register.closeSession(id: id) }
        return redirect("/", cookie: "\(AuthenticationMiddleware.cookie)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0")
    }

    /// A form posted with a session must carry the session's token.
    @discardableResult
    func checkCSRF(_ request: Request, _ context: TruceRequestContext, form: FormBody? = nil) async throws -> FormBody {
        let body: FormBody
        if let form { body = form } else { body = try await FormBody.read(request, context: context) }
        guard context.viaSession else {
            throw ProblemDetails(status: .unauthorized, detail: "sign in first")
        }
        guard let token = context.csrfToken, body.fields["csrf"] == token else {
            throw ProblemDetails(status: .forbidden, detail: "field 'csrf': the form's token does not match the session")
        }
        return body
    }

    // MARK: Dashboard

    func dashboard(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        // The figures depend on the query and on what the viewer may see; they stay valid while the register does
        // not change (its log does not grow).
        let principal = context.principal
        let scope =
            AccessPolicy.allows(principal, .readRegister)
            ? "register" : (principal.role == .party ? "party:\(principal.partyID ?? "")" : "public")
        let key = scope + "?" + (request.uri.query ?? "")
        let version = try await register.changeVersion()
        if let values = dashboardCache.values(for: key, version: version) {
            return page("dashboard", title: "Dashboard", context: context, values)
        }
        let values = try await dashboardValues(request, context)
        dashboardCache.store(values, for: key, version: version)
        return page("dashboard", title: "Dashboard", context: context, values)
    }

    func dashboardValues(_ request: Request, _ context: TruceRequestContext) async throws -> [String: Any] {
        let agreement = try await agreement()
        let zone = agreement.timeZone
        let parameters = request.uri.queryParameters
        let zoneFilter = parameters.get("zone").flatMap { $0.isEmpty ? nil : $0 }
        let partyFilter = parameters.get("party").flatMap { $0.isEmpty ? nil : $0 }
        let categoryFilter = parameters.get("category").flatMap { $0.isEmpty ? nil : $0 }
        var to = try day(parameters.get("to"), "to", zone)
        var from = try day(parameters.get("from"), "from", zone)
        if to == nil { to = try await register.latestObservation(agreement: agreement.id) ?? Int64(Date().timeIntervalSince1970) }
        if from == nil { from = CivilTime.startOfDay(days: CivilTime.dayNumber(to!, in: zone) - 29, in: zone) }
        let fromDay = CivilTime.day(from!, in: zone)
        let toDay = CivilTime.day(to!, in: zone)

        var query = IncidentQuery(agreementID: agreement.id, from: from, until: CivilTime.startOfNextDay(to!, in: zone))
        if let partyFilter { query.actorID = partyFilter }
        if let categoryFilter, let category = ReportCategory(rawValue: categoryFilter) { query.categories = [category] }
        // No state filter here: the dashboard always has something visible (for the public, published incidents).
        _ = AccessPolicy.restrict(&query, for: context.principal)
        let search = IncidentSearch(register: register, agreement: agreement)
        // The map shows the 1,000 latest incidents of the period; the count covers them all.
        var latest = query
        latest.newestFirst = true
        latest.withoutReports = true
        latest.limit = 1_000
        let shown = try await search.incidents(latest, zoneID: zoneFilter)
        let total = zoneFilter == nil ? try await register.countIncidents(query) : shown.count
        let dots = shown.map {
            MapSVG.Dot(
                id: $0.id, point: $0.location.point, state: $0.state,
                label:
                    "\($0.id): \($0.category.rawValue), \(CivilTime.day($0.observed.epochSeconds, in: zone)), \($0.state.rawValue)"
            )
        }
        let version = agreement.version(at: Date(timeIntervalSince1970: TimeInterval(to!)))
        let map = map.render(
            zones: version.zones, dots: dots, title: "Incidents \(fromDay) to \(toDay)")

        let (zoneRows, _) = try await register.dailyViolations(agreement: agreement.id, by: .zone, from: nil, to: toDay)
        let (partyRows, _) = try await register.dailyViolations(agreement: agreement.id, by: .party, from: nil, to: toDay)
        func runningTotals(_ rows: [ComplianceRow]) -> [[String: Any]] {
            var last: [String: Int] = [:]
            for row in rows { last[row.key] = row.runningTotal }
            return last.sorted { $0.key < $1.key }.map { ["key": $0.key, "total": $0.value] }
        }
        let sides = try await register.reportingSides(agreement: agreement.id, from: fromDay, to: toDay)
        let weeks = Self.weeks(from: fromDay, to: toDay, zone: zone)
        func chart(_ rows: [ComplianceRow], title: String) -> String {
            var series: [String: [Int]] = [:]
            for row in rows where row.day >= fromDay {
                guard let week = Self.weekIndex(row.day, weeks) else { continue }
                series[row.key, default: Array(repeating: 0, count: weeks.count)][week] += row.violations
            }
            return TrendSVG.render(
                weeks: weeks, series: series.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, title: title)
        }
        return [
            "agreementTitle": agreement.title, "from": fromDay, "to": toDay,
            "zoneOptions": options(agreement.allZones.map(\.id), selected: zoneFilter),
            "partyOptions": options(agreement.allActors.map(\.id), selected: partyFilter),
            "categoryOptions": options(ReportCategory.allCases.map(\.rawValue), selected: categoryFilter),
            "zoneTotals": runningTotals(zoneRows), "partyTotals": runningTotals(partyRows),
            "entryIntoForce": time(Int64(agreement.entryIntoForce.timeIntervalSince1970), zone),
            "sides": sides.map {
                [
                    "side": $0.side, "alleged": $0.alleged, "verified": $0.verified, "violations": $0.violations,
                    "unfounded": $0.unfounded,
                ]
            },
            "map": map, "incidentCount": total, "shown": shown.count, "truncated": total > shown.count,
            "legend": VerificationState.allCases.map { ["state": $0.rawValue, "colour": MapSVG.colours[$0] ?? "#000"] },
            "zoneChart": chart(zoneRows, title: "Verified violations per week by zone"),
            "partyChart": chart(partyRows, title: "Verified violations per week by party"),
        ]
    }

    /// The first day of each 7-day bucket from `from` to `to`.
    static func weeks(from: String, to: String, zone: TimeZone) -> [String] {
        let parser = TimestampParser(timeZone: zone)
        guard let start = parser.parse(from)?.epochSeconds, let end = parser.parse(to)?.epochSeconds else { return [] }
        var result: [String] = []
        var day = CivilTime.dayNumber(start, in: zone)
        let last = CivilTime.dayNumber(end, in: zone)
        while day <= last && result.count < 200 {
            result.append(CivilTime.day(CivilTime.startOfDay(days: day, in: zone), in: zone))
            day += 7
        }
        return result
    }

    static func weekIndex(_ day: String, _ weeks: [String]) -> Int? {
        guard let first = weeks.first, day >= first else { return nil }
        return weeks.lastIndex { $0 <= day }
    }

    // MARK: Incidents

    func incidentList(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        let agreement = try await agreement()
        let zone = agreement.timeZone
        let parameters = request.uri.queryParameters
        let zoneFilter = parameters.get("zone").flatMap { $0.isEmpty ? nil : $0 }
        let stateFilter = parameters.get("state").flatMap { $0.isEmpty ? nil : $0 }
        var query = IncidentQuery(agreementID: agreement.id, from: try day(parameters.get("from"), "from", zone))
        if let to = try day(parameters.get("to"), "to", zone) { query.until = CivilTime.startOfNextDay(to, in: zone) }
        if let stateFilter, let state = VerificationState(rawValue: stateFilter) { query.states = [state] }
        if let cursor = parameters.get("cursor") { query.after = IncidentCursor(token: cursor) }
        let visible = AccessPolicy.restrict(&query, for: context.principal)
        query.limit = 51
        let search = IncidentSearch(register: register, agreement: agreement)
        var incidents = visible ? try await search.incidents(query, zoneID: zoneFilter) : []
        var next: String?
        if incidents.count > 50 {
            incidents.removeLast(incidents.count - 50)
            var link = URLComponents()
            link.path = "/incidents"
            link.queryItems =
                [
                    URLQueryItem(
                        name: "cursor",
                        value: IncidentCursor(observedAt: incidents.last!.observed.epochSeconds, id: incidents.last!.id).token)
                ]
                + ["from", "to", "zone", "state"].compactMap { name in
                    parameters.get(name).map { URLQueryItem(name: name, value: $0) }
                }
            next = link.string
        }
        return page(
            "incidents", title: "Incidents", context: context,
            [
                "from": parameters.get("from") ?? "", "to": parameters.get("to") ?? "",
                "zoneOptions": options(agreement.allZones.map(\.id), selected: zoneFilter),
                "stateOptions": options(VerificationState.allCases.map(\.rawValue), selected: stateFilter),
                "incidents": incidents.map {
                    [
                        "id": $0.id, "observed": time($0.observed.epochSeconds, zone), "category": $0.category.rawValue,
                        "perpetrator": $0.perpetrator?.display ?? "", "place": $0.location.placeName ?? "",
                        "state": $0.state.rawValue, "zones": search.zoneIDs(of: $0).joined(separator: ", "),
                    ] as [String: Any]
                },
                "next": next ?? false,
                "exportQuery": ["from", "to", "zone", "state"].compactMap { name in
                    parameters.get(name).flatMap {
                        $0.isEmpty ? nil : "\(name)=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
                    }
                }.joined(separator: "&"),
            ])
    }

    func incidentID(_ context: TruceRequestContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else {
            throw ProblemDetails(status: .notFound, detail: "no such incident")
        }
        return id
    }

    func incidentPage(_ context: TruceRequestContext, error: String?, status: HTTPResponse.Status) async throws -> Response {
        let id = try incidentID(context)
        let detail: IncidentDetail
        do {
            detail = try await register.detail(incident: id, for: context.principal)
        } catch WorkflowError.notFound {
            throw ProblemDetails(status: .notFound, detail: "incident \(id) does not exist")
        }
        guard AccessPolicy.canSee(detail, context.principal) else {
            throw ProblemDetails(status: .notFound, detail: "incident \(id) does not exist")
        }
        let agreement = try await agreement()
        let zone = agreement.timeZone
        let incident = detail.incident
        let principal = context.principal
        let signed = context.viaSession
        let checkpointSize = try await register.log.latestCheckpoint()?.checkpoint.size ?? 0
        func proofIndex(_ index: Int64?) -> Any {
            guard let index, UInt64(index) < checkpointSize else { return false }
            return index
        }
        let accused = Set([incident.attribution.actorID, incident.perpetrator?.knownID].compactMap { $0 })
        let nextStates = VerificationWorkflow.next(after: incident.state).filter {
            VerificationWorkflow.roles(movingTo: $0).contains(principal.role)
        }.map(\.rawValue)
        let findings = detail.findings.map { finding -> [String: Any] in
            [
                "violation": finding.violation,
                "headline": finding.violation
                    ? "Violation of \(finding.clauseID ?? "?")\(finding.zoneID.map { " (zone \($0))" } ?? "") by \(finding.partyID ?? "?")"
                    : "No violation: \(finding.reason.rawValue)",
                "explanation": finding.explanation,
            ]
        }
        let history = detail.history.map { event -> [String: Any] in
            let detailObject = (try? JSONSerialization.jsonObject(with: Data(event.detail.utf8))) as? [String: Any] ?? [:]
            var step: String? = nil
            if let from = event.fromState, let to = event.toState { step = "\(from) → \(to)" }
            if event.kind == "attributed" { step = (detailObject["party"] as? String).map { "to \($0)" } ?? "withdrawn" }
            return [
                "at": time(event.at, zone), "kind": event.kind, "step": step ?? false, "actor": event.actor,
                "reason": event.reason ?? "", "evidence": event.evidence.joined(separator: ", "),
                "logIndex": proofIndex(event.logIndex), "logSize": checkpointSize,
            ]
        }
        let replies = detail.replies.map { event -> [String: Any] in
            let detailObject = (try? JSONSerialization.jsonObject(with: Data(event.detail.utf8))) as? [String: Any] ?? [:]
            return ["actor": event.actor, "at": time(event.at, zone), "text": detailObject["text"] as? String ?? ""]
        }
        return page(
            "incident", title: "Incident \(incident.id)", context: context,
            [
                "error": error ?? false, "id": incident.id, "category": incident.category.rawValue,
                "observed": time(incident.observed.epochSeconds, zone),
                "place": incident.location.placeName
                    ?? "\(incident.location.point.latitude), \(incident.location.point.longitude)",
                "state": incident.state.rawValue, "stateColour": MapSVG.colours[incident.state] ?? "#000",
                "attributedTo": incident.attribution.actorID ?? "unattributed",
                "zones": IncidentSearch(register: register, agreement: agreement).zoneIDs(of: incident).joined(separator: ", "),
                "mergedInto": detail.mergedInto ?? false, "findings": findings,
                "counted": detail.reports.filter(\.counted).count, "reportCount": detail.reports.count,
                "reports": detail.reports.map { report -> [String: Any] in
                    [
                        "id": report.id, "observed": time(report.observedAt, zone),
                        "source": report.reporter.map { "\(report.sourceKind): \($0)" } ?? "\(report.sourceKind) (confidential)",
                        "category": report.category, "account": report.description ?? "(confidential source)",
                        "counted": report.counted ? "yes" : "re-sent, not counted",
                        "logIndex": proofIndex(report.logIndex), "logSize": checkpointSize,
                    ]
                },
                "replies": replies, "history": history,
                "hasEscalations": !detail.escalations.isEmpty,
                "escalations": detail.escalations.map { escalation -> [String: Any] in
                    let escalates = signed && AccessPolicy.allows(principal, .escalate)
                    return [
                        "id": escalation.id, "incident": incident.id, "csrf": context.csrfToken ?? "",
                        "party": escalation.partyID, "state": escalation.state.rawValue, "due": time(escalation.dueAt, zone),
                        "decision": escalation.decision ?? false,
                        "canRefer": escalates && (escalation.state == .notified || escalation.state == .replied),
                        "canDecide": escalates && escalation.state == .referred,
                    ]
                },
                "canVerify": signed && !nextStates.isEmpty && detail.mergedInto == nil, "nextStates": nextStates,
                "canAttribute": signed && AccessPolicy.allows(principal, .attribute),
                "actors": agreement.allActors.map(\.id),
                "canReply": signed && principal.role == .party && accused.contains(principal.partyID ?? "-"),
                "canEscalate": signed && AccessPolicy.allows(principal, .escalate)
                    && detail.findings.contains { $0.violation },
            ], status: status)
    }

    func incidentAction(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        let id = try incidentID(context)
        let form = try await checkCSRF(request, context)
        let principal = context.principal
        let evidence = form["evidence"].map { [$0] } ?? []
        do {
            switch context.parameters.get("action") {
            case "transition":
                guard let to = form["to"].flatMap(VerificationState.init(rawValue:)) else {
                    throw WorkflowError.invalid(field: "to", message: "choose a state")
                }
                _ = try await register.transition(
                    incident: id, to: to, by: principal, reason: form["reason"] ?? "", evidence: evidence)
            case "attribute":
                try AccessPolicy.require(.attribute, principal)
                let party = form["party"] == "none" ? nil : form["party"]
                let confidence = form["confidence"].flatMap(AttributionConfidence.init(rawValue:)) ?? .medium
                _ = try await register.attribute(
                    incident: id, to: party, confidence: confidence, by: principal, reason: form["reason"] ?? "",
                    evidence: evidence)
            case "reply":
                _ = try await register.reply(incident: id, by: principal, text: form["text"] ?? "", evidence: evidence)
            case "notice":
                let zone = try await agreement().timeZone
                guard let due = try day(form["due"], "due", zone) else {
                    throw WorkflowError.invalid(field: "due", message: "a date is required")
                }
                _ = try await register.notify(
                    incident: id, party: form["party"] ?? "", due: CivilTime.startOfNextDay(due, in: zone) - 1, by: principal,
                    reason: form["reason"] ?? "")
            case "refer":
                guard let escalation = form["escalation"].flatMap(Int64.init) else {
                    throw WorkflowError.invalid(field: "escalation", message: "which escalation")
                }
                _ = try await register.refer(escalation: escalation, by: principal, reason: form["reason"] ?? "")
            case "decide":
                guard let escalation = form["escalation"].flatMap(Int64.init) else {
                    throw WorkflowError.invalid(field: "escalation", message: "which escalation")
                }
                _ = try await register.decide(escalation: escalation, decision: form["decision"] ?? "", by: principal)
            default:
                throw ProblemDetails(status: .notFound, detail: "no such action")
            }
        } catch {
            guard let refused = refusal(error) else { throw error }
            return try await incidentPage(context, error: refused.message, status: refused.status)
        }
        return redirect("/incidents/\(id)")
    }

    // MARK: Reports

    func reportForm(_ context: TruceRequestContext, values: [String: String], error: String?, status: HTTPResponse.Status)
        async throws -> Response
    {
        guard context.viaSession else { return redirect("/login") }
        try AccessPolicy.require(.fileReport, context.principal)
        let agreement = try await agreement()
        var object: [String: Any] = values
        object["error"] = error ?? false
        object["categories"] = options(ReportCategory.allCases.map(\.rawValue), selected: values["category"] ?? "shelling")
        object["actors"] = agreement.allActors.map(\.id)
        return page("report_form", title: "File a report", context: context, object, status: status)
    }

    func fileReport(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        let form = try await checkCSRF(request, context)
        try AccessPolicy.require(.fileReport, context.principal)
        let principal = context.principal
        var object: [String: Any] = [:]
        let kind: String =
            switch principal.role {
            case .monitor: "monitor"
            case .guarantor: "guarantor"
            case .party: "party"
            default: "monitor"
            }
        object["source"] = [
            "kind": kind, "reporter": principal.role == .party ? (principal.partyID ?? "") : principal.name,
            "confidential": form["confidential"] == "1",
        ]
        if let observed = form["observed_at"] { object["observed_at"] = observed }
        if let precision = form["time_precision"] { object["time_precision"] = precision }
        var location: [String: Any] = [:]
        if let place = form["place"] { location["place"] = place }
        if let lat = form["lat"] { location["lat"] = Double(lat) ?? lat }
        if let lon = form["lon"] { location["lon"] = Double(lon) ?? lon }
        if let precision = form["precision_m"] { location["precision_m"] = Int(precision) ?? precision }
        object["location"] = location
        if let category = form["category"] { object["category"] = category }
        if let perpetrator = form["perpetrator"] { object["perpetrator"] = perpetrator }
        if let target = form["target"] { object["target"] = ["text": target] }
        if let killed = form["killed"] { object["killed"] = Int(killed) ?? killed }
        if let description = form["description"] { object["description"] = description }
        do {
            let agreement = try await agreement()
            let bytes = Array(try JSONSerialization.data(withJSONObject: object))
            let draft = try ReportDraft.fromJSON(bytes, file: "form", line: nil)
            let report = try ReportValidator(agreement: agreement, places: places).report(from: draft, file: "form", line: nil)
            let outcome = try await register.register(
                [report], receivedAt: Int64(Date().timeIntervalSince1970), actor: principal.recorded)
            let incident = outcome.registered.first?.incident
            return redirect(incident.map { "/incidents/\($0)" } ?? "/incidents")
        } catch let error as InputError {
            return try await reportForm(
                context, values: form.fields.filter { $0.key != "csrf" }, error: error.description, status: .unprocessableContent)
        }
    }

    // MARK: Agreement and daily report

    func agreementPage(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        let agreement = try await agreement()
        let zone = agreement.timeZone
        let onText = request.uri.queryParameters.get("on").flatMap { $0.isEmpty ? nil : $0 }
        let on = try day(onText, "on", zone) ?? Int64(Date().timeIntervalSince1970)
        let instant = Date(timeIntervalSince1970: TimeInterval(on))
        let version = agreement.version(at: instant.addingTimeInterval(43_200))
        return page(
            "agreement", title: "Agreement", context: context,
            [
                "title": agreement.title, "on": CivilTime.day(on, in: zone),
                "entryIntoForce": time(Int64(agreement.entryIntoForce.timeIntervalSince1970), zone),
                "inForce": version.inForce,
                "amendments": version.amendmentIDs.isEmpty ? "none" : version.amendmentIDs.joined(separator: ", "),
                "parties": version.parties.map { ["id": $0.id, "name": $0.name] },
                "excluded": version.excludedGroups.map { ["id": $0.id, "name": $0.name] },
                "guarantors": version.guarantors.map { ["id": $0.id, "name": $0.name] },
                "clauses": version.clauses.map { ["id": $0.id, "text": $0.text] },
                "zones": version.zones.map { zone -> [String: Any] in
                    [
                        "id": zone.id, "name": zone.name, "approximate": zone.approximate,
                        "clauses": zone.clauses.map { ["id": $0.id, "text": $0.text] },
                    ]
                },
                "map": map.render(
                    zones: version.zones, dots: [], title: "Zones in force on \(CivilTime.day(on, in: zone))"),
                "sources": agreement.sources, "notes": agreement.notes,
            ])
    }

    func dailyReport(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        let agreement = try await agreement()
        let zone = agreement.timeZone
        let latest = try await register.latestObservation(agreement: agreement.id) ?? Int64(Date().timeIntervalSince1970)
        let start = try day(request.uri.queryParameters.get("day").flatMap { $0.isEmpty ? nil : $0 }, "day", zone) ?? latest
        let dayNumber = CivilTime.dayNumber(start, in: zone)
        let dayText = CivilTime.day(CivilTime.startOfDay(days: dayNumber, in: zone), in: zone)
        let previous = CivilTime.day(CivilTime.startOfDay(days: dayNumber - 1, in: zone), in: zone)
        let next = CivilTime.day(CivilTime.startOfDay(days: dayNumber + 1, in: zone), in: zone)
        let (rows, _) = try await register.dailyViolations(agreement: agreement.id, by: .zone, from: nil, to: dayText)
        let registered = try await register.registeredPerZone(
            agreement: agreement, from: CivilTime.startOfDay(days: dayNumber, in: zone),
            until: CivilTime.startOfDay(days: dayNumber + 1, in: zone))
        var keys = Set(agreement.allZones.map(\.id))
        keys.insert("none")
        let table = keys.sorted().map { key -> [String: Any] in
            let today = rows.first { $0.key == key && $0.day == dayText }?.violations ?? 0
            let before = rows.first { $0.key == key && $0.day == previous }?.violations ?? 0
            let running = rows.last { $0.key == key }?.runningTotal ?? 0
            let change = today - before
            return [
                "zone": key, "registered": registered[key] ?? 0, "verified": today, "previous": before,
                "change": change > 0 ? "+\(change)" : String(change), "running": running,
            ]
        }
        let sides = try await register.reportingSides(agreement: agreement.id, from: dayText, to: dayText)
        return page(
            "daily", title: "Daily report \(dayText)", context: context,
            [
                "day": dayText, "previous": previous, "next": next, "agreement": agreement.id,
                "timeZone": zone.identifier, "rows": table,
                "sides": sides.map {
                    [
                        "side": $0.side, "alleged": $0.alleged, "verified": $0.verified, "violations": $0.violations,
                        "unfounded": $0.unfounded,
                    ]
                },
            ])
    }
}
