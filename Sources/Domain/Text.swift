/// Small text helpers shared by every stage (numbers, ranges, schedules).
extension String {
    /// Without any space (`"08:30 - 17:30"` → `"08:30-17:30"`).
    public func replacingSpaces() -> String { filter { $0 != " " } }

    /// Without leading and trailing spaces.
    public func trimmedSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
