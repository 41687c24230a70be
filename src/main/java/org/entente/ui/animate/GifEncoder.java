package org.entente.ui.animate;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes an animated GIF with ImageIO's own GIF writer: every frame shares one {@link GifPalette}, carries
 * its delay and a comment naming its as-of date (so a script or test can tell which date a frame shows
 * without reading pixels), and stores only the rectangle that changed since the previous frame, with
 * unchanged pixels inside it transparent, so a frame where one tie appears costs a few hundred bytes.
 */
final class GifEncoder implements AutoCloseable {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final GifPalette palette;
    private final int width;
    private final int height;
    private final int delayCentis;
    private byte[] previous;
    private int frames;

    GifEncoder(OutputStream out, GifPalette palette, int width, int height, double fps) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("gif");
        if (!it.hasNext()) throw new IOException("this Java has no GIF writer");
        this.writer = it.next();
        this.stream = new MemoryCacheImageOutputStream(out);
        this.palette = palette;
        this.width = width;
        this.height = height;
        this.delayCentis = Math.max(2, (int) Math.round(100 / fps));
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /** Adds a frame of ARGB pixels ({@code width × height}) with a comment such as "as-of 2025-04-09". */
    void add(int[] argb, String comment) throws IOException {
        byte[] idx = new byte[width * height];
        for (int i = 0; i < idx.length; i++) idx[i] = (byte) palette.index(argb[i]);
        int x0 = 0, y0 = 0, x1 = width - 1, y1 = height - 1;
        boolean first = previous == null;
        if (!first) {
            int[] box = changedBox(idx);
            if (box == null) { // nothing changed: one transparent pixel keeps the frame and its delay
                x0 = x1 = 0;
                y0 = y1 = 0;
            } else {
                x0 = box[0]; y0 = box[1]; x1 = box[2]; y1 = box[3];
            }
        }
        int w = x1 - x0 + 1, h = y1 - y0 + 1;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, palette.model());
        byte[] dst = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            int row = (y0 + y) * width + x0;
            for (int x = 0; x < w; x++) {
                byte v = idx[row + x];
                dst[y * w + x] = !first && previous[row + x] == v ? (byte) GifPalette.TRANSPARENT : v;
            }
        }
        writer.writeToSequence(new IIOImage(image, null, metadata(image, x0, y0, comment)), null);
        previous = idx;
        frames++;
    }

    int frames() { return frames; }

    /** {x0, y0, x1, y1} of the pixels that differ from the previous frame, or null when none do. */
    private int[] changedBox(byte[] idx) {
        int minX = width, minY = height, maxX = -1, maxY = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int first = -1, last = -1;
            for (int x = 0; x < width; x++) {
                if (idx[row + x] != previous[row + x]) { first = x; break; }
            }
            if (first < 0) continue;
            for (int x = width - 1; x >= first; x--) {
                if (idx[row + x] != previous[row + x]) { last = x; break; }
            }
            minX = Math.min(minX, first);
            maxX = Math.max(maxX, last);
            minY = Math.min(minY, y);
            maxY = y;
        }
        return maxX < 0 ? null : new int[] {minX, minY, maxX, maxY};
    }

    private IIOMetadata metadata(BufferedImage image, int x, int y, String comment) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode desc = new IIOMetadataNode("ImageDescriptor");
        desc.setAttribute("imageLeftPosition", Integer.toString(x));
        desc.setAttribute("imageTopPosition", Integer.toString(y));
        desc.setAttribute("imageWidth", Integer.toString(image.getWidth()));
        desc.setAttribute("imageHeight", Integer.toString(image.getHeight()));
        desc.setAttribute("interlaceFlag", "FALSE");
        root.appendChild(desc);
        root.appendChild(colourTable());
        IIOMetadataNode gce = new IIOMetadataNode("GraphicControlExtension");
        gce.setAttribute("disposalMethod", "doNotDispose");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", frames == 0 ? "FALSE" : "TRUE");
        gce.setAttribute("delayTime", Integer.toString(delayCentis));
        gce.setAttribute("transparentColorIndex", Integer.toString(GifPalette.TRANSPARENT));
        root.appendChild(gce);
        IIOMetadataNode comments = new IIOMetadataNode("CommentExtensions");
        IIOMetadataNode c = new IIOMetadataNode("CommentExtension");
        c.setAttribute("value", comment);
        comments.appendChild(c);
        root.appendChild(comments);
        if (frames == 0) {
            IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // loop forever
            apps.appendChild(loop);
            root.appendChild(apps);
        }
        meta.mergeTree(FORMAT, root);
        return meta;
    }

    /** The palette as the frame's own colour table (the writer would otherwise fall back to a default one). */
    private IIOMetadataNode colourTable() {
        IIOMetadataNode table = new IIOMetadataNode("LocalColorTable");
        table.setAttribute("sizeOfLocalColorTable", "256");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < 256; i++) {
            int c = palette.colour(i);
            IIOMetadataNode e = new IIOMetadataNode("ColorTableEntry");
            e.setAttribute("index", Integer.toString(i));
            e.setAttribute("red", Integer.toString((c >> 16) & 0xFF));
            e.setAttribute("green", Integer.toString((c >> 8) & 0xFF));
            e.setAttribute("blue", Integer.toString(c & 0xFF));
            table.appendChild(e);
        }
        return table;
    }

    /** Ends the file (the GIF trailer) and flushes it; the underlying stream stays open. */
    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
        }
    }
}
