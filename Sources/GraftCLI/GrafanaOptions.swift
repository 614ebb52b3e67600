import Foundation
import ArgumentParser
import GraftGrafana

/// Where Grafana is and how to sign in: shared by `graft push`, `graft diff` and `graft console set-url`.
struct GrafanaOptions: ParsableArguments {
    @OptionGroup var service: ServiceOptions<GrafanaService>

    @Option(name: .long, help: "A service account token (default: GRAFANA_TOKEN).")
    var token: String?

    @Option(name: .long, help: ArgumentHelp("The organisation id (\(OrganizationIDArgument.rangeHelp)), sent as X-Grafana-Org-Id (default: GRAFANA_ORG_ID).", valueName: "id"))
    var orgId: OrganizationIDArgument?

    @Option(name: .long, help: ArgumentHelp("The app-platform namespace, e.g. stacks-<id> on Grafana Cloud (default: GRAFANA_NAMESPACE, else from the org).",
                                            valueName: "namespace"))
    var namespace: NamespaceArgument?

    /// The connection these flags and the GRAFANA_* variables describe.
    func connection(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> GrafanaConnection {
        try GrafanaConnection.resolve(.init(url: service.url?.text, token: token, user: service.user, password: service.password,
                                            organizationID: orgId.map { String($0.value) }, namespace: namespace?.value), environment: environment,
                                      tls: service.tls, requestTimeout: service.timeout.duration)
    }
}
