import Foundation

/// The customer the injection property fills: every feature of the config language
/// (users with a device of every model in the catalog, with labels and keys, hunt
/// groups, an IVR menu with options, schedules, night mode, voicemail, forwards,
/// porting, an order, portal users), written as a YAML template with a placeholder
/// `⟪field⟫` for each free-text and id field. A placeholder used in several places (an
/// id and the references to it, one label on every device) is one field: it takes the
/// same value everywhere, so a reference still resolves when its id is injected.
enum InjectionCustomer {
    /// Each field's clean value, in the order the fields are tried.
    static let fields: KeyValuePairs<String, String> = [
        "customer.id": "acme",
        "customer.name": "Acme B.V.",
        "company.voicemail.greeting": "greetings/closed.wav",
        "company.music_on_hold": "default",
        "schedule.office-hours": "office-hours",
        "schedule.closed-days": "closed-days",
        "company.night_mode.feature_code": "*28",
        "user.jan.id": "jan",
        "user.jan.name": "Jan de Vries",
        "user.jan.extension": "201",
        "user.jan.email": "jan@acme.example",
        "user.jan.voicemail.email": "jan@acme.example",
        "user.jan.voicemail.copy_to": "office@acme.example",
        "user.jan.forward.no_answer": "+31612345678",
        "user.jan.simring": "+31612345670",
        "user.jan.block_incoming.number": "+31612345671",
        "user.piet.id": "piet",
        "user.piet.first_name": "Piet",
        "user.piet.last_name": "Bakker",
        "user.piet.email": "piet@acme.example",
        "user.carla.id": "carla",
        "user.carla.name": "Carla Peters",
        "user.carla.email": "carla@acme.example",
        "user.receptie.id": "receptie",
        "user.receptie.name": "Receptie",
        "user.kees.id": "kees",
        "user.kees.name": "Kees Jansen",
        "user.anna.id": "anna",
        "user.anna.name": "Anna Smit",
        "device.mac": "80:5E:C0:12:34:56",
        "device.label": "Bureau",
        "key.label": "Boekhouder",
        "hunt_group.sales.id": "sales",
        "hunt_group.sales.name": "Verkoop",
        "hunt_group.support.id": "support",
        "hunt_group.support.name": "Support",
        "hunt_group.support.no_internet": "+31612345672",
        "ivr_menu.main.id": "main",
        "ivr_menu.main.name": "Hoofdmenu",
        "ivr_menu.main.greeting": "greetings/welcome.wav",
        "ivr_menu.main.option.play": "greetings/opening-hours.wav",
        "ivr_menu.main.option.key": "*",
        "porting.id": "port-2026-001",
        "porting.losing_provider": "KPN",
        "porting.account": "1.23456789",
        "porting.holder.name": "Acme B.V.",
        "porting.holder.street": "Krijgsman",
        "porting.holder.house_number": "14",
        "porting.holder.postcode": "1186DM",
        "porting.holder.city": "Amstelveen",
        "porting.holder.province": "NH",
        "porting.holder.kvk": "72511486",
        "porting.signatory.name": "J. de Vries",
        "porting.signatory.email": "jan@acme.example",
        "order.id": "co941-4031",
        "order.contact.name": "J. de Vries",
        "order.contact.email": "jan@acme.example",
        "order.contact.phone": "+31524000000",
        "order.address.street": "Krijgsman",
        "order.address.house_number": "14",
        "order.address.postcode": "1186DM",
        "order.address.city": "Amstelveen",
        "order.billing.kvk": "72511486",
        "order.billing.vat": "NL004495445B01",
        "order.billing.iban": "NL91ABNA0417164300",
        "order.billing.invoice_email": "finance@acme.example",
        "portal_user.username": "beheer@acme.example",
        "portal_user.name": "Anna Admin",
    ]

