import Domain
import Parser

/// `extension-format`: an extension is 2, 3 or 4 digits.
enum ExtensionFormat: CustomerRule {
    static let description = RuleDescription(
        id: "extension-format", severity: .error, section: .extensions,
        summary: "an extension must be 2, 3 or 4 digits",
        rationale: """
        "Een vrij in te voeren nummer van 2, 3 of 4 cijfers". Leading \
        zeros are kept: `extension: 0201` is the extension "0201".
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: ↓"20115" }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "2011" }]"#)])

    static func check(_ c: CustomerContext) {
        var extensions = c.entities.all.compactMap(\.extensionNumber)
        if let ext = c.customer.company?.voicemail?.extensionNumber { extensions.append(ext) }
        for ext in extensions where !CustomerContext.looksLikeExtension(ext.value) {
            let inUse = c.entities.all.compactMap(\.extensionNumber?.value)
                .filter { CustomerContext.looksLikeExtension($0) }.sorted()
            let digitsOnly = ext.value.allSatisfy { $0.isASCII && $0.isNumber }
            let message = digitsOnly
                ? "extension \"\(ext.value)\" has \(ext.value.count) digits; extensions have 2, 3 or 4"
                : "extension \"\(ext.value)\" must be digits only (2, 3 or 4 of them)"
            c.report(description, at: ext.location, message,
                     notes: inUse.isEmpty ? [] : [("extensions in use: \(inUse.prefix(8).joined(separator: ", "))", nil)])
        }
    }
}
