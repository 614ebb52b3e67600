import Foundation
import GraftJSON

/// `GET /api/folders`, `GET /api/folders/:uid`, `POST /api/folders` with nested folders (notes §3).
extension GrafanaEmulatorState {
    func listFolders(_ request: HTTPServerRequest) -> HTTPServerResponse {
        let parent = request.queryValue("parentUid").flatMap { $0.isEmpty ? nil : $0 }
        let limit = Int(request.queryValue("limit") ?? "") ?? 1000
        let page = max(1, Int(request.queryValue("page") ?? "") ?? 1)
        let children = folders.values.filter { $0.parentUID == parent }
            .sorted { $0.title.lowercased() < $1.title.lowercased() }
            .dropFirst((page - 1) * limit).prefix(limit)
        return .json(200, .array(children.map { ["id": .int($0.id), "uid": .string($0.uid), "title": .string($0.title)] }))
    }

    func getFolder(uid: String, by account: EmulatedAccount) -> HTTPServerResponse {
        guard let folder = folders[uid] else { return GrafanaReply.error(404, "folder not found", status: "not-found") }
        return .json(200, .object(folderJSON(folder, for: account)))
    }

    mutating func createFolder(_ request: HTTPServerRequest, by account: EmulatedAccount) -> HTTPServerResponse {
        guard account.role >= .editor else { return GrafanaReply.accessDenied("folders:create") }
        guard let body = request.jsonBody?.objectValue else { return GrafanaReply.error(400, "bad request data", traceID: true) }
        let title = (body["title"]?.stringValue ?? "").trimmingCharacters(in: .whitespaces)
        var uid = body["uid"]?.stringValue ?? ""
        let parentUID = body["parentUid"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        if title.isEmpty { return GrafanaReply.error(400, "folder title cannot be empty") }
        if let problem = GrafanaIdentifiers.uidProblem(uid) { return GrafanaReply.error(400, problem) }
        if !uid.isEmpty, folders[uid] != nil || dashboards[uid] != nil {
            return GrafanaReply.error(409, "a folder with the same UID already exists")
        }
        var depth = 1
        if let parentUID {
            // Inferred: a missing parent is the folder service's ErrFolderNotFound, mapped as GET maps it.
            guard let parent = folders[parentUID] else { return GrafanaReply.error(404, "folder not found", status: "not-found") }
            depth += ancestors(of: parent).count + 1
        }
        // GUESS: the wording of the nesting limit's 400; the notes give only the limit.
        if depth > options.maximumFolderDepth { return GrafanaReply.error(400, "folder max depth exceeded, max depth is \(options.maximumFolderDepth)") }
        if let parentUID, !canWrite(folder: parentUID, account) { return GrafanaReply.accessDenied("folders:create") }
        if uid.isEmpty { uid = freshUID() }
        let folder = EmulatedFolder(id: takeID(), uid: uid, title: title, parentUID: parentUID, createdBy: account.login, created: Date(),
                                    resourceVersion: takeResourceVersion(), createdByIdentity: account.identity)
        folders[uid] = folder
        storedChanges += 1
        return .json(200, .object(folderJSON(folder, for: account)))
    }

    /// The folder DTO; `parentUid` and `parents` (root first) only for a nested folder.
    private func folderJSON(_ folder: EmulatedFolder, for account: EmulatedAccount) -> JSONObject {
        let canEdit = canWrite(folder: folder.uid, account)
        var json: JSONObject = [
            "id": .int(folder.id), "uid": .string(folder.uid), "title": .string(folder.title), "url": .string(folderURL(folder)),
            "hasAcl": false, "canSave": .bool(canEdit), "canEdit": .bool(canEdit), "canAdmin": .bool(account.role == .admin),
            "canDelete": .bool(canEdit), "createdBy": .string(folder.createdBy), "created": GrafanaReply.time(folder.created),
            "updatedBy": .string(folder.createdBy), "updated": GrafanaReply.time(folder.created), "version": 1,
        ]
        if let parentUID = folder.parentUID {
            json["parentUid"] = .string(parentUID)
            json["parents"] = .array(ancestors(of: folder).map {
                ["id": .int($0.id), "uid": .string($0.uid), "title": .string($0.title), "url": .string(folderURL($0))]
            })
        }
        return json
    }

    func folderURL(_ folder: EmulatedFolder) -> String { "/dashboards/f/\(folder.uid)/\(GrafanaIdentifiers.slug(folder.title))" }
}