    /// The template: every placeholder stands inside a YAML double-quoted scalar.
    static let template = #"""
    version: 1
    customer: { id: "⟪customer.id⟫", name: "⟪customer.name⟫", country: NL, timezone: Europe/Amsterdam, language: nl }
    numbers: ["+31 88 765 4000 - +31 88 765 4099", "+31 85 487 9610"]
    company:
      number: "+31887654000"
      show_name: true
      caller_id: company
      block_outbound: ["0900", "0906", "0909"]
      voicemail:
        extension: "999"
        greeting: "⟪company.voicemail.greeting⟫"
        allow_messages: true
        email: "office@acme.example"
      night_mode:
        mode: auto
        office_hours: "⟪schedule.office-hours⟫"
        holidays: "⟪schedule.closed-days⟫"
        to: voicemail
        feature_code: "⟪company.night_mode.feature_code⟫"
      music_on_hold: "⟪company.music_on_hold⟫"
      unassigned_numbers: "⟪ivr_menu.main.id⟫"
    schedules:
      "⟪schedule.office-hours⟫":
        hours:
          mon-fri: "08:30-17:30"
          sat: "10:00-12:00, 13:00-16:00"
      "⟪schedule.closed-days⟫":
        holidays: NL
        dates: ["2026-12-24", "2026-12-31"]
    users:
      - id: "⟪user.jan.id⟫"
        name: "⟪user.jan.name⟫"
        extension: "⟪user.jan.extension⟫"
        number: "+31887654011"
        email: "⟪user.jan.email⟫"
        call_waiting: true
        night_mode: follow
        voicemail:
          email: "⟪user.jan.voicemail.email⟫"
          copy_to: "⟪user.jan.voicemail.copy_to⟫"
          when: [busy, no_answer]
          rings: 5
        forward:
          no_answer: { to: "⟪user.jan.forward.no_answer⟫", rings: 4 }
          unreachable: "+31612345679"
        simring: ["⟪user.jan.simring⟫"]
        block_incoming:
          anonymous: true
          numbers: [{ numbers: ["⟪user.jan.block_incoming.number⟫"], schedule: "⟪schedule.office-hours⟫" }]
        devices:
          - model: yealink-t54w
            mac: "⟪device.mac⟫"
            password: generate
            label: "⟪device.label⟫"
            keys:
              - { type: blf, target: "⟪user.piet.id⟫" }
              - { type: blf, target: "⟪user.receptie.id⟫" }
              - { type: speed_dial, target: "+31201234567", label: "⟪key.label⟫" }
              - { type: blf, target: night_mode, label: "⟪key.label⟫" }
          - { model: yealink-t53w, mac: "80:5E:C0:12:34:01", password: generate, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.carla.id⟫" }, { type: speed_dial, target: "+31201234567", label: "⟪key.label⟫" }] }
          - { model: yealink-t57w, mac: "80:5E:C0:12:34:02", password: generate, label: "⟪device.label⟫",
              keys: [{ type: speed_dial, target: "+31201234567", label: "⟪key.label⟫" }] }
          - { model: yealink-t46u, mac: "80:5E:C0:12:34:03", password: generate, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.kees.id⟫" }] }
      - id: "⟪user.piet.id⟫"
        first_name: "⟪user.piet.first_name⟫"
        last_name: "⟪user.piet.last_name⟫"
        extension: "202"
        email: "⟪user.piet.email⟫"
        voicemail: { when: [no_answer], email: "⟪user.piet.email⟫" }
        devices:
          - { model: yealink-t43u, mac: "80:5E:C0:12:34:04", password: generate, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.jan.id⟫" }, { type: speed_dial, target: "+31201234567", label: "⟪key.label⟫" }] }
          - { model: yealink-w73p, mac: "80:5E:C0:12:34:05", password: generate, label: "⟪device.label⟫" }
          - { model: snom-d785, mac: "00:04:13:4a:5b:01", password: { env: ACME_CARLA_DEVICE_PW }, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.jan.id⟫" }, { type: speed_dial, target: "+31201234567", label: "⟪key.label⟫" }] }
          - { model: snom-d735, mac: "00:04:13:4a:5b:02", password: generate, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.anna.id⟫" }] }
      - id: "⟪user.carla.id⟫"
        name: "⟪user.carla.name⟫"
        extension: "203"
        number: "088 765 4012"
        email: "⟪user.carla.email⟫"
        voicemail: { email: "⟪user.carla.email⟫", when: [no_answer] }
        forward: { unreachable: "06 12345678" }
        devices:
          - { model: snom-d717, mac: "00:04:13:4a:5b:03", password: generate, label: "⟪device.label⟫",
              keys: [{ type: speed_dial, target: "+31201234567", label: "⟪key.label⟫" }] }
          - { model: poly-vvx450, mac: "64:16:7F:AA:BB:01", password: generate, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.jan.id⟫" }, { type: speed_dial, target: "+31201234567", label: "⟪key.label⟫" }] }
          - { model: poly-vvx250, mac: "64:16:7F:AA:BB:02", password: generate, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.piet.id⟫" }] }
          - { model: poly-edge-e350, mac: "64:16:7F:AA:BB:03", password: generate, label: "⟪device.label⟫",
              keys: [{ type: speed_dial, target: "+31201234567", label: "⟪key.label⟫" }] }
      - id: "⟪user.receptie.id⟫"
        name: "⟪user.receptie.name⟫"
        extension: "209"
        devices:
          - { model: poly-edge-e450, mac: "64:16:7F:AA:BB:04", password: generate, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.jan.id⟫" }, { type: speed_dial, target: "+31201234567", label: "⟪key.label⟫" }] }
          - { model: grandstream-grp2614, mac: "C0:74:AD:11:22:01", password: generate, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.carla.id⟫" }, { type: speed_dial, target: "+31201234567", label: "⟪key.label⟫" }] }
          - { model: grandstream-grp2612, mac: "C0:74:AD:11:22:02", password: generate, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.piet.id⟫" }] }
          - { model: grandstream-gxp2170, mac: "C0:74:AD:11:22:03", password: generate, label: "⟪device.label⟫",
              keys: [{ type: speed_dial, target: voicemail, label: "⟪key.label⟫" }] }
      - id: "⟪user.kees.id⟫"
        name: "⟪user.kees.name⟫"
        extension: "204"
        devices:
          - { model: fanvil-x6u, mac: "0C:38:3E:AA:BB:01", password: generate, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.jan.id⟫" }, { type: speed_dial, target: "+31201234567", label: "⟪key.label⟫" }] }
          - { model: fanvil-x4u, mac: "0C:38:3E:AA:BB:02", password: generate, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.anna.id⟫" }] }
          - { model: cisco-8851, mac: "F8:A5:C5:AA:BB:01", password: generate, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.jan.id⟫" }, { type: speed_dial, target: "+31201234567", label: "⟪key.label⟫" }] }
      - id: "⟪user.anna.id⟫"
        name: "⟪user.anna.name⟫"
        extension: "205"
        devices:
          - { model: cisco-8841, mac: "F8:A5:C5:AA:BB:02", password: generate, label: "⟪device.label⟫",
              keys: [{ type: blf, target: "⟪user.kees.id⟫" }] }
          - { model: cisco-6841, mac: "F8:A5:C5:AA:BB:03", password: generate, label: "⟪device.label⟫",
              keys: [{ type: speed_dial, target: "+31201234567", label: "⟪key.label⟫" }] }
          - { model: generic-sip, mac: "00:1A:2B:AA:BB:01", password: generate, label: "⟪device.label⟫" }
    hunt_groups:
      - id: "⟪hunt_group.sales.id⟫"
        name: "⟪hunt_group.sales.name⟫"
        extension: "101"
        policy: circular
        members: ["⟪user.jan.id⟫", "⟪user.piet.id⟫"]
        next_member_after_rings: 4
        overflow: { after_seconds: 30, to: voicemail }
        night_mode: follow
      - id: "⟪hunt_group.support.id⟫"
        name: "⟪hunt_group.support.name⟫"
        extension: "102"
        number: "+31 88 765 4020"
        policy: simultaneous
        members: ["⟪user.carla.id⟫", "202", "⟪user.kees.id⟫"]
        busy_tone: true
        no_internet: "⟪hunt_group.support.no_internet⟫"
        overflow: { after_seconds: 45, to: "voicemail:⟪user.carla.id⟫" }
    ivr_menus:
      - id: "⟪ivr_menu.main.id⟫"
        name: "⟪ivr_menu.main.name⟫"
        extension: "555"
        number: "+31887654000"
        office_hours: "⟪schedule.office-hours⟫"
        holidays: "⟪schedule.closed-days⟫"
        open:
          greeting: "⟪ivr_menu.main.greeting⟫"
          options:
            "1": "⟪hunt_group.sales.id⟫"
            "2": { to: "⟪hunt_group.support.id⟫", announce: true }
            "9": "⟪user.receptie.id⟫"
            "0": repeat
            "8": dial_by_name
            "⟪ivr_menu.main.option.key⟫": { play: "⟪ivr_menu.main.option.play⟫" }
          reception: "⟪user.receptie.id⟫"
          timeout_seconds: 10
        closed:
          to: voicemail
        night_mode: follow
    porting:
      - id: "⟪porting.id⟫"
        losing_provider: "⟪porting.losing_provider⟫"
        contract: { account: "⟪porting.account⟫", handling: end_at_term }
        holder:
          name: "⟪porting.holder.name⟫"
          street: "⟪porting.holder.street⟫"
          house_number: "⟪porting.holder.house_number⟫"
          postcode: "⟪porting.holder.postcode⟫"
          city: "⟪porting.holder.city⟫"
          province: "⟪porting.holder.province⟫"
          kvk: "⟪porting.holder.kvk⟫"
        signatory: { name: "⟪porting.signatory.name⟫", email: "⟪porting.signatory.email⟫" }
        numbers: ["085 487 9610"]
        held_at_provider: ["085 487 9610"]
        submitted: 2026-11-30
        wanted_date: 2026-12-15
        status: draft
    orders:
      - id: "⟪order.id⟫"
        for: new_customer
        lines:
          - { product: connection-fee, quantity: 1 }
          - { product: flex-telephony-standard, quantity: 10 }
          - { product: fixed-mobile-account, quantity: 4 }
        contract_start: immediate
        contact: { name: "⟪order.contact.name⟫", email: "⟪order.contact.email⟫", phone: "⟪order.contact.phone⟫" }
        address: { street: "⟪order.address.street⟫", house_number: "⟪order.address.house_number⟫", postcode: "⟪order.address.postcode⟫", city: "⟪order.address.city⟫", country: NL }
        billing:
          kvk: "⟪order.billing.kvk⟫"
          vat: "⟪order.billing.vat⟫"
          iban: "⟪order.billing.iban⟫"
          invoice_email: "⟪order.billing.invoice_email⟫"
          direct_debit: true
        porting: "⟪porting.id⟫"
        status: draft
    portal_users:
      - username: "⟪portal_user.username⟫"
        name: "⟪portal_user.name⟫"
        roles: [user_management, invoices, settings]
        password: { env: ACME_PORTAL_ADMIN_PW }
    """#

    /// The template cut at its placeholders: text, field, text, field, …, text.
    static let pieces: [String] = {
        var pieces: [String] = []
        var rest = Substring(template)
        while let open = rest.range(of: "⟪"), let close = rest.range(of: "⟫", range: open.upperBound..<rest.endIndex) {
            pieces.append(String(rest[..<open.lowerBound]))
            pieces.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        pieces.append(String(rest))
        return pieces
    }()

    static let cleanValues: [String: String] = Dictionary(uniqueKeysWithValues: fields.map { ($0.key, YAMLQuoted.content($0.value)) })

    /// The customer with `field` set to `value` (already a YAML double-quoted
    /// scalar's content) and every other field clean.
    static func yaml(setting field: String? = nil, to value: String? = nil) -> String {
        var text = ""
        for (index, piece) in pieces.enumerated() {
            if index % 2 == 0 { text += piece; continue }
            guard let clean = cleanValues[piece] else { preconditionFailure("placeholder ⟪\(piece)⟫ without a field") }
            text += piece == field ? value! : clean
        }
        return text
    }
}
