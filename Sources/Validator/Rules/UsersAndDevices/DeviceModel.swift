import Diagnostics
import Domain
import Parser

/// `device-model`: pbxc must know how to provision the model.
enum DeviceModel: CustomerRule {
    static let description = RuleDescription(
        id: "device-model", severity: .error, section: .usersAndDevices,
        summary: "a device model pbxc cannot provision; suggest the nearest",
        rationale: """
        Models are written `<vendor>-<model>` in lower case, as printed on the phone (`yealink-t54w`, \
        `snom-d785`, `poly-vvx450`, …). `pbxc` must know a model to write the files its phones fetch; \
        phones it does not know can be set up by hand as `generic-sip`.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: ↓yealink-t45w, mac: "80:5E:C0:12:34:56", password: generate }] }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate }] }]"#)])

    static func check(_ c: CustomerContext) {
        for device in c.devices {
            guard let model = device.model, DeviceCatalog.model(model.value) == nil else { continue }
            let lower = model.value.lowercased()
            let help = DeviceCatalog.model(lower) != nil ? "write it in lower case: `\(lower)`"
                : Suggestions.didYouMean(lower, in: DeviceCatalog.ids)
                ?? "known models: \(DeviceCatalog.ids.joined(separator: ", ")); or `generic-sip` for set-up by hand"
            c.report(description, at: model.location, "pbxc cannot provision device model `\(model.value)`", help: help)
        }
    }
}
