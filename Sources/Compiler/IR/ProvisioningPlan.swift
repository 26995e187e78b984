import Domain
import Validator

/// What the provisioning emitters need for one customer: the platform's servers,
/// the customer's locale, and every device with its account and line keys. Secrets
/// are not here; they are resolved at build time (DeviceSecrets.swift).
public struct ProvisioningPlan: Sendable, Equatable {
    public var customerID: String
    public var customerName: String
    /// SIP registrar/domain the phones register to (`platform.sip_domain`).
    public var sipDomain: String
    public var outboundProxy: String?
    /// Where phones fetch their files: `platform.provisioning_url` + `<customer>/`.
    public var provisioningURL: String?
    public var ntpServer: String
    /// IANA zone and language code (`nl`, `fr`, `de`, `en`) of the customer.
    public var timezone: String
    public var language: String
    /// What a phone dials for voicemail (1233: the caller's own mailbox).
    public var voicemailNumber: String
    public var devices: [ProvisionedDevice]

    /// The platform's voicemail access code (the manual's 1233), reserved as an extension.
    public static let voicemailAccess = CheckedCustomer.voicemailAccessCode
    public static let defaultNTPServer = "pool.ntp.org"
}

public struct ProvisionedDevice: Sendable, Equatable {
    public var endpoint: DeviceEndpoint
    public var model: DeviceCatalog.Model
    /// Shown on the phone's line key: the extension and name.
    public var lineLabel: String
    /// From key 2 on (key 1 is the line), at most what the model has.
    public var keys: [ProvisionedKey]
}

public struct ProvisionedKey: Sendable, Equatable {
    public enum Kind: String, Sendable { case blf, speedDial = "speed_dial", line }
    /// 1-based position among the phone's programmable keys.
    public var index: Int
    public var kind: Kind
    /// The extension watched (BLF) or the number dialled (speed dial).
    public var value: String
    public var label: String
}
