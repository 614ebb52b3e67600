import Foundation
import GraftHigress
import GraftHTTP
import GraftJSON

/// The Higress console's dashboard settings: `GET`/`PUT /dashboard/info?type=MAIN|AI|LOG`.
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

    /// Sends `request` and unwraps the `{"success","message","data"}` envelope.
    private func info(_ request: HTTPRequest) async throws -> ConsoleDashboardInfo {
        guard let envelope = try await service.json(request), envelope["success"]?.boolValue == true,
              let data = envelope["data"]?.objectValue
        else { throw service.invalidResponse("no successful answer with data", request) }
        return ConsoleDashboardInfo(builtIn: data["builtIn"]?.boolValue ?? false, uid: data["uid"]?.stringValue, url: data["url"]?.stringValue)
    }
}
