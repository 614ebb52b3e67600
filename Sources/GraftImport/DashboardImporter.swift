import GraftDSL
import GraftJSON
import GraftModel

/// A dashboard imported as Swift source: the file to write, and what rendering it gives back.
public struct ImportedDashboard: Sendable {
    /// The JSON file it came from, as named on the command line.
    public var file: String
    /// The shape that file had.
    public var form: DashboardForm
    /// The Swift constant the source defines (`higressAIDashboard`).
    public var valueName: String
    /// The Swift file's name (`HigressAIDashboard.swift`).
    public var swiftFileName: String
    /// The Swift source.
    public var source: String
    /// The stem of the file `graft render` writes it to (`dashboards/<stem>.json`).
    public var fileStem: String
    /// What rendering the source gives, in Grafana's export format.
    public var renderedJSON: [UInt8]
    /// Whether that is the file byte for byte (an unedited export); otherwise it is the same JSON.
    public var byteIdentical: Bool
    /// What changed on the way in (a panel without an id gets one), for the person importing.
    public var notes: [String]

    /// The Swift file to write: `swiftFileName` in `folder` (a path below the package or output
    /// folder), or at its top when `folder` is nil.
    public func sourceFile(in folder: String? = nil) -> PackageFile {
        PackageFile(path: folder.map { $0 + "/" + swiftFileName } ?? swiftFileName, text: source)
    }
}

/// Turns Grafana dashboard JSON (an export, a plain dashboard, or an API response) into Swift
/// source in Graft's DSL that a person would maintain, and that renders the dashboard back:
/// byte for byte for an export, as equal JSON otherwise. Each import is rendered in-process and
/// compared with its file before it is returned.
public struct DashboardImporter: Sendable {
    /// Swift names taken where the sources go (other dashboards of a package); each import takes one.
    public var takenNames: Set<String>
    /// File stems taken (`dashboards/<stem>.json`); each import takes one.
    public var takenStems: Set<String>
    /// Names to give dashboards by uid: a dashboard imported again keeps its constant (and file).
    public var namesByUID: [String: String] = [:]
    /// The file stems of the dashboards already there, by uid: a dashboard imported again may take
    /// its own stem back, which `takenStems` holds for every other import.
    public var stemsByUID: [String: String] = [:]
    /// The uids of the dashboards imported so far, which a uid made for one without a uid avoids.
    public var takenUIDs: Set<String> = []

    /// 8 MiB: the most bytes of dashboard JSON an import takes. A dashboard is rarely over a few
    /// hundred KB (the Higress one is 84 KB) and an import's time and memory grow with its size, so a
    /// larger file is far more likely a wrong file, or an attack, than a dashboard.
    public static let maximumInputSize = 8 << 20

    /// An importer that avoids `takenNames` and `takenStems`.
    public init(takenNames: Set<String> = [], takenStems: Set<String> = []) {
        self.takenNames = takenNames
        self.takenStems = takenStems
    }

    /// Imports the dashboard in `bytes`, read from `file`; throws an `ImportError` naming the file
    /// and the JSON path of whatever is not a dashboard or cannot be written in the DSL.
    public mutating func importDashboard(_ bytes: [UInt8], file: String) throws -> ImportedDashboard {
        guard bytes.count <= DashboardImporter.maximumInputSize else {
            throw ImportError(file: file, message: "is \(bytes.count) bytes, more than the \(DashboardImporter.maximumInputSize >> 20) MiB a dashboard import reads")
        }
        var source = try DashboardSource(bytes, file: file)
        let fileName = String(file.split(separator: "/").last ?? Substring(file))
        let title = source.model.title ?? ""
        var uidNotes: [String] = []
        if (source.model.uid ?? "").isEmpty {
            // Provisioning and pushing need a uid to update one dashboard rather than add another.
            let uid = DerivedUID.make(title: title, fileName: fileName, taken: takenUIDs)
            source.model.uid = uid
            source.exactBytes = nil
            source.givenUID = uid
            uidNotes.append("the dashboard has no uid; Graft gives it \"\(uid)\", made from its title, which provisioning and pushing need")
        }
        let baseName = DashboardImporter.valueName(title: title, fileName: fileName, uid: source.model.uid)
        let valueName = source.model.uid.flatMap { namesByUID[$0] } ?? DashboardImporter.unique(baseName, taken: takenNames) { $0 + String($1) }
        let ownStem = source.model.uid.flatMap { stemsByUID[$0] }
        let stems = ownStem.map { takenStems.subtracting([$0]) } ?? takenStems
        let stem = DashboardImporter.unique(DashboardImporter.stem(title: title, fileName: fileName, uid: source.model.uid), taken: stems) {
            $0 + "-" + String($1)
        }
        let plan = try DashboardImporter.plan(&source, file: file, valueName: valueName, fileStem: stem)
        takenNames.insert(valueName)
        takenStems.insert(stem)
        if let uid = source.model.uid { takenUIDs.insert(uid) }
        let rendered = Array(plan.rendered.jsonText().utf8)
        return ImportedDashboard(
            file: file, form: source.form, valueName: valueName, swiftFileName: SwiftName.upperFirst(valueName) + ".swift",
            source: DashboardImporter.sourceText(plan, title: title, fileName: fileName, form: source.form, exact: source.exactBytes != nil,
                                                 givenUID: source.givenUID, relaid: source.relaid),
            fileStem: stem, renderedJSON: rendered, byteIdentical: source.exactBytes == rendered, notes: source.notes + uidNotes + plan.notes)
    }

