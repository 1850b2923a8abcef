import Foundation
import TruceCore

/// Draws the map as SVG on the server: countries, the focus country's regions, the zones (dashed when their
/// outline is approximate) and incidents as dots coloured by verification state. No script, no external resource.
public struct MapSVG: Sendable {
    /// The background.
    public let background: MapBackground
    /// Width in pixels.
    public let width: Double

    /// The outlines, drawn once: countries in view and the focus country's regions.
    private var backgroundFragment: String

    /// A map renderer.
    public init(background: MapBackground, width: Double = 640) {
        self.background = background
        self.width = width
        self.backgroundFragment = ""
        self.backgroundFragment = drawBackground()
    }

    /// Whether any point of an outline falls in the view (others are not drawn).
    private func inView(_ outline: MapBackground.Outline) -> Bool {
        let margin = 1.0
        return outline.rings.contains { ring in
            ring.contains {
                $0.0 >= background.longitudes.lowerBound - margin && $0.0 <= background.longitudes.upperBound + margin
                    && $0.1 >= background.latitudes.lowerBound - margin && $0.1 <= background.latitudes.upperBound + margin
            }
        }
    }

    private func drawBackground() -> String {
        var svg = ""
        for country in background.countries where inView(country) {
            let focus = country.name == background.focus
            svg +=
                "<path d=\"\(path(country.rings))\" fill=\"\(focus ? "#fbfaf5" : "#e4e4de")\" stroke=\"#888\" stroke-width=\"\(focus ? 1.2 : 0.6)\"><title>\(HTML.escape(country.name))</title></path>"
        }
        for region in background.regions {
            svg +=
                "<path d=\"\(path(region.rings))\" fill=\"none\" stroke=\"#bbb\" stroke-width=\"0.5\"><title>\(HTML.escape(region.name))</title></path>"
        }
        return svg
    }

    /// An incident to draw.
    public struct Dot: Sendable {
        /// The incident's id (linked).
        public var id: Int64
        /// Where.
        public var point: GeoPoint
        /// Its state (colour).
        public var state: VerificationState
        /// A short label (tooltip).
        public var label: String

        /// A dot.
        public init(id: Int64, point: GeoPoint, state: VerificationState, label: String) {
            self.id = id
            self.point = point
            self.state = state
            self.label = label
        }
    }

    /// The colour of each state (also used in the legend).
    public static let colours: [VerificationState: String] = [
        .reported: "#9e9e9e", .underReview: "#f0a202", .verified: "#c0392b", .unverified: "#7f8c8d",
        .unfounded: "#2e86c1", .published: "#8e44ad", .archived: "#bdc3c7",
    ]

    var scaleX: Double {
        let middle = (background.latitudes.lowerBound + background.latitudes.upperBound) / 2
        return cos(middle * .pi / 180)
    }

    var height: Double {
        let w = (background.longitudes.upperBound - background.longitudes.lowerBound) * scaleX
        let h = background.latitudes.upperBound - background.latitudes.lowerBound
        return (width * h / w).rounded()
    }

    func x(_ longitude: Double) -> Double {
        (longitude - background.longitudes.lowerBound) / (background.longitudes.upperBound - background.longitudes.lowerBound)
            * width
    }

    func y(_ latitude: Double) -> Double {
        (background.latitudes.upperBound - latitude) / (background.latitudes.upperBound - background.latitudes.lowerBound)
            * height
    }

    func path(_ rings: [[(Double, Double)]]) -> String {
        rings.map { ring in
            ring.enumerated().map { index, point in
                (index == 0 ? "M" : "L") + Self.number(x(point.0)) + " " + Self.number(y(point.1))
            }.joined() + "Z"
        }.joined()
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// The map's SVG.
    public func render(zones: [Zone], dots: [Dot], title: String) -> String {
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTML.escape(title))\" class=\"map\">"
        svg += "<title>\(HTML.escape(title))</title><rect width=\"100%\" height=\"100%\" fill=\"#eef3f7\"/>"
        svg += backgroundFragment
        for zone in zones {
            let rings = zone.geometry.polygons.flatMap { polygon in
                polygon.rings.map { ring in ring.map { ($0.longitude, $0.latitude) } }
            }
            svg +=
                "<path d=\"\(path(rings))\" fill=\"#f5b04133\" stroke=\"#d68910\" stroke-width=\"1.2\"\(zone.approximate ? " stroke-dasharray=\"4 3\"" : "") class=\"zone\" data-zone=\"\(HTML.escape(zone.id))\"><title>\(HTML.escape(zone.name))\(zone.approximate ? " (approximate outline)" : "")</title></path>"
        }
        for dot in dots {
            svg +=
                "<a href=\"/incidents/\(dot.id)\"><circle cx=\"\(Self.number(x(dot.point.longitude)))\" cy=\"\(Self.number(y(dot.point.latitude)))\" r=\"3\" fill=\"\(Self.colours[dot.state] ?? "#000")\" fill-opacity=\"0.8\" class=\"incident\" data-id=\"\(dot.id)\" data-state=\"\(dot.state.rawValue)\"><title>\(HTML.escape(dot.label))</title></circle></a>"
        }
        return svg + "</svg>"
    }
}
