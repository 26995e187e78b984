import Compiler
import Domain

/// The values a template sees, escaped for the vendor's format. Templates use triple
/// braces (`{{{x}}}`) throughout: escaping happens here, once, per format.
enum DeviceContext {
    /// Customer-wide values (servers, locale, time zone): common files see only these.
    static func customer(_ plan: ProvisioningPlan, emitter: any VendorEmitter.Type,
                         model: DeviceCatalog.Model? = nil) -> [String: Any] {
        let f = emitter.format
        var context: [String: Any] = [
            "customer": f.escape(plan.customerName),
            "customer_id": f.escape(plan.customerID),
            "registrar": f.escape(plan.sipDomain),
            "registrar_port": "5060",
            "transport": "udp",
            "ntp": f.escape(plan.ntpServer),
            "language": f.escape(emitter.profile.language(plan.language)),
            "language_code": f.escape(plan.language),
            "timezone": f.escape(plan.timezone),
            "voicemail": f.escape(plan.voicemailNumber),
        ]
        if let proxy = plan.outboundProxy { context["outbound_proxy"] = f.escape(proxy) }
        if let url = plan.provisioningURL {
            context["provisioning_url"] = f.escape(url)
            // Grandstream takes the scheme (`HTTPS`) and the rest (`prov.example.net/acme/`) apart.
            if let colon = url.range(of: "://") {
                context["provisioning_scheme"] = f.escape(url[..<colon.lowerBound].uppercased())
                context["provisioning_path"] = f.escape(String(url[colon.upperBound...]))
            }
        }
        if let model {
            context["model"] = f.escape(model.id)
            context["model_name"] = f.escape(model.name)
            context["model_file_name"] = f.escape(model.name.replacingOccurrences(of: " ", with: ""))
            if let code = emitter.profile.modelCodes[model.id] { context["model_code"] = code }
        }
        for (key, value) in emitter.zone(ZoneRules(plan.timezone), iana: plan.timezone) {
            context[key] = (value as? String).map(f.escape) ?? value
        }
        return context
    }

    /// One device: the customer's values plus its account, passwords and keys.
    static func device(_ device: ProvisionedDevice, plan: ProvisioningPlan, passwords: DeviceSecrets.Passwords,
                       emitter: any VendorEmitter.Type) -> [String: Any] {
        let f = emitter.format
        var context = customer(plan, emitter: emitter, model: device.model)
        let endpoint = device.endpoint
        context["mac"] = endpoint.mac
        context["MAC"] = endpoint.mac.uppercased()
        context["account"] = f.escape(endpoint.name)
        context["auth_user"] = f.escape(endpoint.name)
        context["password"] = f.escape(passwords.sip)
        context["admin_password"] = f.escape(passwords.admin)
        context["display_name"] = f.escape(endpoint.displayName)
        context["line_label"] = f.escape(device.lineLabel)
        context["extension"] = f.escape(endpoint.extensionNumber ?? "")
        context["provisioning_user"] = f.escape(passwords.provisioningUser)
        context["keys"] = device.keys.map { key -> [String: Any] in
            var k: [String: Any] = ["index": String(key.index), "index0": String(key.index - 1),
                                    "value": f.escape(key.value), "label": f.escape(key.label),
                                    "blf": key.kind == .blf, "speed_dial": key.kind == .speedDial,
                                    "line": key.kind == .line, "kind": key.kind.rawValue]
            for (name, value) in emitter.key(key, model: device.model, plan: plan) { k[name] = (value as? String).map(f.escape) ?? value }
            return k
        }
        return context
    }
}
