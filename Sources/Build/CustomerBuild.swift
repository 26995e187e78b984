import Compiler
import Domain
import Crypto
import Emitters
import Foundation
import Parser
import Validator

/// Building one checked customer: compile, resolve its device secrets (reported on the
/// customer, like rule findings), then — unless the previous build already has outputs
/// for exactly these inputs — emit every file under `<customer id>/`. Used by
/// `pbxc build` for each customer in the worker that checked it.
public enum CustomerBuild {
    public struct Output: Sendable {
        public var id: String
        /// The customer's name, for the repository's index page.
        public var name: String
        /// SHA-256 of everything its outputs depend on.
        public var digest: String
        /// The files emitted (empty when `reused`, and once staged: `entries` stay).
        public var files: [EmittedFile]
        /// The files' manifest entries (path, size, SHA-256), kept after their bytes
        /// are written and dropped.
        public var entries: [BuildManifest.File] = []
        /// Files that carry secrets (written readable by the owner only).
        public var privatePaths: Set<String>
        /// The previous build's outputs are still right: nothing was emitted.
        public var reused: Bool
        /// The environment variables and files its passwords come from (`env:NAME`,
        /// `file:PATH`), so a cache can tell whether their values changed.
        public var secretInputs: [String]
        /// Statuses of its porting requests and moves, and of its orders (nil when the
        /// customer was not read: the previous manifest has them).
        public var porting: [String]?
        public var orders: [String]?

        public init(id: String, name: String, digest: String, files: [EmittedFile], privatePaths: Set<String>,
                    reused: Bool, secretInputs: [String]) {
            self.id = id
            self.name = name
            self.digest = digest
            self.files = files
            self.privatePaths = privatePaths
            self.reused = reused
            self.secretInputs = secretInputs
        }
    }

    public struct Failure: Error, Sendable {
        public var message: String
        public init(message: String) { self.message = message }
    }

    /// What every customer's digest shares: pbxc, the build year, the repository file,
    /// and the tools whose output lands in the build (Graphviz draws the SVG).
    public struct Inputs: Sendable {
        public var version: String
        public var year: Int
        public var repositoryDigest: String
        /// Whether to draw callflow.svg with Graphviz.
        public var svg: Bool
        /// A customer's digest in the previous build, by id (so an unchanged customer
        /// keeps its outputs instead of emitting them again).
        public var previousDigest: @Sendable (String) -> String?
        /// Whether a customer's files in the output are still the previous build's
        /// (asked only of a customer whose digest matches).
        public var outputsIntact: @Sendable (String) -> Bool = { _ in true }

        public init(version: String, year: Int, repositoryDigest: String, svg: Bool = true,
                    previous: [String: String]) {
            self.init(version: version, year: year, repositoryDigest: repositoryDigest, svg: svg,
                      previousDigest: { previous[$0] })
        }

        public init(version: String, year: Int, repositoryDigest: String, svg: Bool = true,
                    previousDigest: @escaping @Sendable (String) -> String?) {
            self.version = version
            self.year = year
            self.repositoryDigest = repositoryDigest
            self.svg = svg
            self.previousDigest = previousDigest
        }
    }

    public static func build(_ context: CustomerContext, inputs: Inputs, resolver: SecretResolver) -> Result<Output, Failure> {
        let customer = context.checked
        let id = customer.id
        let secretInputs = Self.secretInputs(customer)
        let porting = customer.porting.map(\.status), orders = customer.orders.map(\.status)
        // The digest needs no compiling, so an unchanged customer costs only its check.
        let digest = Self.digest(context, inputs: inputs, secrets: secretValues(customer, resolver: resolver),
                                 masterKey: resolver.source.masterKey)
        if inputs.previousDigest(id) == digest, inputs.outputsIntact(id) {
            var output = Output(id: id, name: customer.name, digest: digest, files: [], privatePaths: [], reused: true,
                                secretInputs: secretInputs)
            (output.porting, output.orders) = (porting, orders)
            return .success(output)
        }
        let compiled = RoutingCompiler.compile(customer, year: inputs.year)
        let passwords = DeviceSecrets.resolveAll(compiled.endpoints, customer: id, resolver: resolver, context: context)
        let name = compiled.routing.customer.name
        do {
            let pins = DeviceSecrets.mailboxPINs(compiled.routing, resolver: resolver, context: context)
            var files = try CustomerEmitters.emit(EmitterInput(customer: compiled, passwords: passwords, pins: pins),
                                                  svg: inputs.svg)
            let provisioning = files.filter { $0.path.hasPrefix(ProvisioningEmitter.folder + "/") }
            let sums = provisioning.isEmpty ? nil : ProvisioningBundle.sums(provisioning)
            if let sums { files.append(sums) }
            var output = files.map { EmittedFile(path: "\(id)/\($0.path)", contents: $0.contents) }
            if let sums { output.append(try ProvisioningBundle.zip(provisioning + [sums], path: "\(id).zip")) }
            let privateOutput = Set(output.map(\.path).filter(BuildManifest.File.isPrivate))
            var built = Output(id: id, name: name, digest: digest, files: output, privatePaths: privateOutput, reused: false,
                               secretInputs: secretInputs)
            (built.porting, built.orders) = (porting, orders)
            return .success(built)
        } catch {
            return .failure(Failure(message: "cannot write the outputs of customer `\(id)`: \(error)"))
        }
    }

