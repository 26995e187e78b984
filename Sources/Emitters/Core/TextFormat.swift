/// How free text is made safe in each provisioning format. Text with line breaks or
/// control characters never reaches here for names and labels (`device-text`) or
/// secrets (`secret-unresolved`); `keyValue` still drops them, so no value can ever
/// start a new setting.
enum TextFormat {
    case xml, keyValue, html

    func escape(_ text: String) -> String {
        // Most texts (names, numbers, paths) are printable ASCII with nothing to escape;
        // asking Unicode for every scalar's category was 5% of an incremental build.
        if isPlain(text) { return self == .keyValue ? text.trimmingSpaces() : text }
        switch self {
        case .keyValue:
            return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .control }))
                .trimmingSpaces()
        case .xml, .html:
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += "&apos;"
                default:
                    if scalar.properties.generalCategory == .control { continue }
                    out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
    }

    /// Printable ASCII only, and none of the markup characters in XML or HTML.
    private func isPlain(_ text: String) -> Bool {
        let markup = self != .keyValue
        return text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte < 0x7F
                && !(markup && (byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                    || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")))
        }
    }
}
