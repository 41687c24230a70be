package org.entente.logic.load;

import static org.entente.logic.load.LoaderFixture.assertAt;
import static org.entente.logic.load.LoaderFixture.edit;
import static org.entente.logic.load.LoaderFixture.load;
import static org.entente.logic.load.LoaderFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.entente.logic.io.DatasetWriter;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.junit.jupiter.api.Test;

/** The optional short display name of an actor: read, checked like every other field, and written back. */
class ShortNameTest {

    private static final String NATO = "{\"id\": \"nato\", \"name\": \"NATO\"";

    private static String withShort(String name, String shortName) {
        return edit(NATO, "{\"id\": \"nato\", \"name\": \"" + name + "\", \"short\": \"" + shortName + "\"");
    }

    @Test
    void aShortNameIsReadAndLabelsUseItWhileTheNameStaysFull() {
        LoadResult r = load(withShort("North Atlantic Treaty Organization", "NATO"));
        assertEquals(List.of(), r.problems());
        Actor nato = r.dataset().orElseThrow().actor("nato").orElseThrow();
        assertEquals("NATO", nato.shortName());
        assertEquals("NATO", nato.displayName());
        assertEquals("North Atlantic Treaty Organization", nato.name());
        Actor japan = r.dataset().orElseThrow().actor("japan").orElseThrow();
        assertEquals("Japan", japan.displayName(), "without a short name the label is the name");
    }

    @Test
    void anEmptyShortNameIsAnErrorAtItsPlace() {
        String json = withShort("North Atlantic Treaty Organization", " ");
        Problem p = only(json);
        assertTrue(p.isError());
        assertTrue(p.message().contains("empty 'short'"), p.message());
        assertAt(json, "\" \"", p);
    }

    @Test
    void aLongShortNameIsAnErrorThatQuotesIt() {
        String json = withShort("North Atlantic Treaty Organization", "The North Atlantic Alliance");
        Problem p = only(json);
        assertTrue(p.isError());
        assertTrue(p.message().contains("'The North Atlantic Alliance'") && p.message().contains("at most 16"), p.message());
    }

    @Test
    void aShortNameNoShorterThanTheNameIsAWarning() {
        Problem p = only(withShort("NATO", "NATO"));
        assertFalse(p.isError());
        assertTrue(p.message().contains("not shorter than the name"), p.message());
    }

    @Test
    void theWriterKeepsTheShortName() throws Exception {
        Dataset d = load(withShort("North Atlantic Treaty Organization", "NATO")).dataset().orElseThrow();
        StringWriter out = new StringWriter();
        new DatasetWriter().write(d, out);
        Dataset back = new DatasetLoader().load("again.json", new StringReader(out.toString())).dataset().orElseThrow();
        assertEquals("NATO", back.actor("nato").orElseThrow().shortName());
        assertEquals(null, back.actor("japan").orElseThrow().shortName());
    }
}
