import Foundation
import GraftHTTP
import GraftJSON

extension DashboardPusher {
    /// `pushOne` through the app-platform API: reads the object (and, for a dashboard stored as
    /// v2, its stored version), leaves an unchanged one alone, refuses one another manager owns or
    /// someone edited since Graft's push unless `force`, then creates it or replaces it
    /// conditionally on the `resourceVersion` read; a dry run sends the write with `dryRun=All`.
    func pushOne(_ item: PushItem, model: JSON, through platform: AppPlatformClient, folders: FolderProvisioner,
                 options: PushOptions) async -> DashboardOutcome {
        let uid = item.dashboard.uid ?? ""
        let desired = NormalizedDashboard(model)
        let folderUID = item.folder?.leaf?.uid ?? ""
        let manager = ResourceManager.graft(options.owner)
        let url = "/d/\(uid)"
        func outcome(_ status: DashboardOutcome.Status, diff: String? = nil) -> DashboardOutcome {
            DashboardOutcome(title: item.title, uid: uid, status: status, url: client.absoluteURL(url), diff: diff)
        }
        func failed(_ reason: PushFailure.Reason) -> DashboardOutcome {
            DashboardOutcome(title: item.title, uid: uid, status: .failed(PushFailure(title: item.title, uid: uid, reason: reason)), url: nil, diff: nil)
        }
        do {
            let live = try await platform.liveDashboard(uid: uid)
            var diff: String?
            if let live {
                let current = NormalizedDashboard(live.model)
                let owned = live.object.manager == manager
                let unchanged = !live.storedAsV2 && current.text == desired.text && live.object.folder == folderUID
                if unchanged, owned { return outcome(.unchanged) }
                diff = DashboardPusher.diff(uid: uid, live: current, liveFolder: live.object.folder, desired: desired, folder: folderUID)
                if !options.force {
                    if let other = live.object.manager, other != manager { throw PushFailure(title: item.title, uid: uid, reason: .managedByOther(other)) }
                    // Graft's own write, untouched since: the checksum it recorded is the content there now.
                    var untouched = owned && !live.storedAsV2 && live.object.annotations[AppPlatformObject.Annotation.sourceChecksum] == current.contentHash
                    if !untouched, live.object.manager == nil, !live.storedAsV2 {
                        // Pushed through the classic API (before an upgrade to 12): its version message says so.
                        let version = try await client.version(uid: uid, number: live.object.generation)
                        untouched = version.flatMap { PushMarker(message: $0.message) }.map { $0.contentHash == current.contentHash && ($0.owner ?? options.owner) == options.owner } ?? false
                    }
                    // Content equal to the code, never managed: nothing would be lost by taking it.
                    let adoptable = unchanged && live.object.manager == nil
                    if !untouched, !adoptable {
                        // The annotation names an identity (`user:<uid>`); the classic read names the login, where it still answers.
                        let login = (try? await client.dashboard(uid: uid))??.updatedBy
                        throw PushFailure(title: item.title, uid: uid, reason: .editedOutsideGraft(
                            version: live.object.generation, savedBy: login ?? live.object.annotations[AppPlatformObject.Annotation.updatedBy],
                            savedAt: live.object.annotations[AppPlatformObject.Annotation.updatedTimestamp]))
                    }
                }
            }
            if let path = item.folder { try await folders.ensure(path) }

            var spec = model.objectValue ?? [:]
            // The server keeps these in metadata (mutate.go strips them from the spec).
            for key in ["id", "uid", "version"] { spec.removeValue(forKey: key) }
            let base = live?.object ?? AppPlatformObject(apiVersion: "", kind: AppPlatformResource.dashboards.kind, name: uid, spec: [:])
            var object = base.managed(by: manager, contentHash: desired.contentHash, folder: folderUID,
                                      message: PushMarker(contentHash: desired.contentHash, owner: options.owner).message)
            object.apiVersion = "\(AppPlatformResource.dashboards.group)/\(platform.version(of: .dashboards))"
            object.spec = spec
            if options.dryRun, !options.validateOnServer { return outcome(live == nil ? .wouldCreate : .wouldUpdate, diff: diff) }
            if let live, let other = live.object.manager, other != manager {
                // Grafana refuses to change a manager in place: release it first, then write as Graft.
                // A dry run checks the release, the step Grafana may refuse (a repository's resources).
                let released = try await platform.update(live.object.released(), in: .dashboards, dryRun: options.dryRun)
                if options.dryRun { return outcome(.wouldUpdate, diff: diff) }
                object.resourceVersion = released.resourceVersion
            }
            do {
                if live == nil {
                    _ = try await platform.create(object, in: .dashboards, dryRun: options.dryRun)
                } else {
                    _ = try await platform.update(object, in: .dashboards, dryRun: options.dryRun)
                }
            } catch let error as APIError where error.statusCode == 409 && !options.dryRun {
                // An earlier attempt whose answer was lost may have landed: then all is as wanted.
                if let now = try await platform.liveDashboard(uid: uid), !now.storedAsV2, NormalizedDashboard(now.model).text == desired.text,
                   now.object.folder == folderUID, now.object.manager == manager {
                    return outcome(live == nil ? .created : .updated, diff: diff)
                }
                return failed(.conflict(error))
            }
            if options.dryRun { return outcome(live == nil ? .wouldCreate : .wouldUpdate, diff: diff) }
            return outcome(live == nil ? .created : .updated, diff: diff)
        } catch let error as APIError {
            return failed(.request(error))
        } catch let failure as PushFailure {
            return DashboardOutcome(title: item.title, uid: uid, status: .failed(failure), url: nil, diff: nil)
        } catch {
            return failed(.invalid(problem: "was interrupted before it was pushed"))
        }
    }
}

/// A dashboard as the app-platform API has it, in the classic JSON Graft compares.
struct AppPlatformDashboard: Sendable {
    /// The object read at Graft's (classic) version.
    var object: AppPlatformObject
    /// Whether it is stored in the v2 schema (a dynamic dashboard saved from the UI).
    var storedAsV2: Bool
    /// Its classic JSON: the spec with the uid put back, or, for a v2-stored dashboard whose
    /// conversion failed, the v2 spec itself (so a diff still shows what is there).
    var model: JSON
}

extension AppPlatformClient {
    /// The dashboard `uid` at Graft's version; for one stored as v2 (`status.conversion.storedVersion`)
    /// whose conversion failed, re-read at its stored version.
    func liveDashboard(uid: String) async throws -> AppPlatformDashboard? {
        guard let object = try await get(.dashboards, name: uid) else { return nil }
        let stored = object.storedVersion ?? ""
        let storedAsV2 = stored.hasPrefix("v2")
        var spec = object.spec
        if storedAsV2, object.status["conversion"]?["failed"]?.boolValue == true, let version = apis.readVersion(forStored: stored),
           let v2 = try await get(.dashboards, name: uid, version: version) {
            spec = v2.spec
        }
        spec["uid"] = .string(uid)
        return AppPlatformDashboard(object: object, storedAsV2: storedAsV2, model: .object(spec))
    }
}
