package org.entente.logic.io.importer;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way importers open XML: the JDK's StAX with DTDs and external entities switched off, so a file
 * can neither read the user's disk (XXE) nor expand entities without bound ("billion laughs"); such a file
 * fails with a message instead.
 */
final class SecureXml {

    private SecureXml() {
    }

    static XMLStreamReader open(ImportInput input) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f.createXMLStreamReader(new ByteArrayInputStream(input.bytes()));
    }

    /** The root element's local name from the first few kilobytes, for detection (lower case), or "". */
    static String rootName(ImportInput input) {
        String head = input.head(4096);
        int i = 0;
        while (true) {
            i = head.indexOf('<', i);
            if (i < 0 || i + 1 >= head.length()) return "";
            char c = head.charAt(i + 1);
            if (c != '?' && c != '!') break;
            i++;
        }
        int end = i + 1;
        while (end < head.length() && !Character.isWhitespace(head.charAt(end)) && head.charAt(end) != '>' && head.charAt(end) != '/') end++;
        String name = head.substring(i + 1, end);
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(java.util.Locale.ROOT);
    }

    /** "line 12" for messages. */
    static String line(XMLStreamReader r) {
        return "line " + r.getLocation().getLineNumber();
    }

    /** The message of a parse failure without the parser's internal prefix. */
    static String why(XMLStreamException e) {
        String m = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + 9) : m;
    }
}
