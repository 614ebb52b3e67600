import Foundation
import GraftJSON

/// Annotation and label keys of pkg/apimachinery/utils/meta.go.
enum AppPlatformAnnotation {
    static let createdBy = "grafana.app/createdBy"
    static let updatedBy = "grafana.app/updatedBy"
    static let updatedTimestamp = "grafana.app/updatedTimestamp"
    static let folder = "grafana.app/folder"
    static let message = "grafana.app/message"
    static let managedBy = "grafana.app/managedBy"
    static let managerID = "grafana.app/managerId"
    static let managerAllowsEdits = "grafana.app/managerAllowsEdits"
    /// The label holding the classic numeric id.
    static let deprecatedInternalID = "grafana.app/deprecatedInternalID"
    /// Annotations the server sets itself, and those it keeps elsewhere (folder, message).
    static let notStored: Set<String> = [createdBy, updatedBy, updatedTimestamp, folder, message]
}

/// The two app-platform resources the emulator serves.
enum AppPlatformResource: String {
    case dashboards
    case folders

    var group: String { self == .dashboards ? "dashboard.grafana.app" : "folder.grafana.app" }
    var kind: String { self == .dashboards ? "Dashboard" : "Folder" }
    /// `dashboards.dashboard.grafana.app`, as k8s messages name a resource.
    var qualified: String { "\(rawValue).\(group)" }
}

/// k8s `Status` bodies (apimachinery's StatusError), as every `/apis` error is written.
enum StatusReply {
    static func failure(_ code: Int, _ reason: String, _ message: String, details: JSONObject? = nil) -> HTTPServerResponse {
        var body: JSONObject = ["kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Failure", "message": .string(message),
                                "reason": .string(reason)]
        if let details { body["details"] = .object(details) }
        body["code"] = .int(code)
        return .json(code, .object(body))
    }

    static func notFound(_ resource: AppPlatformResource, _ name: String) -> HTTPServerResponse {
        failure(404, "NotFound", "\(resource.qualified) \"\(name)\" not found",
                details: ["name": .string(name), "group": .string(resource.group), "kind": .string(resource.rawValue)])
    }

    static func alreadyExists(_ resource: AppPlatformResource, _ name: String) -> HTTPServerResponse {
        failure(409, "AlreadyExists", "\(resource.qualified) \"\(name)\" already exists",
                details: ["name": .string(name), "group": .string(resource.group), "kind": .string(resource.rawValue)])
    }

    static func conflict(_ resource: AppPlatformResource, _ name: String, _ why: String) -> HTTPServerResponse {
        failure(409, "Conflict", "Operation cannot be fulfilled on \(resource.qualified) \"\(name)\": \(why)",
                details: ["name": .string(name), "group": .string(resource.group), "kind": .string(resource.rawValue)])
    }

    static func forbidden(_ message: String) -> HTTPServerResponse { failure(403, "Forbidden", message) }

    static func badRequest(_ message: String) -> HTTPServerResponse { failure(400, "BadRequest", message) }

    /// The generic 404 of a path no API serves.
    static let noRoute = failure(404, "NotFound", "the server could not find the requested resource")
}

