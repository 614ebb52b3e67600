import GraftJSON

extension DashboardModel {
    /// The dashboard as Grafana's import saves it: `__inputs` dropped, and every `${NAME}` of an input
    /// in `values` replaced by its value, wherever it appears (datasource uids of panels, queries,
    /// variables and annotations, and any other text), as Grafana's import template evaluator does.
    public func importing(_ values: [String: String]) -> DashboardModel {
        guard case .object(var object) = jsonValue else { return self }
        object.removeValue(forKey: "__inputs")
        let bound = DashboardModel.substitute(.object(object), values)
        // Re-reading what the model itself wrote cannot fail; if it ever did, nothing is bound.
        return (try? DashboardModel(json: bound)) ?? self
    }

    private static func substitute(_ json: JSON, _ values: [String: String]) -> JSON {
        switch json {
        case .string(let text) where text.contains("${"):
            return .string(replacingPlaceholders(in: text, values))
        case .array(let elements):
            return .array(elements.map { substitute($0, values) })
        case .object(let object):
            return .object(JSONObject(object.members.map { ($0.key, substitute($0.value, values)) }))
        default:
            return json
        }
    }

    /// `text` with each `${NAME}` whose NAME has a value replaced by it; other `${...}` stay.
    static func replacingPlaceholders(in text: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { break }
            let name = String(rest[open.upperBound..<close])
            result += rest[..<open.lowerBound]
            result += values[name] ?? "${\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
