/// The one grammar of the names a configuration gives to things: users, hunt groups,
/// IVR menus, schedules (the keys of `schedules:`), porting requests and orders — and,
/// stricter, customers. These names become Asterisk context names, output file names
/// and diagram ids, so the grammar admits only characters that mean nothing in any of
/// those formats. `id-format` reports every name outside it; the Asterisk writer
/// relies on that (and reduces anything else to a harmless form). In Domain because
/// both ends use it: the parser and rules that enforce it, the emitters that rely on it.
public enum IDGrammar {
    /// Longest name: Asterisk cuts context names at 79 characters, and the longest
    /// context is `<customer>-menu-<name>-closed` (24 + 6 + 40 + 7 = 77).
    public static let maxNameLength = 40
    /// Longest customer id (it starts every context name; see `maxNameLength`).
    public static let maxCustomerIDLength = 24

    /// `isName` and `isCustomerID` as JSON Schema (ECMA 262) patterns (the pattern of
    /// an entity id, which also leaves out the reserved words, is the config language's:
    /// Parser/Model/ReservedWords.swift).
    public static let namePattern = "^[a-z][a-z0-9._-]{0,\(maxNameLength - 1)}$"
    public static let customerIDPattern = "^[a-z0-9-]{1,\(maxCustomerIDLength)}$"

    /// A name: a lower-case letter, then `a-z 0-9 - _ .`, at most `maxNameLength` long.
    public static func isName(_ text: String) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if count == 1 ? !isLetter(scalar) : !isNameCharacter(scalar) { return false }
        }
        return count > 0 && count <= maxNameLength
    }

    /// A customer id: `a-z 0-9 -`, at most `maxCustomerIDLength` long (it names the
    /// output folder too).
    public static func isCustomerID(_ text: String) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if !(isLetter(scalar) || isDigit(scalar) || scalar == "-") { return false }
        }
        return count > 0 && count <= maxCustomerIDLength
    }

    public static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isDigit(scalar) || scalar == "-" || scalar == "_" || scalar == "."
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
