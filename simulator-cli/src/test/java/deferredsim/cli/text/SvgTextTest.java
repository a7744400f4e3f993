package deferredsim.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgTextTest {
    // When styled lines are rendered, then each run is a text element at its column, in its style's colour.
    @Test
    void render_placesRunsOnTheGridInTheirColours() throws Exception {
        StyledLine line = StyledLine.builder()
                .append("cb0 ")
                .append("return ok", Style.CALLBACK)
                .append("  ")
                .append("bad*", Style.FAILURE_VALUE)
                .build();

        Document svg = parse(SvgText.render(List.of(StyledLine.of("# d.callback", Style.HEADER), line)));

        NodeList texts = svg.getElementsByTagName("text");
        assertThat(texts.getLength()).isEqualTo(4);
        Element failure = (Element) texts.item(3);
        assertThat(failure.getTextContent()).isEqualTo("bad*");
        assertThat(failure.getAttribute("fill")).isEqualTo("#cf222e");
        assertThat(failure.getAttribute("font-weight")).isEqualTo("bold");
        assertThat(Double.parseDouble(failure.getAttribute("x")))
                .isEqualTo(12 + "cb0 return ok  ".length() * SvgText.CELL_WIDTH);
        assertThat(((Element) texts.item(0)).getAttribute("font-weight")).isEqualTo("bold");
    }

    // When a diagram is plain ASCII art, then it keeps its spaces, escapes markup and sizes the picture to fit.
    @Test
    void renderPlain_keepsSpacesEscapesAndFits() throws Exception {
        String svg = SvgText.renderPlain(List.of("|  <x> & \"y\"  |", "\\|/"));

        Document parsed = parse(svg);
        Element root = parsed.getDocumentElement();
        assertThat(root.getAttribute("width")).isEqualTo(String.valueOf((int) Math.ceil(24 + 15 * SvgText.CELL_WIDTH)));
        assertThat(parsed.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("|  <x> & \"y\"  |");
        assertThat(svg).contains("xml:space=\"preserve\"", "monospace");
    }

    // When the active stage is drawn, then it is inverse: light text on a dark box.
    @Test
    void render_active_isInverse() throws Exception {
        Document svg = parse(SvgText.render(List.of(StyledLine.of("now", Style.ACTIVE))));

        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(((Element) svg.getElementsByTagName("text").item(0)).getAttribute("fill"))
                .isEqualTo("#ffffff");
    }

    // When text has wide (CJK) characters, then later runs move two cells for each.
    @Test
    void cells_countWideCharactersTwice() {
        assertThat(SvgText.cells("ab")).isEqualTo(2);
        assertThat(SvgText.cells("日本")).isEqualTo(4);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
