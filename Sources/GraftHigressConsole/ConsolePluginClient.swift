import Foundation
import GraftHTTP
import GraftHigress
import GraftJSON
import GraftURL

/// A plugin instance on one route, as the console reports it (`WasmPluginInstance`).
public struct ConsolePluginState: Sendable, Hashable {
    /// The plugin's name.
    public var pluginName: String
    /// Whether the instance is on.
    public var enabled: Bool
    /// Its configuration; `nil` when the route has none.
    public var configuration: JSONObject?
}

extension HigressConsoleClient {
    /// The names of the console's AI routes (`GET /v1/ai/routes`); each is served by the route
    /// `ai-route-<name>.internal`.
    public func aiRoutes() async throws -> [String] {
        let request = HTTPRequest(method: "GET", path: ["v1", "ai", "routes"], action: "listing the AI routes")
        guard let routes = try await data(request).arrayValue else { throw invalid("its data is not a list", request) }
        return try routes.map { route in
            guard let name = route["name"]?.stringValue, !name.isEmpty else { throw invalid("an AI route has no name", request) }
            return name
        }
    }

    /// The instance of `plugin` on `route` (`GET /v1/routes/{route}/plugin-instances/{plugin}`); a route
    /// without one answers a disabled instance without configuration.
    public func pluginInstance(_ plugin: String, route: String) async throws -> ConsolePluginState {
        try await state(HTTPRequest(method: "GET", path: ["v1", "routes", route, "plugin-instances", plugin],
                                    action: "reading the \(plugin) instance of route \(route)"))
    }

    /// Sets the instance of `plugin` on `route` to `configuration`, on or off
    /// (`PUT /v1/routes/{route}/plugin-instances/{plugin}`); returns it as the console now has it.
    public func setPluginInstance(_ plugin: String, route: String, configuration: JSONObject, enabled: Bool = true) async throws -> ConsolePluginState {
        let body: JSON = ["pluginName": .string(plugin), "enabled": .bool(enabled), "configurations": .object(configuration)]
        return try await state(HTTPRequest(method: "PUT", path: ["v1", "routes", route, "plugin-instances", plugin], body: body,
                                           action: "setting the \(plugin) instance of route \(route)"))
    }

    private func state(_ request: HTTPRequest) async throws -> ConsolePluginState {
        let data = try await object(request)
        guard let name = data["pluginName"]?.stringValue else { throw invalid("the instance has no pluginName", request) }
        return ConsolePluginState(pluginName: name, enabled: data["enabled"]?.boolValue ?? false, configuration: data["configurations"]?.objectValue)
    }
}

extension HigressConsoleClient {
    /// The routes `routes` stands for in this console: the named ones, or the route of every AI route it lists.
    public func resolve(_ routes: ConsoleRoutes) async throws -> [String] {
        switch routes {
        case .named(let names): return names
        case .everyAIRoute: return try await aiRoutes().map(ConsoleRoutes.route(ofAIRoute:))
        }
    }

    /// Sets `plugin`'s configuration on `route`, switched on, then reads the instance back: throws a
    /// `ConsolePluginMismatch` when the console keeps another configuration than the one sent.
    public func apply(_ plugin: ConsolePlugin, route: String) async throws -> ConsolePluginState {
        let sent = try await setPluginInstance(plugin.name, route: route, configuration: plugin.configuration)
        let stored = try await pluginInstance(plugin.name, route: route)
        guard stored.enabled, stored.configuration == plugin.configuration else {
            throw ConsolePluginMismatch(plugin: plugin.name, route: route, expected: plugin.configuration, found: stored.configuration ?? sent.configuration,
                                        enabled: stored.enabled)
        }
        return stored
    }
}

/// The console kept another configuration (or left the instance off) after `apply` set it: it cleaned
/// up keys its plugin schema does not know, say.
public struct ConsolePluginMismatch: Error, Sendable, CustomStringConvertible {
    /// The plugin.
    public var plugin: String
    /// The route.
    public var route: String
    /// What was sent.
    public var expected: JSONObject
    /// What the console holds.
    public var found: JSONObject?
    /// Whether the instance is on.
    public var enabled: Bool

    /// The sentence; the route and keys come from the console, so they are sanitized for the terminal.
    public var description: String {
        let route = MessageText.sanitized(route)
        if !enabled { return "the Higress console left the \(plugin) instance of route \(route) switched off" }
        let lost = expected.keys.filter { found?[$0] != expected[$0] }.map { MessageText.sanitized($0) }
        let extra = (found?.keys ?? []).filter { expected[$0] == nil }.map { MessageText.sanitized($0) }
        var parts: [String] = []
        if !lost.isEmpty { parts.append("changed or dropped \(lost.joined(separator: ", "))") }
        if !extra.isEmpty { parts.append("added \(extra.joined(separator: ", "))") }
        return "the Higress console keeps another \(plugin) configuration on route \(route) than the catalog's: it \(parts.joined(separator: " and "))"
    }
}
