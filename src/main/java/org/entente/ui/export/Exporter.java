package org.entente.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.entente.logic.io.AtomicWrite;
import org.entente.logic.io.WriteFailedException;
import org.entente.ui.render.Area;
import org.entente.ui.render.RenderOptions;
import org.entente.ui.render.SvgSurface;
import org.entente.ui.task.ProgressSink;

/**
 * Writes a composed picture to a PNG or SVG file: the one export path shared by the dialog, the clipboard
 * and the command line. PNG drawing is tiled on the JavaFX thread; encoding and writing run on the
 * caller's (background) thread.
 */
public final class Exporter {

    private final TiledRenderer tiles;

    public Exporter(FxCaller fx) {
        this.tiles = new TiledRenderer(fx);
    }

    /** Whether {@code file} names an SVG file (else PNG). */
    public static boolean isSvg(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /** The options a picture of {@code size} is drawn with. */
    public static RenderOptions options(ExportRequest request, PictureSize size) {
        return new RenderOptions(request.theme().palette(), request.wholeContent(), size.pixelScale(), request.transparent());
    }

    /** Draws the picture to an image (tiled when large). */
    public BufferedImage image(ComposedPicture picture, ExportRequest request, ProgressSink progress) throws Exception {
        PictureSize size = PictureSize.of(picture, request);
        return tiles.render(picture, size, options(request, size), progress);
    }

    /** Writes the picture to {@code file} as PNG or SVG, by its extension. */
    public void write(ComposedPicture picture, ExportRequest request, Path file, FxCaller fx, ProgressSink progress) throws Exception {
        checkWritable(file);
        if (isSvg(file)) {
            PictureSize size = PictureSize.of(picture, request);
            String xml = fx.call(() -> svg(picture, size, options(request, size)));
            progress.update(0.9, "Writing " + file.getFileName());
            AtomicWrite.writeString(file, xml);
        } else {
            BufferedImage image = image(picture, request, progress);
            progress.update(0.92, "Encoding " + file.getFileName());
            AtomicWrite.write(file, out -> {
                if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer available");
            });
        }
        progress.update(1, "Exported " + file.getFileName());
    }

    /** The SVG text of the picture. */
    public static String svg(ComposedPicture picture, PictureSize size, RenderOptions options) {
        SvgSurface svg = new SvgSurface(size.width(), size.height());
        picture.render(svg, new Area(0, 0, size.width(), size.height()), options);
        return svg.toXml();
    }

    /**
     * Fails with the reason in words when the file cannot be written there (no folder, a folder or a device
     * in its place, no permission), before anything is drawn. The write itself goes through
     * {@link AtomicWrite}, so a failed export never harms the file it was to replace.
     */
    static void checkWritable(Path file) throws IOException {
        AtomicWrite.checkTarget(file);
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.exists(file) && !Files.isWritable(dir)) {
            throw new WriteFailedException(file, "permission denied: the folder is not writable");
        }
    }
}
