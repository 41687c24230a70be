package org.entente.ui.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.handout.Handout;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.quiz.Question;
import org.entente.logic.quiz.Quiz;
import org.entente.logic.quiz.QuizGenerator;
import org.entente.ui.export.ComposedPicture;
import org.entente.ui.export.ExportRequest;
import org.entente.ui.export.ExportView;
import org.entente.ui.export.PictureSize;
import org.entente.ui.export.SceneReport;
import org.entente.ui.export.Sources;
import org.entente.ui.render.SceneItem;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.state.AppState;
import org.entente.ui.task.ProgressSink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The handout opens as a PDF and as HTML and holds every section, the quiz and its answer key last. */
class HandoutExporterTest {

    private static AppState state;
    private static Quiz quiz;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        HeadlessFx.start();
        state = new AppState(new GraphFilter(), Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        state.datasetProperty().set(new DatasetLoader().load(Path.of("seeds/entente.json")).dataset().orElseThrow());
        state.asOfProperty().set(LocalDate.of(2025, 6, 1));
        quiz = new QuizGenerator().generate(state.getDataset(), state.getVisibleGraph(), state.getAsOf(), 5, 6, "Quiz 5");
    }

    private Handout write(Path file) throws Exception {
        return new HandoutExporter(HeadlessFx::call, Sources.headless()).write(state, LocalDate.of(2024, 1, 1), quiz, file, ProgressSink.NONE);
    }

    @Test
    void thePdfHasEverySectionJapaneseNamesAndTheAnswerKeyOnTheLastPage() throws Exception {
        Path pdf = dir.resolve("h.pdf");
        Handout h = write(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(doc);
            for (String section : new String[] {Handout.GRAPH, Handout.TIMELINE, Handout.ACTORS, Handout.SOURCES, Handout.QUIZ}) {
                assertTrue(all.contains(section), "missing section " + section);
            }
            assertTrue(all.contains(h.actors().get(0).lead()), "the key actors are listed");
            assertTrue(all.contains(h.events().get(0).text()), "the period's events are listed");
            assertTrue(all.contains(quiz.questions().get(0).choices().get(0)), "the quiz's choices are printed");
            if (new java.io.File("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf").canRead()) {
                assertTrue(all.contains("日本"), "Japanese names print with the embedded CJK font");
            }
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            String lastPage = last.getText(doc);
            assertTrue(lastPage.contains(Handout.ANSWERS), lastPage);
            Question q = quiz.questions().get(0);
            assertTrue(lastPage.contains("1. " + Question.letter(q.correct()) + " — " + q.answer()), lastPage);
            assertTrue(doc.getNumberOfPages() >= 3);
        }
    }

    @Test
    void theHtmlIsSelfContainedAndHasEverySection() throws Exception {
        Path html = dir.resolve("h.html");
        write(html);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
        NodeList h2 = doc.getElementsByTagName("h2");
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < h2.getLength(); i++) ids.add(((Element) h2.item(i)).getAttribute("id"));
        assertEquals(java.util.List.of("graph", "timeline", "actors", "sources", "quiz", "answers"), ids);
        NodeList img = doc.getElementsByTagName("img");
        assertEquals(2, img.getLength());
        for (int i = 0; i < img.getLength(); i++) {
            assertTrue(((Element) img.item(i)).getAttribute("src").startsWith("data:image/png;base64,"), "images are inlined");
        }
        assertTrue(doc.getDocumentElement().getTextContent().contains("日本"));
    }

    /** The timeline page covers the handout's period (2024 to June 2025), not 1945 to 2035 with 2024 crowded out. */
    @Test
    void theTimelinePictureShowsTheHandoutsPeriodWithItsEvents() throws Exception {
        LocalDate from = LocalDate.of(2024, 1, 1);
        HandoutExporter exporter = new HandoutExporter(HeadlessFx::call, Sources.headless());
        SceneReport report = HeadlessFx.call(() -> {
            ComposedPicture picture = exporter.composed(state, ExportView.TIMELINE, from);
            ExportRequest request = HandoutExporter.request(ExportView.TIMELINE);
            return SceneReport.of(picture, PictureSize.of(picture, request), request);
        });
        java.util.Map<String, org.entente.model.Event> events = new java.util.HashMap<>();
        state.getDataset().events().forEach(e -> events.put(e.id(), e));
        org.entente.model.DateRange period = new org.entente.model.DateRange(from, state.getAsOf());
        java.util.List<String> outside = new java.util.ArrayList<>();
        int inside = 0;
        for (SceneItem item : report.of(SceneItem.Kind.EVENT)) {
            org.entente.model.Event e = events.get(item.id());
            if (e.span().overlaps(period)) inside++;
            else if (e.span().end().isBefore(from.minusMonths(6))) outside.add(e.span() + " " + e.title());
        }
        assertTrue(inside >= 5, "the period's events are on the timeline, found " + inside);
        assertEquals(java.util.List.of(), outside, "events long before the period");
    }
}
