import ArgumentParser
import Foundation
import GraftGrafana

/// Which Grafana instances a command talks to: `--context NAME` or `--all-contexts` from the
/// catalog's `grafana-contexts.yaml`, else its current-context, else the flags and GRAFANA_*
/// variables. Part of `GrafanaTargetOptions`.
struct ContextOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use this context of grafana-contexts.yaml.", valueName: "name"))
    var context: String?

    @Flag(name: .long, help: "Use every context of grafana-contexts.yaml, concurrently, one summary line each.")
    var allContexts = false

    @Option(name: .long, help: ArgumentHelp("The contexts file (default: grafana-contexts.yaml in the current directory, when there is one).",
                                            valueName: "file"))
    var contextsFile: FileArgument?

    func validate() throws {
        if context != nil, allContexts { throw ValidationError("--context and --all-contexts exclude each other; give one.") }
    }

    /// The instances to talk to, each with its datasource choices (the flags' bindings win over a context's).
    func targets(grafana: GrafanaOptions, datasources: DatasourceOptions?,
                 environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [GrafanaTarget] {
        let file = try contextsFile.map { try GrafanaContextsFile(path: $0.path) } ?? GrafanaContextsFile.inCurrentDirectory()
        let flagChoices = try datasources?.choices() ?? DatasourceChoices()
        guard let file else {
            if context != nil || allContexts {
                throw CLIError("--context and --all-contexts read \(GrafanaContextsFile.defaultName), and there is none in the current directory (or give --contexts-file)")
            }
            return [GrafanaTarget(name: nil, connection: try grafana.connection(environment: environment), datasources: flagChoices)]
        }
        // A URL or credentials the user gave (flag or GRAFANA_URL) choose the flags and variables
        // over the file's current context: a file that came with a checkout never sends a token
        // to a URL the user did not choose, nor silently drops the one they gave.
        let urlGiven = grafana.service.url != nil || !(environment[GrafanaConnection.EnvironmentVariable.url.rawValue] ?? "").isEmpty
        let credentialFlags = [("--token", grafana.token), ("--user", grafana.service.user), ("--password", grafana.service.password)]
            .filter { $0.1 != nil }.map(\.0)
        let chosen: [GrafanaContextsFile.Context]
        if context != nil || allContexts {
            let selector = allContexts ? "--all-contexts" : "--context"
            if grafana.service.url != nil || !credentialFlags.isEmpty {
                let ignored = (grafana.service.url != nil ? ["--grafana-url"] : []) + credentialFlags
                throw CLIError("\(selector) takes the URL and credentials from \(file.path); \(ignored.joined(separator: ", ")) would be ignored: give one or the other")
            }
            chosen = allContexts ? file.contexts : [try file.context(context)]
        } else if let current = file.currentContext, !urlGiven {
            guard credentialFlags.isEmpty else {
                throw CLIError("\(credentialFlags.joined(separator: ", ")) given, but no Grafana URL: \(file.path) would choose its current-context \"\(current)\", "
                    + "whose credentials come from the variables it names; give --grafana-url (or \(GrafanaConnection.EnvironmentVariable.url)) "
                    + "to use them, or --context \(current) without them")
            }
            chosen = [try file.context(current)]
        } else {
            // A URL given (flag or GRAFANA_URL), or a file without a current context: the flags and variables as without a file.
            return [GrafanaTarget(name: nil, connection: try grafana.connection(environment: environment), datasources: flagChoices)]
        }
        return try chosen.map { context in
            var choices = DatasourceChoices(uids: context.datasources ?? [:], prometheusURL: context.prometheusURL)
            choices.uids.merge(flagChoices.uids) { $1 }
            choices.byURL.merge(flagChoices.byURL) { $1 }
            let connection = try file.connection(context, environment: environment, tls: grafana.service.tls,
                                                 requestTimeout: grafana.service.timeout.duration)
            return GrafanaTarget(name: context.name, connection: connection, datasources: choices)
        }
    }
}

/// One Grafana instance to talk to: a context of the file (named), or the flags' and variables' (`name` nil).
struct GrafanaTarget: Sendable {
    /// The context's name.
    let name: String?
    /// How to reach it.
    let connection: GrafanaConnection
    /// How its datasource inputs are bound.
    let datasources: DatasourceChoices
}
