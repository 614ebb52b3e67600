import ArgumentParser
import GraftGrafana

/// A datasource URL on the command line (`--prometheus-url`, `--loki-url`). Taken as text when
/// parsed, then checked by `DatasourceOptions.validate()` (still parse time) against
/// `DatasourceURLRule`, because ArgumentParser's message for a refused value repeats it as typed,
/// password and all.
struct DatasourceURLArgument: ExpressibleByArgument, Sendable {
    /// The value as given.
    let text: String

    init?(argument: String) { text = argument }

    /// Throws a `ValidationError` naming `flag`, the URL masked, when it holds user-info.
    func check(_ flag: String) throws {
        do { try DatasourceURLRule.checked(text, source: flag) } catch { throw ValidationError("\(error)") }
    }
}
