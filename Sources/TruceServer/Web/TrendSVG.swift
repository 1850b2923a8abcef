import Foundation

/// A line chart of verified violations per week for a few series (zones or parties), drawn as SVG on the server.
public enum TrendSVG {
    static let palette = ["#c0392b", "#2e86c1", "#27ae60", "#8e44ad", "#d68910", "#34495e", "#7f8c8d"]

    /// The chart: one line per series over the weeks given (labels), with a legend.
    public static func render(weeks: [String], series: [(name: String, values: [Int])], title: String) -> String {
        let width = 640.0
        let height = 220.0
        let left = 36.0
        let bottom = 24.0
        let top = 10.0
        let maximum = max(1, series.flatMap(\.values).max() ?? 1)
        let plotWidth = width - left - 10
        let plotHeight = height - bottom - top
        func x(_ index: Int) -> Double { left + (weeks.count <= 1 ? 0 : Double(index) / Double(weeks.count - 1) * plotWidth) }
        func y(_ value: Int) -> Double { top + plotHeight - Double(value) / Double(maximum) * plotHeight }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height + 18 * Double((series.count + 2) / 3)))\" role=\"img\" aria-label=\"\(HTML.escape(title))\" class=\"chart\"><title>\(HTML.escape(title))</title>"
        svg +=
            "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(width - 10)\" y2=\"\(top + plotHeight)\" stroke=\"#555\"/><line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plotHeight)\" stroke=\"#555\"/>"
        svg +=
            "<text x=\"2\" y=\"\(top + 8)\" font-size=\"10\">\(maximum)</text><text x=\"2\" y=\"\(top + plotHeight)\" font-size=\"10\">0</text>"
        if let first = weeks.first, let last = weeks.last {
            svg += "<text x=\"\(left)\" y=\"\(height - 6)\" font-size=\"10\">\(HTML.escape(first))</text>"
            svg +=
                "<text x=\"\(width - 10)\" y=\"\(height - 6)\" font-size=\"10\" text-anchor=\"end\">\(HTML.escape(last))</text>"
        }
        for (index, line) in series.enumerated() {
            let colour = palette[index % palette.count]
            let points = line.values.enumerated().map { "\(MapSVG.number(x($0.offset))),\(MapSVG.number(y($0.element)))" }
            svg +=
                "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.6\" points=\"\(points.joined(separator: " "))\" class=\"series\" data-series=\"\(HTML.escape(line.name))\"><title>\(HTML.escape(line.name))</title></polyline>"
            let legendX = 10 + Double(index % 3) * 210
            let legendY = height + 14 + 18 * Double(index / 3)
            svg +=
                "<rect x=\"\(legendX)\" y=\"\(legendY - 9)\" width=\"10\" height=\"10\" fill=\"\(colour)\"/><text x=\"\(legendX + 14)\" y=\"\(legendY)\" font-size=\"11\">\(HTML.escape(line.name)) (\(line.values.reduce(0, +)))</text>"
        }
        return svg + "</svg>"
    }
}
