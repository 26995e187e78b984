import Domain
import Parser

/// `wrong-type`: each key takes one kind of value.
enum WrongType: StructureRule {
    static let description = RuleDescription(
        reportedBy: .wrongType, section: .documentStructure,
        summary: "e.g. a list where a mapping belongs",
        rationale: """
        Values are typed by the schema, never by YAML 1.1 guessing: text fields keep `0201`, `NO` and \
        `08:30` as written; yes/no fields take only `true` or `false`; numbers only digits; fixed choices \
        (`policy`, `mode`, …) only their listed words, with a did-you-mean; dates (`wanted_date`, \
        `submitted`, …) only a day that exists, written YYYY-MM-DD.
        """,
        bad: [Example.customer("hunt_groups: [{ id: sales, extension: \"101\", policy: ↓round_robin, members: [jan], overflow: { after_seconds: 30, to: voicemail } }]\nusers: [{ id: jan, name: Jan, extension: \"201\" }]")],
        good: [Example.customer("hunt_groups: [{ id: sales, extension: \"101\", policy: circular, members: [jan], overflow: { after_seconds: 30, to: voicemail } }]\nusers: [{ id: jan, name: Jan, extension: \"201\", devices: [{ model: yealink-t54w, mac: \"805EC0123456\", password: generate }] }]")])
}
