import Foundation
import HTTPTypes
import Hummingbird
import TruceCore
import TruceNews
import TruceStore

extension APIRoutes {
    /// The news routes under `/api/v1/news`: take an article in, list its suggestions, accept or reject one. Readers
    /// of the whole register read the suggestions; admins and monitors take news in and decide.
    func addNews(to api: RouterGroup<TruceRequestContext>) {
        api.post("news/articles") { request, context in
            try AccessPolicy.require(.reviewNews, context.principal)
            return try await idempotentRaw(request, context) { bytes in
                let body = try JSONBody.parse(bytes, allowed: ["text", "published", "outlet", "url", "file"])
                let text = try body.string("text")!
                let published = try body.string("published")!
                guard let day = NewsDay(published), CivilTime.isDay(published) else {
                    throw ProblemDetails(
                        status: .unprocessableContent, detail: "field 'published': '\(published)' is not a date (YYYY-MM-DD)")
                }
                let outlet = try body.string("outlet", required: false)
                let url = try body.string("url", required: false)
                for (name, value) in [("outlet", outlet), ("url", url)] where (value?.count ?? 0) > 500 {
                    throw ProblemDetails(status: .unprocessableContent, detail: "field '\(name)': at most 500 characters")
                }
                let file = try body.string("file", required: false) ?? "api"
                let articleBytes = Array(text.utf8)
                let extraction: Extraction
                do {
                    extraction = try newsExtractor.extractor().extract(bytes: articleBytes, file: "text", published: day)
                } catch let error as NewsError {
                    throw ProblemDetails(status: .unprocessableContent, detail: "field 'text': \(error)")
                }
                let outcome = try await register.ingest(
                    article: NewsIntakeMapping.article(
                        bytes: articleBytes, file: String(file.prefix(200)), outlet: outlet, url: url, extraction: extraction),
                    suggestions: NewsIntakeMapping.suggestions(extraction), by: context.principal)
                return (
                    outcome.newArticle ? .created : .ok,
                    NewsJSON.outcome(outcome, events: extraction.events.count, skipped: extraction.skipped.count)
                )
            }
        }
        api.get("news/suggestions") { request, context in
            try AccessPolicy.require(.readRegister, context.principal)
            let parameters = request.uri.queryParameters
            let state = try parameters["state"].map { text in
                guard let value = NewsSuggestionState(rawValue: String(text)) else {
                    throw ProblemDetails(status: .badRequest, detail: "parameter 'state': expected pending, accepted or rejected")
                }
                return value
            }
            let kind = try parameters["kind"].map { text in
                guard let value = NewsSuggestionKind(rawValue: String(text)) else {
                    throw ProblemDetails(status: .badRequest, detail: "parameter 'kind': expected report or talks")
                }
                return value
            }
            var limit = 100
            if let text = parameters["limit"] {
                guard let value = Int(text), (1...1000).contains(value) else {
                    throw ProblemDetails(status: .badRequest, detail: "parameter 'limit': expected 1 to 1000")
                }
                limit = value
            }
            return try json(
                try await register.newsSuggestions(state: state, kind: kind, from: nil, to: nil, limit: limit).map(
                    NewsJSON.suggestion))
        }
        api.get("news/suggestions/{id}") { _, context in
            try AccessPolicy.require(.readRegister, context.principal)
            return try json(NewsJSON.suggestion(try await register.newsSuggestion(id: try id(context))))
        }
        api.post("news/suggestions/{id}/decision") { request, context in
            try AccessPolicy.require(.reviewNews, context.principal)
            let id = try id(context)
            return try await idempotentRaw(request, context) { bytes in
                let body = try JSONBody.parse(
                    bytes,
                    allowed: ["accept", "reason", "perpetrator", "category", "date", "latitude", "longitude", "place"])
                guard let accept = try body.bool("accept") else {
                    throw ProblemDetails(status: .unprocessableContent, detail: "field 'accept': is required")
                }
                let category = try body.string("category", required: false).map { text in
                    guard let value = ReportCategory(rawValue: text) else {
                        throw ProblemDetails(
                            status: .unprocessableContent, detail: "field 'category': unknown category '\(text)'")
                    }
                    return value
                }
                let decided = try await register.decide(
                    suggestion: id, accept: accept, reason: try body.string("reason")!,
                    review: NewsReview(
                        agreementID: agreementID, perpetrator: try body.string("perpetrator", required: false),
                        category: category, date: try body.string("date", required: false),
                        place: try body.string("place", required: false), latitude: try body.number("latitude"),
                        longitude: try body.number("longitude")), by: context.principal)
                return (.ok, NewsJSON.suggestion(decided))
            }
        }
    }
}
