import CLibXML2
import Foundation

/// An XML document held whole in memory (libxml2's tree), for the one place that edits XML:
/// the Word comments `reglint annotate` writes. Reading goes through ``XMLStreamReader``.
///
/// This is a class because it owns the `xmlDocPtr` and frees it in `deinit`; every ``Node``
/// holds the tree, so no node outlives its document.
final class XMLTree {
    private let document: xmlDocPtr

    /// Parses `data` without network access or entity expansion.
    /// - Throws: ``ReaderError/malformedXML(file:part:line:column:message:)`` naming `file` and `part`.
    init(data: Data, file: String, part: String) throws {
        guard let context = xmlNewParserCtxt() else {
            throw ReaderError.io(file: file, detail: "libxml2 could not start parsing \(part)")
        }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = data.withUnsafeBytes { bytes -> xmlDocPtr? in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count > 0 else { return nil }
            return xmlCtxtReadMemory(context, base, Int32(clamping: bytes.count), part, nil, options)
        }
        guard let parsed, context.pointee.wellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            let error = xmlCtxtGetLastError(context)
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "not well-formed"
            throw ReaderError.malformedXML(
                file: file, part: part, line: Int(error?.pointee.line ?? 1), column: Int(error?.pointee.int2 ?? 1),
                message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The root element.
    var root: Node? {
        xmlDocGetRootElement(document).map { Node(pointer: $0, tree: self) }
    }

    /// The document as UTF-8 bytes, with its XML declaration.
    func serialized() -> Data {
        guard let buffer = xmlBufferCreate() else { return Data() }
        defer { xmlBufferFree(buffer) }
        guard let context = xmlSaveToBuffer(buffer, "UTF-8", 0) else { return Data() }
        xmlSaveDoc(context, document)
        xmlSaveClose(context)
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    /// A new element `localName` in the namespace `namespace` (with the prefix the root declares
    /// for it), not yet in the tree.
    func element(_ localName: String, namespace: String) -> Node? {
        let root = xmlDocGetRootElement(document)
        let ns = xmlSearchNsByHref(document, root, namespace)
        return xmlNewDocNode(document, ns, localName, nil).map { Node(pointer: $0, tree: self) }
    }

    /// A new text node, not yet in the tree.
    func text(_ content: String) -> Node? {
        xmlNewDocText(document, content).map { Node(pointer: $0, tree: self) }
    }

    /// An element or text node of an ``XMLTree``.
    struct Node {
        let pointer: xmlNodePtr
        let tree: XMLTree

        var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
        var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

        /// The element's name without prefix.
        var localName: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

        /// The element's namespace URI.
        var namespace: String? { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } }

        var parent: Node? {
            pointer.pointee.parent.flatMap { $0.pointee.type == XML_ELEMENT_NODE ? Node(pointer: $0, tree: tree) : nil }
        }

        /// The child nodes (elements, text and others) in order.
        var children: [Node] {
            var result: [Node] = []
            var child = pointer.pointee.children
            while let current = child {
                result.append(Node(pointer: current, tree: tree))
                child = current.pointee.next
            }
            return result
        }

        /// The child elements in order.
        var elements: [Node] { children.filter(\.isElement) }

        /// The text of this text node, or of the text nodes directly inside this element.
        var text: String {
            if isText { return pointer.pointee.content.map { String(cString: $0) } ?? "" }
            return children.filter(\.isText).map(\.text).joined()
        }

        /// Replaces this element's children with one text node.
        func setText(_ content: String) {
            for child in children { child.remove() }
            if let node = tree.text(content) { xmlAddChild(pointer, node.pointer) }
        }

        /// The attribute `localName` in `namespace` (nil: no namespace).
        func attribute(_ localName: String, namespace: String?) -> String? {
            var attribute = pointer.pointee.properties
            while let current = attribute {
                let name = current.pointee.name.map { String(cString: $0) }
                let href = current.pointee.ns?.pointee.href.map { String(cString: $0) }
                if name == localName, href == namespace {
                    var value = ""
                    var child = current.pointee.children
                    while let text = child {
                        value += text.pointee.content.map { String(cString: $0) } ?? ""
                        child = text.pointee.next
                    }
                    return value
                }
                attribute = current.pointee.next
            }
            return nil
        }

        /// Sets the attribute `localName` in `namespace`, with the prefix in scope for it.
        func setAttribute(_ localName: String, namespace: String, value: String) {
            // A node not yet in the tree sees no declarations: use its own, or the root's.
            let own = pointer.pointee.ns.flatMap { ns in
                ns.pointee.href.map { String(cString: $0) } == namespace ? ns : nil
            }
            let ns =
                own ?? xmlSearchNsByHref(pointer.pointee.doc, pointer, namespace)
                ?? xmlSearchNsByHref(pointer.pointee.doc, xmlDocGetRootElement(pointer.pointee.doc), namespace)
            xmlSetNsProp(pointer, ns, localName, value)
        }

        /// Sets a prefixed attribute such as `xml:space`.
        func setAttribute(qualifiedName: String, value: String) {
            xmlSetProp(pointer, qualifiedName, value)
        }

        /// A copy of this node, with its attributes and (when `deep`) its descendants, not yet in the tree.
        func copy(deep: Bool) -> Node? {
            xmlDocCopyNode(pointer, pointer.pointee.doc, deep ? 1 : 2).map { Node(pointer: $0, tree: tree) }
        }

        func append(_ child: Node) { xmlAddChild(pointer, child.pointer) }

        func insert(before sibling: Node) { xmlAddPrevSibling(sibling.pointer, pointer) }

        func insert(after sibling: Node) { xmlAddNextSibling(sibling.pointer, pointer) }

        /// Takes this node (and its descendants) out of the tree and frees it.
        func remove() {
            xmlUnlinkNode(pointer)
            xmlFreeNode(pointer)
        }

        /// Takes this node out of its place, to insert it elsewhere.
        func detach() { xmlUnlinkNode(pointer) }
    }
}
