/// The phone models pbxc can provision, as data: model ids are `<vendor>-<model>` in
/// lower case as printed on the phone (config-language.md, Device models). Line-key
/// counts are the programmable keys of the phone itself (all pages, no expansion
/// module), from the vendors' datasheets.
public enum DeviceCatalog {
    public struct Model: Sendable, Equatable {
        public var id: String
        public var vendor: Vendor
        /// As the vendor writes it (`T54W`, `VVX 450`).
        public var name: String
        public var family: String
        public var lineKeys: Int
        public var blf: Bool
    }

    public static let models: [Model] = [
        Model(id: "yealink-t54w", vendor: .yealink, name: "T54W", family: "T5", lineKeys: 27, blf: true),
        Model(id: "yealink-t53w", vendor: .yealink, name: "T53W", family: "T5", lineKeys: 21, blf: true),
        Model(id: "yealink-t57w", vendor: .yealink, name: "T57W", family: "T5", lineKeys: 29, blf: true),
        Model(id: "yealink-t46u", vendor: .yealink, name: "T46U", family: "T4", lineKeys: 27, blf: true),
        Model(id: "yealink-t43u", vendor: .yealink, name: "T43U", family: "T4", lineKeys: 21, blf: true),
        Model(id: "yealink-w73p", vendor: .yealink, name: "W73P", family: "DECT", lineKeys: 0, blf: false),
        Model(id: "snom-d785", vendor: .snom, name: "D785", family: "D7xx", lineKeys: 24, blf: true),
        Model(id: "snom-d735", vendor: .snom, name: "D735", family: "D7xx", lineKeys: 32, blf: true),
        Model(id: "snom-d717", vendor: .snom, name: "D717", family: "D7xx", lineKeys: 18, blf: true),
        Model(id: "poly-vvx450", vendor: .poly, name: "VVX 450", family: "VVX", lineKeys: 12, blf: true),
        Model(id: "poly-vvx250", vendor: .poly, name: "VVX 250", family: "VVX", lineKeys: 4, blf: true),
        Model(id: "poly-edge-e350", vendor: .poly, name: "Edge E350", family: "Edge E", lineKeys: 8, blf: true),
        Model(id: "poly-edge-e450", vendor: .poly, name: "Edge E450", family: "Edge E", lineKeys: 16, blf: true),
        Model(id: "grandstream-grp2614", vendor: .grandstream, name: "GRP2614", family: "GRP", lineKeys: 24, blf: true),
        Model(id: "grandstream-grp2612", vendor: .grandstream, name: "GRP2612", family: "GRP", lineKeys: 16, blf: true),
        Model(id: "grandstream-gxp2170", vendor: .grandstream, name: "GXP2170", family: "GXP", lineKeys: 48, blf: true),
        Model(id: "fanvil-x6u", vendor: .fanvil, name: "X6U", family: "X", lineKeys: 60, blf: true),
        Model(id: "fanvil-x4u", vendor: .fanvil, name: "X4U", family: "X", lineKeys: 30, blf: true),
        Model(id: "cisco-8851", vendor: .cisco, name: "8851", family: "8800 MPP", lineKeys: 5, blf: true),
        Model(id: "cisco-8841", vendor: .cisco, name: "8841", family: "8800 MPP", lineKeys: 5, blf: true),
        Model(id: "cisco-6841", vendor: .cisco, name: "6841", family: "6800 MPP", lineKeys: 4, blf: true),
        Model(id: "generic-sip", vendor: .generic, name: "Generic SIP phone", family: "generic", lineKeys: 0, blf: false),
    ]

    public static let ids: [String] = models.map(\.id)
    private static let byID = Dictionary(uniqueKeysWithValues: models.map { ($0.id, $0) })

    public static func model(_ id: String) -> Model? { byID[id] }
}

public enum Vendor: String, Sendable, CaseIterable {
    case yealink, snom, poly, grandstream, fanvil, cisco, generic
}
