import Parser

/// `secrets-folder-tracked`: the declared secrets folder is inside the repository and
/// not ignored by git. Reported by the loader (Sources/Parser/Loading/SecretsFolderCheck.swift),
/// which looks at `.gitignore` files itself instead of running git.
enum SecretsFolderTracked: StructureRule {
    static let description = RuleDescription(
        reportedBy: .secretsFolderTracked, section: .usersAndDevices,
        summary: "the secrets folder is inside the repository and not ignored by git — beyond",
        rationale: """
        Passwords in a folder git tracks end up in the repository's history, readable by everyone with \
        access, forever. Keep the secrets folder outside the repository (`folder: ../pbxc-secrets`, or an \
        absolute path such as `/run/secrets`), or ignore it: the repository's top-level `.gitignore` names \
        the folder on a line of its own (`secrets/` or `/secrets/`), or the folder holds a `.gitignore` \
        whose line `*` ignores everything in it. pbxc reads only those two files and does not run git, so \
        other ways of ignoring the folder (patterns, a global excludes file) still get this warning. \
        Reported at `folder` in pbxc.yaml; its test lives with the command tests, since it needs a \
        repository on disk.
        """,
        bad: [],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate }] }]"#)])
}
