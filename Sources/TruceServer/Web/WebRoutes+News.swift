import Foundation
import HTTPTypes
import Hummingbird
import TruceCore
import TruceNews
import TruceStore

extension WebRoutes {
    /// The news pages: `/news` lists suggestions (readers of the whole register) with the forms to take an article
    /// in and to accept or reject each suggestion (admins and monitors).
    func addNews(to router: Router<TruceRequestContext>) {
        router.get("news") { request, context in
            try await html(context) { try await newsPage(request, context, error: nil, notice: nil, status: .ok) }
        }
        router.post("news/articles") { request, context in try await html(context) { try await takeArticle(request, context) } }
        router.post("news/suggestions/{id}/decision") { request, context in
            try await html(context) { try await decideSuggestion(request, context) }
        }
    }

    func newsPage(
        _ request: Request, _ context: TruceRequestContext, error: String?, notice: String?, status: HTTPResponse.Status
    ) async throws -> Response {
        try AccessPolicy.require(.readRegister, context.principal)
        let parameters = request.uri.queryParameters
        let stateText = parameters.get("state").flatMap { $0.isEmpty ? nil : $0 } ?? "pending"
        let kindText = parameters.get("kind").flatMap { $0.isEmpty ? nil : $0 }
        let state: NewsSuggestionState? = stateText == "all" ? nil : NewsSuggestionState(rawValue: stateText)
        if state == nil && stateText != "all" {
            throw ProblemDetails(status: .badRequest, detail: "parameter 'state': expected pending, accepted, rejected or all")
        }
        let kind = kindText.flatMap(NewsSuggestionKind.init(rawValue:))
        if kindText != nil && kind == nil {
            throw ProblemDetails(status: .badRequest, detail: "parameter 'kind': expected report or talks")
        }
        let suggestions = try await register.newsSuggestions(state: state, kind: kind, from: nil, to: nil, limit: 200)
        let agreement = try await agreement()
        let canDecide = context.viaSession && AccessPolicy.allows(context.principal, .reviewNews)
        var values: [String: Any] = [
            "canDecide": canDecide,
            "stateOptions": options(["pending", "accepted", "rejected", "all"], selected: stateText),
            "kindOptions": options(NewsSuggestionKind.allCases.map(\.rawValue), selected: kindText),
            "partyOptions": options(agreement.allActors.map(\.id), selected: nil),
            "count": suggestions.count,
            "suggestions": suggestions.map { item -> [String: Any] in
                [
                    "id": item.id, "kind": item.draft.kind.rawValue, "state": item.state.rawValue,
                    "pending": item.state == .pending, "isReport": item.draft.kind == .report,
                    "date": item.draft.date ?? "unknown day", "cameo": item.draft.cameo,
                    "source": item.draft.source ?? "?", "target": item.draft.target ?? "-",
                    "place": shown(item.draft.place), "sentence": item.draft.sentence,
                    "outlet": item.article.outlet ?? item.article.file, "published": item.article.published,
                    "url": linkable(item.article.url), "alsoIn": item.alsoIn.isEmpty ? false : item.alsoIn.count,
                    "decidedBy": shown(item.decidedBy), "reason": item.reason ?? "",
                    "report": item.reportID.map { ["id": $0] } ?? false,
                ]
            },
        ]
        if let error { values["error"] = error }
        if let notice { values["notice"] = notice }
        return page("news", title: "News", context: context, values, status: status)
    }

    func takeArticle(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        let form = try await checkCSRF(request, context)
        do {
            try AccessPolicy.require(.reviewNews, context.principal)
            guard let text = form["text"] else { throw WorkflowError.invalid(field: "text", message: "paste the article") }
            guard let published = form["published"], let day = NewsDay(published), CivilTime.isDay(published) else {
                throw WorkflowError.invalid(field: "published", message: "the publication date is required (YYYY-MM-DD)")
            }
            let bytes = Array(text.utf8)
            let extraction: Extraction
            do {
                extraction = try newsExtractor.extractor().extract(bytes: bytes, file: "form", published: day)
            } catch let error as NewsError {
                throw WorkflowError.invalid(field: "text", message: "\(error)")
            }
            let outcome = try await register.ingest(
                article: NewsIntakeMapping.article(
                    bytes: bytes, file: "web form", outlet: form["outlet"], url: form["url"], extraction: extraction),
                suggestions: NewsIntakeMapping.suggestions(extraction), by: context.principal)
            let notice =
                outcome.newArticle
                ? "Article \(outcome.articleID): \(extraction.events.count) events coded, \(outcome.suggested.count) new suggestions, \(outcome.alreadySuggested.count) already suggested from another article; \(extraction.skipped.count) blocks skipped."
                : "This article was already taken in (article \(outcome.articleID)); nothing was entered."
            return try await newsPage(request, context, error: nil, notice: notice, status: outcome.newArticle ? .created : .ok)
        } catch {
            guard let refused = refusal(error) else { throw error }
            return try await newsPage(
                request, context, error: refused.message, notice: nil, status: refused.status)
        }
    }

    func decideSuggestion(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(Int64.init), id > 0 else {
            throw ProblemDetails(status: .badRequest, detail: "parameter 'id': expected a positive integer")
        }
        let form = try await checkCSRF(request, context)
        do {
            try AccessPolicy.require(.reviewNews, context.principal)
            let accept = form["decision"] == "accept"
            guard accept || form["decision"] == "reject" else {
                throw WorkflowError.invalid(field: "decision", message: "accept or reject")
            }
            let latitude = try form["latitude"].map { text in
                guard let value = Double(text) else { throw WorkflowError.invalid(field: "latitude", message: "not a number") }
                return value
            }
            let longitude = try form["longitude"].map { text in
                guard let value = Double(text) else { throw WorkflowError.invalid(field: "longitude", message: "not a number") }
                return value
            }
            let decided = try await register.decide(
                suggestion: id, accept: accept, reason: form["reason"] ?? "",
                review: NewsReview(
                    agreementID: agreementID, perpetrator: form["perpetrator"], date: form["date"], latitude: latitude,
                    longitude: longitude), by: context.principal)
            if let report = decided.reportID, let detail = try await register.report(id: report, for: context.principal) {
                return redirect("/incidents/\(detail.incident)")
            }
            return redirect("/news")
        } catch {
            guard let refused = refusal(error) else { throw error }
            return try await newsPage(
                request, context, error: refused.message, notice: nil, status: refused.status)
        }
    }
}
