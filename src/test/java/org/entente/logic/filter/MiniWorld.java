package org.entente.logic.filter;

import java.time.LocalDate;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Dispute;
import org.entente.model.Event;
import org.entente.model.PartialDate;
import org.entente.model.Relation;

/**
 * A small world with known answers for the filter, search and analysis tests: Japan takes part in NSATU,
 * which is part of NATO, which Mark Rutte leads (since October 2024; Stoltenberg before him); Japan and
 * Germany meet both in the G7 and around NSATU (two tied paths); China criticises Japan (disputed);
 * "Lonely Rock" has no ties at all.
 */
public final class MiniWorld {

    /** A day on which every current tie holds. */
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private MiniWorld() {
    }

    private static PartialDate d(String s) {
        return PartialDate.parseOrNull(s);
    }

    private static Actor actor(String id, String name, String kind, String region, List<String> aliases, String summary, String start) {
        return new Actor(id, name, kind, aliases, region, summary, d(start), null, null, List.of(), List.of());
    }

    public static Dataset build() {
        List<Actor> actors = List.of(
                actor("japan", "Japan", "state", "indo-pacific", List.of("日本", "Nippon"), "An island state in East Asia.", null),
                actor("ukraine", "Ukraine", "state", "europe", List.of("ウクライナ"), "A state in Eastern Europe.", null),
                actor("germany", "Germany", "state", "europe", List.of("ドイツ"), "Hosts NSATU's headquarters.", null),
                actor("china", "China", "state", "indo-pacific", List.of("中国", "PRC"), "A state in East Asia.", null),
                actor("nato", "NATO", "alliance", "transatlantic", List.of("North Atlantic Treaty Organization"), "A defence alliance.", null),
                actor("nsatu", "NSATU", "initiative", "europe", List.of("NATO Security Assistance and Training for Ukraine"),
                        "NATO's command that coordinates aid for Ukraine.", "2024-07"),
                actor("g7", "G7", "organization", "global", List.of("Group of Seven"), "A forum of seven large economies.", null),
                actor("mark-rutte", "Mark Rutte", "person", "europe", List.of("マルク・ルッテ", "Rutte"), "Secretary General of NATO.", null),
                actor("jens-stoltenberg", "Jens Stoltenberg", "person", "europe", List.of("Stoltenberg"), "Former head of NATO.", null),
                actor("wiesbaden", "Wiesbaden", "place", "europe", List.of(), "A German city with a US base.", null),
                actor("lonely", "Lonely Rock", "place", null, List.of(), "A rock far from Japan with no ties.", null));
        List<Relation> relations = List.of(
                Relation.of("japan-participates-in-nsatu", "japan", "nsatu", "participates-in", d("2025-04-08"), null),
                Relation.of("nsatu-part-of-nato", "nsatu", "nato", "part-of", d("2024-07"), null),
                Relation.of("mark-rutte-leads-nato", "mark-rutte", "nato", "leads", d("2024-10-01"), null),
                Relation.of("jens-stoltenberg-leads-nato", "jens-stoltenberg", "nato", "leads", d("2014-10-01"), d("2024-09-30")),
                Relation.of("nsatu-based-in-wiesbaden", "nsatu", "wiesbaden", "based-in", d("2024-07"), null),
                Relation.of("germany-hosts-nsatu", "germany", "nsatu", "hosts", d("2024-07"), null),
                Relation.of("nsatu-supports-ukraine", "nsatu", "ukraine", "supports", d("2024-07"), null),
                Relation.of("japan-member-of-g7", "japan", "g7", "member-of", null, null),
                Relation.of("germany-member-of-g7", "germany", "g7", "member-of", null, null),
                Relation.of("china-criticizes-japan", "china", "japan", "criticizes", d("2025-04"), null));
        List<Event> events = List.of(
                Event.of("ev-rutte-tokyo", d("2025-04-09"), "Rutte visits Tokyo", List.of("mark-rutte", "japan")),
                Event.of("ev-nsatu-founded", d("2024-07"), "NSATU set up in Wiesbaden", List.of("nsatu", "nato")),
                Event.of("ev-g7-founded", d("1975-11"), "First G7 summit", List.of("g7")),
                Event.of("ev-lonely", d("2020"), "Nothing happens on Lonely Rock", List.of("lonely")),
                Event.of("ev-stoltenberg-appointed", d("2014-10-01"), "Stoltenberg takes office", List.of("jens-stoltenberg")),
                Event.of("ev-general", d("2023"), "A year of tension", List.of()));
        List<Dispute> disputes = List.of(
                new Dispute("dispute-criticism", "Did China criticise Japan or NATO?", List.of("china-criticizes-japan"), List.of()),
                new Dispute("dispute-visit", "Was it Rutte's first visit?", List.of("ev-rutte-tokyo", "mark-rutte"), List.of()));
        return new Dataset("entente/1", "Mini world", "", List.of(), actors, relations, events, disputes);
    }
}
