package dev.licensemanager.service;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.licensemanager.common.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last outcomes (code, kind, time, request id), kept as a JSON file in the app-data folder for
 * the support bundle. Holds no identity at all: no key, no user name, no hardware ID.
 */
public final class OutcomeHistory {
    public static final int KEEP = 20;
    private static final Logger LOG = LoggerFactory.getLogger(OutcomeHistory.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One remembered outcome. {@code at} is ISO-8601 UTC. */
    public record Entry(String at, String action, String product, String outcome, String code, int exitCode,
                        String requestId, int attempts, boolean confirmedOnRetry, Long clockOffsetSeconds) {
    }

    private final Path file;
    private final Clock clock;

    public OutcomeHistory(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Remembers an outcome; a failure to write is logged, never thrown (history is a convenience). */
    public synchronized void record(String action, String product, Outcome o) {
        List<Entry> all = new ArrayList<>(entries());
        all.add(new Entry(clock.instant().toString(), action, product, o.kind().name().toLowerCase(Locale.ROOT),
                o.code(), o.exitCode(), o.requestId(), o.attempts(), o.confirmedOnRetry(), o.clockOffsetSeconds()));
        List<Entry> kept = all.subList(Math.max(0, all.size() - KEEP), all.size());
        try {
            AtomicFiles.write(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(kept));
        } catch (IOException e) {
            LOG.warn("could not save the outcome history: {}", e.getClass().getSimpleName());
        }
    }

    /** Oldest first; empty when there is no file or it cannot be read. */
    public synchronized List<Entry> entries() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return List.copyOf(MAPPER.readValue(file.toFile(), new TypeReference<List<Entry>>() { }));
        } catch (IOException e) {
            LOG.warn("outcome history unreadable, starting afresh: {}", e.getClass().getSimpleName());
            return List.of();
        }
    }

    /** The last {@code n}, newest first. */
    public List<Entry> last(int n) {
        List<Entry> all = new ArrayList<>(entries());
        java.util.Collections.reverse(all);
        return all.subList(0, Math.min(n, all.size()));
    }
}
