package org.entente.ui.handout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.entente.logic.handout.Handout;
import org.entente.logic.quiz.Question;

/**
 * The handout as one self-contained HTML file (pictures inlined as data URIs, styles inline in the head),
 * well-formed XHTML so it opens in any browser, prints with page breaks before the quiz and the answer
 * key, and can be checked by an XML parser.
 */
public final class HtmlHandoutWriter implements HandoutWriter {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private static final String STYLE = """
            body{font-family:"Noto Sans","DejaVu Sans",sans-serif;max-width:52em;margin:2em auto;color:#1F2328;line-height:1.4}
            h1{margin-bottom:0}.sub{color:#5A6270;margin-top:.2em}img{width:100%;border:1px solid #D0D7DE}
            dt{font-weight:bold;margin-top:.4em}dd{margin-left:1.2em}ol.choices{list-style-type:upper-alpha}
            .dispute{color:#D55E00}.break{page-break-before:always;break-before:page}""";

    @Override
    public void write(Handout h, BufferedImage graph, BufferedImage timeline, OutputStream out) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<title>").append(esc(h.title())).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        s.append("<h1>").append(esc(h.title())).append("</h1><p class=\"sub\">Handout as of ").append(DAY.format(h.asOf()))
                .append(" · events from ").append(DAY.format(h.from())).append("</p>\n");
        section(s, "graph", Handout.GRAPH + " as of " + DAY.format(h.asOf()));
        image(s, graph, "The graph of ties as of " + DAY.format(h.asOf()));
        section(s, "timeline", Handout.TIMELINE + " " + DAY.format(h.from()) + " – " + DAY.format(h.asOf()));
        image(s, timeline, "The timeline of the period");
        list(s, h.events());
        section(s, "actors", Handout.ACTORS);
        list(s, h.actors());
        section(s, "sources", Handout.SOURCES);
        s.append("<ol>");
        h.sources().forEach(src -> s.append("<li>").append(esc(src)).append("</li>"));
        s.append("</ol>\n");
        if (h.quiz() != null) {
            s.append("<h2 id=\"quiz\" class=\"break\">").append(Handout.QUIZ).append("</h2>\n<ol>");
            for (Question q : h.quiz().questions()) {
                s.append("<li><p>").append(esc(q.prompt())).append("</p><ol class=\"choices\">");
                q.choices().forEach(c -> s.append("<li>").append(esc(c)).append("</li>"));
                s.append("</ol></li>");
            }
            s.append("</ol>\n<h2 id=\"answers\" class=\"break\">").append(Handout.ANSWERS).append("</h2>\n<ol>");
            for (Question q : h.quiz().questions()) {
                s.append("<li>").append(Question.letter(q.correct())).append(" — ").append(esc(q.answer()));
                if (!q.explanation().isEmpty()) s.append(". ").append(esc(q.explanation()));
                if (q.isDisputed()) s.append(" <span class=\"dispute\">Disputed: ").append(esc(q.dispute())).append("</span>");
                s.append("</li>");
            }
            s.append("</ol>\n");
        }
        s.append("<p class=\"sub\">Made with Entente from the dataset's sources.</p></body></html>\n");
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void section(StringBuilder s, String id, String title) {
        s.append("<h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2>\n");
    }

    private static void list(StringBuilder s, List<Handout.Line> lines) {
        s.append("<dl>");
        for (Handout.Line l : lines) {
            s.append("<dt>").append(esc(l.lead())).append("</dt><dd>").append(esc(l.text())).append("</dd>");
        }
        s.append("</dl>\n");
    }

    private static void image(StringBuilder s, BufferedImage image, String alt) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        s.append("<p><img alt=\"").append(esc(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png.toByteArray())).append("\"/></p>\n");
    }

    static String esc(String t) {
        if (t == null) return "";
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
