/// A line-based unified diff (`diff -u` format) between two texts, by Myers' algorithm.
public enum UnifiedDiff {
    /// Beyond this many differing lines the diff replaces the whole changed middle instead of
    /// searching for the shortest edit (memory grows with the square of the edit count).
    static let maximumEditDistance = 2000

    /// The diff from `old` to `new` with `context` unchanged lines around each change, under
    /// `--- oldName` / `+++ newName` headers; empty when the texts are equal.
    public static func make(from old: String, to new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        let script = editScript(a, b)
        guard script.contains(where: { $0.kind != .equal }) else { return "" }
        var output = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks(script, context: context) {
            let lines = script[hunk]
            let oldCount = lines.filter { $0.kind != .insert }.count
            let newCount = lines.filter { $0.kind != .delete }.count
            let first = lines.first!
            output += "@@ -\(range(first.oldIndex, oldCount)) +\(range(first.newIndex, newCount)) @@\n"
            for edit in lines {
                switch edit.kind {
                case .equal: output += " " + a[edit.oldIndex] + "\n"
                case .delete: output += "-" + a[edit.oldIndex] + "\n"
                case .insert: output += "+" + b[edit.newIndex] + "\n"
                }
            }
        }
        return output
    }

    /// One step of the edit script; `oldIndex`/`newIndex` are the positions reached in each text.
    struct Edit: Equatable {
        enum Kind { case equal, delete, insert }
        let kind: Kind
        let oldIndex: Int
        let newIndex: Int
    }

    /// `l,s` of a hunk header: 1-based start, or the line before when the side is empty.
    private static func range(_ index: Int, _ count: Int) -> String {
        let start = count == 0 ? index : index + 1
        return count == 1 ? "\(start)" : "\(start),\(count)"
    }

    /// Index ranges of the script that form hunks: changes with `context` lines around, merged when they touch.
    private static func hunks(_ script: [Edit], context: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for (index, edit) in script.enumerated() where edit.kind != .equal {
            let lower = max(0, index - context), upper = min(script.count, index + context + 1)
            if let last = result.last, lower <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, upper)
            } else {
                result.append(lower..<upper)
            }
        }
        return result
    }

    /// The shortest edit script from `a` to `b` (common prefix and suffix first, then Myers).
    static func editScript(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var script = (0..<prefix).map { Edit(kind: .equal, oldIndex: $0, newIndex: $0) }
        let middleA = Array(a[prefix..<(a.count - suffix)]), middleB = Array(b[prefix..<(b.count - suffix)])
        script += myers(middleA, middleB).map { Edit(kind: $0.kind, oldIndex: $0.oldIndex + prefix, newIndex: $0.newIndex + prefix) }
        script += (0..<suffix).map { Edit(kind: .equal, oldIndex: a.count - suffix + $0, newIndex: b.count - suffix + $0) }
        return script
    }

    private static func myers(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        let n = a.count, m = b.count
        let replaceAll = (0..<n).map { Edit(kind: .delete, oldIndex: $0, newIndex: 0) } + (0..<m).map { Edit(kind: .insert, oldIndex: n, newIndex: $0) }
        guard n > 0, m > 0 else { return replaceAll }
        let limit = min(n + m, maximumEditDistance)
        // v[k] = furthest x on diagonal k; trace[d] keeps v's diagonals -d...d before step d.
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        let offset = limit + 1
        var trace: [[Int]] = []
        for d in 0...limit {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m { return backtrack(trace, n: n, m: m, depth: d) }
            }
        }
        return replaceAll
    }

    private static func backtrack(_ trace: [[Int]], n: Int, m: Int, depth: Int) -> [Edit] {
        var edits: [Edit] = []
        var x = n, y = m
        for d in stride(from: depth, to: 0, by: -1) {
            let v = trace[d]
            func at(_ k: Int) -> Int { v[k + d] }
            let k = x - y
            let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let previousX = at(previousK), previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                edits.append(Edit(kind: .equal, oldIndex: x, newIndex: y))
            }
            if x == previousX {
                y -= 1
                edits.append(Edit(kind: .insert, oldIndex: x, newIndex: y))
            } else {
                x -= 1
                edits.append(Edit(kind: .delete, oldIndex: x, newIndex: y))
            }
        }
        while x > 0, y > 0 {
            x -= 1
            y -= 1
            edits.append(Edit(kind: .equal, oldIndex: x, newIndex: y))
        }
        return edits.reversed()
    }
}
