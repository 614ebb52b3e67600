import Foundation

/// What happened to one dashboard.
public struct DashboardOutcome: Sendable, Hashable {
    /// The kind of outcome.
    public enum Status: Sendable, Hashable {
        /// Created in Grafana.
        case created
        /// Updated in Grafana.
        case updated
        /// Already as the code says: nothing was written.
        case unchanged
        /// Dry run: would be created.
        case wouldCreate
        /// Dry run: would be updated.
        case wouldUpdate
        /// Not pushed.
        case failed(PushFailure)
    }

    /// The dashboard's title.
    public let title: String
    /// The dashboard's uid.
    public let uid: String
    /// What happened.
    public let status: Status
    /// Its absolute URL in Grafana, when it is there.
    public let url: URL?
    /// The unified diff from the live dashboard to the code's, normalised, for updates.
    public let diff: String?

    /// The failure, when it failed.
    public var failure: PushFailure? { if case .failed(let failure) = status { return failure } else { return nil } }

    /// One progress line: `created  uid  "Title"  URL`, or `failed  <the failure's sentence>`.
    public var line: String {
        let label: String
        switch status {
        case .created: label = "created"
        case .updated: label = "updated"
        case .unchanged: label = "unchanged"
        case .wouldCreate: label = "would create"
        case .wouldUpdate: label = "would update"
        case .failed(let failure): return "failed        \(failure)"
        }
        return label.padding(toLength: 14, withPad: " ", startingAt: 0) + "\(uid)  \"\(title)\"" + (url.map { "  \($0.absoluteString)" } ?? "")
    }
}

/// What a push did: one outcome a dashboard, in the order given, and what it created besides.
public struct PushResult: Sendable, Hashable {
    /// One outcome per dashboard, in the order they were given.
    public let outcomes: [DashboardOutcome]
    /// Folders created (in a dry run: that would be created), parents first.
    public let folders: [GrafanaFolder]
    /// Datasources created for datasource inputs.
    public let datasources: [GrafanaDatasource]
    /// Whether this was a dry run.
    public let dryRun: Bool
    /// What `--prune` deleted (in a dry run: would delete), dashboards first.
    public let pruned: [PrunedItem]

    /// A result from its parts.
    public init(outcomes: [DashboardOutcome], folders: [GrafanaFolder], datasources: [GrafanaDatasource], dryRun: Bool, pruned: [PrunedItem] = []) {
        self.outcomes = outcomes
        self.folders = folders
        self.datasources = datasources
        self.dryRun = dryRun
        self.pruned = pruned
    }

    /// How many dashboards had a status matching `matches`.
    private func count(_ matches: (DashboardOutcome.Status) -> Bool) -> Int { outcomes.filter { matches($0.status) }.count }

    /// Dashboards created (or, in a dry run, to create).
    public var created: Int { count { $0 == .created || $0 == .wouldCreate } }
    /// Dashboards updated (or, in a dry run, to update).
    public var updated: Int { count { $0 == .updated || $0 == .wouldUpdate } }
    /// Dashboards left as they were.
    public var unchanged: Int { count { $0 == .unchanged } }
    /// Dashboards not pushed.
    public var failed: Int { count { if case .failed = $0 { return true } else { return false } } }

    /// Whether every dashboard landed (or would), and every deletion.
    public var succeeded: Bool { failed == 0 && pruned.allSatisfy { $0.failure == nil } }

    /// The process exit status for the CLI: 0 when every dashboard landed, 1 otherwise.
    public var exitStatus: Int32 { succeeded ? 0 : 1 }

    /// One line: `Pushed 4 dashboards: 1 created, 1 updated, 1 unchanged, 1 failed.`
    public var summary: String {
        let folderNote = folders.isEmpty ? "" : "; \(folders.count) folder\(folders.count == 1 ? "" : "s") \(dryRun ? "to create" : "created")"
        let datasourceNote = datasources.isEmpty ? "" : "; \(datasources.count) datasource\(datasources.count == 1 ? "" : "s") created"
        let deletedDashboards = pruned.filter { $0.kind == .dashboard && $0.failure == nil }.count
        let deletedFolders = pruned.filter { $0.kind == .folder && $0.failure == nil }.count
        let pruneNote = pruned.isEmpty ? "" : "; \(deletedDashboards) dashboard\(deletedDashboards == 1 ? "" : "s") and \(deletedFolders) folder\(deletedFolders == 1 ? "" : "s") \(dryRun ? "to delete" : "deleted")"
        let noun = outcomes.count == 1 ? "dashboard" : "dashboards"
        if dryRun {
            return "Dry run of \(outcomes.count) \(noun): \(created) to create, \(updated) to update, \(unchanged) unchanged, \(failed) failed\(folderNote)\(pruneNote); nothing was written."
        }
        return "Pushed \(outcomes.count) \(noun): \(created) created, \(updated) updated, \(unchanged) unchanged, \(failed) failed\(folderNote)\(datasourceNote)\(pruneNote)."
    }
}
