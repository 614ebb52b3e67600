import Foundation
import GraftHTTP
import GraftJSON
import GraftModel

/// Pushes dashboards to Grafana: binds their datasource inputs, creates missing folders, and
/// creates or updates each dashboard that differs from the code, several at a time; through the
/// app-platform API where the server serves it (12.x, 13.x), else the classic one.
///
/// Safe by default: a dashboard whose live version was not saved by Graft's last push (someone
/// edited it in the UI or through the API) is refused unless `force`; saves carry the live
/// `version`, so an edit made meanwhile fails with a conflict instead of being overwritten.
/// Unchanged dashboards get no write request at all.
public struct DashboardPusher: Sendable {
    /// The client it pushes through.
    public let client: GrafanaClient

    /// A pusher writing through `client`.
    public init(client: GrafanaClient) { self.client = client }

    /// Pushes `items` (in a dry run, plans them). `progress` gets each dashboard's outcome as it
    /// finishes. Throws a `PushFailure` only when a datasource input cannot be bound, before
    /// anything is written; every other failure is one dashboard's outcome and the rest still land.
    public func push(_ items: [PushItem], options: PushOptions = PushOptions(),
                     progress: @escaping @Sendable (DashboardOutcome) -> Void = { _ in },
                     pruneProgress: @escaping @Sendable (PrunedItem) -> Void = { _ in }) async throws -> PushResult {
        var outcomes = [DashboardOutcome?](repeating: nil, count: items.count)
        var valid: [Int] = []
        var seen: [String: String] = [:]
        for (index, item) in items.enumerated() {
            let uid = item.dashboard.uid ?? ""
            let problem: String?
            if uid.isEmpty {
                problem = "has no uid, and Graft finds dashboards in Grafana by uid; give it one"
            } else if let other = seen[uid] {
                problem = "has the same uid as dashboard \"\(other)\"; give each dashboard its own"
            } else {
                problem = nil
                seen[uid] = item.title
                valid.append(index)
            }
            if let problem {
                let failure = PushFailure(title: item.title, uid: uid.isEmpty ? nil : uid, reason: .invalid(problem: problem))
                let outcome = DashboardOutcome(title: item.title, uid: uid, status: .failed(failure), url: nil, diff: nil)
                outcomes[index] = outcome
                progress(outcome)
            }
        }

        let platform: AppPlatformClient?
        do {
            platform = try await discoverAppPlatform()
        } catch let error as APIError {
            // Which API to write through is unknown: nothing is written, each dashboard says why.
            for index in valid {
                let item = items[index]
                let failure = PushFailure(title: item.title, uid: item.dashboard.uid, reason: .request(error))
                let outcome = DashboardOutcome(title: item.title, uid: item.dashboard.uid ?? "", status: .failed(failure), url: nil, diff: nil)
                outcomes[index] = outcome
                progress(outcome)
            }
            return PushResult(outcomes: outcomes.map { $0! }, folders: [], datasources: [], dryRun: options.dryRun)
        }
        let resolver = DatasourceResolver(client: client, choices: options.datasources, dryRun: options.dryRun)
        let (bindings, datasources) = try await resolver.resolve(valid.map { items[$0] })
        let folders = FolderProvisioner(client: client, platform: platform, owner: ResourceManager.graft(options.owner), dryRun: options.dryRun,
                                         validateOnServer: options.validateOnServer)
        let work = zip(valid, bindings).map { index, binding in (index, items[index], binding.apply(to: items[index].dashboard)) }

        await withTaskGroup(of: (Int, DashboardOutcome).self) { group in
            var next = 0
            func startNext() {
                guard next < work.count else { return }
                let (index, item, model) = work[next]
                next += 1
                group.addTask {
                    if let platform { return (index, await pushOne(item, model: model, through: platform, folders: folders, options: options)) }
                    return (index, await pushOne(item, model: model, folders: folders, options: options))
                }
            }
            for _ in 0..<options.concurrency { startNext() }
            for await (index, outcome) in group {
                outcomes[index] = outcome
                progress(outcome)
                startNext()
            }
        }
        let done = outcomes.map { $0! }
        var pruned: [PrunedItem] = []
        if options.prune {
            let keep = Set(items.compactMap(\.dashboard.uid))
            let folderUIDs = Set(items.flatMap { $0.folder?.folders.map(\.uid) ?? [] })
            if let platform {
                pruned = await prune(through: platform, keeping: keep, folders: folderUIDs, options: options)
            } else {
                pruned = await prune(keeping: keep, options: options)
            }
            pruned.forEach(pruneProgress)
        }
        return PushResult(outcomes: done, folders: await folders.created, datasources: datasources, dryRun: options.dryRun, pruned: pruned)
    }

