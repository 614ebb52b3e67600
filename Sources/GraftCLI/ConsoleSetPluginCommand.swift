import ArgumentParser
import Foundation
import GraftCatalog
import GraftHigress
import GraftHigressConsole
import GraftJSON
import GraftURL

extension ConsoleCommand {
    /// `graft console set-plugin`.
    struct SetPlugin: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-plugin",
            abstract: "Set a plugin's configuration from the catalog on Higress console routes, then check what the console keeps.",
            discussion: """
            The configuration is the catalog's (the ai-statistics plugin's attributes and options). \
            Each route's instance is switched on with it, read back, and compared: a console that keeps \
            another configuration is an error naming the keys. A route is named as the console's route \
            API names it: an AI route `qwen` is served by the route `ai-route-qwen.internal`.

            Examples:
              graft console set-plugin ai-statistics --route ai-route-qwen.internal
              graft console set-plugin ai-statistics --every-ai-route
            """)

        @Argument(help: "The plugin, as the catalog and the console name it (ai-statistics).")
        var plugin: String

        @Option(name: .customLong("route"), help: ArgumentHelp("A route to set it on (repeatable).", valueName: "name"))
        var routes: [String] = []

        @Flag(name: .long, help: "Set it on the route of every AI route the console lists.")
        var everyAIRoute = false

        @OptionGroup(title: "Higress console")
        var console: HigressConsoleOptions

        func validate() throws {
            guard routes.isEmpty != !everyAIRoute else { throw ValidationError("Give --route NAME (one or more) or --every-ai-route, not both or neither.") }
            if let empty = routes.first(where: \.isEmpty) { throw ValidationError("--route \"\(empty)\": a route name is empty.") }
        }

        func run() async throws {
            let catalog = try CatalogContext.require()
            guard let configured = catalog.consolePlugins.first(where: { $0.name == plugin }) else {
                let known = catalog.consolePlugins.map(\.name)
                throw CLIError("the catalog configures no plugin \"\(plugin)\"" + (known.isEmpty ? "" : "; it configures \(known.joined(separator: ", "))"))
            }
            let client = try console.client()
            try await ConsolePluginSetting.apply(configured, on: everyAIRoute ? .everyAIRoute : .named(routes), client: client, dryRun: false)
        }
    }
}

/// Setting a catalog plugin on console routes, as `graft console set-plugin` and `graft push --higress-console` do.
enum ConsolePluginSetting {
    /// Sets `plugin` on the routes `routes` stands for, one line each; a dry run only says what it would set.
    static func apply(_ plugin: ConsolePlugin, on routes: ConsoleRoutes, client: HigressConsoleClient, dryRun: Bool) async throws {
        let names = try await client.resolve(routes)
        if names.isEmpty { print("console \(plugin.name): no route to set it on (the console lists no AI route)") }
        for route in names {
            // The console names its routes: made safe for the terminal before they are printed.
            let shown = MessageText.sanitized(route)
            if dryRun {
                print("console \(plugin.name): would be set on route \(shown)")
                continue
            }
            do {
                _ = try await client.apply(plugin, route: route)
            } catch let mismatch as ConsolePluginMismatch {
                throw CLIError(mismatch.description)
            }
            print("console \(plugin.name): set on route \(shown), its configuration as the catalog's")
        }
    }
}
