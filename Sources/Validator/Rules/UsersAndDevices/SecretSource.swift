import Parser

/// `secret-source`: a password read from a source `pbxc.yaml` does not declare. Checked
/// here for every password; a mapping that names two sources is reported by the parser
/// (Sources/Parser/Decoding/DecodeSecret.swift) under the same id. The build checks the
/// same declaration again when it reads a value (SecretResolver).
enum SecretSource: CustomerRule {
    static let description = RuleDescription(
        reportedBy: .secretSource, section: .usersAndDevices,
        summary: "a password from an undeclared environment variable or file, from `PBXC_MASTER_KEY`, or naming two sources — beyond",
        rationale: """
        A build writes each device password into that phone's files and pjsip.conf. If a customer file could \
        name any variable or file, anyone who can change it could have the build copy the CI's tokens, \
        `PBXC_MASTER_KEY` (from which every generated password of every customer follows) or `/etc/shadow` \
        into a phone file. So `{ env: VAR }` may only name variables listed under `secrets: { env: […] }` \
        in pbxc.yaml or starting with its `env_prefix`, and `{ file: path }` only files inside its \
        `secrets: { folder: … }` (links that lead out of the folder are refused when the file is read). \
        `PBXC_MASTER_KEY` is never read as a password, even when declared. A password mapping names exactly \
        one of `env`, `file` and `generate`.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: ↓{ env: PBXC_MASTER_KEY } }] }]"#),
              Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: ↓{ env: CI_JOB_TOKEN } }] }]"#),
              Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: ↓{ file: ../../etc/shadow } }] }]"#),
              Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: ↓{ env: ACME_JAN_PW, file: secrets/jan.txt } }] }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: { env: ACME_JAN_PW } }] }]"#),
               Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: { file: secrets/jan.txt } }] }]"#)])

    static func check(_ c: CustomerContext) {
        let passwords = c.devices.compactMap(\.password) + c.devices.compactMap(\.sipPassword)
            + c.customer.portalUsers.compactMap(\.password) + c.customer.users.compactMap(\.pin)
        for password in passwords {
            guard let refusal = c.repository.secrets.refusal(password.value) else { continue }
            c.report(description, at: password.location, "this password may not be read: \(refusal)",
                     help: "declare the source under `secrets` in pbxc.yaml (docs/config-language.md), or write `generate`")
        }
    }
}
