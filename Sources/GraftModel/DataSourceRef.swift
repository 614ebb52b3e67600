import GraftJSON

/// Which datasource a panel, query, variable or annotation reads: `{"type": ..., "uid": ...}`.
public struct DataSourceRef: Sendable, JSONModel {
    /// The datasource plugin id (`prometheus`, `loki`, `grafana`, `-- Mixed --`...).
    public var type: String?
    /// The datasource uid, or `${DS_NAME}` for an export's input, or `$var` for a datasource variable.
    public var uid: String?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A reference to a datasource by plugin type and uid.
    public init(type: String?, uid: String?, unmodeled: JSONObject = JSONObject()) {
        self.type = type
        self.uid = uid
        self.unmodeled = unmodeled
    }

    /// Grafana's built-in annotations and dashboard datasource.
    public static let grafana = DataSourceRef(type: "grafana", uid: "-- Grafana --")
    /// The mixed datasource: each query names its own.
    public static let mixed = DataSourceRef(type: "datasource", uid: "-- Mixed --")

    /// The `${NAME}` placeholder an export's datasource input `NAME` puts in its references.
    public static func input(_ name: String, type: String) -> DataSourceRef {
        DataSourceRef(type: type, uid: "${\(name)}")
    }

    /// The input name when `uid` is an input placeholder `${NAME}`.
    public var inputName: String? {
        guard let uid, uid.hasPrefix("${"), uid.hasSuffix("}"), uid.count > 3 else { return nil }
        return String(uid.dropFirst(2).dropLast())
    }

    public static let jsonDescription = "a datasource reference object"
    public static var unread: DataSourceRef { DataSourceRef(type: nil, uid: nil) }

    public func fields(_ v: inout some FieldVisitor<DataSourceRef>) {
        field("type", \.type, in: &v)
        field("uid", \.uid, in: &v)
    }
}
