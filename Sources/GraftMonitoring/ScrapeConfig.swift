import Yams

/// A plain Prometheus `scrape_config`: what prometheus-operator generates for one endpoint of a
/// PodMonitor, for clusters without the operator (or to try relabelings on a local Prometheus).
public struct ScrapeConfig: Sendable, Hashable {
    /// The job name (`podMonitor/<namespace>/<name>/<endpoint index>`, as the operator names it).
    public var jobName: String
    /// Whether the target's labels win over the ones Prometheus attaches.
    public var honorLabels: Bool
    /// Whether the target's timestamps are kept.
    public var honorTimestamps: Bool?
    /// How often to scrape.
    public var scrapeInterval: String?
    /// How long a scrape may take.
    public var scrapeTimeout: String?
    /// The HTTP path of the metrics.
    public var metricsPath: String?
    /// `http` or `https`.
    public var scheme: ScrapeEndpoint.Scheme?
    /// URL query parameters.
    public var params: [String: [String]]
    /// Basic authentication, read from the files the operator would mount the Secrets at.
    public var basicAuth: BasicAuth?
    /// An authorization header, its credentials read from a mounted Secret file.
    public var authorization: SafeAuthorization?
    /// TLS settings, certificates and key read from mounted files.
    public var tlsConfig: TLSConfig?
    /// Where the targets come from.
    public var discovery: ScrapeDiscovery
    /// The operator's relabelings, then the endpoint's.
    public var relabelConfigs: [Relabeling]
    /// The endpoint's metric relabelings.
    public var metricRelabelConfigs: [Relabeling]
}

/// Where a scrape config's targets come from.
public enum ScrapeDiscovery: Sendable, Hashable {
    /// Kubernetes pods (`kubernetes_sd_configs`, role `pod`), in these namespaces or (`nil`) all of them.
    case kubernetesPods(namespaces: [String]?)
    /// Fixed targets (`static_configs`), whose labels may stand in for the `__meta_kubernetes_*` labels
    /// discovery would set: how relabelings are tried without a cluster.
    case staticTargets([StaticTargetGroup])
}

/// One `static_configs` entry: addresses and the labels they share.
public struct StaticTargetGroup: Sendable, Hashable {
    /// `host:port` addresses.
    public var targets: [String]
    /// Labels of every target in the group.
    public var labels: [String: String]

    /// A group of targets with shared labels.
    public init(targets: [String], labels: [String: String] = [:]) {
        self.targets = targets
        self.labels = labels
    }
}

/// A file of scrape configs: `scrape_configs:` (the form `scrape_config_files` includes), optionally with
/// the global intervals, which makes it a whole `prometheus.yml`.
public struct ScrapeConfigFile: Sendable, Hashable {
    /// `global.scrape_interval`, when the file is a whole configuration.
    public var scrapeInterval: String?
    /// `global.evaluation_interval`, when the file is a whole configuration.
    public var evaluationInterval: String?
    /// The scrape configs, in order.
    public var scrapeConfigs: [ScrapeConfig]

    /// A file of scrape configs, with global intervals when it is a whole configuration.
    public init(scrapeInterval: String? = nil, evaluationInterval: String? = nil, scrapeConfigs: [ScrapeConfig]) {
        self.scrapeInterval = scrapeInterval
        self.evaluationInterval = evaluationInterval
        self.scrapeConfigs = scrapeConfigs
    }

    /// The file as YAML.
    public func yaml() throws -> [UInt8] { try YAMLText.bytes(yamlNode) }

    var yamlNode: Node {
        let global = scrapeInterval == nil && evaluationInterval == nil ? nil
            : Node.fields(["scrape_interval": scrapeInterval, "evaluation_interval": evaluationInterval])
        return .fields(["global": global, "scrape_configs": Node.list(scrapeConfigs.map(\.yamlNode))])
    }
}

