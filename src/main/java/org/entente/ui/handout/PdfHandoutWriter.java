package org.entente.ui.handout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import org.entente.logic.handout.Handout;
import org.entente.logic.quiz.Question;

/**
 * The handout as an A4 PDF through PDFBox: pictures embedded losslessly, text wrapped to the page, fonts
 * embedded as subsets (see {@link PdfFonts}) so names in Japanese print, the quiz on a new page and its
 * answer key on the last page.
 */
public final class PdfHandoutWriter implements HandoutWriter {

    private static final float MARGIN = 50;
    private static final float BODY = 10.5f;

    @Override
    public void write(Handout h, BufferedImage graph, BufferedImage timeline, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(h.title() + " — handout as of " + h.asOf());
            info.setCreator("Entente");
            Page p = new Page(doc, new PdfFonts(doc));
            String asOf = HtmlHandoutWriter.DAY.format(h.asOf());
            p.text(h.title(), 20, true);
            p.text("Handout as of " + asOf + " · events from " + HtmlHandoutWriter.DAY.format(h.from()), BODY, false);
            p.gap(8);
            p.text(Handout.GRAPH + " as of " + asOf, 14, true);
            p.image(graph, 0.55f);
            p.keepRoom(p.imageHeight(timeline, 0.62f) + 30);
            p.text(Handout.TIMELINE + " " + HtmlHandoutWriter.DAY.format(h.from()) + " – " + asOf, 14, true);
            p.image(timeline, 0.62f);
            for (Handout.Line l : h.events()) p.line(l);
            p.gap(6);
            p.text(Handout.ACTORS, 14, true);
            for (Handout.Line l : h.actors()) p.line(l);
            p.gap(6);
            p.text(Handout.SOURCES, 14, true);
            int n = 1;
            for (String s : h.sources()) p.text((n++) + ". " + s, 9, false);
            if (h.quiz() != null) {
                p.newPage();
                p.text(Handout.QUIZ, 16, true);
                int i = 1;
                for (Question q : h.quiz().questions()) {
                    p.gap(4);
                    p.text(i++ + ". " + q.prompt(), BODY, true);
                    for (int c = 0; c < q.choices().size(); c++) p.text("     " + Question.letter(c) + "  " + q.choices().get(c), BODY, false);
                }
                p.newPage();
                p.text(Handout.ANSWERS, 16, true);
                i = 1;
                for (Question q : h.quiz().questions()) {
                    String why = q.explanation().isEmpty() ? "" : ". " + q.explanation();
                    String dispute = q.isDisputed() ? " Disputed: " + q.dispute() : "";
                    p.text(i++ + ". " + Question.letter(q.correct()) + " — " + q.answer() + why + dispute, BODY, false);
                }
            }
            if (p.fonts.missing() > 0) {
                p.gap(8);
                p.text(p.fonts.missing() + " characters could not be printed (shown as ?): no installed font has them"
                        + (p.fonts.hasCjk() ? "." : "; install fonts-droid-fallback or fonts-noto-cjk for Japanese names."), 8, false);
            }
            p.close();
            doc.save(out);
        }
    }

    /** The page being filled, top to bottom, starting a new one when full. */
    private static final class Page {
        private final PDDocument doc;
        final PdfFonts fonts;
        private PDPageContentStream cs;
        private float y;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

        Page(PDDocument doc, PdfFonts fonts) throws IOException {
            this.doc = doc;
            this.fonts = fonts;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (cs != null) cs.close();
            cs = null;
        }

        void gap(float points) {
            y -= points;
        }

        /** A list line: the lead in bold, then the text, wrapped. */
        void line(Handout.Line l) throws IOException {
            text(l.lead() + " — " + l.text(), BODY, false, l.lead().length());
        }

        void text(String text, float size, boolean bold) throws IOException {
            text(text, size, bold, bold ? Integer.MAX_VALUE : 0);
        }

        /** Wrapped text; the first {@code boldChars} characters in bold. */
        private void text(String text, float size, boolean bold, int boldChars) throws IOException {
            float leading = size * 1.35f;
            List<String> lines = wrap(text, size, bold);
            int at = 0;
            for (String line : lines) {
                if (y - leading < MARGIN) newPage();
                y -= leading;
                float x = MARGIN;
                int cut = Math.max(0, Math.min(line.length(), boldChars - at));
                x = draw(line.substring(0, cut), fonts.bold, size, x);
                draw(line.substring(cut), bold ? fonts.bold : fonts.regular, size, x);
                at += line.length() + 1;
            }
            y -= size * 0.25f;
        }

        private float draw(String text, PDFont main, float size, float x) throws IOException {
            if (text.isEmpty()) return x;
            cs.beginText();
            cs.newLineAtOffset(x, y);
            float w = 0;
            for (PdfFonts.Run r : fonts.runs(text, main)) {
                cs.setFont(r.font(), size);
                cs.showText(r.text());
                w += r.font().getStringWidth(r.text()) / 1000f * size;
            }
            cs.endText();
            return x + w;
        }

        private List<String> wrap(String text, float size, boolean bold) throws IOException {
            PDFont f = bold ? fonts.bold : fonts.regular;
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ", -1)) {
                String trial = line.length() == 0 ? word : line + " " + word;
                if (fonts.width(trial, f, size) > width && line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(trial);
                }
            }
            out.add(line.toString());
            return out;
        }

        /** Starts a new page unless {@code points} still fit on this one (a heading stays with its picture). */
        void keepRoom(float points) throws IOException {
            if (y - points < MARGIN) newPage();
        }

        float imageHeight(BufferedImage image, float maxHeightShare) {
            return Math.min(width * image.getHeight() / image.getWidth(), PDRectangle.A4.getHeight() * maxHeightShare);
        }

        void image(BufferedImage image, float maxHeightShare) throws IOException {
            PDImageXObject x = LosslessFactory.createFromImage(doc, image);
            float h = imageHeight(image, maxHeightShare);
            float w = h * image.getWidth() / image.getHeight();
            if (y - h - 6 < MARGIN) newPage();
            y -= h + 4;
            cs.drawImage(x, MARGIN, y, w, h);
            y -= 8;
        }
    }
}
