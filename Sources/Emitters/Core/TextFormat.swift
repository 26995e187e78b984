/// How free text is made safe in each provisioning format. Text with line breaks or
/// control characters never reaches here for names and labels (`device-text`) or
/// secrets (`secret-unresolved`); `keyValue` still drops them, so no value can ever
/// start a new setting.
enum TextFormat {
    case xml, keyValue, html

    func escape(_ text: String) -> String {
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
}
