import Parser

/// `extension-prefix`: an extension that begins another makes phones wait.
enum ExtensionPrefix: CustomerRule {
    static let description = RuleDescription(
        id: "extension-prefix", severity: .warning, section: .extensions,
        summary: "one extension is a prefix of another (20 / 201): phones must wait for a dial time-out — beyond",
        rationale: """
        When both 20 and 201 exist, a phone that has seen "20" cannot know whether more digits follow, \
        so calls to 20 wait for the dial time-out. Keep extensions of one length where you can.
        """,
        bad: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: ↓"20" }
          - { id: piet, name: Piet, extension: "201" }
        """)],
        good: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "200" }
          - { id: piet, name: Piet, extension: "201" }
        """)])

    static func check(_ c: CustomerContext) {
        let extensions = c.entities.all.compactMap { $0.extensionNumber }
            .filter { CustomerContext.looksLikeExtension($0.value) }
        // In sorted order, the extensions that start with `e` follow `e` directly.
        let sorted = Set(extensions.map(\.value)).sorted()
        var longer: [String: String] = [:]
        for (short, next) in zip(sorted, sorted.dropFirst()) where next.hasPrefix(short) { longer[short] = next }
        for ext in extensions {
            guard let example = longer[ext.value] else { continue }
            c.report(description, at: ext.location,
                     "extension \(ext.value) is the start of extension \(example): phones dialling \(ext.value) wait for the dial time-out",
                     help: "use extensions of one length, e.g. \(ext.value)0")
        }
    }
}
