import Parser
import Validator

/// The build step that reads device passwords: the check of `secret-unresolved` (and
/// of `device-password` for values read from the environment or a file), reported on
/// the customer like any rule's findings. A device without `password` is `generate`.
public enum DeviceSecrets {
    /// Passwords by endpoint name, for the endpoints whose password could be had.
    public static func resolve(_ endpoints: [DeviceEndpoint], customer: String, resolver: SecretResolver,
                               context: CustomerContext) -> [String: String] {
        var passwords: [String: String] = [:]
        let unresolved = RuleRegistry.rule("secret-unresolved")!
        let strength = RuleRegistry.rule("device-password")!
        for endpoint in endpoints {
            let secret = endpoint.secret?.value ?? .generate
            let location = endpoint.secret?.location ?? endpoint.location
            let scope = "device/\(customer)/\(endpoint.userID)/\(endpoint.index)"
            switch resolver.resolve(secret, scope: scope) {
            case .success(let value):
                if case .literal = secret {} else if case .generate = secret {} else {
                    let missing = PasswordStrength.missingClasses(value)
                    if value.count < 6 || !missing.isEmpty {
                        let needs = (value.count < 6 ? ["at least 6 characters"] : []) + missing
                        context.report(strength, at: location,
                                       "the device password read at build time is too weak: it needs \(needs.joined(separator: ", "))",
                                       help: "use `password: generate` (derived from PBXC_MASTER_KEY at build time)")
                    }
                }
                passwords[endpoint.name] = value
            case .failure(let problem):
                context.report(unresolved, at: location,
                               "the password of device \(endpoint.index) of user `\(endpoint.userID)` cannot be resolved: \(problem)",
                               help: endpoint.secret == nil
                                   ? "the device has no `password`, so it is generated: set PBXC_MASTER_KEY, or write a `password`"
                                   : "set it in the build's environment, or use `password: generate` with PBXC_MASTER_KEY")
            }
        }
        return passwords
    }
}
