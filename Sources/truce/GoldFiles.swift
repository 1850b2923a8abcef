import Foundation
import TruceStore

/// Finds hand-coded articles for `truce evaluate`: each `NAME.gold.json` with its article `NAME.txt`, `NAME.html` or
/// `NAME.htm` beside it.
enum GoldFiles {
    /// One hand-coded article: the gold file and the article it codes.
    struct Pair: Hashable {
        var gold: String
        var article: String
    }

    static let suffix = ".gold.json"
    static let articleExtensions = ["txt", "html", "htm"]

    /// The pairs under `paths`: a directory gives every gold file in it (not below it), in name order; a gold file
    /// gives itself; an article gives the gold file beside it. Each pair appears once.
    static func pairs(_ paths: [String]) throws -> [Pair] {
        var found: [Pair] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw FileAccessError(path: path, reason: "no such file or directory")
            }
            if isDirectory.boolValue {
                let entries = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                for name in entries where name.hasSuffix(suffix) {
                    found.append(try pair(gold: (path as NSString).appendingPathComponent(name), siblings: entries))
                }
            } else if path.hasSuffix(suffix) {
                let directory = (path as NSString).deletingLastPathComponent
                let siblings = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
                found.append(try pair(gold: path, siblings: siblings.sorted()))
            } else if articleExtensions.contains((path as NSString).pathExtension.lowercased()) {
                let gold = (path as NSString).deletingPathExtension + suffix
                guard FileManager.default.fileExists(atPath: gold) else {
                    throw FileAccessError(
                        path: path, reason: "no hand-coded events beside it (\((gold as NSString).lastPathComponent))")
                }
                found.append(Pair(gold: gold, article: path))
            } else {
                throw FileAccessError(
                    path: path, reason: "neither a directory, a NAME\(suffix) file nor an article (.txt, .html)")
            }
        }
        var seen = Set<String>()
        return found.filter {
            seen.insert(URL(fileURLWithPath: $0.gold).standardizedFileURL.resolvingSymlinksInPath().path).inserted
        }
    }

    /// The gold file's article among `siblings` (its directory's entries, sorted): `NAME.txt`, `NAME.html` or
    /// `NAME.htm`, the extension in any case.
    private static func pair(gold: String, siblings: [String]) throws -> Pair {
        let base = String(gold.dropLast(suffix.count))
        let name = (base as NSString).lastPathComponent
        let directory = (gold as NSString).deletingLastPathComponent
        for fileExtension in articleExtensions {
            if let sibling = siblings.first(where: {
                $0.lowercased() == (name + "." + fileExtension).lowercased() && $0.hasPrefix(name)
            }) {
                return Pair(gold: gold, article: (directory as NSString).appendingPathComponent(sibling))
            }
        }
        throw FileAccessError(path: gold, reason: "no article beside it (\(name).txt, .html or .htm)")
    }
}
