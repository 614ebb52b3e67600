import Foundation
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The names of Graft's temporary files, `.NAME.graft-PID-RANDOM.tmp` beside the file `NAME` they
/// become: 64 random bits make the name unguessable, so nobody can plant a file or symlink there
/// beforehand; the process id tells a leftover of a killed run (its process is gone) from a file
/// another running Graft is still writing.
enum TemporaryFileName {
    private static let marker = ".graft-"
    private static let suffix = ".tmp"

    /// A fresh name for a temporary file that becomes `name`.
    static func make(for name: String) -> String {
        var random = SystemRandomNumberGenerator()
        let bits = String(random.next() as UInt64, radix: 16)
        return ".\(name)\(marker)\(getpid())-\(String(repeating: "0", count: 16 - bits.count))\(bits)\(suffix)"
    }

    /// The temporary files in `folder` that a Graft process left behind when it was stopped before
    /// renaming them: Graft's names whose process no longer runs. Sorted; empty for a missing folder.
    static func leftovers(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { name in
            guard let pid = writer(of: name) else { return false }
            return kill(pid, 0) != 0 && errno == ESRCH
        }.sorted().map { folder + "/" + $0 }
    }

    /// The process id in `name` when it is one of Graft's temporary names.
    private static func writer(of name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(suffix), let marked = name.range(of: marker, options: .backwards) else { return nil }
        let fields = name[marked.upperBound..<name.index(name.endIndex, offsetBy: -suffix.count)].split(separator: "-")
        guard fields.count == 2, fields[1].count == 16, fields[1].allSatisfy(\.isHexDigit), let pid = pid_t(fields[0]), pid > 0 else { return nil }
        return pid
    }
}