/// `/apis`: discovery, and the CRUD of `dashboard.grafana.app` and `folder.grafana.app` (notes,
/// "Grafana 12/13 app-platform API"; register.go, mutate.go, managed.go, generic strategy).
extension GrafanaEmulatorState {
    mutating func appPlatform(_ request: HTTPServerRequest, by account: EmulatedAccount, _ path: [String]) -> HTTPServerResponse {
        guard request.method == "GET" || path.count >= 5 else { return StatusReply.noRoute }
        guard let platform = options.appPlatform else {
            // GUESS: which groups 11.3 serves without feature toggles; dashboards and folders are not among them.
            return path.isEmpty && request.method == "GET" ? .json(200, ["kind": "APIGroupList", "apiVersion": "v1", "groups": []]) : StatusReply.noRoute
        }
        let served: [(AppPlatformResource, [String])] = [(.dashboards, platform.dashboardVersions), (.folders, platform.folderVersions)]
        func versionsJSON(_ resource: AppPlatformResource, _ versions: [String]) -> JSONObject {
            func entry(_ version: String) -> JSON { ["groupVersion": .string("\(resource.group)/\(version)"), "version": .string(version)] }
            return ["name": .string(resource.group), "versions": .array(versions.map(entry)), "preferredVersion": entry(versions[0])]
        }
        if path.isEmpty {
            return .json(200, ["kind": "APIGroupList", "apiVersion": "v1", "groups": .array(served.map { .object(versionsJSON($0.0, $0.1)) })])
        }
        guard let (resource, versions) = served.first(where: { $0.0.group == path[0] }) else { return StatusReply.noRoute }
        if path.count == 1 {
            var group = versionsJSON(resource, versions)
            group["kind"] = "APIGroup"
            group["apiVersion"] = "v1"
            return .json(200, .object(group))
        }
        let version = path[1]
        guard versions.contains(version) else { return StatusReply.noRoute }
        if path.count == 2 {
            let verbs: JSON = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]
            return .json(200, ["kind": "APIResourceList", "apiVersion": "v1", "groupVersion": .string("\(resource.group)/\(version)"),
                               "resources": [["name": .string(resource.rawValue), "singularName": .string(resource.kind.lowercased()),
                                              "namespaced": true, "kind": .string(resource.kind), "verbs": verbs]]])
        }
        guard path.count <= 6, path[2] == "namespaces", path[4] == resource.rawValue else { return StatusReply.noRoute }
        // GUESS: the wording of the refusal of another organisation's namespace.
        guard path[3] == options.namespace else {
            return StatusReply.forbidden("\(resource.qualified) is forbidden: the namespace \(path[3]) is not the caller's organisation")
        }
        var dryRun = false
        if let value = request.queryValue("dryRun") {
            guard value == "All" else {
                return StatusReply.failure(422, "Invalid", "\(resource.kind).\(resource.group) \"\" is invalid: dryRun: Unsupported value: []string{\"\(value)\"}: supported values: \"All\"")
            }
            dryRun = true
        }
        let call = AppPlatformCall(resource: resource, version: version, name: path.count == 6 ? path[5] : nil, account: account, dryRun: dryRun)
        switch (request.method, call.name) {
        case ("GET", nil): return list(call, request)
        case ("GET", let name?): return read(call, name)
        case ("POST", nil): return write(call, request, url: nil)
        case ("PUT", let name?): return write(call, request, url: name)
        case ("DELETE", let name?): return delete(call, name, request)
        default: return StatusReply.failure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource")
        }
    }

    // MARK: Reading

    private func list(_ call: AppPlatformCall, _ request: HTTPServerRequest) -> HTTPServerResponse {
        // GUESS: items in name order; the continue token is opaque (here: the last name returned).
        let names = (call.resource == .dashboards ? Array(dashboards.keys) : Array(folders.keys)).sorted()
        let after = request.queryValue("continue") ?? ""
        let limit = Int(request.queryValue("limit") ?? "") ?? Int.max
        let rest = names.filter { after.isEmpty || $0 > after }
        let page = rest.prefix(max(1, limit))
        var metadata: JSONObject = ["resourceVersion": .string(String(lastResourceVersion))]
        if page.count < rest.count, let last = page.last { metadata["continue"] = .string(last) }
        let items = page.map { JSON.object(call.resource == .dashboards ? dashboardObject(dashboards[$0]!, call.version) : folderObject(folders[$0]!, call.version)) }
        return .json(200, ["kind": .string(call.resource.kind + "List"), "apiVersion": .string("\(call.resource.group)/\(call.version)"),
                           "metadata": .object(metadata), "items": .array(items)])
    }

    private func read(_ call: AppPlatformCall, _ name: String) -> HTTPServerResponse {
        switch call.resource {
        case .dashboards:
            guard let dashboard = dashboards[name] else { return StatusReply.notFound(.dashboards, name) }
            return .json(200, .object(dashboardObject(dashboard, call.version)))
        case .folders:
            guard let folder = folders[name] else { return StatusReply.notFound(.folders, name) }
            return .json(200, .object(folderObject(folder, call.version)))
        }
    }

    /// The stored dashboard as an object of `version`, converted as the server converts between versions.
    func dashboardObject(_ dashboard: EmulatedDashboard, _ version: String, created: Bool = false) -> JSONObject {
        var annotations = dashboard.annotations
        annotations[AppPlatformAnnotation.createdBy] = dashboard.createdByIdentity
        // The create answer carries createdBy only (docs examples); reads and updates also who and when.
        if !created {
            annotations[AppPlatformAnnotation.updatedBy] = dashboard.updatedByIdentity
            annotations[AppPlatformAnnotation.updatedTimestamp] = GrafanaReply.time(dashboard.updated).stringValue
        }
        if !dashboard.folderUID.isEmpty { annotations[AppPlatformAnnotation.folder] = dashboard.folderUID }
        var spec: JSONObject
        var status: JSONObject = [:]
        if version.hasPrefix("v2") {
            if let v2 = dashboard.v2Spec {
                spec = v2
            } else {
                // NOT EMULATED: Grafana converts a classic spec to v2 here; the emulator only says it did not.
                spec = ["title": .string(dashboard.title)]
                status["conversion"] = ["failed": true, "storedVersion": .string(dashboard.storedVersion),
                                        "error": "the emulator does not convert classic dashboards to v2"]
            }
        } else {
            spec = dashboard.data
            for key in ["id", "uid", "version"] { _ = spec.removeValue(forKey: key) }
            if dashboard.isStoredAsV2 {
                if version == "v0alpha1", options.appPlatform?.v0ReadOfV2Fails == true {
                    // GUESS: the spec a failed conversion carries; clients re-read at storedVersion.
                    spec = [:]
                    status["conversion"] = ["failed": true, "storedVersion": .string(dashboard.storedVersion),
                                            "error": "backend conversion not yet implemented"]
                } else {
                    status["conversion"] = ["failed": false, "storedVersion": .string(dashboard.storedVersion)]
                }
            }
        }
        let metadata: JSONObject = [
            "name": .string(dashboard.uid), "namespace": .string(options.namespace), "uid": .string(dashboard.objectUID),
            "resourceVersion": .string(String(dashboard.resourceVersion)), "generation": .int(dashboard.version),
            "creationTimestamp": GrafanaReply.time(dashboard.created),
            "labels": [AppPlatformAnnotation.deprecatedInternalID: .string(String(dashboard.id))],
            "annotations": .object(JSONObject(annotations.sorted { $0.key < $1.key }.map { ($0.key, JSON.string($0.value)) })),
        ]
        return ["kind": "Dashboard", "apiVersion": .string("dashboard.grafana.app/\(version)"), "metadata": .object(metadata),
                "spec": .object(spec), "status": .object(status)]
    }

    func folderObject(_ folder: EmulatedFolder, _ version: String) -> JSONObject {
        var annotations = folder.annotations
        annotations[AppPlatformAnnotation.createdBy] = folder.createdByIdentity
        if let parent = folder.parentUID { annotations[AppPlatformAnnotation.folder] = parent }
        let metadata: JSONObject = [
            "name": .string(folder.uid), "namespace": .string(options.namespace), "resourceVersion": .string(String(folder.resourceVersion)),
            "generation": 1, "creationTimestamp": GrafanaReply.time(folder.created),
            "annotations": .object(JSONObject(annotations.sorted { $0.key < $1.key }.map { ($0.key, JSON.string($0.value)) })),
        ]
        return ["kind": "Folder", "apiVersion": .string("folder.grafana.app/\(version)"), "metadata": .object(metadata),
                "spec": ["title": .string(folder.title)], "status": [:]]
    }

    // MARK: Writing

    /// POST (`url` nil) or PUT of an object: decoded, checked as the server checks it, stored unless a dry run.
    private mutating func write(_ call: AppPlatformCall, _ request: HTTPServerRequest, url name: String?) -> HTTPServerResponse {
        let resource = call.resource
        guard let body = request.jsonBody?.objectValue, let metadata = body["metadata"]?.objectValue ?? (body["metadata"] == nil ? [:] : nil) else {
            return StatusReply.badRequest("the body of the request was in an unknown format")
        }
        let expected = "\(resource.group)/\(call.version)"
        if let apiVersion = body["apiVersion"]?.stringValue, apiVersion != expected {
            return StatusReply.badRequest("the API version in the data (\(apiVersion)) does not match the expected API version (\(expected))")
        }
        var objectName = metadata["name"]?.stringValue ?? ""
        let resourceVersion = metadata["resourceVersion"]?.stringValue ?? ""
        if let name, objectName != name {
            return StatusReply.badRequest("the name of the object (\(objectName)) does not match the name on the URL (\(name))")
        }
        if name == nil {
            let generateName = metadata["generateName"]?.stringValue ?? ""
            if objectName.isEmpty, generateName.isEmpty {
                return StatusReply.failure(422, "Invalid", "\(resource.kind).\(resource.group) \"\" is invalid: metadata.name: Required value: name or generateName is required")
            }
            // GUESS: the status of a create that sets resourceVersion (the k8s message is its own).
            if !resourceVersion.isEmpty { return StatusReply.failure(500, "InternalError", "resourceVersion should not be set on objects to be created") }
            if objectName.isEmpty { objectName = generateName + String(freshUID().prefix(5)) }
        }
        let exists = resource == .dashboards ? dashboards[objectName] != nil : folders[objectName] != nil
        if name == nil, exists { return StatusReply.alreadyExists(resource, objectName) }
        // Empty resourceVersion: an unconditional update; a PUT of a missing name creates it (AllowCreateOnUpdate).
        let current = resource == .dashboards ? dashboards[objectName].map { $0.resourceVersion } : folders[objectName].map { $0.resourceVersion }
        if let current, !resourceVersion.isEmpty, resourceVersion != String(current) {
            return StatusReply.conflict(resource, objectName, "the object has been modified; please apply your changes to the latest version and try again")
        }
        guard call.account.role >= .editor else {
            return StatusReply.forbidden("\(resource.qualified) \"\(objectName)\" is forbidden: User \"\(call.account.login)\" cannot \(exists ? "update" : "create") resource")
        }
        let annotations = (metadata["annotations"]?.objectValue ?? [:]).members.reduce(into: [String: String]()) { $0[$1.key] = $1.value.stringValue ?? "" }
        let spec = body["spec"]?.objectValue ?? [:]
        switch resource {
        case .dashboards: return writeDashboard(call, name: objectName, spec: spec, annotations: annotations, created: !exists)
        case .folders: return writeFolder(call, name: objectName, spec: spec, annotations: annotations, created: !exists)
        }
    }

    private mutating func writeDashboard(_ call: AppPlatformCall, name: String, spec: JSONObject, annotations: [String: String],
                                         created: Bool) -> HTTPServerResponse {
        let isV2 = call.version.hasPrefix("v2")
        let old = dashboards[name]
        let title = (spec["title"]?.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let folderUID = annotations[AppPlatformAnnotation.folder] ?? ""
        let message = annotations[AppPlatformAnnotation.message] ?? ""
        // register.go validateCreate/validateUpdate: the classic texts, as 400 BadRequest.
        if title.isEmpty { return StatusReply.badRequest("Dashboard title cannot be empty") }
        if let problem = GrafanaIdentifiers.uidProblem(name) { return StatusReply.badRequest(problem) }
        if message.count > 500 { return StatusReply.badRequest("message too long, max 500 characters") }
        for folder in Set([folderUID, old?.folderUID ?? folderUID]) where !canWrite(folder: folder, call.account) {
            // GUESS: the wording of the folder permission refusal.
            return StatusReply.forbidden("\(AppPlatformResource.dashboards.qualified) \"\(name)\" is forbidden: the caller may not write in folder \"\(folder.isEmpty ? "general" : folder)\"")
        }
        // Folder existence is skipped on dry run, and on update only checked when the folder changes.
        if !call.dryRun, !folderUID.isEmpty, folderUID != old?.folderUID, folders[folderUID] == nil {
            return StatusReply.notFound(.folders, folderUID)
        }
        if let refusal = managerRefusal(new: annotations, old: old?.annotations, account: call.account) { return refusal }
        if call.dryRun {
            var preview = old ?? EmulatedDashboard(id: 0, uid: name, data: [:], version: 0, folderUID: folderUID, createdBy: call.account.login,
                                                   updatedBy: call.account.login, created: Date(), updated: Date(), versions: [])
            preview.data = isV2 ? V2DownConversion.classic(from: spec) : spec
            return .json(created ? 201 : 200, .object(dashboardObject(preview, call.version, created: created)))
        }

        var dashboard = old ?? EmulatedDashboard(id: takeID(), uid: name, data: [:], version: 0, folderUID: folderUID,
                                                 createdBy: call.account.login, updatedBy: call.account.login, created: Date(),
                                                 updated: Date(), versions: [])
        let before = dashboard.isStoredAsV2 ? dashboard.v2Spec : GrafanaEmulatorState.classicSpec(dashboard.data)
        var stored = spec
        if isV2 {
            dashboard.v2Spec = spec
            dashboard.data = V2DownConversion.classic(from: spec)
        } else {
            for key in ["id", "uid", "version"] { _ = stored.removeValue(forKey: key) }
            // mutate.go: v1 writes migrate the spec to the latest schemaVersion, v0alpha1 writes keep it.
            if call.version.hasPrefix("v1"), let latest = options.appPlatform?.latestSchemaVersion,
               (stored["schemaVersion"]?.numberValue?.intValue ?? 0) < latest {
                stored["schemaVersion"] = .int(latest)
            }
            dashboard.v2Spec = nil
            dashboard.data = stored
        }
        dashboard.storedVersion = call.version
        dashboard.annotations = annotations.filter { !AppPlatformAnnotation.notStored.contains($0.key) }
        dashboard.folderUID = folderUID
        if created || before != (isV2 ? spec : stored) {
            // generation (the classic version) moves only when the spec changes; one version row per save.
            storeVersion(of: &dashboard, message: message, by: call.account, restoredFrom: 0)
        } else {
            dashboard.resourceVersion = takeResourceVersion()
            dashboard.data["version"] = .int(dashboard.version)
            dashboard.data["id"] = .int(dashboard.id)
            dashboard.data["uid"] = .string(dashboard.uid)
            dashboard.updated = Date()
            dashboard.updatedBy = call.account.login
            dashboard.updatedByIdentity = call.account.identity
            storedChanges += 1
        }
        dashboards[name] = dashboard
        return .json(created ? 201 : 200, .object(dashboardObject(dashboard, call.version, created: created)))
    }

    private mutating func writeFolder(_ call: AppPlatformCall, name: String, spec: JSONObject, annotations: [String: String],
                                      created: Bool) -> HTTPServerResponse {
        let title = (spec["title"]?.stringValue ?? "").trimmingCharacters(in: .whitespaces)
        let parentUID = annotations[AppPlatformAnnotation.folder].flatMap { $0.isEmpty ? nil : $0 }
        // folders/validate.go; their statuses (400) are GUESS in the notes.
        if ["general", "sharedwithme"].contains(name) { return StatusReply.badRequest("invalid uid for folder provided") }
        if title.isEmpty { return StatusReply.badRequest("folder title cannot be empty") }
        if let problem = GrafanaIdentifiers.uidProblem(name) { return StatusReply.badRequest(problem) }
        if created, dashboards[name] != nil { return StatusReply.alreadyExists(.folders, name) }
        if let parentUID, !canWrite(folder: parentUID, call.account) {
            return StatusReply.forbidden("\(AppPlatformResource.folders.qualified) \"\(name)\" is forbidden: the caller may not write in folder \"\(parentUID)\"")
        }
        var depth = 1
        if let parentUID {
            if let parent = folders[parentUID] { depth += ancestors(of: parent).count + 1 } else if !call.dryRun { return StatusReply.notFound(.folders, parentUID) }
        }
        if depth > options.maximumFolderDepth { return StatusReply.badRequest("folder max depth exceeded, max depth is \(options.maximumFolderDepth)") }
        if let refusal = managerRefusal(new: annotations, old: folders[name]?.annotations, account: call.account) { return refusal }
        var folder = folders[name] ?? EmulatedFolder(id: takeID(), uid: name, title: title, parentUID: parentUID, createdBy: call.account.login,
                                                     created: Date(), createdByIdentity: call.account.identity)
        folder.title = title
        folder.parentUID = parentUID
        folder.annotations = annotations.filter { !AppPlatformAnnotation.notStored.contains($0.key) }
        if !call.dryRun {
            folder.resourceVersion = takeResourceVersion()
            folders[name] = folder
            storedChanges += 1
        }
        return .json(created ? 201 : 200, .object(folderObject(folder, call.version)))
    }

    /// managed.go's rules for a write: a manager kind or identity cannot be changed in place, a
    /// repository's resources are written only by the provisioning service (never an emulated account).
    private func managerRefusal(new: [String: String], old: [String: String]?, account: EmulatedAccount) -> HTTPServerResponse? {
        let newKind = new[AppPlatformAnnotation.managedBy] ?? "", newID = new[AppPlatformAnnotation.managerID] ?? ""
        let oldKind = old?[AppPlatformAnnotation.managedBy] ?? "", oldID = old?[AppPlatformAnnotation.managerID] ?? ""
        if newKind.isEmpty, !oldKind.isEmpty {
            guard oldKind != "repo" || account.role == .admin else { return StatusReply.forbidden("Can not remove resource manager from resource") }
            return nil
        }
        if !oldKind.isEmpty, newKind != oldKind {
            return StatusReply.forbidden("Cannot change resource manager kind from \"\(oldKind)\" (identity \"\(oldID)\") to \"\(newKind)\" (identity \"\(newID)\"); remove the existing manager first, then add the new one")
        }
        let classicKinds: Set<String> = ["classic-file-provisioning", "classic-api-provisioning", "classic-converted-prometheus"]
        if !oldKind.isEmpty, newKind != "terraform", !classicKinds.contains(newKind), newID != oldID {
            return StatusReply.forbidden("Cannot change resource manager identity; remove the existing manager first, then add the new one")
        }
        // The wording of the notes' older managed.go (typos verbatim).
        if newKind == "repo" { return StatusReply.forbidden("Provisioned resources must be manaaged by the provisioing servie account") }
        return nil
    }

    private mutating func delete(_ call: AppPlatformCall, _ name: String, _ request: HTTPServerRequest) -> HTTPServerResponse {
        let resource = call.resource
        let found: (annotations: [String: String], resourceVersion: Int, folder: String, objectUID: String)?
        switch resource {
        case .dashboards: found = dashboards[name].map { ($0.annotations, $0.resourceVersion, $0.folderUID, $0.objectUID) }
        case .folders: found = folders[name].map { ($0.annotations, $0.resourceVersion, $0.uid, "") }
        }
        guard let found else { return StatusReply.notFound(resource, name) }
        guard call.account.role >= .editor, canWrite(folder: found.folder, call.account) else {
            return StatusReply.forbidden("\(resource.qualified) \"\(name)\" is forbidden: User \"\(call.account.login)\" cannot delete resource")
        }
        if found.annotations[AppPlatformAnnotation.managedBy] == "repo" {
            return StatusReply.forbidden("Provisioned resources must be manaaged by the provisioing servie account")
        }
        if let wanted = request.jsonBody?["preconditions"]?["resourceVersion"]?.stringValue, wanted != String(found.resourceVersion) {
            return StatusReply.conflict(resource, name, "Precondition failed: ResourceVersion in precondition: \(wanted), ResourceVersion in object meta: \(found.resourceVersion)")
        }
        if !call.dryRun {
            switch resource {
            case .dashboards: dashboards[name] = nil
            case .folders:
                folders[name] = nil
                dashboards = dashboards.filter { $0.value.folderUID != name }
            }
            storedChanges += 1
        }
        return .json(200, ["kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Success",
                           "details": ["name": .string(name), "group": .string(resource.group), "kind": .string(resource.rawValue),
                                       "uid": .string(found.objectUID)]])
    }

    /// A stored classic model without the members the server stamps in.
    static func classicSpec(_ data: JSONObject) -> JSONObject {
        var spec = data
        for key in ["id", "uid", "version"] { _ = spec.removeValue(forKey: key) }
        return spec
    }
}

/// One `/apis` request, resolved.
struct AppPlatformCall {
    let resource: AppPlatformResource
    let version: String
    let name: String?
    let account: EmulatedAccount
    let dryRun: Bool
}
