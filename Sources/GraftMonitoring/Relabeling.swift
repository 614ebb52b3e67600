import Yams

/// What a relabeling does; every action Prometheus knows.
public enum RelabelAction: String, Sendable, Hashable, CaseIterable {
    /// Writes `replacement` (with the regex's groups) into `targetLabel` when the regex matches.
    case replace
    /// Drops the target or series unless the joined source labels match the regex.
    case keep
    /// Drops the target or series when the joined source labels match the regex.
    case drop
    /// Drops the target or series unless the joined source labels equal `targetLabel`'s value.
    case keepEqual = "keepequal"
    /// Drops the target or series when the joined source labels equal `targetLabel`'s value.
    case dropEqual = "dropequal"
    /// Writes the hash of the joined source labels modulo `modulus` into `targetLabel` (sharding).
    case hashMod = "hashmod"
    /// Copies every label whose name matches the regex to the name given by `replacement`.
    case labelMap = "labelmap"
    /// Removes every label whose name matches the regex.
    case labelDrop = "labeldrop"
    /// Removes every label whose name does not match the regex.
    case labelKeep = "labelkeep"
    /// Writes the joined source labels in lower case into `targetLabel`.
    case lowercase
    /// Writes the joined source labels in upper case into `targetLabel`.
    case uppercase
}

/// One relabeling step (`relabelings`, `metricRelabelings`, or a scrape config's `relabel_configs`).
///
/// Only the fields that are set are written; Prometheus's defaults (separator `;`, regex `(.*)`,
/// replacement `$1`) apply to the others.
public struct Relabeling: Sendable, Hashable {
    /// What to do.
    public var action: RelabelAction
    /// Labels whose values are joined with `separator` and matched against `regex`.
    public var sourceLabels: [String]?
    /// What joins the source label values (`;` by default).
    public var separator: String?
    /// The label written by replace, hashmod, lowercase, uppercase, or compared by keepequal/dropequal.
    public var targetLabel: String?
    /// The regular expression (RE2 syntax; Prometheus anchors it at both ends).
    public var regex: String?
    /// The modulus of hashmod.
    public var modulus: UInt64?
    /// What replace writes, or labelmap's new label name (`$1` by default).
    public var replacement: String?

    /// A relabeling from its parts.
    public init(action: RelabelAction, sourceLabels: [String]? = nil, separator: String? = nil, targetLabel: String? = nil,
                regex: String? = nil, modulus: UInt64? = nil, replacement: String? = nil) {
        self.action = action
        self.sourceLabels = sourceLabels
        self.separator = separator
        self.targetLabel = targetLabel
        self.regex = regex
        self.modulus = modulus
        self.replacement = replacement
    }

    /// Writes `replacement` into `targetLabel` when the joined `sourceLabels` match `regex`.
    public static func replace(_ sourceLabels: [String]? = nil, regex: String? = nil, replacement: String? = nil, separator: String? = nil,
                               targetLabel: String) -> Relabeling {
        Relabeling(action: .replace, sourceLabels: sourceLabels, separator: separator, targetLabel: targetLabel, regex: regex, replacement: replacement)
    }

    /// Keeps only what the joined `sourceLabels` match `regex` for.
    public static func keep(_ sourceLabels: [String], regex: String, separator: String? = nil) -> Relabeling {
        Relabeling(action: .keep, sourceLabels: sourceLabels, separator: separator, regex: regex)
    }

    /// Drops what the joined `sourceLabels` match `regex` for.
    public static func drop(_ sourceLabels: [String], regex: String, separator: String? = nil) -> Relabeling {
        Relabeling(action: .drop, sourceLabels: sourceLabels, separator: separator, regex: regex)
    }

    /// Keeps only what has the joined `sourceLabels` equal to `targetLabel`'s value.
    public static func keepEqual(_ sourceLabels: [String], targetLabel: String) -> Relabeling {
        Relabeling(action: .keepEqual, sourceLabels: sourceLabels, targetLabel: targetLabel)
    }

    /// Drops what has the joined `sourceLabels` equal to `targetLabel`'s value.
    public static func dropEqual(_ sourceLabels: [String], targetLabel: String) -> Relabeling {
        Relabeling(action: .dropEqual, sourceLabels: sourceLabels, targetLabel: targetLabel)
    }

    /// Writes the hash of the joined `sourceLabels` modulo `modulus` into `targetLabel`.
    public static func hashMod(_ sourceLabels: [String], modulus: UInt64, targetLabel: String) -> Relabeling {
        Relabeling(action: .hashMod, sourceLabels: sourceLabels, targetLabel: targetLabel, modulus: modulus)
    }

    /// Copies labels whose names match `regex` to the names `replacement` gives.
    public static func labelMap(regex: String, replacement: String? = nil) -> Relabeling {
        Relabeling(action: .labelMap, regex: regex, replacement: replacement)
    }

    /// Removes labels whose names match `regex`.
    public static func labelDrop(regex: String) -> Relabeling { Relabeling(action: .labelDrop, regex: regex) }

    /// Removes labels whose names do not match `regex`.
    public static func labelKeep(regex: String) -> Relabeling { Relabeling(action: .labelKeep, regex: regex) }

    /// Writes the joined `sourceLabels` in lower case into `targetLabel`.
    public static func lowercase(_ sourceLabels: [String], targetLabel: String) -> Relabeling {
        Relabeling(action: .lowercase, sourceLabels: sourceLabels, targetLabel: targetLabel)
    }

    /// Writes the joined `sourceLabels` in upper case into `targetLabel`.
    public static func uppercase(_ sourceLabels: [String], targetLabel: String) -> Relabeling {
        Relabeling(action: .uppercase, sourceLabels: sourceLabels, targetLabel: targetLabel)
    }
}

extension Relabeling {
    /// The relabeling in the given key style, fields in Prometheus's own order.
    func yamlNode(_ style: KeyStyle) -> Node {
        .fields([
            style.key("sourceLabels"): sourceLabels, style.key("separator"): separator, style.key("regex"): regex,
            style.key("modulus"): modulus, style.key("targetLabel"): targetLabel, style.key("replacement"): replacement,
            style.key("action"): action.rawValue,
        ])
    }
}
