/// A dashboard URL with its time range removed, and the parameters that were removed.
public struct StrippedDashboardURL: Sendable, Hashable {
    /// The URL without the removed parameters; identical to the input when nothing was removed.
    public let url: DashboardURL
    /// The removed parameters, in the order they appeared.
    public let removed: [QueryParameter]
}

extension DashboardURL {
    /// The query parameter names that always set the time range: `from`, `to`, `time`, `time.window`.
    public static let timeRangeParameterNames = ["from", "to", "time", "time.window"]

    /// The UTF-8 names stripping removes, indexed by `ExtraTimeParameters.rawValue`.
    private static let removedNamesByExtra: [[[UInt8]]] = (0...ExtraTimeParameters.all.rawValue).map { rawValue in
        (timeRangeParameterNames + ExtraTimeParameters(rawValue: rawValue).parameterNames).map { Array($0.utf8) }
    }

    /// This URL without its time-range parameters (and `extra` ones), keeping every other byte as written.
    ///
    /// A parameter is removed when its percent-decoded name equals one of the names exactly (case-sensitive, as
    /// Grafana reads them), so `fr%6Fm` goes and `From` stays. Empty pairs (`&&`) are not parameters: they stay
    /// where they are, except that the whole query and its `?` go when no parameter is left.
    public func strippingTimeRange(also extra: ExtraTimeParameters = []) -> StrippedDashboardURL {
        guard let queryRange else { return StrippedDashboardURL(url: self, removed: []) }
        let names = Self.removedNamesByExtra[Int(extra.intersection(.all).rawValue)]
        let bytes = Array(text.utf8)
        var keptBytes: [UInt8] = []
        keptBytes.reserveCapacity(bytes.count)
        var keptPairs = 0
        var removed: [QueryParameter] = []
        var keepsAParameter = false
        forEachQueryPair(in: bytes[queryRange]) { pair in
            let name = nameBytes(of: pair)
            if !pair.isEmpty, names.contains(where: { percentDecodedBytes(name, equal: $0) }) {
                removed.append(QueryParameter(pair: pair))
            } else {
                if keptPairs > 0 { keptBytes.append(UInt8(ascii: "&")) }
                keptBytes += pair
                keptPairs += 1
                keepsAParameter = keepsAParameter || !pair.isEmpty
            }
        }
        guard !removed.isEmpty else { return StrippedDashboardURL(url: self, removed: []) }
        let newQuery = keepsAParameter ? String(decoding: keptBytes, as: UTF8.self) : nil
        return StrippedDashboardURL(url: replacingQuery(with: newQuery), removed: removed)
    }
}
