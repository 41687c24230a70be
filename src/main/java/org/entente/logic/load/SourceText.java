package org.entente.logic.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into the text the JSON reader sees, rejecting what is not UTF-8 text (binary
 * files, UTF-16, NUL bytes) with the place of the first offending byte, and dropping a UTF-8 byte order
 * mark that some Windows editors write.
 */
final class SourceText {

    private SourceText() {
    }

    /** The text, or null after reporting why the bytes are not a UTF-8 text file. */
    static String decode(byte[] bytes, ProblemSink sink) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            sink.error(1, 1, "", "the file is UTF-16 text; save it as UTF-8");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            int[] at = lineAndColumn(out, out.length());
            int bad = bytes[in.position()] & 0xFF;
            sink.error(at[0], at[1], "", String.format("byte 0x%02X is not UTF-8 text: is this a binary file? "
                    + "(a dataset is a UTF-8 JSON text file; re-save it as UTF-8)", bad));
            return null;
        }
        decoder.flush(out);
        out.flip();
        return check(out.toString(), sink);
    }

    /** Text that was already decoded (from a Reader): the same checks minus the decoding. */
    static String check(String text, ProblemSink sink) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int nul = t.indexOf('\0');
        if (nul >= 0) {
            int[] at = lineAndColumn(t, nul);
            sink.error(at[0], at[1], "", "a NUL byte: this is binary data, not a JSON text file");
            return null;
        }
        return t;
    }

    /** 1-based line and column of the character at {@code offset}. */
    static int[] lineAndColumn(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
