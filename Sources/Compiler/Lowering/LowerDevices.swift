import Domain
import Parser
import Validator

extension RoutingCompiler {
    /// The provisioning plan: every device of a known model with its keys placed.
    func lowerProvisioning(endpoints: [DeviceEndpoint], header: CustomerHeader) -> ProvisioningPlan {
        var byEndpoint: [String: CheckedDevice] = [:]
        for user in c.users {
            for device in user.devices { byEndpoint["\(customerID)-\(user.id)-\(device.index)"] = device }
        }
        var devices: [ProvisionedDevice] = []
        for endpoint in endpoints {
            guard let model = DeviceCatalog.model(endpoint.model), let device = byEndpoint[endpoint.name] else {
                continue
            }
            // The first key is the phone's own line; the keys written follow it.
            let room = max(0, model.lineKeys - 1)
            var keys: [ProvisionedKey] = []
            for key in device.keys where key.position < room {
                if key.type == .blf && !model.blf { continue }
                let (value, name) = switch key.target {
                case .dial(let dialled, let name): (dialled, name)
                case .voicemailAccess: (ProvisioningPlan.voicemailAccess, "Voicemail")
                case .nightSwitch(let code): (code, "Night mode")
                }
                let kind: ProvisionedKey.Kind = switch key.type {
                case .blf: .blf
                case .speedDial: .speedDial
                case .line: .line
                }
                keys.append(ProvisionedKey(index: key.position + 2, kind: kind,
                                           value: key.type == .line ? endpoint.name : value, label: key.label ?? name))
            }
            let label = [endpoint.extensionNumber, endpoint.displayName].compactMap { $0 }.joined(separator: " ")
            devices.append(ProvisionedDevice(endpoint: endpoint, model: model, lineLabel: device.label ?? label, keys: keys))
        }
        let platform = c.platform
        return ProvisioningPlan(
            customerID: customerID, customerName: header.name, sipDomain: platform.sipDomain ?? "",
            outboundProxy: platform.outboundProxy,
            provisioningURL: platform.provisioningURL.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + customerID + "/" },
            ntpServer: platform.ntpServer ?? ProvisioningPlan.defaultNTPServer, timezone: header.timezone,
            language: header.language, voicemailNumber: ProvisioningPlan.voicemailAccess, devices: devices)
    }
}
