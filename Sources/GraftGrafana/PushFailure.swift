import GraftHTTP

/// Why one dashboard was not pushed, told in one sentence that names it.
public struct PushFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// A request failed (status, unreachable host, TLS...).
        case request(APIError)
        /// Someone saved the dashboard between Graft's read and its save (412 or 409).
        case conflict(APIError)
        /// The live version is not the one Graft pushed last: saving would lose someone's edit.
        case editedOutsideGraft(version: Int, savedBy: String?, savedAt: String?)
        /// Another tool (or Git Sync, or file provisioning) manages the dashboard: Graft leaves it alone unless forced.
        case managedByOther(ResourceManager)
        /// A datasource input cannot be bound; `problem` completes "its datasource input NAME ...".
        case unboundInput(name: String, problem: String)
        /// The dashboard itself cannot be pushed; `problem` completes "it ...".
        case invalid(problem: String)
    }

    /// The dashboard's title.
    public let title: String
    /// The dashboard's uid, when it has one.
    public let uid: String?
    /// What went wrong.
    public let reason: Reason

    public var description: String {
        let subject = "Dashboard \"\(title)\"" + (uid.map { " (uid \($0))" } ?? "") + " was not pushed: "
        switch reason {
        case .request(let error):
            return APIError.sentence(subject + error.clause)
        case .conflict(let error):
            return subject + "someone saved it in Grafana while Graft was pushing (\(error.clause)); push again to review that edit."
        case let .editedOutsideGraft(version, savedBy, savedAt):
            let who = savedBy.map { " by \($0)" } ?? ""
            let when = savedAt.map { " at \($0)" } ?? ""
            return subject + "its version \(version) in Grafana was saved\(who)\(when), not by Graft's last push, and would be lost; "
                + "review it with graft diff, then push with --force to overwrite it."
        case .managedByOther(let manager):
            return subject + "Grafana says \(manager) manages it (grafana.app/managedBy), not this catalog; "
                + "push with --force to take it over."
        case let .unboundInput(name, problem):
            return subject + "its datasource input \(name) \(problem)."
        case .invalid(let problem):
            return subject + "it \(problem)."
        }
    }
}
