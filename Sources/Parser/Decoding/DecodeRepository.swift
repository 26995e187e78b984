import Diagnostics

extension ConfigDecoder {
    /// `pbxc.yaml`.
    public func repository(_ node: YAMLNode, file: FileID) -> RepositoryConfig {
        var config = RepositoryConfig(file: file)
        guard let r = ObjectReader(node, Schemas.repository, sink) else { return config }
        config.version = version(r)
        config.platform = r.object("platform") { node in
            ObjectReader(node, Schemas.platform, sink).map {
                RepositoryConfig.Platform(sipDomain: $0.string("sip_domain"), outboundProxy: $0.string("outbound_proxy"),
                                          provisioningURL: $0.string("provisioning_url"), ntpServer: $0.string("ntp_server"),
                                          serving: $0.object("serving") { serving($0) })
            }
        }
        config.partner = r.object("partner") { node in
            ObjectReader(node, Schemas.partner, sink).map {
                RepositoryConfig.Partner(id: $0.string("id"), name: $0.string("name"), address: $0.string("address"),
                                         registration: $0.string("registration"), vat: $0.string("vat"),
                                         email: $0.string("email"), phone: $0.string("phone"), logo: $0.string("logo"))
            }
        }
        if let defaults = r.object("defaults", { node in
            ObjectReader(node, Schemas.defaults, sink).map {
                RepositoryConfig.Defaults(country: $0.string("country"), timezone: $0.string("timezone"),
                                          language: $0.string("language"))
            }
        }) {
            config.defaults = defaults
        }
        config.catalog = r.list("catalog") { node in
            guard let p = ObjectReader(node, Schemas.product, sink), let code = p.string("code") else { return nil }
            let module: Located<ProductModule>? = p.enumValue("module")
            let accountType: Located<AccountType>? = p.enumValue("account_type")
            // An account type is a count on the telephony module's form; elsewhere it means nothing.
            if let accountType, let module, module.value != .telephony {
                sink.report(.wrongType, at: accountType.location,
                            "`account_type` belongs to products of the `telephony` module; `\(code.value)` is in `\(module.value.rawValue)`",
                            help: "remove `account_type`, or put the product in `module: telephony`")
            }
            return RepositoryConfig.Product(code: code, name: p.string("name"), oneOff: p.string("one_off"),
                                            monthly: p.string("monthly"), termMonths: p.int("term_months"),
                                            currency: p.string("currency"), module: module, accountType: accountType,
                                            location: node.location)
        }
        if let secrets = r.object("secrets", secretSources) { config.secrets = secrets }
        return config
    }

    /// `secrets`: variable names as the environment spells them; a prefix ends with `_`,
    /// so that it names a family of variables (`PBXC_SECRET_`), not every variable that
    /// happens to start with a letter.
    private func secretSources(_ node: YAMLNode) -> RepositoryConfig.SecretSources? {
        guard let r = ObjectReader(node, Schemas.secretSources, sink) else { return nil }
        let names = r.strings("env").filter { name in
            guard Self.isVariableName(name.value) else {
                sink.report(.wrongType, at: name.location,
                            "`\(name.value)` is not an environment variable name (letters, digits and `_`)")
                return false
            }
            return true
        }
        var prefix = r.string("env_prefix")
        if let p = prefix, !(Self.isVariableName(p.value) && p.value.hasSuffix("_")) {
            sink.report(.wrongType, at: p.location,
                        "`env_prefix` is the start of variable names and ends with `_`, for example `PBXC_SECRET_`")
            prefix = nil
        }
        return RepositoryConfig.SecretSources(environment: names, environmentPrefix: prefix, folder: r.string("folder"))
    }

    private static func isVariableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
}
