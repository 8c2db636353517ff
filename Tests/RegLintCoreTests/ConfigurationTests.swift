import Testing

@testable import RegLintCore

@Suite("Reading .reglint.yml")
struct ConfigurationTests {
    @Test func readsXMLMappings() throws {
        let configuration = try Configuration.parse(
            """
            language: vi
            xml_mappings:
              - namespace: "urn:example:house-rules"
                root: rules
                sections: {chapter: chapter, rule: article, item: point}
                number: no
                heading: [name]
                paragraphs: [para]
            """, file: "cfg.yml")
        #expect(configuration.language == .vi)
        let mapping = try #require(configuration.xmlMappings.first)
        #expect(mapping.sections["rule"] == .article)
        #expect(mapping.number == ["no"])
        #expect(mapping.tables == ["table"])
        #expect(mapping.matches(rootNamespace: "urn:example:house-rules", rootName: "rules"))
        #expect(!mapping.matches(rootNamespace: "urn:other", rootName: "rules"))
    }

    @Test func namesTheFileAndKeyOnErrors() {
        #expect(throws: ConfigurationError.self) {
            try Configuration.parse("language: fr\n", file: "cfg.yml")
        }
        do {
            _ = try Configuration.parse("xml_mappings:\n  - sections: {rule: paragraph}\n", file: "cfg.yml")
            Issue.record("an unknown section kind must be refused")
        } catch {
            #expect(error.description.hasPrefix("cfg.yml: xml_mappings[0].sections"))
        }
    }

    @Test func readsTheLanguageOfMessages() throws {
        #expect(try Configuration.parse("messages: vi\n", file: "cfg.yml").messages == .vi)
        #expect(try Configuration.parse("messages: en\n", file: "cfg.yml").messages == .en)
        #expect(try Configuration.parse("language: vi\n", file: "cfg.yml").messages == nil)
        #expect(
            throws: ConfigurationError.invalid(
                file: "cfg.yml", key: "messages", reason: "expected vi or en, found 'fr'")
        ) {
            try Configuration.parse("messages: fr\n", file: "cfg.yml")
        }
        #expect(
            throws: ConfigurationError.invalid(
                file: "cfg.yml", key: "messages", reason: "expected vi or en, found 'VI' (did you mean 'vi'?)")
        ) {
            try Configuration.parse("messages: VI\n", file: "cfg.yml")
        }
    }

    @Test func aMessageWithoutVietnameseIsShownInBoth() {
        let english = Diagnostic.Message("total 390 ≠ 389")
        #expect(english.text(in: .vi) == "total 390 ≠ 389")
        let both = Diagnostic.Message(en: "total 390 ≠ 389", vi: "tổng 390 ≠ 389")
        #expect(both.text(in: .en) == "total 390 ≠ 389")
        #expect(both.text(in: .vi) == "tổng 390 ≠ 389")
        #expect(Diagnostic.Message(en: "a", vi: "").vietnamese == nil)
    }
}
