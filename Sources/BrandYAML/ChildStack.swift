/// The children of the open collections, innermost last. When a collection closes, its children are
/// moved (not copied) into one array of exactly their count: no per-child retain and release, and one
/// allocation per collection instead of a chain of regrowths.
final class ChildStack<Element> {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 256
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func push(_ element: consuming Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// Reads an element in place, without copying it.
    subscript(index: Int) -> Element {
        unsafeAddress { UnsafePointer(storage + index) }
    }

    /// Removes the elements from `start` to the top and returns them in order.
    func popArray(from start: Int) -> [Element] {
        let moving = count - start
        guard moving > 0 else { return [] }
        let source = storage + start
        let array = [Element](unsafeUninitializedCapacity: moving) { buffer, initialized in
            if let destination = buffer.baseAddress {
                destination.moveInitialize(from: source, count: moving)
                initialized = moving
            }
        }
        count = start
        return array
    }

    private func grow() {
        let newCapacity = capacity * 2
        let newStorage = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newStorage.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }
}
