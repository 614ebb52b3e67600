import Foundation
import GraftJSON

/// `/api/datasources`: list, get by uid or name, create, delete (notes §4).
/// GUESS: viewers are refused the datasource list (RBAC `datasources:read`); editors may read it.
extension GrafanaEmulatorState {
    func listDatasources(by account: EmulatedAccount) -> HTTPServerResponse {
        guard account.role >= .editor else { return GrafanaReply.accessDenied("datasources:read") }
        let sorted = datasources.sorted { $0.name.lowercased() < $1.name.lowercased() }
        return .json(200, .array(sorted.map { .object(datasourceJSON($0, full: false)) }))
    }

    func getDatasource(by account: EmulatedAccount, where matches: (EmulatedDatasource) -> Bool) -> HTTPServerResponse {
        guard account.role >= .editor else { return GrafanaReply.accessDenied("datasources:read") }
        guard let datasource = datasources.first(where: matches) else { return GrafanaReply.error(404, "Data source not found") }
        return .json(200, .object(datasourceJSON(datasource, full: true)))
    }

    mutating func createDatasource(_ request: HTTPServerRequest, by account: EmulatedAccount) -> HTTPServerResponse {
        guard account.role == .admin else { return GrafanaReply.accessDenied("datasources:create") }
        guard let body = request.jsonBody?.objectValue, let name = body["name"]?.stringValue, let type = body["type"]?.stringValue,
              let access = body["access"]?.stringValue
        else { return GrafanaReply.error(400, "bad request data", traceID: true) }
        let url = body["url"]?.stringValue ?? ""
        if !url.isEmpty, URL(string: url)?.host == nil { return GrafanaReply.error(400, "Validation error, invalid URL") }
        if datasources.contains(where: { $0.name == name }) {
            return GrafanaReply.error(409, "data source with the same name already exists", traceID: true)
        }
        var uid = body["uid"]?.stringValue ?? ""
        if !uid.isEmpty, datasources.contains(where: { $0.uid == uid }) {
            return GrafanaReply.error(409, "data source with the same uid already exists", traceID: true)
        }
        if let problem = GrafanaIdentifiers.uidProblem(uid) { return GrafanaReply.error(400, problem) }
        if uid.isEmpty { uid = freshUID() }
        let datasource = EmulatedDatasource(id: takeID(), uid: uid, name: name, type: type, url: url, access: access,
                                            isDefault: body["isDefault"]?.boolValue ?? false,
                                            jsonData: body["jsonData"]?.objectValue ?? [:])
        datasources.append(datasource)
        storedChanges += 1
        return .json(200, ["message": "Datasource added", "id": .int(datasource.id), "name": .string(name),
                           "datasource": .object(datasourceJSON(datasource, full: true))])
    }

    mutating func deleteDatasource(uid: String, by account: EmulatedAccount) -> HTTPServerResponse {
        guard account.role == .admin else { return GrafanaReply.accessDenied("datasources:delete") }
        guard let index = datasources.firstIndex(where: { $0.uid == uid }) else { return GrafanaReply.error(404, "Data source not found") }
        let removed = datasources.remove(at: index)
        return .json(200, ["message": "Data source deleted", "id": .int(removed.id)])
    }

    private func datasourceJSON(_ datasource: EmulatedDatasource, full: Bool) -> JSONObject {
        var json: JSONObject = [
            "id": .int(datasource.id), "uid": .string(datasource.uid), "orgId": 1, "name": .string(datasource.name),
            "type": .string(datasource.type), "typeName": .string(datasource.type.capitalized),
            "typeLogoUrl": .string("public/app/plugins/datasource/\(datasource.type)/img/logo.svg"),
            "access": .string(datasource.access), "url": .string(datasource.url), "user": "", "database": "",
            "basicAuth": false, "isDefault": .bool(datasource.isDefault), "jsonData": .object(datasource.jsonData), "readOnly": false,
        ]
        if full {
            json["basicAuthUser"] = ""
            json["withCredentials"] = false
            json["secureJsonFields"] = [:]
            json["version"] = 1
        }
        return json
    }
}
