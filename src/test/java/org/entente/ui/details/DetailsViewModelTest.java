package org.entente.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.model.Dataset;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the details panel says about the small fixture, without the toolkit. */
class DetailsViewModelTest {

    private AppState state;
    private DetailsViewModel vm;

    static Dataset fixture() throws Exception {
        try (var reader = new InputStreamReader(DetailsViewModelTest.class.getResourceAsStream("/shell/small.json"), StandardCharsets.UTF_8)) {
            return new DatasetLoader().load("small.json", reader).dataset().orElseThrow();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        state = new AppState(new GraphFilter(), clock);
        state.datasetProperty().set(fixture());
        vm = new DetailsViewModel(state);
    }

    private String section(String id) {
        return vm.getContent().section(id).orElseThrow(() -> new AssertionError("no section " + id + " in\n" + vm.getContent().plainText())).plainText();
    }

    @Test
    void nothingSelectedShowsTheDatasetTitleCountsAndAHint() {
        DetailsContent c = vm.getContent();
        assertEquals("Small test world", c.title());
        String text = c.plainText();
        assertTrue(text.contains("A handful of actors and ties"), text);
        assertTrue(text.contains("6 actors · 5 ties · 3 events · 3 sources"), text);
        assertTrue(text.contains("Click an actor, tie or event to see its details and sources"), text);
    }

    @Test
    void beforeAnythingIsLoadedThePanelSaysHowToOpenADataset() {
        state.datasetProperty().set(Dataset.empty());
        assertEquals("No dataset", vm.getContent().title());
        assertTrue(vm.getContent().plainText().contains("File → Open…"), vm.getContent().plainText());
    }

    @Test
    void anActorShowsKindRegionAliasesSummaryAndNote() {
        state.select(Selection.actor("japan"));
        DetailsContent c = vm.getContent();
        assertEquals("Japan", c.title());
        assertEquals("State · Indo-Pacific", c.kicker());
        String identity = section("identity");
        assertTrue(identity.contains("Also known as 日本, Nippon"), identity);
        assertTrue(section("about").contains("An island state in East Asia."));
        assertTrue(section("about").contains("Note: Test note on Japan."));
    }

    @Test
    void anActorsTiesAreGroupedByFamilyAndWordedFromItsSideWithDates() {
        state.select(Selection.actor("japan"));
        assertEquals("member of G7 · since 1975", section("relations-membership"));
        assertEquals("participates in NSATU · since about April 2025 · reported", section("relations-participation"));
        assertEquals("served by Gen Nakatani · since 1 October 2024", section("relations-leadership"));
        assertEquals("Membership (1)", vm.getContent().section("relations-membership").orElseThrow().heading());
    }

    @Test
    void theOtherEndReadsTheTieBackwardsAndGreysOneThatEndedBeforeTheAsOfDate() {
        state.select(Selection.actor("g7"));
        DetailSection members = vm.getContent().section("relations-membership").orElseThrow();
        assertEquals(List.of("has member Japan · since 1975", "has member Russia · 1997 – 2014 (ended)"),
                members.lines().stream().map(DetailLine::plainText).toList());
        assertEquals(DetailLine.Role.TEXT, members.lines().get(0).role());
        assertEquals(DetailLine.Role.INACTIVE, members.lines().get(1).role());
    }

    @Test
    void anActorsEventsComeInDateOrderAsLinks() {
        state.select(Selection.actor("japan"));
        assertEquals("about 1975 · First summit\nApril 2025 · Japan announces NSATU staff", section("events"));
        List<Fragment> links = vm.getContent().section("events").orElseThrow().lines().get(1).links();
        assertEquals(Selection.event("announce"), links.get(0).link());
    }

    @Test
    void figuresShowValueWithUnitWhenAndSource() {
        state.select(Selection.actor("japan"));
        String figures = section("figures");
        assertTrue(figures.startsWith("Defence budget: 8,700,000,000,000 JPY (2025)"), figures);
        assertTrue(figures.contains("Source: G7 background brief — Example Institute, 2024"), figures);
    }

    @Test
    void sourcesShowTitleAuthorPublisherDateAndAddress() {
        state.select(Selection.actor("japan"));
        DetailSection sources = vm.getContent().section("sources").orElseThrow();
        assertEquals("Sources (2)", sources.heading());
        List<DetailLine> news = sources.entries().get(0);
        assertEquals("Japan joins NATO aid hub", news.get(0).plainText());
        assertEquals("A. Writer · Example News · 10 April 2025", news.get(1).plainText());
        assertEquals(DetailLine.Role.URL, news.get(2).role());
        assertEquals("https://example.org/news/japan-nsatu", news.get(2).plainText());
    }

    @Test
    void disputesShowEachPositionWithItsSources() {
        state.select(Selection.actor("japan"));
        String disputes = section("disputes");
        assertTrue(disputes.startsWith("How many Japanese staff go to the hub?"), disputes);
        assertTrue(disputes.contains("• A few officers\naccording to Japan joins NATO aid hub, A. Writer — Example News, 10 April 2025"), disputes);
        assertTrue(disputes.contains("• No number given\naccording to Doubts about the hub — Example Blog"), disputes);
    }

    @Test
    void anActorAlsoShowsDisputesAboutItsTiesNamingTheTie() {
        state.select(Selection.actor("g7"));
        DetailSection disputes = vm.getContent().section("disputes").orElseThrow();
        assertEquals("Was Russia ever a full member?", disputes.lines().get(0).plainText());
        DetailLine about = disputes.lines().get(1);
        assertEquals("About the tie: has member Russia", about.plainText());
        assertEquals(List.of(Selection.relation("russia-g7"), Selection.actor("russia")), about.links().stream().map(Fragment::link).toList());
        state.select(Selection.actor("japan"));
        assertEquals(1, vm.getContent().section("disputes").orElseThrow().entries().size(), "a dispute about Japan and its tie is listed once");
    }

    @Test
    void aRelationShowsBothEndsAsLinksItsSpanWithPrecisionAndCertainty() {
        state.select(Selection.relation("japan-nsatu"));
        DetailsContent c = vm.getContent();
        assertEquals("Japan participates in NSATU", c.title());
        assertEquals("Tie · Participation", c.kicker());
        assertEquals(List.of(Selection.actor("japan"), Selection.actor("nsatu")),
                c.section("ends").orElseThrow().lines().stream().flatMap(l -> l.links().stream()).map(Fragment::link).toList());
        String span = section("span");
        assertTrue(span.startsWith("Since about April 2025 (known to the month, approximate) — still holds"), span);
        assertTrue(span.contains("Certainty: reported · in force on the as-of date"), span);
        assertTrue(section("about").contains("Japan sends staff to the hub."));
        assertTrue(section("about").contains("Note: Start derived from the announcement."));
        assertTrue(section("disputes").contains("How many Japanese staff"));
    }

    @Test
    void aTieKnownOnlyByADateSaysItHoldsByThenAndThatItsStartIsNotGiven() throws Exception {
        Dataset d = fixture();
        List<org.entente.model.Relation> ties = new java.util.ArrayList<>(d.relations());
        ties.add(new org.entente.model.Relation("japan-leads-g7-known", "japan", "g7", "leads", null, null, null, null, null,
                List.of(), List.of(), org.entente.model.PartialDate.ofMonth(2025, 4)));
        state.datasetProperty().set(new Dataset(d.schema(), d.title(), d.description(), d.sources(), d.actors(), ties,
                d.events(), d.disputes()));
        state.select(Selection.relation("japan-leads-g7-known"));
        String span = section("span");
        assertTrue(span.startsWith("Holds by April 2025 (known to the month); start not given — still holds"), span);
        state.select(Selection.actor("japan"));
        assertTrue(section("relations-leadership").contains("leads G7 · holds by April 2025; start not given"),
                section("relations-leadership"));
    }

    @Test
    void anEndedRelationSaysUntilWhen() {
        state.select(Selection.relation("russia-g7"));
        assertTrue(section("span").startsWith("Since 1997 (known to the year) — until 2014 (known to the year)"), section("span"));
        assertTrue(section("span").contains("not in force on the as-of date"));
    }

    @Test
    void anEventShowsItsDatePrecisionAndTheNoteOnHowTheDateWasDerived() {
        state.select(Selection.event("announce"));
        DetailsContent c = vm.getContent();
        assertEquals("Japan announces NSATU staff", c.title());
        String when = section("when");
        assertTrue(when.startsWith("April 2025 (known to the month)"), when);
        assertTrue(when.contains("About the date: Month only: the article says 'in April'."), when);
        assertEquals(List.of(Selection.actor("japan"), Selection.actor("nsatu")),
                c.section("actors").orElseThrow().lines().stream().flatMap(l -> l.links().stream()).map(Fragment::link).toList());
    }

    @Test
    void anApproximateEventSaysAboutAndShowsItsTagsAndFigures() {
        state.select(Selection.event("summit"));
        assertTrue(section("when").startsWith("about 1975 (known to the year, approximate)"));
        assertTrue(section("figures").startsWith("Leaders present: 6 (1975)"), section("figures"));
        state.select(Selection.event("visit"));
        assertTrue(section("when").startsWith("9 April 2025 (exact day)"));
        assertTrue(section("when").contains("Tags: visit, defence"));
    }

    @Test
    void followingALinkSelectsItsTargetAndBackReturns() {
        state.select(Selection.actor("japan"));
        Fragment g7 = vm.getContent().section("relations-membership").orElseThrow().lines().get(0).links().get(1);
        vm.follow(g7);
        assertEquals(Selection.actor("g7"), state.getSelection());
        assertEquals("G7", vm.getContent().title());
        assertTrue(vm.canGoBackProperty().get());
        vm.back();
        assertEquals(Selection.actor("japan"), state.getSelection());
        vm.back();
        assertEquals(Selection.NONE, state.getSelection());
        assertFalse(vm.canGoBackProperty().get());
    }

    @Test
    void anEditKeepsTheWayBackShowingEachItemAsEditedAndSkippingWhatItDeleted() {
        state.select(Selection.actor("japan"));
        state.select(Selection.actor("nsatu"));
        state.select(Selection.actor("g7"));
        // rename the actor shown, as its form does
        org.entente.model.Actor japan = state.getDataset().actor("japan").orElseThrow();
        org.entente.logic.edit.Edit rename = org.entente.logic.edit.DatasetEdits.changeActor(state.getDataset(),
                new org.entente.model.Actor(japan.id(), "Nippon", japan.kind(), japan.aliases(), japan.region(), japan.summary(),
                        japan.start(), japan.end(), japan.note(), japan.figures(), japan.sources(), japan.shortName()));
        state.applyEdit(rename.applyTo(state.getDataset()), rename.change().removed(), rename.change().touched());
        assertTrue(vm.canGoBackProperty().get(), "an edit keeps the history");
        // delete an actor viewed on the way
        org.entente.logic.edit.Edit delete = org.entente.logic.edit.DatasetEdits.deleteActors(state.getDataset(), List.of("nsatu"));
        state.applyEdit(delete.applyTo(state.getDataset()), delete.change().removed(), delete.change().touched());
        assertEquals(Selection.actor("g7"), state.getSelection());
        vm.back();
        assertEquals(Selection.actor("japan"), state.getSelection(), "the deleted NSATU is skipped");
        assertEquals("Nippon", vm.getContent().title(), "shown as edited");
        vm.back();
        assertEquals(Selection.NONE, state.getSelection());
        assertFalse(vm.canGoBackProperty().get());
    }

    @Test
    void deletingTheItemShownDoesNotPutItOnTheWayBack() {
        state.select(Selection.actor("japan"));
        state.select(Selection.actor("nsatu"));
        org.entente.logic.edit.Edit delete = org.entente.logic.edit.DatasetEdits.deleteActors(state.getDataset(), List.of("nsatu"));
        state.applyEdit(delete.applyTo(state.getDataset()), delete.change().removed(), delete.change().touched());
        assertEquals(Selection.NONE, state.getSelection());
        vm.back();
        assertEquals(Selection.actor("japan"), state.getSelection(), "Back goes to what was viewed before the deleted item");
    }

    @Test
    void theTiePhraseLinksToTheRelation() {
        state.select(Selection.actor("japan"));
        Fragment phrase = vm.getContent().section("relations-membership").orElseThrow().lines().get(0).links().get(0);
        assertEquals("member of", phrase.text());
        vm.follow(phrase);
        assertEquals("Japan member of G7", vm.getContent().title());
    }

    @Test
    void anIdNotInTheDatasetSaysSoInsteadOfFailing() {
        state.select(Selection.actor("atlantis"));
        assertTrue(vm.getContent().plainText().contains("'atlantis' is not in the dataset that is open now."));
    }

    @Test
    void movingTheAsOfDateChangesTheContentOnlyWhenATieStartsOrStopsHolding() {
        state.select(Selection.actor("g7"));
        DetailsContent before = vm.getContent();
        state.asOfProperty().set(LocalDate.of(2025, 7, 1));
        assertTrue(before == vm.getContent() || before.equals(vm.getContent()));
        state.asOfProperty().set(LocalDate.of(2010, 1, 1));
        assertFalse(before.equals(vm.getContent()));
    }

    @Test
    void changingTheAsOfDateRegreysTies() {
        state.select(Selection.actor("g7"));
        state.asOfProperty().set(LocalDate.of(2000, 1, 1));
        List<DetailLine> lines = vm.getContent().section("relations-membership").orElseThrow().lines();
        assertEquals(DetailLine.Role.TEXT, lines.get(1).role());
        assertEquals("has member Russia · 1997 – 2014", lines.get(1).plainText());
    }
}
