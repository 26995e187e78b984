import Domain
import Parser
import Validator

extension RoutingCompiler {
    /// The provisioning plan: every device of a known model with its resolved keys.
    func lowerProvisioning(endpoints: [DeviceEndpoint], header: CustomerHeader) -> ProvisioningPlan {
        let platform = c.repository.platform
        var devices: [ProvisionedDevice] = []
        var byEndpoint: [String: Device] = [:]
        for user in c.customer.users {
            for (n, device) in user.devices.enumerated() { byEndpoint["\(customerID)-\(user.id?.value ?? "?")-\(n + 1)"] = device }
        }
        for endpoint in endpoints {
            guard let id = endpoint.model, let model = DeviceCatalog.model(id), let device = byEndpoint[endpoint.name] else {
                continue
            }
            let room = max(0, model.lineKeys - 1)
            var keys: [ProvisionedKey] = []
            for (i, key) in device.keys.prefix(room).enumerated() {
                guard let kind = key.type?.value, let target = key.target?.value else { continue }
                if kind == .blf && !model.blf { continue }
                guard let (value, name) = keyTarget(target) else { continue }
                let provisioned: ProvisionedKey.Kind = switch kind {
                case .blf: .blf
                case .speedDial: .speedDial
                case .line: .line
                }
                keys.append(ProvisionedKey(index: i + 2, kind: provisioned, value: kind == .line ? endpoint.name : value,
                                           label: key.label?.value ?? name))
            }
            let label = [endpoint.extensionNumber, endpoint.displayName].compactMap { $0 }.joined(separator: " ")
            devices.append(ProvisionedDevice(endpoint: endpoint, model: model, lineLabel: device.label?.value ?? label,
                                             keys: keys))
        }
        let base = platform?.provisioningURL?.value
        return ProvisioningPlan(
            customerID: customerID, customerName: header.name, sipDomain: platform?.sipDomain?.value ?? "",
            outboundProxy: platform?.outboundProxy?.value,
            provisioningURL: base.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + customerID + "/" },
            ntpServer: platform?.ntpServer?.value ?? ProvisioningPlan.defaultNTPServer, timezone: header.timezone,
            language: header.language, voicemailNumber: ProvisioningPlan.voicemailAccess, devices: devices)
    }

    /// What a key dials or watches, and a name for its label.
    private func keyTarget(_ text: String) -> (String, String)? {
        switch c.resolve(text) {
        case .entity(let entity):
            guard let ext = entity.extensionNumber?.value else { return nil }
            let name: String
            switch entity.kind {
            case .user: name = c.user(entity)?.displayName ?? ext
            case .huntGroup: name = c.customer.huntGroups[entity.index].name?.value ?? ext
            case .ivrMenu: name = c.customer.ivrMenus[entity.index].name?.value ?? ext
            }
            return (ext, name)
        case .companyVoicemail: return (c.companyVoicemailExtension, "Voicemail")
        case .userVoicemail: return (ProvisioningPlan.voicemailAccess, "Voicemail")
        case .external(.success(let number)): return (number.e164, number.e164)
        default: return nil
        }
    }
}
