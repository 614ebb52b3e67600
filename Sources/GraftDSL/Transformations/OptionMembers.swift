import GraftJSON
import GraftModel

extension Transformation {
    /// A transformation of `kind` whose options are `members`, the `nil` ones left out.
    init(_ kind: Kind, _ members: KeyValuePairs<String, JSON?>) { self.init(id: kind, options: .members(members)) }
}

extension JSON {
    /// An object of the members whose values are given: Grafana saves only the options an editor
    /// has set, so an unset one is left out rather than written as `null`.
    static func members(_ members: KeyValuePairs<String, JSON?>) -> JSON {
        var given: [JSONObject.Member] = []
        given.reserveCapacity(members.count)
        for case let (key, value?) in members { given.append(JSONObject.Member(key, value)) }
        // The keys of a literal are distinct.
        return .object(JSONObject(uniqueMembers: given))
    }

    /// A JSON array of strings.
    static func strings(_ values: [String]) -> JSON { .array(values.map(JSON.string)) }

    /// A JSON object mapping each of `keys` to `value` (`excludeByName: {"Time": true}`).
    static func object(_ keys: [String], _ value: (String) -> JSON) -> JSON {
        keys.isEmpty ? .object(JSONObject()) : .object(JSONObject(keys.map { ($0, value($0)) }))
    }
}
