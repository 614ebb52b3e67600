// Optional members of a model, changed in place by modifiers.
extension Optional {
    /// Changes the value where it is, made from `empty` first when there is none. (Compared with
    /// `nil`, the value would be copied for the comparison; a pattern looks at it in place.)
    mutating func change(orCreate empty: @autoclosure () -> Wrapped, _ change: (inout Wrapped) -> Void) {
        if case nil = self { self = empty() }
        change(&self!)
    }

    /// Appends `elements` to the list, which is created when absent: in place, where
    /// `(list ?? []) + elements` would build a third list with a copy of every element.
    mutating func appendToList<Element>(_ elements: consuming [Element]) where Wrapped == [Element] {
        if case nil = self { self = elements } else { self!.append(contentsOf: elements) }
    }
}
