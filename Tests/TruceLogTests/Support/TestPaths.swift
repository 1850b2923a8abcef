import Foundation

/// Where the tests find the package and the shared tlog vectors: the package root is the first directory above
/// this file holding `Package.swift`; the vectors are in `../shared/data/tlog` beside it.
enum TestPaths {
    /// A directory or file the tests need is not there.
    struct Missing: Error, CustomStringConvertible {
        /// What is missing.
        let description: String
    }

    /// The package root (the directory of `Package.swift`).
    static func packageRoot(file: String = #filePath) throws -> URL {
        var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory
            }
            directory = directory.deletingLastPathComponent()
        }
        throw Missing(description: "no Package.swift above \(file)")
    }

    /// `../shared/data/tlog` beside the package root; throws if it is not there.
    static func tlogData() throws -> URL {
        let directory = try packageRoot().deletingLastPathComponent().appendingPathComponent("shared/data/tlog")
            .standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw Missing(description: "the tlog test vectors are missing: expected the directory \(directory.path)")
        }
        return directory
    }

    /// `vectors.json`, decoded.
    static func vectors() throws -> VectorsFile {
        let url = try tlogData().appendingPathComponent("vectors.json")
        return try JSONDecoder().decode(VectorsFile.self, from: Data(contentsOf: url))
    }
}
