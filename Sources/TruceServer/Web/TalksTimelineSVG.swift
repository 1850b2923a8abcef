import Foundation
import TruceCore

/// The talks drawn on a time axis as SVG on the server: one lane per process with its rounds as bars (linking to
/// their pages) and meetings as dots; and a round's days with its meetings.
public enum TalksTimelineSVG {
    static let kindColours: [MeetingKind: String] = [
        .plenary: "#1f3a5f", .bilateral: "#2e86c1", .proximity: "#d68910", .technical: "#27ae60",
    ]

    /// The process timeline: month ticks, a lane per process, rounds as bars, meetings as dots.
    public static func processes(_ talks: TalksRecord, title: String) -> String {
        let rounds = talks.rounds
        guard let first = rounds.map(\.round.from).min(), let last = rounds.map(\.round.to).max(),
            let start = monthStart(first), let end = nextMonthStart(last)
        else { return "" }
        let width = 720.0
        let left = 90.0
        let laneHeight = 46.0
        let top = 24.0
        let height = top + laneHeight * Double(talks.processes.count) + 10
        let span = Double(max(1, end - start))
        func x(_ day: String) -> Double { left + Double((number(day) ?? start) - start) / span * (width - left - 10) }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTML.escape(title))\" class=\"timeline\" id=\"process-timeline\"><title>\(HTML.escape(title))</title>"
        var month = start
        while month < end {
            let (year, monthNumber, _) = CivilTime.date(days: month)
            let label = String(format: "%04d-%02d", year, monthNumber)
            let position = left + Double(month - start) / span * (width - left - 10)
            svg +=
                "<line x1=\"\(MapSVG.number(position))\" y1=\"\(top - 4)\" x2=\"\(MapSVG.number(position))\" y2=\"\(MapSVG.number(height - 10))\" stroke=\"#ddd\"/><text x=\"\(MapSVG.number(position + 2))\" y=\"\(top - 8)\" font-size=\"9\">\(label)</text>"
            month = nextMonthStart(label + "-01") ?? end
        }
        for (lane, process) in talks.processes.enumerated() {
            let y = top + laneHeight * Double(lane)
            svg +=
                "<text x=\"2\" y=\"\(MapSVG.number(y + 16))\" font-size=\"11\">\(HTML.escape(process.name.components(separatedBy: " (")[0]))</text>"
            for round in process.rounds {
                let from = x(round.from)
                let to = max(from + 3, x(nextDay(round.to)))
                svg +=
                    "<a href=\"/talks/rounds/\(HTML.escape(round.id))\"><rect class=\"round\" data-id=\"\(HTML.escape(round.id))\" x=\"\(MapSVG.number(from))\" y=\"\(MapSVG.number(y + 4))\" width=\"\(MapSVG.number(to - from))\" height=\"16\" fill=\"#a9cce3\" stroke=\"#1f3a5f\"><title>\(HTML.escape(round.name)): \(round.from) to \(round.to)</title></rect><text x=\"\(MapSVG.number(from))\" y=\"\(MapSVG.number(y + 32))\" font-size=\"8\">\(HTML.escape(round.name))</text></a>"
                for meeting in round.meetings {
                    svg +=
                        "<circle class=\"meeting\" data-id=\"\(HTML.escape(meeting.id))\" cx=\"\(MapSVG.number(x(meeting.date) + 1.5))\" cy=\"\(MapSVG.number(y + 12))\" r=\"2.5\" fill=\"\(kindColours[meeting.kind] ?? "#000")\"><title>\(meeting.date) \(meeting.kind.rawValue): \(HTML.escape(meeting.participants.joined(separator: ", ")))</title></circle>"
                }
            }
        }
        return svg + "</svg>"
    }

    /// A round's days with its meetings, one row per meeting in date order, coloured by format.
    public static func round(_ round: TalksRound, names: [String: String]) -> String {
        guard let start = number(round.from), let end = number(round.to) else { return "" }
        let meetings = round.meetings.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let width = 720.0
        let left = 10.0
        let top = 26.0
        let row = 20.0
        let height = top + row * Double(max(1, meetings.count)) + 10
        let days = end - start + 1
        let dayWidth = (width - left - 10) / Double(days)
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTML.escape(round.name)) day by day\" class=\"timeline\" id=\"round-timeline\"><title>\(HTML.escape(round.name)) day by day</title>"
        for offset in 0..<Int(days) {
            let (_, month, day) = CivilTime.date(days: start + Int64(offset))
            let position = left + Double(offset) * dayWidth
            svg +=
                "<rect x=\"\(MapSVG.number(position))\" y=\"\(top - 4)\" width=\"\(MapSVG.number(dayWidth))\" height=\"\(MapSVG.number(height - top - 6))\" fill=\"\(offset % 2 == 0 ? "#f4f6f7" : "#fff")\"/><text x=\"\(MapSVG.number(position + 2))\" y=\"\(top - 8)\" font-size=\"9\">\(day)/\(month)</text>"
        }
        for (index, meeting) in meetings.enumerated() {
            guard let day = number(meeting.date) else { continue }
            let position = left + Double(day - start) * dayWidth
            let y = top + row * Double(index) + 8
            let who = meeting.participants.map { names[$0] ?? $0 }.joined(separator: ", ")
            let anchor = Double(day - start) > Double(days) / 2 ? "end" : "start"
            let labelX = anchor == "end" ? position + dayWidth / 2 - 6 : position + dayWidth / 2 + 6
            svg +=
                "<circle class=\"meeting\" data-id=\"\(HTML.escape(meeting.id))\" data-date=\"\(meeting.date)\" data-kind=\"\(meeting.kind.rawValue)\" cx=\"\(MapSVG.number(position + dayWidth / 2))\" cy=\"\(MapSVG.number(y))\" r=\"4\" fill=\"\(kindColours[meeting.kind] ?? "#000")\"><title>\(meeting.date) \(meeting.kind.rawValue)</title></circle><text x=\"\(MapSVG.number(labelX))\" y=\"\(MapSVG.number(y + 3))\" font-size=\"9\" text-anchor=\"\(anchor)\">\(meeting.kind.rawValue): \(HTML.escape(who))</text>"
        }
        return svg + "</svg>"
    }

    static func number(_ day: String) -> Int64? { CivilTime.dayNumber(of: day) }

    static func monthStart(_ day: String) -> Int64? { number(String(day.prefix(8)) + "01") }

    static func nextMonthStart(_ day: String) -> Int64? {
        guard let year = Int(day.prefix(4)), let month = Int(day.dropFirst(5).prefix(2)) else { return nil }
        return month == 12
            ? CivilTime.days(year: year + 1, month: 1, day: 1) : CivilTime.days(year: year, month: month + 1, day: 1)
    }

    static func nextDay(_ day: String) -> String { number(day).map { CivilTime.dayText($0 + 1) } ?? day }
}
