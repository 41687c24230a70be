package org.entente.ui.handout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import org.entente.logic.handout.Handout;

/**
 * Writes a handout in one document format. One implementation per format ({@link HtmlHandoutWriter},
 * {@link PdfHandoutWriter}), chosen by the file's extension.
 */
public interface HandoutWriter {

    /** Writes {@code handout} with its two pictures (graph as of the date, timeline of the period) to {@code out}. */
    void write(Handout handout, BufferedImage graph, BufferedImage timeline, OutputStream out) throws IOException;
}
