import Foundation
import GraftHigress
import GraftHTTP
import GraftJSON

/// The Higress console's API: the dashboard settings (`GET`/`PUT /dashboard/info?type=MAIN|AI|LOG`), AI routes
/// and route plugin instances.
public struct HigressConsoleClient: Sendable {
    let service: HTTPService

    /// A client for `connection`.
    public init(_ connection: HigressConsoleConnection) {
        service = HTTPService(connection.endpoint)
    }

    /// The slot's current setting.
    public func dashboardInfo(_ slot: ConsoleSlot) async throws -> ConsoleDashboardInfo {
        try await info(HTTPRequest(method: "GET", path: ["dashboard", "info"], query: [URLQueryItem(name: "type", value: slot.rawValue)],
                                   action: "reading the \(slot) dashboard setting", maximumResponseSize: HTTPRequest.smallAnswer))
    }

    /// Sets the URL the slot's page embeds; returns the setting as the console now has it. The
    /// console's backend takes any length; its form (256 characters) is checked by the caller.
    public func setDashboardURL(_ url: String, for slot: ConsoleSlot) async throws -> ConsoleDashboardInfo {
        try await info(HTTPRequest(method: "PUT", path: ["dashboard", "info"], query: [URLQueryItem(name: "type", value: slot.rawValue)],
                                   body: ["url": .string(url)], action: "setting the \(slot) dashboard URL", maximumResponseSize: HTTPRequest.smallAnswer))
    }

    /// Sends `request` and reads a dashboard setting out of the answer.
    private func info(_ request: HTTPRequest) async throws -> ConsoleDashboardInfo {
        let data = try await object(request)
        return ConsoleDashboardInfo(builtIn: data["builtIn"]?.boolValue ?? false, uid: data["uid"]?.stringValue, url: data["url"]?.stringValue)
    }

    /// Sends `request` and unwraps the `{"success","message","data"}` envelope (paginated answers add
    /// `total`, `pageNum`, `pageSize` beside `data`).
    func data(_ request: HTTPRequest) async throws -> JSON {
        guard let envelope = try await service.json(request), envelope["success"]?.boolValue == true, let data = envelope["data"] else {
            throw service.invalidResponse("no successful answer with data", request)
        }
        return data
    }

    /// Sends `request` and returns the envelope's `data`, which must be an object.
    func object(_ request: HTTPRequest) async throws -> JSONObject {
        guard let object = try await data(request).objectValue else { throw service.invalidResponse("its data is not an object", request) }
        return object
    }

    /// The answer `request` got was not what the console sends.
    func invalid(_ reason: String, _ request: HTTPRequest) -> APIError { service.invalidResponse(reason, request) }
}
