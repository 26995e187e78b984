import Domain
import Parser
import Validator

/// The build step that reads device passwords. As the hosted-PBX manual has it, a
/// phone identifies itself by MAC and logs in to the provisioning server with a
/// device configuration username and password: `password` (env, file or `generate`)
/// is that device password. The SIP secret of its account is another value, always
/// generated (24 characters), written only in the device's own files and pjsip.conf.
/// The build step that reads device passwords: the check of `secret-unresolved` (and
/// of `device-password` for values read from the environment or a file), reported on
/// the customer like any rule's findings. A device without `password` is `generate`.
/// Each device also gets an admin password for its web interface and menus, always
/// generated (no vendor default password ever ships).
public enum DeviceSecrets {
    public struct Passwords: Sendable, Equatable {
        /// The SIP registration secret of the device's account.
        public var sip: String
        /// The phone's own admin password (menus, web interface).
        public var admin: String
        /// The device configuration username and password the phone fetches its
        /// files with (HTTP basic auth).
        public var provisioningUser: String
        public var provisioning: String

        public init(sip: String, admin: String, provisioningUser: String, provisioning: String) {
            self.sip = sip
            self.admin = admin
            self.provisioningUser = provisioningUser
            self.provisioning = provisioning
        }
    }

    /// Characters of a generated SIP secret.
    public static let sipSecretLength = 24

    /// The provisioning username: the customer and the phone's MAC (lower case).
    public static func provisioningUser(customer: String, mac: String, endpoint: String) -> String {
        mac.isEmpty ? endpoint : "\(customer)-\(mac)"
    }

    /// SIP and admin passwords by endpoint name.
    public static func resolveAll(_ endpoints: [DeviceEndpoint], customer: String, resolver: SecretResolver,
                                  context: CustomerContext) -> [String: Passwords] {
        var passwords: [String: Passwords] = [:]
        for endpoint in endpoints {
            let secret = endpoint.secret
            // Findings point at `password` where it is written, else at the device.
            let location = endpoint.secretLocation ?? endpoint.location
            let scope = "device/\(customer)/\(endpoint.userID)/\(endpoint.index)"
            switch resolver.resolve(secret, scope: scope) {
            case .success(let value):
                if case .literal = secret {} else if case .generate = secret {} else {
                    let missing = PasswordStrength.missingClasses(value)
                    if value.count < 6 || !missing.isEmpty {
                        let needs = (value.count < 6 ? ["at least 6 characters"] : []) + missing
                        context.reportWeakDevicePassword(at: location,
                                       "the device password read at build time is too weak: it needs \(needs.joined(separator: ", "))",
                                       help: "use `password: generate` (derived from PBXC_MASTER_KEY at build time)")
                    }
                }
                let adminScope = "device-admin/\(customer)/\(endpoint.userID)/\(endpoint.index)"
                let sipScope = "device-sip/\(customer)/\(endpoint.userID)/\(endpoint.index)"
                var sipSecret: Result<String, SecretProblem>
                if let given = endpoint.sipSecret, given.value != .generate {
                    sipSecret = resolver.resolve(given.value, scope: sipScope)
                    if case .failure(let problem) = sipSecret {
                        context.reportUnresolvedSecret(at: given.location,
                            "the SIP password of device \(endpoint.index) of user `\(endpoint.userID)` cannot be resolved: \(problem)",
                            help: "set it in the build's environment, or leave `sip_password` out (generated from PBXC_MASTER_KEY)")
                        continue
                    }
                    if case .success(let value) = sipSecret, let problem = PasswordStrength.sipSecretProblem(value) {
                        context.reportWeakDevicePassword(at: given.location, "the SIP password read at build time \(problem)",
                            help: "leave `sip_password` out (generated from PBXC_MASTER_KEY at build time, 24 characters)")
                        continue  // never written anywhere: the device gets no files
                    }
                } else {
                    sipSecret = resolver.generate(scope: sipScope, length: sipSecretLength)
                }
                switch (resolver.resolve(.generate, scope: adminScope), sipSecret) {
                case (.success(let admin), .success(let sip)):
                    passwords[endpoint.name] = Passwords(
                        sip: sip, admin: admin,
                        provisioningUser: provisioningUser(customer: customer, mac: endpoint.mac, endpoint: endpoint.name),
                        provisioning: value)
                case (.failure(let problem), _), (_, .failure(let problem)):
                    context.reportUnresolvedSecret(at: endpoint.location,
                                   "the admin password and SIP secret of device \(endpoint.index) of user `\(endpoint.userID)` cannot be generated: \(problem)",
                                   help: "admin passwords and SIP secrets are always generated: set PBXC_MASTER_KEY for the build")
                }
            case .failure(let problem):
                context.reportUnresolvedSecret(at: location,
                               "the password of device \(endpoint.index) of user `\(endpoint.userID)` cannot be resolved: \(problem)",
                               help: endpoint.secretLocation == nil
                                   ? "the device has no `password`, so it is generated: set PBXC_MASTER_KEY, or write a `password`"
                                   : "set it in the build's environment, or use `password: generate` with PBXC_MASTER_KEY")
            }
        }
        return passwords
    }

    /// The PIN of every mailbox that takes messages, by mailbox (`201@acme`): the user's
    /// `pin` when written, else generated from the master key for the customer and the
    /// mailbox's owner.
    public static func mailboxPINs(_ table: RoutingTable, resolver: SecretResolver, context: CustomerContext) -> [String: String] {
        var pins: [String: String] = [:]
        for case .voicemail(let vm) in table.nodes.values where vm.allowMessages {
            let user = context.customer.users.first { $0.id?.value == vm.owner }
            let generated = "voicemail-pin/\(table.customer.id)/\(vm.owner)"
            if let written = user?.pin, written.value != .generate {
                switch resolver.resolve(written.value, scope: generated) {
                case .success(let pin) where PINCode.isValid(pin): pins[vm.mailbox] = pin
                case .success:
                    context.reportUnresolvedSecret(at: written.location,
                        "the PIN code of user `\(vm.owner)` is not 4 to 8 digits", help: "give the source 4 to 8 digits")
                case .failure(let problem):
                    context.reportUnresolvedSecret(at: written.location, "the PIN code of user `\(vm.owner)` cannot be read: \(problem)",
                                                   help: "set it in the build's environment, or leave `pin` out to have one generated")
                }
                continue
            }
            switch resolver.pin(scope: generated) {
            case .success(let pin): pins[vm.mailbox] = pin
            case .failure(let problem):
                // A checked customer has a company section (`company-number-missing`).
                guard let location = user?.voicemail?.location ?? context.customer.company?.voicemail?.location
                    ?? context.customer.company?.location ?? context.customer.info?.location else { continue }
                context.reportUnresolvedSecret(at: location,
                    "the voicemail PIN of \(vm.owner == "company" ? "the company voicemail" : "user `\(vm.owner)`") cannot be generated: \(problem)",
                    help: "voicemail PINs are always generated: set PBXC_MASTER_KEY for the build")
            }
        }
        return pins
    }
}
