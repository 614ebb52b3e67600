import ArgumentParser
import GraftGrafana

/// The Grafana instances a command talks to, and how their datasources are bound: the connection
/// flags, the datasource flags and the contexts file, as one group shared by `graft push` and
/// `graft diff` (so both take the same flags under the same headings).
struct GrafanaTargetOptions: ParsableArguments {
    @OptionGroup(title: "Grafana")
    var grafana: GrafanaOptions
    @OptionGroup var datasources: DatasourceOptions
    @OptionGroup(title: "Contexts (grafana-contexts.yaml)")
    var contexts: ContextOptions

    /// The instances to talk to, each with its datasource choices.
    func targets() throws -> [GrafanaTarget] {
        try contexts.targets(grafana: grafana, datasources: datasources)
    }
}
