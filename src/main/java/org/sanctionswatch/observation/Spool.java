package org.sanctionswatch.observation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.sanctionswatch.system.RequestTimeoutException;

/**
 * A load's body received whole before the load begins, into a file of its own that is deleted when read: a sender
 * that trickles its body holds only its own request thread, never the store's write lock or a transaction that other
 * loads wait for. Each read waits at most the server's read timeout ({@code server.tomcat.connection-timeout}); the
 * whole body must arrive within {@code sanctionswatch.limits.load-time}.
 */
final class Spool {

    private static final int CHUNK = 1 << 16;

    private Spool() {
    }

    static InputStream receive(InputStream body, Duration loadTime) {
        long deadline = System.nanoTime() + loadTime.toNanos();
        Path file;
        try {
            file = Files.createTempFile("sanctionswatch-load-", ".body");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[CHUNK];
            for (int n = body.read(buffer); n != -1; n = body.read(buffer)) {
                out.write(buffer, 0, n);
                if (System.nanoTime() - deadline > 0) {
                    throw new RequestTimeoutException("The body took longer than " + loadTime
                            + " to arrive (sanctionswatch.limits.load-time)");
                }
            }
        } catch (SocketTimeoutException e) {
            delete(file);
            throw new RequestTimeoutException("The sender sent nothing for longer than the read timeout "
                    + "(server.tomcat.connection-timeout)");
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        try {
            return new FilterInputStream(Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE)) {
                @Override
                public void close() throws IOException {
                    super.close();
                    delete(file);
                }
            };
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is removed with the temporary folder
        }
    }
}
