import GraftCatalog
import GraftJSON
import GraftMonitoring

/// The ai-statistics plugin as a catalog entry: its configuration, delivered as a `WasmPlugin` under
/// `manifests/higress/` (named and labelled as the console names its own, so console and `kubectl`
/// edit one object) and as the route instances `graft console set-plugin` sets (and `graft push
/// --higress-console` too, on the routes `console` names). The fields it writes into `ai_log` become the catalog's log fields, which `graft lint` checks
/// the log dashboards against.
public struct AIStatisticsPlugin: CatalogContent {
    /// The plugin's name, in the console and in Envoy.
    public static let name = "ai-statistics"
    /// The version the console gives its built-in plugins' resources (`ai-statistics-1.0.0`).
    public static let consoleVersion = "1.0.0"
    /// The module the console installs (its plugin spec, higress-console `plugins/ai-statistics`).
    public static let imageURL = "oci://higress-registry.cn-hangzhou.cr.aliyuncs.com/plugins/ai-statistics:2.0.1"
    /// Its priority in the console's plugin spec (the plugin's README says 200; the console's spec is what runs).
    public static let consolePriority = 900

    /// The configuration.
    public var config: AIStatisticsConfig
    /// The resource `graft render` writes.
    public var wasmPlugin: WasmPlugin
    /// The console routes push sets the configuration on; `nil` leaves the console alone.
    public var console: ConsoleRoutes?

    /// The plugin configured with `config` in the gateway's `namespace`: on `routes` (their names, as match
    /// rules) and, with `console`, on those console routes at push. Without routes the resource holds the
    /// configuration as its default, switched off, for route instances to enable.
    public init(_ config: AIStatisticsConfig, namespace: String = "higress-system", url: String = AIStatisticsPlugin.imageURL,
                priority: Int = AIStatisticsPlugin.consolePriority, routes: [String] = [], console: ConsoleRoutes? = nil) {
        self.config = config
        self.console = console
        let configuration = config.configuration
        let labels = [
            "higress.io/wasm-plugin-name": Self.name, "higress.io/wasm-plugin-version": Self.consoleVersion,
            "higress.io/wasm-plugin-category": "ai", "higress.io/wasm-plugin-built-in": "true",
        ]
        wasmPlugin = WasmPlugin(
            metadata: ObjectMeta(name: "\(Self.name)-\(Self.consoleVersion)", namespace: namespace, labels: labels),
            spec: WasmPlugin.Spec(url: url, phase: .unspecified, priority: priority, failStrategy: .failOpen, defaultConfig: configuration,
                                  defaultConfigDisable: true,
                                  matchRules: routes.isEmpty ? nil : [WasmPlugin.MatchRule(routes: routes, config: configuration)]))
    }

    public func add(to catalog: inout Catalog) {
        wasmPlugin.resource.add(to: &catalog)
        catalog.logFields.add(config.logFields, to: AIStatisticsConfig.logDocument)
        catalog[ConsolePlugins.self].plugins.append(ConsolePlugin(name: Self.name, configuration: config.configuration, push: console))
    }
}

extension AIStatisticsConfig {
    /// The configuration as the plugin, the WasmPlugin resource and the console's API take it.
    public var configuration: JSONObject {
        guard case .object(let object) = jsonValue else { preconditionFailure("a JSONModel writes an object") }
        return object
    }
}
