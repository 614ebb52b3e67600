import GraftGrafana

/// `graft push` to one or several Grafana instances: with several, concurrently, each line led by
/// `[context]`, then one summary line per context in the file's order.
enum ContextPush {
    /// Pushes `items` to each target with `options` (its datasource choices replaced by the
    /// target's); `output` gets every line. A target whose datasource binding fails reports that
    /// failure as its summary line; the others still push.
    static func push(_ items: [PushItem], to targets: [GrafanaTarget], options: PushOptions,
                     output: @escaping @Sendable (String) -> Void) async -> [Result<PushResult, any Error>] {
        let several = targets.count > 1
        return await withTaskGroup(of: (Int, Result<PushResult, any Error>).self) { group in
            for (index, target) in targets.enumerated() {
                let lead = several ? "[\(target.name ?? "default")] " : ""
                var targetOptions = options
                targetOptions.datasources = target.datasources
                group.addTask {
                    do {
                        let pusher = DashboardPusher(client: GrafanaClient(target.connection))
                        let result = try await pusher.push(items, options: targetOptions, progress: { output(lead + $0.line) },
                                                           pruneProgress: { output(lead + $0.line) })
                        return (index, .success(result))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var results = [Result<PushResult, any Error>?](repeating: nil, count: targets.count)
            for await (index, result) in group { results[index] = result }
            for (target, result) in zip(targets, results.map { $0! }) {
                let lead = several ? "context \(target.name ?? "default"): " : ""
                switch result {
                case .success(let pushed): output(lead + pushed.summary)
                case .failure(let error): output(lead + "not pushed: \(error)")
                }
            }
            return results.map { $0! }
        }
    }
}
