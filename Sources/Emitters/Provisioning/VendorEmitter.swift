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
    /// The same, where the model matters (which of its key banks a key lands on).
    static func key(_ key: ProvisionedKey, model: DeviceCatalog.Model, plan: ProvisioningPlan) -> [String: Any]
    /// The files of one phone (names with its MAC) → template, in the order it asks.
    static func deviceFiles(mac: String, model: DeviceCatalog.Model) -> [(name: String, template: String)]
    /// The files a model's phones share (no secrets) → template.
    static func modelFiles(_ model: DeviceCatalog.Model) -> [(name: String, template: String)]
}

extension VendorEmitter {
    static var profile: VendorProfile { VendorProfile.of(vendor) }

    /// The per-device file of the profile, rendered with the model's template if any.
    static func deviceFiles(mac: String, model: DeviceCatalog.Model) -> [(name: String, template: String)] {
        [(profile.fileName(mac: mac), deviceTemplate(model))]
    }

    static func modelFiles(_ model: DeviceCatalog.Model) -> [(name: String, template: String)] { [] }

    static func key(_ key: ProvisionedKey, model: DeviceCatalog.Model, plan: ProvisioningPlan) -> [String: Any] {
        self.key(key, plan: plan)
    }

    static func deviceTemplate(_ model: DeviceCatalog.Model) -> String {
        templates[model.id] != nil ? model.id : vendor.rawValue
    }
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
