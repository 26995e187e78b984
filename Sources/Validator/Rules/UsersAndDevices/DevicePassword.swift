import Diagnostics
import Domain
import Parser

/// `device-password`: device passwords follow the portal's strength rule.
enum DevicePassword: CustomerRule {
    static let description = RuleDescription(
        id: "device-password", severity: .error, section: .usersAndDevices,
        summary: "device config password: at least 6 characters with an upper-case letter, a lower-case letter, a digit and a special character; a given SIP password: at least 20 characters",
        rationale: """
        "Dit wachtwoord moet minimaal 6 karakters groot zijn en bestaan uit tenminste één hoofdletter, één \
        kleine letter, één cijfer en één speciaal teken". Only passwords written in the \
        repository can be checked here (and they are warned about); `generate` always satisfies the rule, \
        and `env`/`file` values are checked by `pbxc build`. A device's `sip_password` (the SIP account's \
        secret, apart from this one) needs at least 20 characters when it is given. The message never prints \
        the password.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: ↓welkom1 }] }]"#
            ),
              Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate, sip_password: ↓"Sip-Secret-1" }] }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: { env: ACME_JAN_PW } }] }]"#)])

    static func check(_ c: CustomerContext) {
        for device in c.devices {
            guard let password = device.password, case .literal(let text) = password.value else { continue }
            let missing = PasswordStrength.missingClasses(text)
            guard text.count < 6 || !missing.isEmpty else { continue }
            var needs: [String] = []
            if text.count < 6 { needs.append("at least 6 characters") }
            needs += missing
            c.report(description, at: password.location,
                     "this device password is too weak: it needs \(needs.joined(separator: ", "))",
                     help: "use `password: generate` (derived from PBXC_MASTER_KEY at build time)")
        }
        for device in c.devices {
            guard let secret = device.sipPassword, case .literal(let text) = secret.value,
                  let problem = PasswordStrength.sipSecretProblem(text) else { continue }
            c.report(description, at: secret.location, "this SIP password \(problem)",
                     help: "leave `sip_password` out (generated from PBXC_MASTER_KEY at build time, 24 characters)")
        }
    }

}

/// The character classes of seed 004 §6.6.1 (also applied by `pbxc build` to
/// passwords read from the environment or a file).
public enum PasswordStrength {
    /// Characters a SIP secret needs when it is given rather than generated.
    public static let sipSecretMinimum = 20
    /// What a given SIP secret may hold besides letters and digits: it is written into
    /// pjsip.conf (where `;` starts a comment) and into every vendor's format, so
    /// nothing that means something in one of them (no space, quote, `;`, `#`, `\`,
    /// `$`, `<`, `&`, brackets or line break).
    public static let sipSecretPunctuation: Set<Character> = ["-", "_", ".", ":", "=", "@", "!", "%", "+", "*", "~", "^", "?", "/", ","]

    /// Why a given SIP secret will not do (never quoting it), or nil.
    public static func sipSecretProblem(_ text: String) -> String? {
        if text.count < sipSecretMinimum {
            return "has \(text.count) characters; a SIP secret needs at least \(sipSecretMinimum)"
        }
        if !text.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || sipSecretPunctuation.contains($0) }) {
            return "holds a character it may not: letters, digits and \(sipSecretPunctuation.sorted().map(String.init).joined(separator: " ")) only (it is written into pjsip.conf and the phone's files)"
        }
        return nil
    }

    public static func missingClasses(_ text: String) -> [String] {
        var missing: [String] = []
        if !text.contains(where: { $0.isUppercase }) { missing.append("an upper-case letter") }
        if !text.contains(where: { $0.isLowercase }) { missing.append("a lower-case letter") }
        if !text.contains(where: { $0.isNumber }) { missing.append("a digit") }
        if !text.contains(where: { !$0.isLetter && !$0.isNumber && !$0.isWhitespace }) {
            missing.append("a special character")
        }
        return missing
    }
}

extension CustomerContext {
    /// Reports `device-password` for a password read at build time (environment or file).
    public func reportWeakDevicePassword(at location: SourceLocation, _ message: String, help: String) {
        report(DevicePassword.description, at: location, message, help: help)
    }
}
