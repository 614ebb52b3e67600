import GraftJSON

/// An object of Grafana's app-platform API (`{apiVersion, kind, metadata, spec, status}`): a
/// dashboard or a folder as `/apis/<group>/<version>/namespaces/<ns>/<resource>` reads and writes it.
public struct AppPlatformObject: Sendable, Hashable {
    /// `dashboard.grafana.app/v0alpha1`.
    public var apiVersion: String
    /// `Dashboard` or `Folder`.
    public var kind: String
    /// `metadata.name`: the dashboard's or folder's uid.
    public var name: String
    /// `metadata.annotations` (`grafana.app/folder`, the manager's, who saved it and when...).
    public var annotations: [String: String]
    /// `metadata.labels`.
    public var labels: [String: String]
    /// `metadata.resourceVersion`, opaque; empty on an object to create.
    public var resourceVersion: String
    /// `metadata.generation`: moves when the spec changes (the classic `version`).
    public var generation: Int
    /// `spec`.
    public var spec: JSONObject
    /// `status` (`conversion.storedVersion` for a dashboard stored in another version).
    public var status: JSONObject

    /// An object from its parts.
    public init(apiVersion: String, kind: String, name: String, annotations: [String: String] = [:], labels: [String: String] = [:],
                resourceVersion: String = "", generation: Int = 0, spec: JSONObject, status: JSONObject = [:]) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.annotations = annotations
        self.labels = labels
        self.resourceVersion = resourceVersion
        self.generation = generation
        self.spec = spec
        self.status = status
    }

    /// The object in `json`, or `nil` when it has no `metadata.name`.
    public init?(json: JSON) {
        guard let metadata = json["metadata"]?.objectValue, let name = metadata["name"]?.stringValue else { return nil }
        func strings(_ value: JSON?) -> [String: String] {
            (value?.objectValue ?? [:]).members.reduce(into: [:]) { $0[$1.key] = $1.value.stringValue }
        }
        self.init(apiVersion: json["apiVersion"]?.stringValue ?? "", kind: json["kind"]?.stringValue ?? "", name: name,
                  annotations: strings(metadata["annotations"]), labels: strings(metadata["labels"]),
                  resourceVersion: metadata["resourceVersion"]?.stringValue ?? "", generation: metadata["generation"]?.numberValue?.intValue ?? 0,
                  spec: json["spec"]?.objectValue ?? [:], status: json["status"]?.objectValue ?? [:])
    }

    /// The body to send: `apiVersion`, `kind`, `metadata` (name, annotations, labels, and the
    /// `resourceVersion` that was read, which makes an update conditional), `spec`.
    public var json: JSON {
        func object(_ strings: [String: String]) -> JSON { .object(JSONObject(strings.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })) }
        var metadata: JSONObject = ["name": .string(name), "annotations": object(annotations), "labels": object(labels)]
        if !resourceVersion.isEmpty { metadata["resourceVersion"] = .string(resourceVersion) }
        return ["apiVersion": .string(apiVersion), "kind": .string(kind), "metadata": .object(metadata), "spec": .object(spec)]
    }

    /// `status.conversion.storedVersion`: the version the server stores the object in, when it converted it for this read.
    public var storedVersion: String? { status["conversion"]?["storedVersion"]?.stringValue }

    /// The folder it is in (`grafana.app/folder`; for a folder, its parent), empty at the root.
    public var folder: String { annotations[Annotation.folder] ?? "" }

    /// The annotation keys Graft reads and writes (pkg/apimachinery/utils/meta.go).
    public enum Annotation {
        /// The folder's uid.
        public static let folder = "grafana.app/folder"
        /// The version message of a write.
        public static let message = "grafana.app/message"
        /// Who created it (`user:<uid>`, `service-account:<uid>`).
        public static let createdBy = "grafana.app/createdBy"
        /// Who saved it last.
        public static let updatedBy = "grafana.app/updatedBy"
        /// When it was saved last (RFC 3339).
        public static let updatedTimestamp = "grafana.app/updatedTimestamp"
        /// The kind of manager that owns it (`kubectl`, `terraform`, `repo`...).
        public static let managedBy = "grafana.app/managedBy"
        /// Which instance of that manager.
        public static let managerID = "grafana.app/managerId"
        /// Whether the manager lets others edit it (`true`).
        public static let managerAllowsEdits = "grafana.app/managerAllowsEdits"
        /// The checksum of the source the manager wrote it from.
        public static let sourceChecksum = "grafana.app/sourceChecksum"
        /// The source's path.
        public static let sourcePath = "grafana.app/sourcePath"
        /// The source's time.
        public static let sourceTimestamp = "grafana.app/sourceTimestamp"

        /// Set by the server or per write: never carried from a read into the next write.
        static let perWrite: Set<String> = [createdBy, updatedBy, updatedTimestamp, message, folder]
        /// A manager's: dropped when its ownership is released.
        static let manager: Set<String> = [managedBy, managerID, managerAllowsEdits, sourceChecksum, sourcePath, sourceTimestamp]
    }
}

/// The app-platform resources Graft uses.
public enum AppPlatformResource: String, Sendable {
    /// `dashboard.grafana.app` `dashboards`.
    case dashboards
    /// `folder.grafana.app` `folders`.
    case folders

    /// The API group.
    public var group: String { self == .dashboards ? GrafanaAPIs.dashboardGroup : GrafanaAPIs.folderGroup }
    /// The object kind.
    public var kind: String { self == .dashboards ? "Dashboard" : "Folder" }
    /// `dashboard`, `folder`: how messages name one.
    var noun: String { self == .dashboards ? "dashboard" : "folder" }
}
