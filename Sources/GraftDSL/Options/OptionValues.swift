import GraftJSON
import GraftModel

extension RawRepresentable where RawValue == String {
    /// The constant (an open `StringConstant` or a closed `OptionConstant`) as the JSON string Grafana saves.
    var json: JSON { .string(rawValue) }
}

extension JSONObject {
    /// This object with `other`'s members added (its values winning where both have a key), in
    /// Grafana's key order when both are: for new-panel defaults built from shared parts, so that
    /// writing them need not sort. (Keys hold no dots.)
    func merging(_ other: JSONObject) -> JSONObject {
        var merged = self
        for member in other.members { merged.setValue(member.value, atPath: member.key) }
        return merged
    }
}

extension PanelKind {
    /// `hideFrom` of a new panel's field defaults: shown in the legend, the tooltip and the graph.
    static let hideFromDefaults: JSONObject = ["hideFrom": ["legend": false, "tooltip": false, "viz": false]]
}
