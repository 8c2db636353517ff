import Foundation
import RegLintCore
import RegLintReaders
import Testing

@testable import RegLintChecks

/// The clause checks on whole documents: complete ones, the same with one required clause
/// removed or emptied, odd formatting, real decisions (ClauseFixtures/README.md). The findings
/// are compared with `ClauseFixtures/expected.txt`; `REGLINT_RECORD_GOLDENS=1` rewrites it.
@Suite("Required clauses on documents")
struct ClauseGoldenTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("ClauseFixtures")

    private func findings(in document: Document, profiles: ProfileCatalog = .starter) throws -> [String] {
        let context = CheckContext(
            asOf: try #require(Day(iso: "2026-01-01")), language: document.language, profiles: profiles)
        let checks: [any Check] = [EmptyClauseCheck(options: NoOptions()), MissingClauseCheck(options: NoOptions())]
        return checks.flatMap { check in
            check.diagnostics(in: document, context: context).map { diagnostic in
                let id = type(of: check).description.id
                let path = diagnostic.location.sectionPath.joined(separator: " › ")
                return "\(path) (¶\(diagnostic.location.paragraph ?? 0)): \(diagnostic.message.text) [\(id)]"
            }
        }
    }

    @Test func fixturesGiveTheRecordedFindings() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { $0.hasSuffix(".txt") && $0 != "expected.txt" }.sorted()
        #expect(names.count >= 14)
        var lines: [String] = []
        for name in names {
            let document = try DocumentLoader().read(path: Self.fixtures.appendingPathComponent(name).path)
            let found = try findings(in: document)
            lines.append("\(name): \(found.isEmpty ? "no finding" : "\(found.count) finding(s)")")
            lines += found.map { "  " + $0 }
        }
        let rendered = lines.joined(separator: "\n") + "\n"
        let golden = Self.fixtures.appendingPathComponent("expected.txt")
        if ProcessInfo.processInfo.environment["REGLINT_RECORD_GOLDENS"] != nil {
            try Data(rendered.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(rendered == expected, "clause findings differ from ClauseFixtures/expected.txt")
    }

    /// The removed clause is the one named, and nothing else is reported.
    @Test(arguments: [
        ("qc-lam-viec-without-subjects.txt", "subjects"),
        ("qc-lam-viec-without-scope.txt", "scope"),
        ("qc-lam-viec-without-implementation.txt", "implementation"),
        ("qc-dan-chu-without-inspection-board.txt", "inspection-board"),
        ("qc-chi-tieu-without-savings.txt", "savings"),
        ("en-policy-without-review.txt", "review"),
        ("real-qd-1397-2021-nam-dinh.txt", "recipients"),
    ])
    func aRemovedClauseIsNamed(file: String, clause: String) throws {
        let document = try DocumentLoader().read(path: Self.fixtures.appendingPathComponent(file).path)
        let found = try findings(in: document)
        #expect(found.count == 1)
        #expect(found.first?.contains("(\(clause))") == true, "\(found)")
    }

    @Test func aDocumentNoProfileAppliesToHasNoClauses() throws {
        for name in ["bao-cao-no-profile.txt", "real-luat-an-ninh-mang-2018-chapter-1.txt"] {
            let document = try DocumentLoader().read(path: Self.fixtures.appendingPathComponent(name).path)
            #expect(ClauseMatcher.matches(in: document, profiles: .starter).isEmpty, "\(name)")
        }
    }

    @Test func forcingAProfileAppliesItToAnyDocument() throws {
        let document = try DocumentLoader().read(
            path: Self.fixtures.appendingPathComponent("bao-cao-no-profile.txt").path)
        let forced = try ProfileCatalog.starter.forcing(["vn-quy-che"])
        #expect(try findings(in: document, profiles: forced).count == 3)
    }

    @Test func turningStarterProfilesOffLeavesNoClauseFindings() throws {
        var configuration = Configuration()
        configuration.usesStarterProfiles = false
        let catalog = try ProfileCatalog.load(configuration: configuration)
        let document = try DocumentLoader().read(
            path: Self.fixtures.appendingPathComponent("qc-lam-viec-without-subjects.txt").path)
        #expect(try findings(in: document, profiles: catalog).isEmpty)
    }

    /// Word splits a heading over runs with different formatting, puts headings in a table, and
    /// numbers articles automatically: the clauses still count.
    @Test func headingsSplitOverRunsAndInTablesCount() throws {
        let body = [
            Self.paragraph("QUY CHẾ"),
            Self.paragraph("Làm việc của Văn phòng Sở"),
            #"<w:p><w:r><w:t xml:space="preserve">Điều 1. Phạm vi </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>điều</w:t></w:r>"#
                + #"<w:r><w:t xml:space="preserve"> chỉnh</w:t></w:r></w:p>"#,
            Self.paragraph("Quy chế này quy định chế độ làm việc của Văn phòng."),
            "<w:tbl><w:tr><w:tc>\(Self.paragraph("Đối tượng áp dụng"))</w:tc>"
                + "<w:tc>\(Self.paragraph("Công chức, người lao động của Văn phòng."))</w:tc></w:tr></w:tbl>",
            Self.paragraph("Điều 2. Hiệu lực thi hành"),
            Self.paragraph("Quy chế này có hiệu lực kể từ ngày ký."),
        ].joined()
        let path = try Self.writeFlatOPC(body: body)
        let document = try DocumentLoader().read(path: path)
        #expect(try findings(in: document).isEmpty)
        let matches = ClauseMatcher.matches(in: document, profiles: .starter)
        #expect(matches.map(\.profile.id) == ["vn-quy-che"])
        let subjects = try #require(matches.first?.clauses.first { $0.clause.id == "subjects" })
        #expect(subjects.status == .present)
        #expect(subjects.evidence?.contains("run-in heading \"Đối tượng áp dụng\"") == true)
    }

    private static func paragraph(_ text: String) -> String {
        "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// A one-part Flat OPC (Word XML) file with this body.
    private static func writeFlatOPC(body: String) throws -> String {
        let document = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">\
            <pkg:part pkg:name="/word/document.xml" pkg:contentType="application/xml"><pkg:xmlData>\(document)</pkg:xmlData></pkg:part>\
            </pkg:package>
            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("clauses.xml")
        try Data(xml.utf8).write(to: url)
        return url.path
    }
}
