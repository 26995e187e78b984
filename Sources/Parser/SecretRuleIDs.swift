/// Ids of the secret rules the parser reports while reading (a password naming two
/// sources; a secrets folder git would commit). Their documentation lives with the
/// other rules, in `Sources/Validator/Rules/UsersAndDevices/`.
public enum SecretRuleID {
    public static let source = "secret-source"
    public static let folderTracked = "secrets-folder-tracked"
}
