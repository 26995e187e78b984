/// The public-holiday calendars pbxc has built in: the five countries of the porting
/// and numberplan rules, with German states and Canadian provinces and territories
/// (ISO 3166-2) where holidays differ by region.
public enum HolidayCalendars {
    public static let germanStates = ["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN",
                                      "ST", "SH", "TH"]
    public static let canadianProvinces = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]

    public static let known: [String] =
        ["NL", "BE", "DE", "CA", "US"] + germanStates.map { "DE-\($0)" } + canadianProvinces.map { "CA-\($0)" }

    public static let knownSet = Set(known)
}
