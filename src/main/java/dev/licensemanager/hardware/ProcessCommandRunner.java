package dev.licensemanager.hardware;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@link CommandRunner} with ProcessBuilder: no shell, stdin closed, stderr discarded, killed on timeout. */
public final class ProcessCommandRunner implements CommandRunner {
    private static final int MAX_STDOUT = 64 * 1024;

    @Override
    public Output run(List<String> argv, Duration timeout) throws IOException {
        Process p = new ProcessBuilder(argv)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<String> out = new CompletableFuture<>();
        Thread reader = new Thread(() -> out.complete(readCapped(p.getInputStream())), "hardware-id-command-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return new Output(-1, out.getNow(""), true);
            }
            return new Output(p.exitValue(), out.get(2, TimeUnit.SECONDS), false);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            // The process ended but a child kept stdout open: use what was read so far.
            return new Output(p.exitValue(), out.getNow(""), false);
        }
    }

    private static String readCapped(InputStream in) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        try (in) {
            int n;
            while ((n = in.read(chunk)) != -1) {
                if (buf.size() < MAX_STDOUT) {
                    buf.write(chunk, 0, Math.min(n, MAX_STDOUT - buf.size()));
                }
            }
        } catch (IOException ignored) {
            // The stream closes when the process is killed; keep what arrived.
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
