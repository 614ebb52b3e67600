import GraftCatalog
import GraftJSON

/// Which of the Higress console's routes `graft push --higress-console` sets a plugin instance on.
public enum ConsoleRoutes: Sendable, Hashable {
    /// Every AI route the console lists (`GET /v1/ai/routes`), through its route `ai-route-<name>.internal`.
    case everyAIRoute
    /// These routes, by the names the console's route API takes (`ai-route-qwen.internal`).
    case named([String])

    /// The route behind the AI route `name`: the console names it `ai-route-<name>.internal`.
    public static func route(ofAIRoute name: String) -> String { "ai-route-\(name).internal" }
}

/// A plugin configuration a catalog holds for the Higress console: `graft console set-plugin NAME --route R`
/// sets it on a route, and `graft push --higress-console` on the routes `push` names.
public struct ConsolePlugin: Sendable, Hashable {
    /// The plugin's name in the console (`ai-statistics`).
    public var name: String
    /// Its configuration, as the console's `configurations` holds it.
    public var configuration: JSONObject
    /// The routes push sets it on; `nil` when push leaves the console's instances alone.
    public var push: ConsoleRoutes?

    /// The plugin `name` configured with `configuration`, set by push on `push` when given.
    public init(name: String, configuration: JSONObject, push: ConsoleRoutes? = nil) {
        self.name = name
        self.configuration = configuration
        self.push = push
    }
}

/// The plugin configurations a catalog's entries hold for the Higress console.
public struct ConsolePlugins: CatalogExtension {
    /// The plugins, in the order the catalog declares them.
    public var plugins: [ConsolePlugin] = []

    public init() {}
}

extension Catalog {
    /// The plugin configurations for the Higress console, in order.
    public var consolePlugins: [ConsolePlugin] { self[ConsolePlugins.self].plugins }
}
