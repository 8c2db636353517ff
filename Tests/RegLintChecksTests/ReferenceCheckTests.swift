import Foundation
import RegLintCore
import RegLintReaders
import Testing

@testable import RegLintChecks

/// Reference checks on documents an outline cannot express: quoted amendment text, notes, links
/// with anchors, sections numbered "1.0", and the shipped registry files.
@Suite("Reference checks on real document shapes")
struct ReferenceCheckTests {
    private static func location(_ line: Int, _ path: [String] = []) -> RegLintCore.SourceLocation {
        RegLintCore.SourceLocation(file: "a.xml", line: line, column: 1, sectionPath: path)
    }

    private static func paragraph(_ line: Int, _ text: String, links: [Link] = []) -> Paragraph {
        Paragraph(text: text, location: location(line), links: links)
    }

    private static func section(
        _ kind: SectionKind, _ number: String?, heading: String? = nil, line: Int, _ paragraphs: [Paragraph] = [],
        children: [Section] = []
    ) -> Section {
        Section(
            kind: kind, number: number, heading: heading, blocks: paragraphs.map { .paragraph($0) }, children: children,
            location: location(line, [number ?? kind.rawValue]))
    }

    private static func document(
        _ sections: [Section], notes: [Note] = [], anchors: Set<String> = [], number: String? = nil
    ) -> Document {
        Document(
            path: "a.xml", format: .akomaNtoso, language: .en, metadata: DocumentMetadata(number: number),
            sections: sections, notes: notes, anchors: anchors)
    }

    private func dangling(_ document: Document) throws -> [String] {
        let check = try DanglingReferenceCheck.configured(optionsYAML: nil)
        let context = CheckContext(
            asOf: try #require(Day(iso: "2026-11-30")), language: document.language, facts: DocumentFacts(document))
        return check.diagnostics(in: document, context: context).map(\.message.text)
    }

    @Test func quotedAmendmentTextIsNotCheckedNorATarget() throws {
        let quoted = Self.section(
            .quotation, nil, line: 3,
            [Self.paragraph(4, "(1) Any individual given information under section 158 may object.")],
            children: [
                Self.section(.section, "9", line: 5, [Self.paragraph(6, "Quoted section nine, see section 3(2).")])
            ])
        let document = Self.document([
            Self.section(
                .section, "1", line: 1,
                [Self.paragraph(2, "In the Consumer Credit Act 1974 for subsection (1) substitute—")],
                children: [quoted]),
            Self.section(.section, "2", line: 7, [Self.paragraph(8, "Section 9 does not exist in this Act.")]),
        ])
        #expect(try dangling(document) == ["\"Section 9\" points nowhere: the document has no section 9 (1 to 2)"])
    }

    @Test func internalLinksAreCheckedAgainstAnchors() throws {
        let text = "The issue referred to in (a) and the issues in (b) and (c), see [1991] 1 QB 212."
        func link(_ label: String, _ target: String) -> Link {
            Link(offset: (text as NSString).range(of: label).location, length: label.utf16.count, target: target)
        }
        let links = [
            link("(a)", "#int-list1-ite2-lis1-ite1"), link("(b)", "#introduction__list_1__item_b"),
            link("(c)", "#introduction__list_1__item_c"), link("[1991] 1 QB 212", "#"),
        ]
        let sections = [Self.section(.other, nil, line: 1, [Self.paragraph(2, text, links: links)])]
        let anchors: Set<String> = ["introduction__list_1__item_b", "introduction__list_1__item_c"]
        #expect(
            try dangling(Self.document(sections, anchors: anchors)) == [
                "\"(a)\" points nowhere: the document has no element with id int-list1-ite2-lis1-ite1"
            ])
        // A reader that does not collect anchors leaves links unjudged.
        #expect(try dangling(Self.document(sections)) == [])
    }

    @Test func linkedReferencesAreJudgedByTheirTarget() throws {
        let text = "subject to subsection (b) of section 306"
        let label = "section 306"
        let links = [
            Link(offset: (text as NSString).range(of: label).location, length: 11, target: "#sec_306__subsec_b")
        ]
        let sections = [
            Self.section(.section, "301", line: 1, [Self.paragraph(2, text, links: links)]),
            Self.section(.section, "302", line: 3),
        ]
        #expect(try dangling(Self.document(sections, anchors: ["sec_301", "sec_302", "sec_306__subsec_b"])) == [])
    }