    /// Every device's SIP and admin password as far as the digest needs it: the value
    /// of one read from the environment, a file or the YAML (an unresolvable one as a
    /// marker, which never matches a previous build's digest); a generated one only by
    /// its scope, because it follows from the scope and the master key, which keys the
    /// digest's HMAC (deriving thousands of them would cost more than the check).
    static func secretValues(_ customer: CheckedCustomer, resolver: SecretResolver) -> [String] {
        var values: [String] = []
        for user in customer.users {
            for device in user.devices {
                var secrets = [(device.secret, "device/\(customer.id)/\(user.id)/\(device.index)"),
                               (Secret.generate, "device-admin/\(customer.id)/\(user.id)/\(device.index)")]
                // A given SIP password is an input too (a generated one follows from the master key).
                if let sip = device.sipPassword?.value, sip != .generate {
                    secrets.append((sip, "device-sip/\(customer.id)/\(user.id)/\(device.index)"))
                }
                for (secret, scope) in secrets {
                    if secret == .generate {
                        values.append("\(scope)\u{0}generate")
                        continue
                    }
                    switch resolver.resolve(secret, scope: scope) {
                    case .success(let value): values.append("\(scope)\u{0}\(value)")
                    case .failure: values.append("\(scope)\u{0}(unresolved)")
                    }
                }
            }
        }
        return values
    }

    /// The environment variables and files the customer's passwords are read from.
    static func secretInputs(_ customer: CheckedCustomer) -> [String] {
        var inputs = Set<String>()
        for device in customer.users.flatMap(\.devices) {
            for secret in [device.secret, device.sipPassword?.value ?? .generate] {
                switch secret {
                case .environment(let name): inputs.insert("env:\(name)")
                case .file(let path): inputs.insert("file:\(path)")
                default: break
                }
            }
        }
        return inputs.sorted()
    }

    /// An HMAC (keyed with the master key, so it reveals no value) of the current values
    /// of `secretInputs`: a cache compares it to tell whether a password changed.
    public static func secretInputsDigest(_ secretInputs: [String], resolver: SecretResolver) -> String {
        let values = secretInputs.map { input -> String in
            let secret: Secret = input.hasPrefix("env:") ? .environment(String(input.dropFirst(4))) : .file(String(input.dropFirst(5)))
            switch resolver.resolve(secret, scope: input) {
            case .success(let value): return "\(input)\u{0}\(value)"
            case .failure: return "\(input)\u{0}(unresolved)"
            }
        }
        return keyedDigest(values, masterKey: resolver.source.masterKey)
    }

    private static func keyedDigest(_ values: [String], masterKey: String?) -> String {
        let key = SymmetricKey(data: Data("pbxc-build-digest\u{0}\(masterKey ?? "")".utf8))
        return Data(HMAC<SHA256>.authenticationCode(for: Data(values.joined(separator: "\n").utf8), using: key)).base64EncodedString()
    }

    /// SHA-256 over pbxc's version, the build year, the repository file, the tools,
    /// the customer's files (their digests, made when the loader read them), and — keyed with the master key, so a digest reveals no
    /// password — its device passwords.
    static func digest(_ context: CustomerContext, inputs: Inputs, secrets: [String], masterKey: String?) -> String {
        var hasher = SHA256()
        func add(_ text: String) { hasher.update(data: Data((text + "\u{0}").utf8)) }
        add(inputs.version)
        add(String(inputs.year))
        add(inputs.repositoryDigest)
        add(inputs.svg ? DOTEmitter.toolVersion : "no svg")
        for (path, fileDigest) in context.fileDigests.sorted(by: { $0.path < $1.path }) {
            add(path)
            // A build always digests (RepositoryBuild sets the reader's contentDigest); only
            // in-process callers without previous outputs (tests, fuzzing) leave it unset.
            add(fileDigest ?? "not digested")
        }
        add(keyedDigest(secrets, masterKey: masterKey))
        return ContentDigest.hex(hasher.finalize())
    }
}
