import Domain
import Parser
import TestSupport
import XCTest

/// The JSON Schema's field table and the parser's schemas name the same keys.
final class SchemaFieldsTests: XCTestCase {
    func testEverySchemaKeyHasAFieldAndNoFieldIsExtra() {
        XCTAssertEqual(SchemaFields.table.count, Schemas.all.count)
        for schema in Schemas.all {
            guard let fields = SchemaFields.fields(of: schema) else {
                XCTFail("no fields for \(schema.noun)")
                continue
            }
            XCTAssertEqual(Set(fields.keys), Set(schema.keys), schema.noun)
            for (key, field) in fields { XCTAssertFalse(field.description.isEmpty, "\(schema.noun).\(key) has no description") }
        }
    }
}
