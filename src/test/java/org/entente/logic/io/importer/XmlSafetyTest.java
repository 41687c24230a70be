package org.entente.logic.io.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XML files can neither read the user's disk nor expand entities without bound. */
class XmlSafetyTest {

    @TempDir
    Path dir;

    private ImportResult run(String name, String xml) {
        return Importers.standard().importAll(List.of(new ImportInput(name, xml.getBytes(StandardCharsets.UTF_8))), ImportOptions.defaults());
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        for (String root : List.of("gexf", "graphml", "timeline")) {
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                    + "<" + root + "><graph><nodes><node id=\"a\" label=\"&xxe;\"/></nodes></graph>"
                    + "<events><event><start>2020</start><text>&xxe;</text></event></events></" + root + ">";
            ImportResult r = run("evil." + root, xml);
            assertTrue(r.report().hasErrors(), root);
            assertTrue(r.dataset().isEmpty());
            String all = r.report().problems().toString();
            assertFalse(all.contains("TOP-SECRET"), all);
            assertTrue(r.report().errors().get(0).format().startsWith("evil." + root + ":line "), all);
        }
    }

    @Test
    void billionLaughsFailsFastWithAMessage() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) sb.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            sb.append("\">");
        }
        sb.append("]>\n<gexf><graph><nodes><node id=\"a\" label=\"&lol9;\"/></nodes></graph></gexf>");
        ImportResult r = run("laughs.gexf", sb.toString());
        assertTrue(r.report().hasErrors());
        assertTrue(r.report().errors().get(0).message().startsWith("not readable GEXF"), r.report().problems().toString());
    }

    @Test
    void malformedXmlNamesTheLine() {
        ImportResult r = run("broken.graphml", "<graphml>\n<graph>\n<node id=\"a\">\n</graph></graphml>");
        assertTrue(r.report().errors().get(0).format().startsWith("broken.graphml:line 4: error: not readable GraphML"),
                r.report().problems().toString());
    }
}
