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

    public static func emit(_ input: EmitterInput) -> [EmittedFile] {
        let plan = input.customer.provisioning
        var files: [EmittedFile] = []
        var vendors = Set<Vendor>()
        for device in plan.devices {
            guard let passwords = input.passwords[device.endpoint.name] else { continue }
            let emitter = VendorEmitters.emitter(for: device.model.vendor)
            vendors.insert(device.model.vendor)
            let template = library.getTemplate(named: device.model.id) != nil ? device.model.id : emitter.vendor.rawValue
            let context = DeviceContext.device(device, plan: plan, passwords: passwords, emitter: emitter)
            let text = library.render(context, withTemplate: template) ?? ""
            files.append(EmittedFile(path: "\(folder)/\(fileName(device, emitter: emitter))", text: text))
        }
        for vendor in vendors.sorted(by: { $0.rawValue < $1.rawValue }) {
            let emitter = VendorEmitters.emitter(for: vendor)
            guard let common = emitter.profile.commonFiles.first else { continue }
            let text = library.render(DeviceContext.customer(plan, emitter: emitter), withTemplate: "\(vendor.rawValue)-common") ?? ""
            files.append(EmittedFile(path: "\(folder)/\(common)", text: text))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The name the phone asks for; a generic phone's sheet is named after its account.
    static func fileName(_ device: ProvisionedDevice, emitter: any VendorEmitter.Type) -> String {
        if emitter.vendor == .generic { return "\(device.endpoint.name).html" }
        return emitter.profile.fileName(mac: device.endpoint.mac ?? device.endpoint.name)
    }
}
