import Foundation
import PackagePlugin

/// Embeds the files of `Templates/` in the target it is applied to, with the names of the package's
/// (and its dependencies') targets and products and the checkout's path, through `graft-embed-templates`.
/// A plugin, not `.embedInCode` resources: those lose the folder structure and skip dot files. The
/// folder is inside the target so that adding or removing a template makes SwiftPM plan the build anew.
@main
struct EmbedTemplates: BuildToolPlugin {
    /// One build command writing `EmbeddedTemplates.swift`, run again when a template or the package's names change.
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let root = context.package.directoryURL
        // Target.directoryURL needs tools 6.1: the target is where SwiftPM looks by default. URL calls
        // older than macOS 13's appending(path:), which a plugin's deployment target may predate.
        let templates = root.appendingPathComponent("Sources/\(target.name)/Templates")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedTemplates.swift")
        let inputs = (FileManager.default.enumerator(at: templates, includingPropertiesForKeys: [.isRegularFileKey])?.allObjects as? [URL] ?? [])
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
        return [.buildCommand(
            displayName: "Embedding the templates in \(target.name)",
            executable: try context.tool(named: "graft-embed-templates").url,
            arguments: [templates.path, output.path, root.path]
                + names(of: context.package).sorted(),
            inputFiles: inputs,
            outputFiles: [output])]
    }

    /// The names of `package`'s targets and products and those of every package it depends on. The
    /// plugin API lists no plugin targets: those are the folders of `Plugins/`, where SwiftPM looks for them.
    private func names(of package: Package) -> Set<String> {
        let plugins = (try? FileManager.default.contentsOfDirectory(atPath: package.directoryURL.appendingPathComponent("Plugins").path)) ?? []
        var names = Set(package.targets.map(\.name) + package.products.map(\.name) + plugins.filter { !$0.hasPrefix(".") })
        for dependency in package.dependencies { names.formUnion(self.names(of: dependency.package)) }
        return names
    }
}
