/// Writes extensions.conf text: contexts of extensions, each a list of priorities
/// (`exten => X,1,App()` then `same => n(label),App()`).
struct DialplanBuilder {
    private(set) var text = ""

    mutating func comment(_ line: String) {
        text += "; \(AsteriskText.comment(line))\n"
    }

    mutating func context(_ name: String, _ comment: String? = nil) {
        if !text.isEmpty { text += "\n" }
        text += "[\(name)]\n"
        if let comment { text += "; \(AsteriskText.comment(comment))\n" }
    }

    mutating func include(_ context: String) {
        text += "include => \(context)\n"
    }

    /// One extension with its priorities; a step is `App(args)` or `label:App(args)`.
    mutating func exten(_ name: String, _ steps: [Step]) {
        for (i, step) in steps.enumerated() {
            let label = step.label.map { "(\($0))" } ?? ""
            text += i == 0 ? "exten => \(name),1\(label),\(step.app)\n" : " same => n\(label),\(step.app)\n"
        }
    }

    mutating func hint(_ name: String, _ devices: String) {
        text += "exten => \(name),hint,\(devices)\n"
    }

    struct Step {
        var label: String?
        var app: String
    }
}

extension DialplanBuilder.Step: ExpressibleByStringInterpolation {
    init(stringLiteral value: String) {
        self.init(label: nil, app: value)
    }

    init(_ app: String, label: String? = nil) {
        self.init(label: label, app: app)
    }
}
