import Foundation

/// The form names are compared in: lower case, without diacritics, with apostrophes, hyphens and runs of
/// spaces folded, so that "Dar'a", "Daraa" and "DARA'A" meet where the data lists them as aliases.
public enum NameKey {
    /// The comparison key of a name.
    public static func normalize(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "'", "’", "‘", "`", "ʿ", "ʾ", "´":
                continue
            case "-", "_", " ", "\t", ",", ".", "(", ")", "\u{A0}":
                pendingSpace = !out.isEmpty
            default:
                if pendingSpace {
                    out.unicodeScalars.append(" ")
                    pendingSpace = false
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