    /// The Swift file: a header saying where it came from, `import Graft`, the label filter
    /// locals, the dashboard.
    private static func sourceText(_ plan: DashboardPlan, title: String, fileName: String, form: DashboardForm, exact: Bool,
                                   givenUID: String?, relaid: Bool) -> String {
        let shape = form.phrase
        var back = exact ? "that file byte for byte" : form == .export || form == .plain ? "that dashboard as JSON" : "its dashboard as JSON"
        if relaid { back += ", its panels where Grafana puts them when it loads it" }
        if let givenUID { back += ", with the uid \"\(givenUID)\" Graft gave it" }
        var text = "// Imported by `graft import` from \(fileName) (\(shape)); rendering it gives back \(back).\n"
        text += "import Graft\n\n"
        for local in plan.locals {
            text += "private let \(local.name): String = " + SwiftLiteral.string(local.text).render(indent: 0, column: 0) + "\n"
        }
        if !plan.locals.isEmpty { text += "\n" }
        text += StyleHelper.declarations(plan.helpers)
        text += "/// " + (title.isEmpty ? "The dashboard" : "The \u{201C}\(title)\u{201D} dashboard") + ", imported from \(fileName).\n"
        text += plan.declaration + "\n"
        for row in plan.rowDeclarations { text += "\n" + row + "\n" }
        return text
    }

    /// The plan of `source`; when the DSL cannot write the file as it is, that of the layout
    /// Grafana gives it on load (then `source` becomes that), or the file's error when neither works.
    private static func plan(_ source: inout DashboardSource, file: String, valueName: String, fileStem: String) throws -> DashboardPlan {
        do {
            return try DashboardPlan(source, file: file, valueName: valueName, fileStem: fileStem)
        } catch let error as ImportError {
            // Grafana loads what the DSL refuses (a panel above its row's header, panels sharing
            // cells) and saves it back laid out its own way: write that, or fail as the file is.
            guard let panels = source.model.panels, let loaded = GrafanaLoadedLayout.loaded(panels) else { throw error }
            var relaid = source
            relaid.model.panels = loaded
            relaid.exactBytes = nil
            relaid.relaid = true
            relaid.notes.append(GrafanaLoadedLayout.note(before: panels, after: loaded, because: error))
            guard let plan = try? DashboardPlan(relaid, file: file, valueName: valueName, fileStem: fileStem) else { throw error }
            source = relaid
            return plan
        }
    }

    /// `higressAIDashboard` for "Higress AI": from the title's ASCII words, or the file's, or the uid's.
    static func valueName(title: String, fileName: String, uid: String?) -> String {
        let stemOfFile = fileName.hasSuffix(".json") ? String(fileName.dropLast(5)) : fileName
        let source = [title, stemOfFile, uid ?? ""].first { !SwiftName.words($0).isEmpty } ?? ""
        let base = SwiftName.lowerCamel(source, fallback: "imported")
        return base.lowercased().hasSuffix("dashboard") ? base : base + "Dashboard"
    }

    /// The title's slug when Kubernetes accepts it as a name (ConfigMaps and CRs are named after
    /// it), else one from the title's, the file's or the uid's ASCII words.
    static func stem(title: String, fileName: String, uid: String?) -> String {
        let slug = Dashboard.slug(title)
        if SwiftName.isStem(slug) { return slug }
        let stemOfFile = fileName.hasSuffix(".json") ? String(fileName.dropLast(5)) : fileName
        return [title, stemOfFile, uid ?? ""].map { SwiftName.stem($0) }.first { !$0.isEmpty } ?? "dashboard"
    }

    /// `base`, or `base` made distinct from `taken` by `numbered(base, 2)`, `3`...
    static func unique(_ base: String, taken: Set<String>, numbered: (String, Int) -> String) -> String {
        guard taken.contains(base) else { return base }
        var number = 2
        while taken.contains(numbered(base, number)) { number += 1 }
        return numbered(base, number)
    }
}
