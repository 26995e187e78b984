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
                                          provisioningURL: $0.string("provisioning_url"), ntpServer: $0.string("ntp_server"))
            }
        }
        config.partner = r.object("partner") { node in
            ObjectReader(node, Schemas.partner, sink).map {
                RepositoryConfig.Partner(id: $0.string("id"), name: $0.string("name"))
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
            return RepositoryConfig.Product(code: code, name: p.string("name"), oneOff: p.string("one_off"),
                                            monthly: p.string("monthly"), termMonths: p.int("term_months"),
                                            currency: p.string("currency"), location: node.location)
        }
        return config
    }
}
