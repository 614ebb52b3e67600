/// How urgent an alert is: the value of its `severity` label, which Alertmanager routes on
/// (the convention of kube-prometheus-stack's and the Prometheus community's rules).
public enum AlertSeverity: String, Sendable, Hashable, CaseIterable {
    /// Someone must act now: the service is down or failing its users.
    case critical
    /// Something is wrong and needs a look soon.
    case warning
    /// Worth knowing; nothing to do yet.
    case info
}
