import Diagnostics

extension ConfigDecoder {
    /// A password: a literal, `generate`, or a mapping naming exactly one source —
    /// `{ env: VAR }`, `{ file: path }` or `{ generate: true }`.
    ///
    /// A value in the wrong place may be the password itself (`{ generate: "S3cret!" }`),
    /// so problems are reported without the values written, and those values are
    /// masked like literal passwords wherever a source line is printed.
    func secret(_ node: YAMLNode, key: String) -> Located<Secret>? {
        if node.kind == .scalar, let text = node.scalar {
            if node.isNull { return nil }
            if node.isPlain && text == "generate" { return Located(.generate, at: node.location) }
            sink.markSecret(at: node.location, value: text)
            return Located(.literal(text), at: node.location)
        }
        guard node.kind == .mapping else {
            sink.report(.wrongType, at: node.location,
                        "`\(key)` is `generate`, `{ env: VAR }`, `{ file: path }` or text, not \(node.kindDescription)")
            return nil
        }
        var sources: [(name: String, value: YAMLNode)] = []
        var malformed = false
        for pair in node.pairs {
            switch pair.key.kind == .scalar ? pair.key.scalar : nil {
            case "env"?, "file"?:
                if pair.value.kind == .scalar, !pair.value.isNull, let text = pair.value.scalar, !text.isEmpty {
                    sources.append((pair.key.scalar ?? "", pair.value))
                } else {
                    hide(pair.value)
                    sink.report(.wrongType, at: pair.value.location,
                                "`\(pair.key.scalar ?? "")` takes a \(pair.key.scalar == "env" ? "variable name" : "path") as text")
                    malformed = true
                }
            case "generate"?:
                if pair.value.kind == .scalar, pair.value.isPlain, pair.value.scalar == "true" {
                    sources.append(("generate", pair.value))
                } else {
                    hide(pair.value)
                    sink.report(.wrongType, at: pair.value.location,
                                "`generate` takes only `true` (the value written is not shown: it may be a password)",
                                help: "write `\(key): generate`, or put the password in a declared secret source")
                    malformed = true
                }
            default:
                hide(pair.key)
                hide(pair.value)
                sink.report(.unknownKey, at: pair.key.location,
                            "a password mapping takes one of `env`, `file` or `generate`; this key is none of them (it is not shown: it may be a password)")
                malformed = true
            }
        }
        if malformed { return nil }
        guard let source = sources.first, sources.count == 1 else {
            if sources.isEmpty {
                sink.report(.missingKey, at: node.location,
                            "`\(key)` needs one of `env`, `file` or `generate`", help: "for example `\(key): { env: ACME_DEVICE_PW }`")
            } else {
                sink.report(.secretSource, at: node.location,
                            "`\(key)` names \(sources.map { "`\($0.name)`" }.joined(separator: " and ")); a password has exactly one source",
                            help: "keep the one the build should read")
            }
            return nil
        }
        let text = source.value.scalar ?? ""
        switch source.name {
        case "env": return Located(.environment(text), at: node.location)
        case "file": return Located(.file(text), at: node.location)
        default: return Located(.generate, at: node.location)
        }
    }

    /// Masks a misplaced value (or key), and every text inside it, in printed source
    /// lines, as a literal password is.
    private func hide(_ node: YAMLNode) {
        if node.kind == .scalar {
            if let text = node.scalar, !node.isNull { sink.markSecret(at: node.location, value: text) }
        } else {
            node.forEachChild(hide)
        }
    }
}
