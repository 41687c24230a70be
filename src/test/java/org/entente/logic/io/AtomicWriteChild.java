package org.entente.logic.io;

import java.nio.file.Path;

/**
 * A child JVM for {@link AtomicWriteTest}: starts replacing the file named by its argument through
 * {@link AtomicWrite}, writes half a megabyte, says "WRITING" and waits there to be killed with kill -9.
 */
public final class AtomicWriteChild {

    private AtomicWriteChild() {
    }

    public static void main(String[] args) throws Exception {
        AtomicWrite.write(Path.of(args[0]), out -> {
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 8; i++) out.write(chunk);
            out.flush();
            System.out.println("WRITING");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
