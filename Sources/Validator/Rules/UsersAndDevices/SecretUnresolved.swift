import Diagnostics
import Domain
/// `secret-unresolved`: a device password that `pbxc build` cannot obtain. Checked by
/// the build (Sources/Compiler/Secrets/DeviceSecrets.swift), the only step that reads
/// secret values; `pbxc check` never needs them.
enum SecretUnresolved: BuildRule {
    static let description = RuleDescription(
        id: "secret-unresolved", severity: .error, section: .usersAndDevices,
        summary: "`pbxc build`: a device password cannot be resolved (environment variable unset, file unreadable, no `PBXC_MASTER_KEY` for `generate`, or a control character in the value) — beyond",
        rationale: """
        Phones register with their device password, so a build without it would provision phones that \
        cannot log in. `{ env: VAR }` needs VAR set and not empty; `{ file: path }` needs the file (its \
        first line, relative to the repository root unless absolute) inside the declared secrets folder, \
        reached without a link that leads out of it (`secret-source`); `generate` and a device without \
        `password` need `PBXC_MASTER_KEY`, from which the password is derived (HKDF-SHA-256 over the \
        customer, user and device), the same on every build. Every device's admin password is always \
        derived that way, so a build with devices needs `PBXC_MASTER_KEY`. Values with line breaks or other control \
        characters are refused, because they could inject settings into provisioning files, and so are \
        values over 256 bytes, more than phones keep or the provisioning server's password hashing takes. Passwords \
        read from the environment or a file must also pass `device-password`. The value is never printed.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: ↓{ env: PBXC_EXAMPLE_UNSET_PW } }] }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate }] }]"#)])
}

extension CustomerContext {
    /// Reports `secret-unresolved` for the build step that reads secrets.
    public func reportUnresolvedSecret(at location: SourceLocation, _ message: String, help: String) {
        report(SecretUnresolved.description, at: location, message, help: help)
    }
}
