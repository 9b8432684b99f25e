package org.quickfreeze.ingest.workbook;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The XML of a workbook's parts, read as a stream that never resolves an entity: a part
 * that declares a document type (a DTD, where external entities would be declared) is
 * refused as soon as it is met, since no spreadsheet program writes one.
 */
final class SafeXml {

    private final XMLInputFactory factory;

    SafeXml() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return new StreamReaderDelegate(factory.createXMLStreamReader(in)) {

            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new DocumentTypeDeclared();
                }
                return event;
            }

        };
    }

    /** A part's XML declares a document type or refers to an entity. */
    static final class DocumentTypeDeclared extends XMLStreamException {

        DocumentTypeDeclared() {
            super("the XML declares a document type");
        }

    }

    /**
     * The text of the element the reader is on, up to its end, nested elements included.
     */
    static String text(XMLStreamReader xml, long maxLength) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            }
            else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (text.length() <= maxLength) {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
            else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the part ends inside an element");
            }
        }
        return text.toString();
    }

    /** Skips the element the reader is on, up to its end. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            }
            else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the part ends inside an element");
            }
        }
    }

}
