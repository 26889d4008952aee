package kr.sangsaeng.review.exchange.documents;

import java.io.InputStream;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.nio.file.Path;

/**
 * The text of an HWPX document: a ZIP of OWPML XML, whose body sections are
 * {@code Contents/section0.xml}, {@code section1.xml} …; text sits in {@code <hp:t>} elements inside
 * paragraphs {@code <hp:p>}. Read with the JDK's StAX parser, DTDs and external entities off, and the
 * archive through {@link SafeZip}'s limits.
 */
public final class HwpxText {
    private static final Pattern SECTION = Pattern.compile("Contents/section\\d+\\.xml");
    /** Text beyond this is left out; the system viewer shows the whole document. */
    static final int MAX_CHARS = 2_000_000;

    private HwpxText() {
    }

    public static String read(Path file) throws DocumentProblem {
        StringBuilder text = new StringBuilder();
        SafeZip.read(file, (name, in) -> {
            if (SECTION.matcher(name).matches()) {
                try {
                    appendSection(in, text);
                } catch (XMLStreamException e) {
                    throw new java.io.IOException("section " + name + " is not well-formed XML: " + e.getMessage(), e);
                }
            }
            return text.length() < MAX_CHARS;
        });
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text.toString();
    }

    private static void appendSection(InputStream in, StringBuilder out) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(in);
        boolean inText = false;
        while (r.hasNext() && out.length() < MAX_CHARS) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                inText |= r.getLocalName().equals("t");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("p")) {
                    out.append('\n');
                } else if (r.getLocalName().equals("t")) {
                    inText = false;
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                out.append(r.getText());
            }
        }
        r.close();
    }
}
