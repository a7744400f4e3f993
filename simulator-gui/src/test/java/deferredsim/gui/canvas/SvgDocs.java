package deferredsim.gui.canvas;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** SVG documents read back with the JDK's XML parser (which fails on anything not well-formed). */
public final class SvgDocs {
    private SvgDocs() {}

    /** {@code svg} parsed; throws when it is not well-formed XML. */
    public static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** The elements named {@code name}, in document order. */
    public static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** What the {@code text} elements say, in document order. */
    public static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Element::getTextContent).toList();
    }

    /** The shapes and texts drawn (everything but the root, groups and clip definitions). */
    public static int shapes(Document doc) {
        int n = 0;
        for (String name : new String[] {"rect", "ellipse", "line", "polyline", "polygon", "path", "text"}) {
            n += elements(doc, name).size();
        }
        return n - elements(doc, "clipPath").size();
    }
}
