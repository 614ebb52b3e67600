import Foundation
import GraftJSON

/// `POST /api/dashboards/db`, `GET`/`DELETE /api/dashboards/uid/:uid` and the versions endpoints (notes §1, §2).
extension GrafanaEmulatorState {
    mutating func saveDashboard(_ request: HTTPServerRequest, by account: EmulatedAccount) -> HTTPServerResponse {
        guard account.role >= .editor else { return GrafanaReply.accessDenied("dashboards:write") }
        guard let command = request.jsonBody?.objectValue, case .object(var model)? = command["dashboard"] else {
            return GrafanaReply.error(400, "bad request data", traceID: true)
        }
        if command["isFolder"]?.boolValue == true { return GrafanaReply.error(400, "Use folders endpoint for saving folders.") }
        let overwrite = command["overwrite"]?.boolValue ?? false
        let message = command["message"]?.stringValue ?? ""
        let folderUID = command["folderUid"]?.stringValue ?? ""

        // NewDashboardFromJson: `version` counts only when `id` is a number or `uid` a string.
        let requestedID = model["id"]?.numberValue?.intValue
        var uid = model["uid"]?.stringValue ?? ""
        let identified = requestedID != nil || model["uid"]?.stringValue != nil
        let requestedVersion = identified ? (model["version"]?.numberValue?.intValue ?? 0) : 0
        let title = (model["title"]?.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        model["title"] = .string(title)

        if title.isEmpty { return GrafanaReply.error(400, "Dashboard title cannot be empty", status: "empty-name") }
        // GUESS: the wording of title-too-long; the notes give only its status and limit.
        if title.count > 5000 { return GrafanaReply.error(400, "Dashboard title cannot be longer than 5000 characters", status: "title-too-long") }
        if message.count > 500 { return GrafanaReply.error(400, "message too long, max 500 characters") }
        if let problem = GrafanaIdentifiers.uidProblem(uid) { return GrafanaReply.error(400, problem) }
        if !folderUID.isEmpty, folders[folderUID] == nil { return GrafanaReply.error(400, "folder not found") }
        if !canWrite(folder: folderUID, account) { return GrafanaReply.error(403, "Access denied to save dashboard", traceID: true) }

        var existing: EmulatedDashboard?
        if let id = requestedID, id > 0 {
            guard let byID = dashboards.values.first(where: { $0.id == id }) else {
                return GrafanaReply.error(404, "Dashboard not found", status: "not-found")
            }
            if !uid.isEmpty, let byUID = dashboards[uid], byUID.id != byID.id {
                return GrafanaReply.error(400, "A dashboard with the same uid already exists")
            }
            existing = byID
        } else if !uid.isEmpty {
            existing = dashboards[uid]
        }

        var dashboard: EmulatedDashboard
        if var current = existing {
            if requestedVersion != current.version {
                switch options.saveRouting {
                case .classic where !overwrite:
                    return GrafanaReply.error(412, "The dashboard has been changed by someone else", status: "version-mismatch")
                case .kubernetes where !overwrite:
                    return GrafanaReply.error(409, "Dashboard already exists. Use overwrite flag to update.")
                default:
                    break
                }
            }
            if !canWrite(folder: current.folderUID, account) { return GrafanaReply.error(403, "Access denied to save dashboard", traceID: true) }
            if options.appPlatform != nil {
                // The k8s-routed handler (newest pkg/api/dashboard.go saveDashboardViaK8s): a managed
                // dashboard that allows no edits is refused; otherwise annotations and labels are
                // reset to the folder and message, so a classic save drops any manager.
                // GUESS: 12.x's classic handler is taken to do the same.
                if let manager = current.annotations[AppPlatformAnnotation.managedBy], !manager.isEmpty,
                   current.annotations[AppPlatformAnnotation.managerAllowsEdits] != "true" {
                    return GrafanaReply.error(400, "Cannot save provisioned dashboard")
                }
                current.annotations = [:]
            }
            current.data = model
            current.folderUID = folderUID
            // A classic save stores a classic object again, replacing a v2 spec.
            current.v2Spec = nil
            current.storedVersion = "v0alpha1"
            dashboard = current
        } else {
            if folders[uid] != nil { return GrafanaReply.error(400, "A dashboard with the same uid already exists") }
            if uid.isEmpty { uid = freshUID() }
            let now = Date()
            dashboard = EmulatedDashboard(id: takeID(), uid: uid, data: model, version: 0, folderUID: folderUID,
                                          createdBy: account.login, updatedBy: account.login, created: now, updated: now, versions: [])
        }
        storeVersion(of: &dashboard, message: message, by: account, restoredFrom: 0)
        dashboards[dashboard.uid] = dashboard
        let slug = GrafanaIdentifiers.slug(dashboard.title)
        return .json(200, [
            "status": "success", "slug": .string(slug), "version": .int(dashboard.version), "id": .int(dashboard.id),
            "uid": .string(dashboard.uid), "url": .string("/d/\(dashboard.uid)/\(slug)"), "folderUid": .string(folderUID),
        ])
    }

    /// Bumps the version (the app platform's `generation`) and the `resourceVersion`, stamps `id`,
    /// `uid` and `version` into the model and records a version row.
    mutating func storeVersion(of dashboard: inout EmulatedDashboard, message: String, by account: EmulatedAccount, restoredFrom: Int) {
        let login = account.login
        let parent = dashboard.version
        dashboard.version += 1
        dashboard.resourceVersion = takeResourceVersion()
        storedChanges += 1
        dashboard.updated = Date()
        dashboard.updatedBy = login
        dashboard.updatedByIdentity = account.identity
        if dashboard.createdByIdentity.isEmpty { dashboard.createdByIdentity = account.identity }
        if dashboard.objectUID.isEmpty { dashboard.objectUID = GrafanaIdentifiers.objectUID(using: &random) }
        dashboard.data["id"] = .int(dashboard.id)
        dashboard.data["uid"] = .string(dashboard.uid)
        dashboard.data["version"] = .int(dashboard.version)
        dashboard.versions.append(EmulatedDashboardVersion(
            id: takeID(), version: dashboard.version, parentVersion: parent, restoredFrom: restoredFrom,
            message: message, createdBy: login, created: dashboard.updated, data: dashboard.data))
    }

    func getDashboard(uid: String, by account: EmulatedAccount) -> HTTPServerResponse {
        guard let dashboard = dashboards[uid] else { return GrafanaReply.error(404, "Dashboard not found", traceID: true) }
        // 12.x GetDashboard: "v2 is not supported in /api"; 13.x answers with the lossy down-conversion in `data`.
        if dashboard.isStoredAsV2, options.appPlatform?.classicReadOfV2IsRefused == true {
            let path = "/apis/dashboard.grafana.app/\(dashboard.storedVersion)/namespaces/\(options.namespace)/dashboards/\(uid)"
            return GrafanaReply.error(406, "dashboard api version not supported, use \(path) instead")
        }
        let slug = GrafanaIdentifiers.slug(dashboard.title)
        let folder = folders[dashboard.folderUID]
        let canEdit = canWrite(folder: dashboard.folderUID, account)
        let meta: JSONObject = [
            "type": "db", "canSave": .bool(canEdit), "canEdit": .bool(canEdit), "canAdmin": .bool(account.role == .admin),
            "canStar": true, "canDelete": .bool(canEdit), "slug": .string(slug), "url": .string("/d/\(uid)/\(slug)"),
            "expires": "0001-01-01T00:00:00Z", "created": GrafanaReply.time(dashboard.created),
            "updated": GrafanaReply.time(dashboard.updated), "updatedBy": .string(dashboard.updatedBy),
            "createdBy": .string(dashboard.createdBy), "version": .int(dashboard.version), "hasAcl": false, "isFolder": false,
            "folderId": .int(folder?.id ?? 0), "folderUid": .string(dashboard.folderUID),
            "folderTitle": .string(folder?.title ?? "General"),
            "folderUrl": .string(folder.map(folderURL) ?? ""),
            "provisioned": false, "provisionedExternalId": "",
        ]
        return .json(200, ["dashboard": .object(dashboard.data), "meta": .object(meta)])
    }

    mutating func deleteDashboard(uid: String, by account: EmulatedAccount) -> HTTPServerResponse {
        guard account.role >= .editor else { return GrafanaReply.accessDenied("dashboards:delete") }
        if folders[uid] != nil { return GrafanaReply.error(400, "Use folders endpoint for deleting folders.") }
        guard let existing = dashboards[uid] else { return GrafanaReply.error(404, "Dashboard not found", traceID: true) }
        // GUESS: a folder permission refusal on delete reads as the RBAC middleware's 403.
        if !canWrite(folder: existing.folderUID, account) { return GrafanaReply.accessDenied("dashboards:delete") }
        let dashboard = dashboards.removeValue(forKey: uid)!
        storedChanges += 1
        return .json(200, ["title": .string(dashboard.title), "message": .string("Dashboard \(dashboard.title) deleted"), "uid": .string(uid)])
    }

    func listVersions(uid: String, _ request: HTTPServerRequest) -> HTTPServerResponse {
        guard let dashboard = dashboards[uid] else { return GrafanaReply.error(404, "Dashboard not found", traceID: true) }
        let limit = Int(request.queryValue("limit") ?? "") ?? 1000
        let start = Int(request.queryValue("start") ?? "") ?? 0
        let items = dashboard.versions.reversed().dropFirst(start).prefix(limit).map { listedVersionJSON($0, of: dashboard) }
        switch options.versionsFormat {
        case .array: return .json(200, .array(items))
        case .paged: return .json(200, ["versions": .array(items), "continueToken": ""])
        }
    }

    func getVersion(uid: String, number: String) -> HTTPServerResponse {
        guard let dashboard = dashboards[uid] else { return GrafanaReply.error(404, "Dashboard not found", traceID: true) }
        // GetDashboardVersion (newest pkg/api/dashboard.go): a missing version is a 500.
        guard let version = dashboard.versions.first(where: { String($0.version) == number }) else {
            return GrafanaReply.error(500, "Dashboard version \(number) not found for dashboardId \(dashboard.id)", traceID: true)
        }
        return .json(200, versionJSON(version, of: dashboard))
    }

    /// A version as the list shows it: GetDashboardVersions rewrites the message of the first
    /// version to "Initial save" and of a restore to "Restored from version N" (every release);
    /// the single-version read keeps the saved message.
    private func listedVersionJSON(_ version: EmulatedDashboardVersion, of dashboard: EmulatedDashboard) -> JSON {
        var listed = version
        if version.restoredFrom == version.version { listed.message = "Initial save (created by migration)" }
        if version.restoredFrom > 0 { listed.message = "Restored from version \(version.restoredFrom)" }
        if version.parentVersion == 0 { listed.message = "Initial save" }
        return versionJSON(listed, of: dashboard)
    }

    private func versionJSON(_ version: EmulatedDashboardVersion, of dashboard: EmulatedDashboard) -> JSON {
        [
            "id": .int(version.id), "dashboardId": .int(dashboard.id), "uid": .string(dashboard.uid),
            "parentVersion": .int(version.parentVersion), "restoredFrom": .int(version.restoredFrom),
            "version": .int(version.version), "created": GrafanaReply.time(version.created),
            "createdBy": .string(version.createdBy), "message": .string(version.message), "data": .object(version.data),
        ]
    }
}
