import Domain
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
        // Extensions have 2–4 digits, so a longer one has at most two proper prefixes
        // worth looking up: linear, not pairwise.
        // The usual case, all extensions of one length, has no prefixes at all.
        let lengths = extensions.map { $0.value.utf8.count }
        guard let shortest = lengths.min(), let longest = lengths.max(), shortest < longest else { return }
        let index = c.entities.byExtension
        var longer: [String: String] = [:]
        for ext in extensions where ext.value.utf8.count > 2 {
            for length in 2..<ext.value.utf8.count {
                let prefix = String(ext.value.prefix(length))
                if index[prefix] != nil, longer[prefix].map({ ext.value < $0 }) ?? true { longer[prefix] = ext.value }
            }
        }
        guard !longer.isEmpty else { return }
        for ext in extensions {
            guard let example = longer[ext.value] else { continue }
            c.report(description, at: ext.location,
                     "extension \(ext.value) is the start of extension \(example): phones dialling \(ext.value) wait for the dial time-out",
                     help: "use extensions of one length, e.g. \(ext.value)0")
        }
    }
}
