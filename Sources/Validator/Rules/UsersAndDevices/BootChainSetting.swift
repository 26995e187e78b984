import Domain
import Foundation
import Parser

/// `boot-chain-setting`: a phone whose boot chain needs a setting pbxc lacks would
/// fetch files that never load; say so at check time, at the device.
enum BootChainSetting: CustomerRule {
    static let description = RuleDescription(
        id: "boot-chain-setting", severity: .error, section: .usersAndDevices,
        summary: "a phone to provision whose boot chain needs a setting pbxc lacks: `platform.provisioning_url` or `platform.sip_domain` in pbxc.yaml, or a time zone the vendor has no name for",
        rationale: """
        A phone from factory fetches files by name from the provisioning URL and keeps fetching from the URL \
        they name: Snom's setting-file lists and Cisco's profile rule point at it, the nginx include serves \
        below its path, and every phone registers to `platform.sip_domain`. Without them the files are written \
        but never load. Snom phones also take their time zone by name from Snom's own list; pbxc knows the \
        names of the zones in docs/provisioning.md. Phones set up by hand (`generic-sip`) need none of this.
        """,
        bad: [Example.customer(#"""
        users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: ↓snom-d785, mac: "00:04:13:12:34:56", password: generate }] }]
        """#).replacingOccurrences(of: "country: NL", with: "country: NL, timezone: Asia/Kathmandu")],
        good: [Example.customer(#"""
        users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate }] }]
        """#).replacingOccurrences(of: "country: NL", with: "country: NL, timezone: Asia/Kathmandu")])

    static func check(_ c: CustomerContext) {
        // The model ids of the phones pbxc provisions (by index: a device is not copied whole).
        let provisioned = c.devices.indices.compactMap { index -> (LString, DeviceCatalog.Model)? in
            guard let id = c.devices[index].model, let model = DeviceCatalog.model(id.value), model.vendor != .generic else { return nil }
            return (id, model)
        }
        guard let (first, _) = provisioned.first else { return }
        let platform = c.repository.platform
        let others = provisioned.count > 1 ? " (and \(provisioned.count - 1) more phone\(provisioned.count > 2 ? "s" : ""))" : ""
        if platform?.provisioningURL?.value.isEmpty ?? true {
            c.report(description, at: first.location,
                     "this phone\(others) fetches its files from `platform.provisioning_url`, which pbxc.yaml does not set",
                     help: "add `provisioning_url: https://prov.example.net/` under `platform` in pbxc.yaml (the customer id is appended)")
        }
        if platform?.sipDomain?.value.isEmpty ?? true {
            c.report(description, at: first.location,
                     "this phone\(others) registers to `platform.sip_domain`, which pbxc.yaml does not set",
                     help: "add `sip_domain: sip.example.net` under `platform` in pbxc.yaml")
        }
        let zone = (c.customer.info?.timezone ?? c.repository.defaults.timezone)?.value ?? CheckedCustomer.defaultTimezone
        // An unknown zone is `customer-locale`'s finding.
        for (id, model) in provisioned where model.vendor == .snom && SnomTimeZones.names[zone] == nil
            && TimeZone(identifier: zone) != nil {
            c.report(description, at: id.location,
                     "Snom phones take their time zone by name, and pbxc knows no Snom name for `\(zone)`",
                     help: "docs/provisioning.md lists the zones with a Snom name; choose another model for this customer's phones")
        }
    }
}
