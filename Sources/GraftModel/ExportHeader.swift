import GraftJSON

/// An entry of an export's `__inputs`: something the importer must choose, such as a datasource.
///
/// Grafana writes these members in its own order (`name, label, description, type, pluginId,
/// pluginName`), not sorted, so the entry keeps its members in order.
public struct DashboardInput: Sendable, Hashable, JSONCodable {
    /// The members, in Grafana's order.
    public var members: JSONObject

    /// A datasource input, as "Export for sharing externally" writes it.
    public init(datasource name: String, label: String, pluginId: String, pluginName: String, description: String = "") {
        members = JSONObject(uniqueMembers: [
            .init("name", .string(name)), .init("label", .string(label)), .init("description", .string(description)),
            .init("type", "datasource"), .init("pluginId", .string(pluginId)), .init("pluginName", .string(pluginName)),
        ])
    }

    /// The input's name (`DS_PROMETHEUS`), used as `${DS_PROMETHEUS}` in references.
    public var name: String? { members["name"]?.stringValue }
    /// `datasource` or `constant`.
    public var type: String? { members["type"]?.stringValue }
    /// The datasource plugin id, for datasource inputs.
    public var pluginId: String? { members["pluginId"]?.stringValue }
    /// The label shown to the importer.
    public var label: String? { members["label"]?.stringValue }

    public init(json: JSON, at path: JSONPath) throws {
        members = try JSONObjectReader(json, at: path, what: "an __inputs entry").rest
    }

    public func write(to writer: inout JSONWriter) { writer.valueKeepingOrder(members) }
}

/// An entry of an export's `__requires`: a plugin or Grafana version the dashboard needs.
/// Members keep Grafana's order: `type, id, name, version`.
public struct DashboardRequirement: Sendable, Hashable, JSONCodable {
    /// The members, in Grafana's order.
    public var members: JSONObject

    /// A requirement of kind `type` (`grafana`, `datasource`, `panel`) on plugin `id`.
    public init(type: String, id: String, name: String, version: String) {
        members = JSONObject(uniqueMembers: [
            .init("type", .string(type)), .init("id", .string(id)), .init("name", .string(name)), .init("version", .string(version)),
        ])
    }

    /// The plugin id.
    public var id: String? { members["id"]?.stringValue }
    /// `grafana`, `datasource` or `panel`.
    public var type: String? { members["type"]?.stringValue }

    public init(json: JSON, at path: JSONPath) throws {
        members = try JSONObjectReader(json, at: path, what: "a __requires entry").rest
    }

    public func write(to writer: inout JSONWriter) { writer.valueKeepingOrder(members) }
}
