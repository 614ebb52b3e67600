import Foundation
import GraftHTTP

/// One dashboard or folder `--prune` deleted (or, in a dry run, would delete), or failed to.
public struct PrunedItem: Sendable, Hashable {
    /// What was pruned.
    public enum Kind: String, Sendable, Hashable {
        /// A dashboard that left the catalog.
        case dashboard
        /// A folder Graft created, left empty.
        case folder
    }

    /// Dashboard or folder.
    public let kind: Kind
    /// Its uid.
    public let uid: String
    /// Its title.
    public let title: String
    /// Whether this was a dry run (nothing deleted).
    public let dryRun: Bool
    /// Why it could not be deleted, when it could not.
    public let failure: APIError?

    /// One progress line: `deleted  dashboard  uid  "Title"`, or the failure.
    public var line: String {
        if let failure { return "failed        \(kind.rawValue) \(uid) \"\(title)\" was not deleted: \(failure)" }
        return (dryRun ? "would delete" : "deleted").padding(toLength: 14, withPad: " ", startingAt: 0) + "\(kind.rawValue)  \(uid)  \"\(title)\""
    }
}

extension DashboardPusher {
    /// Prune through the app-platform API: the dashboards whose manager is this catalog's and
    /// whose uid is not in `keep`, then the folders it created that hold nothing any more and that
    /// no pushed dashboard uses, children before parents. A dry run deletes with `dryRun=All`.
    func prune(through platform: AppPlatformClient, keeping keep: Set<String>, folders used: Set<String>,
               options: PushOptions) async -> [PrunedItem] {
        let manager = ResourceManager.graft(options.owner)
        var pruned: [PrunedItem] = []
        let dashboards: [AppPlatformObject], folders: [AppPlatformObject]
        do {
            dashboards = try await platform.list(.dashboards)
            folders = try await platform.list(.folders)
        } catch let error as APIError {
            return [PrunedItem(kind: .dashboard, uid: "*", title: "(listing)", dryRun: options.dryRun, failure: error)]
        } catch { return [] }
        var remaining = dashboards
        for dashboard in dashboards where dashboard.manager == manager && !keep.contains(dashboard.name) {
            let title = dashboard.spec["title"]?.stringValue ?? dashboard.name
            do {
                if !options.dryRun || options.validateOnServer { try await platform.delete(.dashboards, name: dashboard.name, dryRun: options.dryRun) }
                remaining.removeAll { $0.name == dashboard.name }
                pruned.append(PrunedItem(kind: .dashboard, uid: dashboard.name, title: title, dryRun: options.dryRun, failure: nil))
            } catch let error as APIError {
                pruned.append(PrunedItem(kind: .dashboard, uid: dashboard.name, title: title, dryRun: options.dryRun, failure: error))
            } catch {}
        }
        var left = folders
        // A folder goes once nothing is in it; removing one may empty its parent, so repeat.
        var progress = true
        while progress {
            progress = false
            for folder in left where folder.manager == manager && !used.contains(folder.name) {
                let holds = remaining.contains { $0.folder == folder.name } || left.contains { $0.folder == folder.name }
                if holds { continue }
                let title = folder.spec["title"]?.stringValue ?? folder.name
                left.removeAll { $0.name == folder.name }
                progress = true
                do {
                    if !options.dryRun || options.validateOnServer { try await platform.delete(.folders, name: folder.name, dryRun: options.dryRun) }
                    pruned.append(PrunedItem(kind: .folder, uid: folder.name, title: title, dryRun: options.dryRun, failure: nil))
                } catch let error as APIError {
                    pruned.append(PrunedItem(kind: .folder, uid: folder.name, title: title, dryRun: options.dryRun, failure: error))
                } catch {}
            }
        }
        return pruned
    }

    /// Prune through the classic API: the dashboards whose current version Graft saved for this
    /// catalog (its version message) and whose uid is not in `keep`. Folders are left: the
    /// classic API records no owner for them.
    func prune(keeping keep: Set<String>, options: PushOptions) async -> [PrunedItem] {
        var pruned: [PrunedItem] = []
        do {
            var hits: [SearchHit] = []
            var page = 1
            while true {
                let batch = try await client.search(SearchQuery(type: "dash-db", limit: 1000, page: page))
                hits += batch
                if batch.count < 1000 { break }
                page += 1
            }
            for hit in hits where !keep.contains(hit.uid) {
                guard let live = try await client.dashboard(uid: hit.uid),
                      let version = try await client.version(uid: hit.uid, number: live.version),
                      PushMarker(message: version.message)?.owner == options.owner else { continue }
                do {
                    if !options.dryRun { try await client.deleteDashboard(uid: hit.uid) }
                    pruned.append(PrunedItem(kind: .dashboard, uid: hit.uid, title: hit.title, dryRun: options.dryRun, failure: nil))
                } catch let error as APIError {
                    pruned.append(PrunedItem(kind: .dashboard, uid: hit.uid, title: hit.title, dryRun: options.dryRun, failure: error))
                }
            }
        } catch let error as APIError {
            pruned.append(PrunedItem(kind: .dashboard, uid: "*", title: "(listing)", dryRun: options.dryRun, failure: error))
        } catch {}
        return pruned
    }
}
