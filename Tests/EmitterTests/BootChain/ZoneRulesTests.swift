@testable import Emitters
import Foundation
import TestSupport
import XCTest

/// Daylight-saving rules read from the tz database agree with `zdump -v` for zones of
/// both hemispheres.
final class ZoneRulesTests: XCTestCase {
    func testRulesMatchZdump() throws {
        for zone in ["Europe/Amsterdam", "Australia/Sydney", "America/New_York", "America/Santiago", "Pacific/Auckland",
                     "Asia/Tokyo", "Europe/London"] {
            let rules = ZoneRules(zone, year: 2026)
            let (_, out) = try tool(["zdump", "-v", "-c", "2026,2027", zone])
            // Lines `Zone  Sun Oct  4 15:59:59 2026 UT = Mon Oct  5 01:59:59 2026 AEST isdst=0 gmtoff=36000`:
            // the local time just before each change.
            let before = out.split(separator: "\n").map(String.init).filter { $0.contains(" 2026 UT = ") }.enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element)
            if before.isEmpty {
                XCTAssertFalse(rules.hasDaylightSaving, zone)
                continue
            }
            XCTAssertTrue(rules.hasDaylightSaving, zone)
            let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            var seen: [(month: Int, day: Int, hour: Int, dst: Bool)] = []
            for line in before {
                let local = line.components(separatedBy: " UT = ")[1].split(separator: " ", omittingEmptySubsequences: true)
                let month = months.firstIndex(of: String(local[1]))! + 1
                var day = Int(local[2])!, hour = Int(local[3].prefix(2))! + 1  // 01:59:59 → the change at 02:00
                if hour == 24 { hour = 0; day += 1 }  // Santiago's 24:00 is the next day's 00:00
                seen.append((month, day, hour, line.contains("isdst=0")))
            }
            for c in seen {
                let change = c.dst ? rules.start! : rules.end!
                XCTAssertEqual(change.month, c.month, zone)
                XCTAssertEqual(change.hour, c.hour, zone)
                let week = c.day + 7 > [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][c.month - 1] ? 5 : (c.day - 1) / 7 + 1
                XCTAssertEqual(change.week, week, zone)
            }
        }
        let sydney = ZoneRules("Australia/Sydney")
        XCTAssertEqual(sydney.start?.month, 10)
        XCTAssertEqual(sydney.end?.month, 4)
        XCTAssertEqual(sydney.standardMinutes, 600)
        XCTAssertEqual(ZoneRules("Europe/Amsterdam").posix, "<+01>-1<+02>,M3.5.0/2,M10.5.0/3")
    }
}
