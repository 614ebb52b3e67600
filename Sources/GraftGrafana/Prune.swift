import Foundation
import GraftHTTP
import GraftJSON

/// One dashboard or folder `--prune` deleted (or, in a dry run, would delete), or left with a reason.
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
    /// Why it was not deleted, completing "... was not deleted: ", when it was not.
    public let failure: String?

    /// One progress line: `deleted  dashboard  uid  "Title"`, or why not.
    public var line: String {
        if let failure { return "failed        \(kind.rawValue) \(uid) \"\(title)\" was not deleted: \(failure)" }
        return (dryRun ? "would delete" : "deleted").padding(toLength: 14, withPad: " ", startingAt: 0) + "\(kind.rawValue)  \(uid)  \"\(title)\""
    }
}

extension DashboardPusher {
    /// Deletes one dashboard or folder through `delete` (skipped in a dry run that does not
    /// validate on the server); every failure becomes the item's reason.
    private func prune(_ kind: PrunedItem.Kind, uid: String, title: String, options: PushOptions,
                       refusal: String? = nil, delete: () async throws -> Void) async -> PrunedItem {
        if let refusal { return PrunedItem(kind: kind, uid: uid, title: title, dryRun: options.dryRun, failure: refusal) }
        do {
            try await delete()
            return PrunedItem(kind: kind, uid: uid, title: title, dryRun: options.dryRun, failure: nil)
        } catch let error as APIError {
            return PrunedItem(kind: kind, uid: uid, title: title, dryRun: options.dryRun, failure: APIError.sentence(error.clause))
        } catch {
            return PrunedItem(kind: kind, uid: uid, title: title, dryRun: options.dryRun, failure: "the prune was interrupted.")
        }
    }

    /// Why an owned dashboard that left the catalog is kept: someone edited it after Graft's push
    /// (unless `force`), so deleting it would lose that edit.
    private func editRefusal(edited: Bool, by savedBy: String?, at savedAt: String?, force: Bool) -> String? {
        guard edited, !force else { return nil }
        return "it was edited in Grafana after Graft pushed it" + (savedBy.map { " (by \($0)" + (savedAt.map { " at \($0)" } ?? "") + ")" } ?? "")
            + "; delete it by hand, or prune with --force."
    }

    /// Prune through the app-platform API: the dashboards whose manager is this catalog's and
    /// whose uid is not in `keep`, then the folders it created that hold nothing any more and that
    /// no pushed dashboard uses, children before parents. A dry run deletes with `dryRun=All`.
    func prune(through platform: AppPlatformClient, keeping keep: Set<String>, folders used: Set<String>,
               options: PushOptions) async -> [PrunedItem] {
        let manager = ResourceManager.graft(options.owner)
        let validate = !options.dryRun || options.validateOnServer
        let dashboards: [AppPlatformObject], folders: [AppPlatformObject]
        do {
            dashboards = try await platform.list(.dashboards)
            folders = try await platform.list(.folders)
        } catch {
            return [await prune(.dashboard, uid: "*", title: "(listing)", options: options) { throw error }]
        }
        var pruned: [PrunedItem] = []
        var remaining = dashboards
        for dashboard in dashboards where dashboard.manager == manager && !keep.contains(dashboard.name) {
            var model = dashboard.spec
            model["uid"] = .string(dashboard.name)
            let edited = dashboard.storedVersion?.hasPrefix("v2") == true
                || dashboard.annotations[AppPlatformObject.Annotation.sourceChecksum] != NormalizedDashboard(.object(model)).contentHash
            let refusal = editRefusal(edited: edited, by: dashboard.annotations[AppPlatformObject.Annotation.updatedBy],
                                      at: dashboard.annotations[AppPlatformObject.Annotation.updatedTimestamp], force: options.force)
            let item = await prune(.dashboard, uid: dashboard.name, title: dashboard.spec["title"]?.stringValue ?? dashboard.name,
                                   options: options, refusal: refusal) {
                if validate { try await platform.delete(.dashboards, name: dashboard.name, dryRun: options.dryRun) }
            }
            if item.failure == nil { remaining.removeAll { $0.name == dashboard.name } }
            pruned.append(item)
        }
        var left = folders
        // A folder goes once nothing is in it; removing one may empty its parent, so repeat.
        var progress = true
        while progress {
            progress = false
            for folder in left where folder.manager == manager && !used.contains(folder.name) {
                if remaining.contains(where: { $0.folder == folder.name }) || left.contains(where: { $0.folder == folder.name }) { continue }
                left.removeAll { $0.name == folder.name }
                progress = true
                pruned.append(await prune(.folder, uid: folder.name, title: folder.spec["title"]?.stringValue ?? folder.name, options: options) {
                    if validate { try await platform.delete(.folders, name: folder.name, dryRun: options.dryRun) }
                })
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
            let hits = try await client.searchAll(SearchQuery(type: "dash-db", limit: 1000))
            for hit in hits where !keep.contains(hit.uid) {
                // The latest version is Graft's for this catalog; any other version means someone
                // else saved it last, and then it is not Graft's to delete.
                guard let live = try await client.dashboard(uid: hit.uid),
                      let version = try await client.version(uid: hit.uid, number: live.version),
                      let marker = PushMarker(message: version.message), marker.owner == options.owner else { continue }
                let refusal = editRefusal(edited: marker.contentHash != NormalizedDashboard(live.model).contentHash,
                                          by: live.updatedBy, at: live.updated, force: options.force)
                pruned.append(await prune(.dashboard, uid: hit.uid, title: hit.title, options: options, refusal: refusal) {
                    if !options.dryRun { try await client.deleteDashboard(uid: hit.uid) }
                })
            }
        } catch {
            pruned.append(await prune(.dashboard, uid: "*", title: "(listing)", options: options) { throw error })
        }
        return pruned
    }
}
