/// Writes extensions.conf text: contexts of extensions, each a list of priorities
/// (`exten => X,1,App()` then `same => n(label),App()`).
///
/// Escaping is by construction: a context is a `ContextName`, an extension name is
/// reduced to extension characters, a comment cannot hold a line break, and a step's
/// text is the writer's own literal text with every interpolated `String` passed
/// through `AsteriskText.argument` — only `ContextName`, `DialplanCode` and numbers are
/// spliced in as they are.
struct DialplanBuilder {
    private(set) var text = ""

    mutating func comment(_ line: String) {
        text += "; \(AsteriskText.comment(line))\n"
    }

    mutating func context(_ name: ContextName, _ comment: String? = nil) {
        if !text.isEmpty { text += "\n" }
        text += "[\(name.text)]\n"
        if let comment { text += "; \(AsteriskText.comment(comment))\n" }
    }

    mutating func include(_ context: ContextName) {
        text += "include => \(context.text)\n"
    }

    /// One extension with its priorities; a step is `App(args)` or `label:App(args)`.
    mutating func exten(_ name: String, _ steps: [Step]) {
        let name = AsteriskText.exten(name)
        for (i, step) in steps.enumerated() {
            let label = step.label.map { "(\(AsteriskText.exten($0)))" } ?? ""
            text += i == 0 ? "exten => \(name),1\(label),\(step.app)\n" : " same => n\(label),\(step.app)\n"
        }
    }

    mutating func hint(_ name: String, _ devices: DialplanCode) {
        text += "exten => \(AsteriskText.exten(name)),hint,\(devices.text)\n"
    }

    /// Made only from string literals and interpolations (its memberwise
    /// initializer is private to this file), so every value in it was escaped.
    struct Step {
        var label: String?
        fileprivate(set) var app: String
    }
}

extension DialplanBuilder.Step: ExpressibleByStringInterpolation {
    init(stringLiteral value: String) {
        self.init(label: nil, app: value)
    }

    init(stringInterpolation: StringInterpolation) {
        self.init(label: nil, app: stringInterpolation.text)
    }

    init(_ step: DialplanBuilder.Step, label: String? = nil) {
        self.init(label: label, app: step.app)
    }

    /// Literal text is the writer's; interpolated values are escaped by their type.
    struct StringInterpolation: StringInterpolationProtocol {
        fileprivate(set) var text = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) { text += literal }

        /// Free text (a name, a sound file, a time zone): escaped.
        mutating func appendInterpolation(_ value: String) { text += AsteriskText.argument(value) }

        mutating func appendInterpolation(_ value: Int) { text += String(value) }

        mutating func appendInterpolation(_ name: ContextName) { text += name.text }

        mutating func appendInterpolation(_ code: DialplanCode) { text += code.text }
    }
}
