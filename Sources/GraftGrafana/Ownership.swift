/// Who manages a dashboard or folder, as the app-platform manager annotations say
/// (`grafana.app/managedBy`, `grafana.app/managerId`; pkg/apimachinery/utils/meta.go).
public struct ResourceManager: Sendable, Hashable, CustomStringConvertible {
    /// The manager kind Graft records: `kubectl`, the kind Grafana's ManagerKind list has for a
    /// client that writes objects through the API from files it holds, which is what Graft is.
    public static let graftKind = "kubectl"

    /// The kind (`kubectl`, `terraform`, `repo`, `classic-file-provisioning`...).
    public var kind: String
    /// Which instance of that kind (for Graft: the catalog's name).
    public var id: String

    /// A manager from its parts.
    public init(kind: String, id: String) {
        self.kind = kind
        self.id = id
    }

    /// Graft's manager for catalog `owner`.
    public static func graft(_ owner: String) -> ResourceManager { ResourceManager(kind: graftKind, id: owner) }

    /// The manager an object's annotations name, or `nil` when none does.
    public init?(annotations: [String: String]) {
        guard let kind = annotations[AppPlatformObject.Annotation.managedBy], !kind.isEmpty else { return nil }
        self.init(kind: kind, id: annotations[AppPlatformObject.Annotation.managerID] ?? "")
    }

    /// `kubectl "higress"`, `repo "my-repo"`: how messages name the owner.
    public var description: String { id.isEmpty ? kind : "\(kind) \"\(id)\"" }

    /// The annotations that mark an object as this manager's; Graft lets others edit (the
    /// refusal of a push names their edit), and records the content hash it wrote.
    func annotations(contentHash: String?) -> [String: String] {
        var annotations = [AppPlatformObject.Annotation.managedBy: kind, AppPlatformObject.Annotation.managerID: id,
                           AppPlatformObject.Annotation.managerAllowsEdits: "true"]
        if let contentHash { annotations[AppPlatformObject.Annotation.sourceChecksum] = contentHash }
        return annotations
    }
}

extension AppPlatformObject {
    /// Its manager, if any.
    public var manager: ResourceManager? { ResourceManager(annotations: annotations) }

    /// This object as `manager` writes it: the per-write and previous manager's annotations
    /// replaced by `manager`'s, the folder and the message set; other annotations and labels kept.
    func managed(by manager: ResourceManager, contentHash: String?, folder: String, message: String?) -> AppPlatformObject {
        var copy = self
        copy.annotations = annotations.filter { !Annotation.perWrite.contains($0.key) && !Annotation.manager.contains($0.key) }
        copy.annotations.merge(manager.annotations(contentHash: contentHash)) { $1 }
        if !folder.isEmpty { copy.annotations[Annotation.folder] = folder }
        if let message { copy.annotations[Annotation.message] = message }
        return copy
    }

    /// This object with no manager (the first step of taking over another manager's object,
    /// since Grafana refuses to change a manager in place).
    func released() -> AppPlatformObject {
        var copy = self
        copy.annotations = annotations.filter { !Annotation.perWrite.contains($0.key) && !Annotation.manager.contains($0.key) }
        if !folder.isEmpty { copy.annotations[Annotation.folder] = folder }
        return copy
    }
}
