package org.entente.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.entente.logic.load.DatasetLoader;
import org.entente.model.Dataset;
import org.junit.jupiter.api.Test;

/** The forms' view-models, without the toolkit: ids from names, validation as you type, the edit made. */
class ItemFormTest {

    private final Dataset bundled = new DatasetLoader().loadBundled().dataset().orElseThrow();
    private final String source = bundled.sources().get(0).id();

    @Test
    void aNewActorTakesItsIdFromItsNameAndIsValidWithTheDefaultSource() {
        ActorForm form = new ActorForm(bundled, null, source);
        assertFalse(form.isValid(), "a nameless actor is not valid");
        form.field("name").setText("Republic of Korea");
        assertEquals("republic-of-korea", form.field("id").text());
        assertTrue(form.isValid(), form.problems().toString());
        form.field("name").setText("Japan");
        assertEquals("japan-2", form.field("id").text(), "a taken id is made unique");
        form.field("id").setText("japan");
        assertFalse(form.isValid());
        assertTrue(form.problems().get(0).contains("already used"), form.problems().toString());
        form.field("id").setText("nippon");
        form.field("name").setText("Nippon");
        assertEquals("nippon", form.field("id").text(), "an id the user typed no longer follows the name");
        assertEquals("add actor Nippon", form.result().orElseThrow().name());
    }

    @Test
    void validationSpeaksTheValidatorsWords() {
        ActorForm form = new ActorForm(bundled, null, source);
        form.field("name").setText("X");
        form.field("sources").setText("");
        assertFalse(form.isValid());
        assertTrue(form.problems().stream().anyMatch(p -> p.contains("source")), form.problems().toString());
        form.field("sources").setText(source);
        form.field("start").setText("2025-13");
        assertFalse(form.isValid());
        assertTrue(form.problems().get(0).contains("'2025-13' is not a date"), form.problems().toString());
    }

    @Test
    void aTieWithAMisspeltTypeGetsTheDidYouMeanWarning() {
        RelationForm form = new RelationForm(bundled, null, "japan", "nsatu", source);
        form.field("type").setText("membr-of");
        assertTrue(form.problems().stream().anyMatch(p -> p.contains("did you mean 'member-of'")), form.problems().toString());
        assertTrue(form.isValid(), "an unknown type is a warning");
        assertEquals("japan-membr-of-nsatu", form.field("id").text());
        assertEquals("add tie Japan → NSATU", form.result().orElseThrow().name());
        form.field("to").setText("nowhere");
        assertFalse(form.isValid());
    }

    @Test
    void eventsAndFiguresAreChecked() {
        EventForm event = new EventForm(bundled, null, "2025-04", List.of("japan"), source);
        event.field("title").setText("Summit");
        assertTrue(event.isValid(), event.problems().toString());
        FigureForm figure = new FigureForm(bundled, "japan", -1, null, source);
        figure.field("label").setText("Aid");
        figure.field("value").setText("lots");
        assertFalse(figure.isValid());
        figure.field("value").setText("12.5");
        figure.field("unit").setText("billion USD");
        assertTrue(figure.isValid(), figure.problems().toString());
    }
}
