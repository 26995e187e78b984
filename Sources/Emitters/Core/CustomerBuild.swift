import Compiler
import Validator

/// Building one checked customer: compile, resolve its device secrets (reported on the
/// customer, like rule findings), emit every file under `<customer id>/`. Used by
/// `pbxc build` for each customer in the worker that checked it.
public enum CustomerBuild {
    public struct Output: Sendable {
        public var id: String
        /// The customer's name, for the repository's index page.
        public var name: String
        public var files: [EmittedFile]
        /// Files that carry secrets (written readable by the owner only).
        public var privatePaths: Set<String>
    }

    public struct Failure: Error, Sendable {
        public var message: String
    }

    public static func build(_ context: CustomerContext, year: Int, resolver: SecretResolver) -> Result<Output, Failure> {
        let id = context.customer.id ?? ""
        let compiled = RoutingCompiler.compile(context, year: year)
        let passwords = DeviceSecrets.resolveAll(compiled.endpoints, customer: id, resolver: resolver, context: context)
        do {
            var files = try CustomerEmitters.emit(EmitterInput(customer: compiled, passwords: passwords))
            let provisioning = files.filter { $0.path.hasPrefix(ProvisioningEmitter.folder + "/") }
            var privatePaths = Set([AsteriskPJSIPEmitter.path] + provisioning.map(\.path))
            if !provisioning.isEmpty {
                let sums = ProvisioningBundle.sums(provisioning)
                files.append(sums)
                privatePaths.insert(sums.path)
            }
            var output = files.map { EmittedFile(path: "\(id)/\($0.path)", contents: $0.contents) }
            var privateOutput = Set(privatePaths.map { "\(id)/\($0)" })
            if !provisioning.isEmpty {
                let bundle = try ProvisioningBundle.zip(provisioning + [ProvisioningBundle.sums(provisioning)],
                                                        path: "\(id).zip")
                output.append(bundle)
                privateOutput.insert(bundle.path)
            }
            return .success(Output(id: id, name: compiled.routing.customer.name, files: output, privatePaths: privateOutput))
        } catch {
            return .failure(Failure(message: "cannot write the outputs of customer `\(id)`: \(error)"))
        }
    }
}
