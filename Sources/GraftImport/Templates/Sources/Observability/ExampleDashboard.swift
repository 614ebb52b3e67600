import Graft

/// The series of the example application, as the example PodMonitor's scrapes label them.
private let exampleJob: String = #"job="default/example-app""#

/// An example dashboard over what `exampleMonitor` scrapes: change it, or replace it with your own.
var exampleDashboard: Dashboard {
    Dashboard("Example application", uid: "example-app") {
        Row("Health") {
            Stat("Pods up") {
                Prometheus(#"sum(up{\#(exampleJob)})"#).instant()
            }
            .reduce(.lastNotNull).thresholds(.red, (1, .green))
            Timeseries("Requests per second") {
                Prometheus(#"sum by (pod) (rate(http_requests_total{\#(exampleJob)}[5m]))"#).legend("{{pod}}")
            }
            .unit(.requestsPerSecond).size(width: 18)
        }
        .panelSize(width: 6, height: 8)
    }
    .description("What the example PodMonitor scrapes: replace with your own.")
    .tags("example")
    .datasource(.prometheus())
    .fileName("example-app")
}
