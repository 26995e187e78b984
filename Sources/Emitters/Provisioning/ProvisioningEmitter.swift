import Compiler
import Foundation
import Mustache
import Domain

/// `provisioning/`: for every device the file its vendor's phones fetch (named by
/// MAC as the vendor expects), plus each vendor's shared files once, rendered from the
/// vendor's Mustache templates. Every file carries secrets (the SIP password, the
/// admin password), so all of them are private.
public enum ProvisioningEmitter {
    public static let folder = "provisioning"

    /// The templates of every vendor, parsed once.
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for emitter in VendorEmitters.all {
            for (name, source) in emitter.templates.sorted(by: { $0.key < $1.key }) {
                do { try library.register(source, named: name) } catch {
                    preconditionFailure("provisioning template \(name) does not parse: \(error)")
                }
            }
        }
        return library
    }()

    /// Who may fetch which file: the provisioning usernames of the phones that ask for
    /// it (a device file: its phone; a model's shared file: every phone of the model).
    public struct Access: Sendable, Equatable {
        public var file: String
        public var users: [String]
    }

    public static func emit(_ input: EmitterInput) -> [EmittedFile] {
        emitWithAccess(input).files
    }

    public static func emitWithAccess(_ input: EmitterInput) -> (files: [EmittedFile], access: [Access]) {
        let plan = input.customer.provisioning
        var files: [String: EmittedFile] = [:]
        var access: [String: Set<String>] = [:]
        for device in plan.devices {
            guard let passwords = input.passwords[device.endpoint.name] else { continue }
            let emitter = VendorEmitters.emitter(for: device.model.vendor)
            let context = DeviceContext.device(device, plan: plan, passwords: passwords, emitter: emitter)
            if emitter.vendor == .generic {
                let name = "\(device.endpoint.name).html"
                files[name] = EmittedFile(path: "\(folder)/\(name)", text: library.render(context, withTemplate: "generic") ?? "")
                continue
            }
            for (name, template) in emitter.deviceFiles(mac: device.endpoint.mac, model: device.model) {
                files[name] = EmittedFile(path: "\(folder)/\(name)", text: library.render(context, withTemplate: template) ?? "")
                access[name, default: []].insert(passwords.provisioningUser)
            }
            let shared = DeviceContext.customer(plan, emitter: emitter, model: device.model)
            for (name, template) in emitter.modelFiles(device.model) {
                if files[name] == nil {
                    files[name] = EmittedFile(path: "\(folder)/\(name)", text: library.render(shared, withTemplate: template) ?? "")
                }
                access[name, default: []].insert(passwords.provisioningUser)
            }
        }
        return (files.values.sorted { $0.path < $1.path },
                access.map { Access(file: $0.key, users: $0.value.sorted()) }.sorted { $0.file < $1.file })
    }

    /// The device's own files (the last is where its account is), for the overview.
    static func fileNames(_ device: ProvisionedDevice) -> [String] {
        let emitter = VendorEmitters.emitter(for: device.model.vendor)
        if emitter.vendor == .generic { return ["\(device.endpoint.name).html"] }
        return emitter.deviceFiles(mac: device.endpoint.mac, model: device.model).map(\.name)
    }
}
