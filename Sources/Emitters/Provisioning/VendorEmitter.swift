import Compiler
import Domain

/// One vendor's provisioning format: its templates (Mustache; the device template is
/// named after the vendor, a model may override it with a template named after the
/// model id that inherits `{{<vendor}}` and replaces its blocks), how text is escaped,
/// and how keys and time zones are written.
protocol VendorEmitter: Sendable {
    static var vendor: Vendor { get }
    static var format: TextFormat { get }
    /// Template name → Mustache source.
    static var templates: [String: String] { get }
    /// Values of the customer's time zone as this vendor writes them.
    static func zone(_ rules: ZoneRules, iana: String) -> [String: Any]
    /// One line key as this vendor writes it (merged into the key's context).
    static func key(_ key: ProvisionedKey, plan: ProvisioningPlan) -> [String: Any]
}

extension VendorEmitter {
    static var profile: VendorProfile { VendorProfile.of(vendor) }
}

/// Every vendor's emitter.
enum VendorEmitters {
    static let all: [any VendorEmitter.Type] = [
        YealinkProvisioning.self, SnomProvisioning.self, PolyProvisioning.self, GrandstreamProvisioning.self,
        FanvilProvisioning.self, CiscoProvisioning.self, GenericSIPSheet.self,
    ]

    static func emitter(for vendor: Vendor) -> any VendorEmitter.Type {
        all.first { $0.vendor == vendor }!
    }
}