extension PodMonitor {
    /// The scrape configs prometheus-operator would generate, one per endpoint: the operator's relabelings
    /// (running pods only, the selector, the port, then `namespace`, `container`, `pod`, pod target
    /// labels, `job`, `endpoint`) followed by the endpoint's own. Targets come from Kubernetes pod
    /// discovery in the selected namespaces, or from `discovery` when given.
    ///
    /// Left out, as the operator adds them from its Prometheus object: sharding (`__tmp_hash`), sample
    /// and label limits, and scrape classes.
    public func scrapeConfigs(discovery: ScrapeDiscovery? = nil) -> [ScrapeConfig] {
        let namespace = metadata.namespace ?? ""
        let namespaces: [String]? = namespaceSelector?.any == true ? nil
            : (namespaceSelector?.matchNames.isEmpty == false ? namespaceSelector!.matchNames : [namespace])
        return endpoints.enumerated().map { index, endpoint in
            ScrapeConfig(
                jobName: "podMonitor/\(namespace)/\(metadata.name)/\(index)",
                honorLabels: endpoint.honorLabels ?? false, honorTimestamps: endpoint.honorTimestamps,
                scrapeInterval: endpoint.interval, scrapeTimeout: endpoint.scrapeTimeout, metricsPath: endpoint.path,
                scheme: endpoint.scheme, params: endpoint.params, basicAuth: endpoint.basicAuth,
                authorization: endpoint.authorization, tlsConfig: endpoint.tlsConfig,
                discovery: discovery ?? .kubernetesPods(namespaces: namespaces),
                relabelConfigs: operatorRelabelings(for: endpoint) + endpoint.relabelings,
                metricRelabelConfigs: endpoint.metricRelabelings)
        }
    }

    /// The relabelings prometheus-operator puts before an endpoint's own (its golden files for PodMonitors).
    func operatorRelabelings(for endpoint: ScrapeEndpoint) -> [Relabeling] {
        func label(_ name: String) -> String { "__meta_kubernetes_pod_label_" + PodMonitor.sanitized(name) }
        func present(_ name: String) -> String { "__meta_kubernetes_pod_labelpresent_" + PodMonitor.sanitized(name) }
        var result = [Relabeling.drop(["__meta_kubernetes_pod_phase"], regex: "(Failed|Succeeded)")]
        for key in selector.matchLabels.keys.sorted() {
            result.append(.keep([label(key), present(key)], regex: "(\(selector.matchLabels[key]!));true"))
        }
        for requirement in selector.matchExpressions {
            let values = "(\(requirement.values.joined(separator: "|")));true"
            switch requirement.operator {
            case .in: result.append(.keep([label(requirement.key), present(requirement.key)], regex: values))
            case .notIn: result.append(.drop([label(requirement.key), present(requirement.key)], regex: values))
            case .exists: result.append(.keep([present(requirement.key)], regex: "true"))
            case .doesNotExist: result.append(.drop([present(requirement.key)], regex: "true"))
            }
        }
        result.append(.keep(["__meta_kubernetes_pod_container_port_name"], regex: endpoint.port))
        result.append(.replace(["__meta_kubernetes_namespace"], targetLabel: "namespace"))
        result.append(.replace(["__meta_kubernetes_pod_container_name"], targetLabel: "container"))
        result.append(.replace(["__meta_kubernetes_pod_name"], targetLabel: "pod"))
        for name in podTargetLabels {
            result.append(.replace([label(name)], regex: "(.+)", replacement: "${1}", targetLabel: PodMonitor.sanitized(name)))
        }
        result.append(.replace(replacement: "\(metadata.namespace ?? "")/\(metadata.name)", targetLabel: "job"))
        if let jobLabel {
            result.append(.replace([label(jobLabel)], regex: "(.+)", replacement: "${1}", targetLabel: "job"))
        }
        result.append(.replace(replacement: endpoint.port, targetLabel: "endpoint"))
        return result
    }

    /// A Kubernetes label name as discovery writes it into a Prometheus label name: other characters become `_`.
    static func sanitized(_ name: String) -> String {
        String(name.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "_" })
    }
}

extension ScrapeConfig: YAMLRepresentable {
    var yamlNode: Node {
        var kubernetesDiscovery: Node?, staticConfigs: Node?
        switch discovery {
        case .kubernetesPods(let namespaces):
            kubernetesDiscovery = .list([.fields(["role": "pod", "namespaces": namespaces.map { Node.fields(["names": $0]) }])])
        case .staticTargets(let groups):
            staticConfigs = .list(groups.map { .fields(["targets": $0.targets, "labels": $0.labels]) })
        }
        return .fields([
            "job_name": jobName, "honor_labels": honorLabels, "honor_timestamps": honorTimestamps, "scrape_interval": scrapeInterval,
            "scrape_timeout": scrapeTimeout, "metrics_path": metricsPath, "scheme": scheme?.rawValue, "params": params,
            "basic_auth": basicAuth?.yamlNode(.prometheus), "authorization": authorization?.yamlNode(.prometheus),
            "tls_config": tlsConfig?.yamlNode(.prometheus), "kubernetes_sd_configs": kubernetesDiscovery, "static_configs": staticConfigs,
            "relabel_configs": relabelConfigs.map { $0.yamlNode(.prometheus) },
            "metric_relabel_configs": metricRelabelConfigs.map { $0.yamlNode(.prometheus) },
        ])
    }
}
