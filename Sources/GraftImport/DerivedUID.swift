import GraftDSL
import GraftModel

/// The uid `graft import` gives a dashboard that has none: made from its title, so that importing
/// the same dashboard again gives the same uid, and within Grafana's rule (`GrafanaUID`). It keeps
/// to lower-case letters, digits and `-`, which Kubernetes-style names (`metadata.name` on Grafana
/// 12's app platform) accept too.
enum DerivedUID {
    /// The uid for a dashboard titled `title`, read from `fileName`, unlike every uid in `taken`:
    /// the title's slug (`Dashboard.slug`) when it is ASCII; with a hash of the title added when the
    /// title has other letters (two Chinese titles share their ASCII words but not their hash); from
    /// the file's name when the title has no letters at all.
    static func make(title: String, fileName: String, taken: Set<String>) -> String {
        let slug = Dashboard.slug(title)
        let base: String
        if !slug.isEmpty, slug.unicodeScalars.allSatisfy({ $0.isASCII }) {
            base = clipped(slug, to: GrafanaUID.maximumLength)
        } else if !slug.isEmpty {
            let hash = "-" + fnv1a(title)
            let words = clipped(SwiftName.stem(title, limit: GrafanaUID.maximumLength), to: GrafanaUID.maximumLength - hash.count)
            base = (words.isEmpty ? "dashboard" : words) + hash
        } else {
            let stemOfFile = fileName.hasSuffix(".json") ? String(fileName.dropLast(5)) : fileName
            let words = SwiftName.stem(stemOfFile, limit: GrafanaUID.maximumLength)
            base = words.isEmpty ? "dashboard" : words
        }
        guard taken.contains(base) else { return base }
        var number = 2
        while true {
            let suffix = "-\(number)"
            let candidate = clipped(base, to: GrafanaUID.maximumLength - suffix.count) + suffix
            if !taken.contains(candidate) { return candidate }
            number += 1
        }
    }

    /// `text` cut to `limit` characters, without a `-` at its end.
    private static func clipped(_ text: String, to limit: Int) -> String {
        var clipped = String(text.prefix(limit))
        while clipped.hasSuffix("-") { clipped.removeLast() }
        return clipped
    }

    /// The 32-bit FNV-1a hash of `text`'s UTF-8 bytes, as 8 lower-case hex digits: stable across
    /// runs and platforms, unlike `Hasher`.
    private static func fnv1a(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