    @Test func notesKeepPointingAtTheInstrumentTheyName() throws {
        let body = [
            Self.section(
                .article, "1", line: 1, [Self.paragraph(2, "This Order may be cited as the Commencement Order.")]),
            Self.section(.article, "2", line: 3, [Self.paragraph(4, "The day appointed is 5th May 2017.")]),
        ]
        let footnote = Note(
            kind: .footnote, id: "2",
            paragraphs: [
                Self.paragraph(
                    10,
                    "Sections 32 and 33 of the 2015 Act make amendments. Section 54 makes amendments to section 16 of the Criminal Justice (Scotland) Act 2003. Section 58 introduces section 18A to that Act."
                ),
                Self.paragraph(
                    11,
                    "By virtue of section 61(1) of the 2015 Act, section 17 came into force; section 37 came into force on 24th December 2015, and article 9 of this Order applies."
                ),
                Self.paragraph(12, "See article 8."),
            ])
        let explanatory = Self.section(
            .other, nil, heading: "EXPLANATORY NOTE", line: 20,
            [
                Self.paragraph(
                    21,
                    "The following provisions of the Mental Health (Scotland) Act 2015 have been brought into force: Section 37 Reviews"
                )
            ])
        #expect(
            try dangling(Self.document(body + [explanatory], notes: [footnote])) == [
                "\"article 9\" points nowhere: the document has no article 9 (1 to 2)",
                "\"article 8\" points nowhere: the document has no article 8 (1 to 2)",
            ])
    }

    @Test func sectionsNumberedDotZero() throws {
        let sections = [
            Self.section(
                .clause, "1.0", heading: "Introduction", line: 1,
                [
                    Self.paragraph(
                        2, "The charges are in Section 8 of this Schedule; the services in Section 2 and clause 2.1.")
                ]),
            Self.section(
                .clause, "2.0", heading: "Services", line: 3, [Self.paragraph(4, "See Section 1.")],
                children: [Self.section(.clause, "2.1", line: 5, [Self.paragraph(6, "Critical services.")])]),
        ]
        #expect(
            try dangling(Self.document(sections)) == [
                "\"Section 8\" points nowhere: the document has no section 8 (1.0 to 2.0)"
            ])
    }

    // MARK: references/outdated with the shipped registry files

    private static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    private func outdated(_ outline: String, asOf: String = "2026-11-30") throws -> [Finding] {
        let registry = try InstrumentRegistry.load(
            paths: ["registries/vn-instruments.yml", "registries/international.yml", "registries/bodies-2025.yml"].map {
                Self.packageRoot.appendingPathComponent($0).path
            })
        let engine = Engine(
            checks: [try OutdatedReferenceCheck.configuredCheck(optionsYAML: nil, severity: .warning)],
            asOf: try #require(Day(iso: asOf)), language: nil, toolVersion: "test", registry: registry)
        let document = OutlineReader.read(outline)
        return engine.run(paths: ["a.txt"], jobs: 1) { _ in .success(document) }.findings
    }

    @Test func aReplacedPrimeMinistersDecisionIsOutdated() throws {
        let findings = try outdated(
            "Căn cứ Quyết định số 22/2018/QĐ-TTg ngày 08 tháng 5 năm 2018 của Thủ tướng Chính phủ;\nĐiều 1. Phạm vi")
        #expect(
            findings.map(\.message) == [
                "Quyết định số 22/2018/QĐ-TTg was replaced by 61/2023/NĐ-CP (in force until 2023-08-15)"
            ])
        #expect(findings.map(\.fix?.replacement) == ["Nghị định số 61/2023/NĐ-CP"])
    }

    @Test func lawsCitedByNameAndDateMatchTheRegistry() throws {
        let findings = try outdated(
            """
            Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;
            Căn cứ Luật Tiếp công dân năm 2013;
            Điều 1. Phạm vi
            """)
        #expect(
            findings.map(\.message) == [
                "Luật An ninh mạng ngày 12 tháng 6 năm 2018 was replaced by 116/2025/QH15 (in force until 2026-06-30)"
            ])
        #expect(findings.map(\.fix?.replacement) == ["Luật An ninh mạng số 116/2025/QH15"])
        #expect(
            try outdated("Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;\nĐiều 1. Phạm vi", asOf: "2026-06-30")
                .isEmpty)
    }

    @Test func oneFindingPerCitationAndTheReplacementAsTheFix() throws {
        let findings = try outdated(
            """
            Article 1 Data
            1. Such processing is subject to Directive 95/46/EC. This Directive should comply with Directive 95/46/EC.
            2. Obligations under the Data Protection Act 1998 (“DPA”) apply.
            """)
        #expect(findings.map(\.excerpt) == ["Directive 95/46/EC", "Data Protection Act 1998"])
        #expect(findings.map(\.fix?.replacement) == ["Regulation (EU) 2016/679", "Data Protection Act 2018"])
    }

    @Test func aDocumentsOwnNameAndNumberAreNotCitations() throws {
        #expect(
            try outdated("Luật số: 24/2018/QH14\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về an ninh mạng.")
                .isEmpty)
        #expect(
            try outdated(
                """
                Data Protection Act 1998
                Article 75 Short title
                1. This Act may be cited as the Data Protection Act 1998.
                2. In the Access to Medical Reports Act 1988 for “the 1984 Act” substitute “the Data Protection Act 1998”.
                """
            ).isEmpty)
    }

    @Test func bodiesNamedAsTheyWereThenAreNotOutdated() throws {
        let findings = try outdated(
            """
            Căn cứ Thông tư số 20/2017/TT-BTTTT ngày 12 tháng 9 năm 2017 của Bộ trưởng Bộ Thông tin và Truyền thông;
            Điều 1. Kết quả kiểm tra
            1. Kết luận kiểm tra số 24/KL-ĐKT ngày 12/6/2025 về công tác thi hành pháp luật tại UBND huyện Tuy Đức.
            2. Các đơn vị được kiểm tra là UBND huyện Tuy Đức, UBND xã Đắk Búk So đã giải thể, sáp nhập nên không có báo cáo.
            3. Giao UBND huyện chủ trì tổng hợp báo cáo.
            4. Mẫu số 6 ban hành kèm theo Thông tư 03/2014/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội.
            """)
        #expect(findings.map(\.excerpt) == ["UBND huyện"])
        #expect(findings.map(\.location.paragraph) == [5])
    }

    @Test func fixesReadAsTheReplacingInstrumentsCitation() throws {
        let registry = InstrumentRegistry(instruments: [
            .init(id: "59/2023/NĐ-CP", type: "Nghị định", status: .inForce),
            .init(id: "25/2018/QH14", title: "Luật Tố cáo", type: "Luật", status: .amended),
        ])
        func fix(_ text: String, _ replacement: String) -> String? {
            let citation = CitationExtractor.citations(
                in: Paragraph(text: text, location: RegLintCore.SourceLocation(file: "x", paragraph: 1))
            ).first { $0.kind == .instrument }
            return citation.flatMap { OutdatedReferenceCheck.fix($0, by: replacement, registry: registry)?.replacement }
        }
        #expect(fix("Nghị định số 04/2015/NĐ-CP", "59/2023/NĐ-CP") == "Nghị định số 59/2023/NĐ-CP")
        #expect(fix("Quyết định số 22/2018/QĐ-TTg", "59/2023/NĐ-CP") == "Nghị định số 59/2023/NĐ-CP")
        #expect(fix("Luật Tố cáo ngày 11 tháng 11 năm 2011", "25/2018/QH14") == "Luật Tố cáo số 25/2018/QH14")
        #expect(fix("Luật Khiếu nại năm 2011", "99/2099/QH99") == "Luật số 99/2099/QH99")
        #expect(fix("Directive 95/46/EC", "Regulation (EU) 2016/679") == "Regulation (EU) 2016/679")
        #expect(fix("the Data Protection Act 1998", "Data Protection Act 2018") == "Data Protection Act 2018")
    }
}
