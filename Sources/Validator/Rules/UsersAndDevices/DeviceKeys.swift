import Domain
import Parser

/// `device-keys`: line keys the phone does not have.
enum DeviceKeys: CustomerRule {
    static let description = RuleDescription(
        id: "device-keys", severity: .warning, section: .usersAndDevices,
        summary: "more line keys than the phone model has, or BLF keys on a model without BLF — beyond",
        rationale: """
        Key 1 of a desk phone is its own line; the keys of `keys:` follow from key 2 on. Keys beyond the \
        model's programmable keys (the device catalog, `pbxc explain device-model` lists the models) are \
        not provisioned, and a model without busy-lamp fields (DECT handsets, `generic-sip`) cannot show \
        a colleague's line. The build still works; the keys are left out.
        """,
        bad: [Example.customer("""
        users:
          - id: jan
            name: Jan
            extension: "201"
            devices: [{ model: yealink-w73p, mac: "80:5E:C0:12:34:56", password: generate, keys: [↓{ type: blf, target: piet }] }]
          - { id: piet, name: Piet, extension: "202" }
        """)],
        good: [Example.customer("""
        users:
          - id: jan
            name: Jan
            extension: "201"
            devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate, keys: [{ type: blf, target: piet }] }]
          - { id: piet, name: Piet, extension: "202" }
        """)])

    static func check(_ c: CustomerContext) {
        for device in c.devices {
            guard let id = device.model?.value, let model = DeviceCatalog.model(id), !device.keys.isEmpty else { continue }
            let room = max(0, model.lineKeys - 1)  // key 1 is the phone's own line
            if device.keys.count > room {
                let extra = device.keys.count - room
                c.report(description, at: device.keys[room].location,
                         "\(id) has \(model.lineKeys) line key\(model.lineKeys == 1 ? "" : "s") (the first is its own line): \(extra) of these keys cannot be provisioned",
                         help: room == 0 ? "remove `keys`, or use a desk phone with keys" : "keep at most \(room) keys")
            }
            if !model.blf, let blf = device.keys.prefix(room).first(where: { $0.type?.value == .blf }) {
                c.report(description, at: blf.location, "\(id) has no busy-lamp fields: this BLF key is left out",
                         help: "use a speed dial, or a model with BLF keys")
            }
        }
    }
}
