/// The pairs of one mapping, by the index of their key in the mapping's schema, and
/// where the next lookup by name starts.
///
/// Decoders ask for a mapping's keys by name, in the order the schema declares them
/// (DecodeUsers.swift asks for all sixteen of a user's), so a lookup almost always
/// matches at the cursor with one String comparison; a scan over the keys from the
/// start cost 2% of a check's instructions. A `ManagedBuffer`, so the cursor moves
/// under an `ObjectReader` held in a `let`, without a second allocation per mapping.
final class SlotTable: ManagedBuffer<SlotTable.Header, YAMLPair?> {
    struct Header {
        let count: Int
        var cursor: Int
    }

    static func make(count: Int) -> SlotTable {
        let buffer = create(minimumCapacity: count) { _ in Header(count: count, cursor: 0) }
        let table = unsafeDowncast(buffer, to: SlotTable.self)
        table.withUnsafeMutablePointerToElements { $0.initialize(repeating: nil, count: count) }
        return table
    }

    deinit {
        withUnsafeMutablePointers { header, elements in _ = elements.deinitialize(count: header.pointee.count) }
    }

    // Through pointers, not `header`: a class's stored property is checked for
    // exclusive access at run time on every read, which cost more than the scan saved.
    subscript(index: Int) -> YAMLPair? {
        get {
            withUnsafeMutablePointers { header, elements in
                precondition(index >= 0 && index < header.pointee.count)
                return elements[index]
            }
        }
        set {
            withUnsafeMutablePointers { header, elements in
                precondition(index >= 0 && index < header.pointee.count)
                elements[index] = newValue
            }
        }
    }

    /// The index of `key` in `schema`: at the cursor when the decoder asks in schema
    /// order, else by the schema's own search. The cursor moves past the key found.
    func index(of key: String, in schema: ObjectSchema) -> Int? {
        withUnsafeMutablePointerToHeader { header in
            let next = header.pointee.cursor
            let found: Int
            if next < schema.keys.count, schema.keys[next] == key {
                found = next
            } else {
                guard let i = schema.index(of: key) else { return nil }
                found = i
            }
            header.pointee.cursor = found + 1
            return found
        }
    }
}
