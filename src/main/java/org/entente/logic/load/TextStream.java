package org.entente.logic.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text the JSON reader sees, decoded a piece at a time so that a large file is never held whole:
 * what is not UTF-8 text (a byte that is not UTF-8, a NUL byte of binary data) stops the reading with
 * the place of the offending byte ({@link BadText}), a UTF-8 byte order mark is dropped, and the last few
 * thousand characters are kept so that a syntax error can quote the text where it happened.
 */
final class TextStream extends Reader {

    /** The text stopped being UTF-8 text at this place; reading goes no further. */
    static final class BadText extends IOException {
        final int line;
        final int column;

        BadText(int line, int column, String message) {
            super(message, null);
            this.line = line;
            this.column = column;
        }
    }

    /** The file itself could not be read on (a disk error, a vanished network share): not the text's fault. */
    static final class CannotRead extends java.io.UncheckedIOException {
        CannotRead(IOException cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
    }

    private static final int BUFFER = 64 * 1024;
    private static final int RECENT = 8192;
    private static final int RECENT_LINES = 256;

    private final InputStream bytesIn;
    private final Reader charsIn;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes;
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean inputDone;
    private boolean started;
    private String stopMessage;

    private long offset;
    private int line = 1;
    private long lineStart;
    private final char[] recent = new char[RECENT];
    private final long[] lineStarts = new long[RECENT_LINES];
    private boolean nonBlank;

    private TextStream(InputStream bytesIn, Reader charsIn) {
        this.bytesIn = bytesIn;
        this.charsIn = charsIn;
        this.decoder = bytesIn == null ? null : StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytes = bytesIn == null ? null : ByteBuffer.allocate(BUFFER);
    }

    /** UTF-8 bytes, checked and decoded as they are read. */
    static TextStream ofBytes(InputStream in) {
        return new TextStream(in, null);
    }

    /** Text that was already decoded: the same checks minus the decoding. */
    static TextStream ofChars(Reader in) {
        return new TextStream(null, in);
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!ensure()) return -1;
        int n = 0;
        while (n < len && chars.hasRemaining()) {
            char c = chars.get(chars.position());
            if (c == '\0') {
                stop("a NUL byte: this is binary data, not a JSON text file");
                break;
            }
            chars.get();
            buffer[off + n++] = c;
            recent[(int) (offset % RECENT)] = c;
            offset++;
            if (c == '\n') {
                line++;
                lineStart = offset;
                lineStarts[line % RECENT_LINES] = offset;
            } else if (!nonBlank && !Character.isWhitespace(c)) {
                nonBlank = true;
            }
        }
        if (n == 0) throw bad();
        return n;
    }

    /** Reads what is left, for the first place where the text stops being UTF-8 text; null when it is clean. */
    BadText drain() {
        char[] sink = new char[BUFFER];
        try {
            while (read(sink, 0, sink.length) >= 0) {
                // only looking for bad bytes
            }
            return null;
        } catch (BadText e) {
            return e;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether everything read so far is blanks (an empty file, for its own message). */
    boolean blankSoFar() {
        return !nonBlank;
    }

    /**
     * " near 'xyz'" quoting the text from the given place to the end of its line (cut to 20 characters),
     * or "" when the place is no longer kept.
     */
    String near(int atLine, int column) {
        if (atLine > line || atLine <= line - RECENT_LINES + 1) return "";
        long from = (atLine == 1 ? 0 : lineStarts[atLine % RECENT_LINES]) + Math.max(0, column - 2);
        StringBuilder sb = new StringBuilder();
        for (long p = from; sb.length() < 64; p++) {
            char c;
            if (p < offset) {
                if (p < offset - RECENT) return "";
                c = recent[(int) (p % RECENT)];
            } else if (p - offset < chars.remaining()) {
                c = chars.get(chars.position() + (int) (p - offset));
            } else {
                break;
            }
            if (c == '\n') break;
            sb.append(c);
        }
        String snippet = sb.toString().strip();
        return snippet.isEmpty() ? "" : " near '" + Texts.shorten(snippet, 20) + "'";
    }

    @Override
    public void close() throws IOException {
        if (bytesIn != null) bytesIn.close();
        if (charsIn != null) charsIn.close();
    }

    /** True when characters are ready; false at the end; throws where the text stopped being text. */
    private boolean ensure() throws IOException {
        while (!chars.hasRemaining()) {
            if (stopMessage != null) throw bad();
            if (inputDone) return false;
            fill();
            if (!started && chars.hasRemaining()) {
                started = true;
                if (chars.get(chars.position()) == '\uFEFF') chars.get();
            }
        }
        return true;
    }

    private void fill() throws IOException {
        chars.clear();
        if (bytesIn == null) {
            int r = source(() -> charsIn.read(chars.array(), 0, chars.capacity()));
            if (r < 0) inputDone = true;
            else chars.position(r);
            chars.flip();
            return;
        }
        while (true) {
            int r = source(() -> bytesIn.read(bytes.array(), bytes.position(), bytes.remaining()));
            boolean end = r < 0;
            if (r > 0) bytes.position(bytes.position() + r);
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            if (result.isError()) {
                stop(String.format("byte 0x%02X is not UTF-8 text: is this a binary file? "
                        + "(a dataset is a UTF-8 JSON text file; re-save it as UTF-8)", bytes.get(bytes.position()) & 0xFF));
                bytes.compact();
                break;
            }
            if (result.isOverflow()) {
                bytes.compact();
                break;
            }
            if (end) {
                decoder.flush(chars);
                inputDone = true;
                bytes.compact();
                break;
            }
            bytes.compact();
            if (chars.position() > 0) break;
        }
        chars.flip();
    }

    private interface Read {
        int run() throws IOException;
    }

    private static int source(Read read) {
        try {
            return read.run();
        } catch (IOException e) {
            throw new CannotRead(e);
        }
    }

    /** Nothing after what is buffered is read: the text stops being text there. */
    private void stop(String message) {
        if (stopMessage == null) stopMessage = message;
        inputDone = true;
        chars.limit(chars.position());
    }

    private BadText bad() {
        return new BadText(line, (int) (offset - lineStart) + 1, stopMessage);
    }
}
