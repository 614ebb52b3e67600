import Graft

/// An example PodMonitor: the `metrics` port of the pods labelled `app: example-app` in `default`.
var exampleMonitor: PodMonitor {
    PodMonitor(
        name: "example-app",
        namespace: "default",
        selector: LabelSelector(matchLabels: ["app": "example-app"])
    ) {
        ScrapeEndpoint(port: "metrics", path: "/metrics")
    }
}
