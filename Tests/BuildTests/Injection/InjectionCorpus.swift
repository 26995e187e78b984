/// The values the injection property writes into every field: what ends a line,
/// opens a section, comment, variable, expression, element, string or block in one of
/// pbxc's output formats, and a few combinations. Each is embedded in the field's
/// ordinary text (`InjectionCorpus.embed`).
enum InjectionCorpus {
    static let values: [(name: String, text: String)] = [
        ("newline", "x\ny"),
        ("carriage return", "x\ry"),
        ("CRLF", "x\r\ny"),
        ("NUL", "x\u{0}y"),
        ("semicolon", "x;y"),
        ("brackets", "x[y]z"),
        ("comma", "x,y"),
        ("closing parenthesis", "x)y"),
        ("opening parenthesis", "x(y"),
        ("Asterisk function", "${SHELL(id)}"),
        ("Asterisk expression", "$[1+1]"),
        ("include directive", "\n#include /etc/passwd\n"),
        ("double quote", "x\"y"),
        ("single quote", "x'y"),
        ("less than", "x<y"),
        ("ampersand", "x&y"),
        ("CDATA end", "x]]>y"),
        ("script", "</script><script>alert(1)</script>"),
        ("template", "{{x}}"),
        ("comment end", "x-->y"),
        ("backticks", "`x` ```"),
        ("bidi override", "x\u{202E}y"),
        ("line separator", "x\u{2028}y"),
        ("new context", "x\n[evil]\nexten => _X.,1,Dial(PJSIP/x)"),
        ("new setting", "x\naccount.1.sip_server.1.address = evil.example\n"),
        ("new element", "x\"/><evil a=\"1\"/><x y=\""),
        ("Markdown", "x\n# Heading\n- item [l](https://evil.example) ![i](https://evil.example/i.png) <b>b</b>"),
        ("Mermaid", "x\"] --> evil[\"y"),
        ("DOT", "x\"]; evil [label=\"y"),
        ("YAML front matter", "x\n---\ntitle: evil"),
        ("JSON", "x\", \"evil\": \"y"),
    ]

    /// `payload` inside `clean`: before an `@` (the local part of an e-mail address),
    /// else in the middle.
    static func embed(_ payload: String, in clean: String) -> String {
        let characters = Array(clean)
        let at = characters.firstIndex(of: "@") ?? characters.count / 2
        return String(characters[..<at]) + payload + String(characters[at...])
    }
}

/// The content of a YAML double-quoted scalar: `\` and `"` escaped, and every
/// character YAML would not take as it stands (controls, NUL, line and paragraph
/// separators, bidi controls and other format characters) as an escape.
enum YAMLQuoted {
    static func content(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0}": out += "\\0"
            default:
                let category = scalar.properties.generalCategory
                if [.control, .format, .lineSeparator, .paragraphSeparator].contains(category) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += scalar.value > 0xFFFF ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
