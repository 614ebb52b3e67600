extension Optional {
    /// Appends `elements` to the list, which is created when absent: in place, where
    /// `(list ?? []) + elements` would build a third list with a copy of every element.
    mutating func appendToList<Element>(_ elements: consuming [Element]) where Wrapped == [Element] {
        if case nil = self { self = elements } else { self!.append(contentsOf: elements) }
    }
}
