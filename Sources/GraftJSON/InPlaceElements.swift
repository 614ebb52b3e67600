extension Array {
    /// Calls `body` with each element where it lies in the array's storage, for writers that only
    /// read it. An element read out of an array is a copy, which costs a reference count for every
    /// string and array inside it; passed `inout`, it is not copied. `body` must not change it.
    @inlinable
    func forEachInPlace(_ body: (inout Element) -> Void) {
        withUnsafeBufferPointer { elements in
            guard let start = elements.baseAddress else { return }
            let element = UnsafeMutablePointer(mutating: start)
            for index in elements.indices { body(&element[index]) }
        }
    }
}
