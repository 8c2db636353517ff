import RegLintCore

extension StructuredXMLProfile {
    /// Akoma Ntoso 3.0 (and its drafts, 2.0 and national profiles, which share element names).
    static let akomaNtoso: StructuredXMLProfile = {
        var profile = StructuredXMLProfile(
            mapping: XMLStructureMapping(
                sections: [
                    "book": .part, "tome": .part, "part": .part, "subpart": .part, "title": .part,
                    "subtitle": .part, "chapter": .chapter, "subchapter": .chapter, "section": .section,
                    "subsection": .clause, "article": .article, "rule": .article, "paragraph": .clause,
                    "subrule": .clause, "clause": .clause, "subparagraph": .point, "subclause": .point,
                    "point": .point, "indent": .point, "alinea": .point, "item": .point,
                    "hcontainer": .other, "level": .other, "division": .other, "transitional": .other,
                    "proviso": .other, "preface": .preamble, "preamble": .preamble, "coverPage": .preamble,
                    "conclusions": .other, "attachment": .annex, "annex": .annex, "introduction": .other,
                    "background": .other, "arguments": .other, "remedies": .other, "motivation": .other,
                    "decision": .other, "debateSection": .other, "crossHeading": .other,
                    // Titled blocks (explanatory memoranda, notes), numbered recitals, a judgment's header.
                    "tblock": .other, "blockContainer": .other, "recital": .other, "header": .preamble,
                    // Debate sections (AKN's speechSection group besides debateSection).
                    "address": .other, "adjournment": .other, "administrationOfOath": .other,
                    "communication": .other, "declarationOfVote": .other, "ministerialStatements": .other,
                    "nationalInterest": .other, "noticesOfMotion": .other, "oralStatements": .other,
                    "papers": .other, "personalStatements": .other, "petitions": .other, "pointOfOrder": .other,
                    "prayers": .other, "proceduralMotions": .other, "questions": .other, "resolutions": .other,
                    "rollCall": .other, "writtenStatements": .other,
                ],
                number: ["num"], heading: ["heading", "subheading"],
                paragraphs: ["p", "listIntroduction", "listWrapUp", "block", "tocItem"],
                cells: ["td"], headerCells: ["th"], skip: ["componentRef", "documentRef", "img"]))
        profile.format = .akomaNtoso
        profile.title = ["docTitle"]
        profile.documentNumbers = ["docNumber"]
        profile.links = ["ref": "href", "rref": "from", "mref": "href", "a": "href"]
        profile.notes = ["authorialNote", "note"]
        profile.lineBreaks = ["eol", "eop", "br"]
        profile.idAttributes = ["eId", "id", "GUID"]
        profile.metadataElement = "meta"
        profile.inline = akomaNtosoInline
        profile.quotations = ["quotedStructure", "embeddedStructure"]
        profile.omissions = ["omissis"]
        profile.numbersAreSectionChildren = true
        return profile
    }()

    /// Akoma Ntoso's inline elements (the schema's `inline`, `HTMLinline`, `markers` and
    /// `inlineCM` groups), less those the reader gives a role of their own (links, notes, line
    /// breaks, `docTitle`, `docNumber`, `omissis`, quoted structures).
    static let akomaNtosoInline: Set<String> = [
        "abbr", "affectedDocument", "argument", "b", "change", "concept", "courtType", "date", "decoration", "def",
        "del", "docAuthority", "docCommittee", "docDate", "docIntroducer", "docJurisdiction", "docProponent",
        "docPurpose", "docStage", "docStatus", "docType", "docketNumber", "embeddedText", "entity", "event",
        "extractText", "fillIn", "i", "inline", "ins", "judge", "lawyer", "legislature", "location", "marker", "mmod",
        "mod", "neutralCitation", "noteRef", "object", "opinion", "organization", "outcome", "party", "passiveRef",
        "person", "placeholder", "popup", "process", "quantity", "quotedText", "recordedTime", "relatedDocument",
        "remark", "rmod", "role", "session", "shortTitle", "signature", "span", "sub", "sup", "term", "time", "u",
        "vote",
    ]
}
