package org.entente.ui.handout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts a handout PDF embeds: a Latin face (regular and bold) and a fallback with Chinese, Japanese and
 * Korean glyphs, both taken from the fonts the system has (Debian: fonts-dejavu-core and
 * fonts-droid-fallback or fonts-noto-cjk) and embedded as subsets, so 日本 prints on any printer. Each
 * character is drawn with the first font that has it; a character no font has is printed as "?" and
 * counted, so the handout can say so instead of failing.
 */
final class PdfFonts {

    static final List<Path> LATIN = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"));
    static final List<Path> LATIN_BOLD = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"));
    static final List<Path> CJK = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"),
            Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
            Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"));

    final PDFont regular;
    final PDFont bold;
    final PDFont fallback;
    private int missing;

    PdfFonts(PDDocument doc) throws IOException {
        regular = load(doc, LATIN, Standard14Fonts.FontName.HELVETICA);
        bold = load(doc, LATIN_BOLD, Standard14Fonts.FontName.HELVETICA_BOLD);
        Path cjk = first(CJK);
        fallback = cjk == null ? null : PDType0Font.load(doc, cjk.toFile());
    }

    private static PDFont load(PDDocument doc, List<Path> files, Standard14Fonts.FontName builtIn) throws IOException {
        Path f = first(files);
        return f == null ? new PDType1Font(builtIn) : PDType0Font.load(doc, f.toFile());
    }

    private static Path first(List<Path> files) {
        for (Path f : files) if (Files.isReadable(f)) return f;
        return null;
    }

    /** Whether a CJK font was found (and Japanese names print). */
    boolean hasCjk() {
        return fallback != null;
    }

    /** Characters printed as "?" because no font had them. */
    int missing() {
        return missing;
    }

    /** A piece of text in one font. */
    record Run(String text, PDFont font) {
    }

    /** Splits {@code text} into runs, each in the first of {@code main} or the fallback that has its characters. */
    List<Run> runs(String text, PDFont main) {
        List<Run> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        PDFont curFont = main;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\t') ch = " ";
            PDFont f = has(main, ch) ? main : fallback != null && has(fallback, ch) ? fallback : null;
            if (f == null) {
                missing++;
                ch = "?";
                f = main;
            }
            if (f != curFont && cur.length() > 0) {
                out.add(new Run(cur.toString(), curFont));
                cur.setLength(0);
            }
            curFont = f;
            cur.append(ch);
        }
        if (cur.length() > 0) out.add(new Run(cur.toString(), curFont));
        return out;
    }

    private static boolean has(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Width of {@code text} at {@code size} points. */
    float width(String text, PDFont main, float size) throws IOException {
        float w = 0;
        for (Run r : runs(text, main)) w += r.font().getStringWidth(r.text()) / 1000f * size;
        return w;
    }
}
