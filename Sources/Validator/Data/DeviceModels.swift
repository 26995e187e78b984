/// The phone models pbxc can provision, `<vendor>-<model>` in lower case as printed
/// on the phone (config-language.md, Device models). The provisioning emitters
/// extend this with file names and key maps per vendor.
public enum DeviceModels {
    public static let known: [String] = [
        "yealink-t54w", "yealink-t46u", "yealink-t43u", "yealink-t53w", "yealink-t57w", "yealink-w73p",
        "snom-d785", "snom-d735", "snom-d717",
        "poly-vvx450", "poly-vvx250", "poly-edge-e350", "poly-edge-e450",
        "grandstream-grp2614", "grandstream-gxp2170", "grandstream-grp2612",
        "fanvil-x6u", "fanvil-x4u",
        "cisco-8851", "cisco-8841", "cisco-6841",
        "generic-sip",
    ]

    public static let knownSet = Set(known)

}