    /// The app-platform client when the server serves `dashboard.grafana.app` and
    /// `folder.grafana.app` in a version Graft speaks, found once per push; `nil` for the classic
    /// API. Throws when discovery fails: guessing the API could write a 13.x dashboard through the
    /// deprecated one, without its manager annotations.
    func discoverAppPlatform() async throws -> AppPlatformClient? {
        AppPlatformClient(client, apis: try await client.discover())
    }

    /// Plans, checks and (unless a dry run) saves one dashboard; every failure becomes its outcome.
    private func pushOne(_ item: PushItem, model: JSON, folders: FolderProvisioner, options: PushOptions) async -> DashboardOutcome {
        let uid = item.dashboard.uid ?? ""
        let desired = NormalizedDashboard(model)
        let folderUID = item.folder?.leaf?.uid ?? ""
        func outcome(_ status: DashboardOutcome.Status, url: String? = nil, diff: String? = nil) -> DashboardOutcome {
            DashboardOutcome(title: item.title, uid: uid, status: status, url: url.flatMap(client.absoluteURL), diff: diff)
        }
        func failed(_ reason: PushFailure.Reason) -> DashboardOutcome {
            outcome(.failed(PushFailure(title: item.title, uid: uid, reason: reason)))
        }
        do {
            let live = try await client.dashboard(uid: uid)
            var diff: String?
            if let live {
                let current = NormalizedDashboard(live.model)
                if current.text == desired.text, live.folderUID == folderUID { return outcome(.unchanged, url: live.url) }
                diff = DashboardPusher.diff(uid: uid, live: current, liveFolder: live.folderUID, desired: desired, folder: folderUID)
                if !options.force { try await requireLastSaveByGraft(item, live: live, content: current) }
            }
            if let path = item.folder { try await folders.ensure(path) }
            if options.dryRun { return outcome(live == nil ? .wouldCreate : .wouldUpdate, url: live?.url, diff: diff) }

            var body = model.objectValue ?? [:]
            if let live { body["version"] = .int(live.version) }
            let save = DashboardSave(dashboard: .object(body), folderUID: folderUID,
                                     message: PushMarker(contentHash: desired.contentHash, owner: options.owner).message, overwrite: options.force)
            do {
                let saved = try await client.saveDashboard(save)
                return outcome(live == nil ? .created : .updated, url: saved.url, diff: diff)
            } catch let error as APIError where error.isVersionConflict {
                // An earlier attempt whose answer was lost may have landed: then all is as wanted.
                if let now = try await client.dashboard(uid: uid), NormalizedDashboard(now.model).text == desired.text, now.folderUID == folderUID {
                    return outcome(live == nil ? .created : .updated, url: now.url, diff: diff)
                }
                return failed(.conflict(error))
            }
        } catch let error as APIError {
            return failed(.request(error))
        } catch let failure as PushFailure {
            return outcome(.failed(failure))
        } catch {
            return failed(.invalid(problem: "was interrupted before it was pushed"))
        }
    }

    /// Refuses (throws) unless Grafana's latest version is the one Graft pushed last, with the content it has now.
    private func requireLastSaveByGraft(_ item: PushItem, live: LiveDashboard, content: NormalizedDashboard) async throws {
        let latest = try await client.version(uid: item.dashboard.uid ?? "", number: live.version)
        if let latest, PushMarker(message: latest.message)?.contentHash == content.contentHash { return }
        throw PushFailure(title: item.title, uid: item.dashboard.uid, reason: .editedOutsideGraft(
            version: live.version, savedBy: live.updatedBy ?? latest?.createdBy, savedAt: live.updated ?? latest?.created))
    }

    /// The normalised unified diff from the live dashboard to the code's, led by a line when the folder changes.
    static func diff(uid: String, live: NormalizedDashboard, liveFolder: String, desired: NormalizedDashboard, folder: String) -> String {
        let move = liveFolder == folder ? "" : "folder: \(liveFolder.isEmpty ? "(root)" : liveFolder) -> \(folder.isEmpty ? "(root)" : folder)\n"
        return move + UnifiedDiff.make(from: live.text, to: desired.text, oldName: "grafana/\(uid).json", newName: "graft/\(uid).json")
    }
}
