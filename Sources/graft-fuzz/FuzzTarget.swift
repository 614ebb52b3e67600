import GraftFuzzing
import GraftJSON

/// The parsers `graft-fuzz` exercises, each with its seeds, its mutator and its invariants.
enum FuzzTarget: String {
    /// The JSON parser and writer.
    case json
    /// The PromQL reader import and review share.
    case promql
    /// The dashboard importer, JSON to Swift source and back.
    case `import`

    /// The inputs mutations start from, cut from `dashboards` so that each is small enough to
    /// check quickly and near what the parser meets.
    func seeds(from dashboards: [[UInt8]]) -> [[UInt8]] {
        let models = dashboards.compactMap { try? JSONParser.parse($0) }.map { $0["dashboard"] ?? $0 }
        let parts = models.flatMap { model -> [JSON] in
            let panels = (model["panels"]?.arrayValue ?? []).flatMap { [$0] + ($0["panels"]?.arrayValue ?? []) }
            return panels + (model["templating"]?["list"]?.arrayValue ?? []) + (model["__inputs"]?.arrayValue ?? [])
        }
        switch self {
        case .json:
            return parts.map { Array($0.formatted(.compact).utf8) } + [Array("[1e400,-0.0,\"\\ud83d\\ude00\",{}]".utf8)]
        case .promql:
            let expressions = Set(parts.flatMap(FuzzTarget.expressions))
            return expressions.sorted().map { Array($0.utf8) }
        case .import:
            // One dashboard per panel, around it what an export holds.
            return (parts.filter { $0["gridPos"] != nil }.prefix(64)).map { panel in
                let dashboard: JSON = ["title": "Fuzz", "uid": "fuzz", "schemaVersion": 39, "panels": [panel]]
                return Array(dashboard.formatted(.compact).utf8)
            } + dashboards.filter { $0.count < 16 * 1024 }
        }
    }

    /// Every `expr` and `query` string below `value`.
    private static func expressions(in value: JSON) -> [String] {
        if let object = value.objectValue {
            return object.flatMap { member in
                ["expr", "query"].contains(member.key) ? member.value.stringValue.map { [$0] } ?? expressions(in: member.value) : expressions(in: member.value)
            }
        }
        return (value.arrayValue ?? []).flatMap(expressions)
    }

    /// The mutator for the target's language, with a seed that fixes the run.
    func mutator(seed: UInt64) -> ByteMutator {
        let words: [String]
        let maximumLength: Int
        switch self {
        case .json, .import:
            words = ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\u0000", "null", "true", "-", "1e999", "0.1", "-0",
                     "\"panels\":[", "\"gridPos\":{\"h\":1,\"w\":25,\"x\":0,\"y\":0}", "\"type\":\"row\"", "\"collapsed\":true",
                     "\"targets\":[{\"expr\":\"", "\"datasource\":", "\"${DS_PROMETHEUS}\"", "\"id\":", "\"uid\":", "网", "😀"]
            maximumLength = self == .json ? 4096 : 8192
        case .promql:
            words = ["(", ")", "{", "}", "[", "]", ",", "=~", "!~", "!=", "==", "\"", "'", "`", "\\", "$gateway", "${x:raw}", "[5m]",
                     "[1h:5m]", " offset 5m", " @ start()", " by (le)", " without (pod)", " on(a) group_left(b) ", "sum(", "rate(",
                     "histogram_quantile(0.9,", " and ", " or ", " unless ", "^", "-", "+", "/", "*", "%", " atan2 ", "1e3", "0x1f",
                     "Inf", "NaN", "topk(5,", "label_replace(", "网", "#"]
            maximumLength = 1024
        }
        // Numbers at the edges the readers convert across: Int's, JavaScript's safe integers, Double's.
        let extremes = self == .promql ? [] : ["9223372036854775807", "-9223372036854775808", "9223372036854775808", "9007199254740993",
                                              "-1", "0", "1e300", "-1e300", "1e-300", "\"99999999999999999999999px\""]
        return ByteMutator(tokens: words.map { Array($0.utf8) } + [[0x80], [0xFF], [0]], extremes: extremes.map { Array($0.utf8) },
                           maximumLength: maximumLength, generator: SplitMix64(seed: seed))
    }

    /// Checks one input.
    func check(_ input: [UInt8]) -> FuzzVerdict {
        switch self {
        case .json: checkJSON(input)
        case .promql: checkPromQL(input)
        case .import: checkImport(input)
        }
    }
}
