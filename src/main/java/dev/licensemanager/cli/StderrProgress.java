package dev.licensemanager.cli;

import dev.licensemanager.common.CallProgress;
import dev.licensemanager.service.OutcomeText;
import java.io.PrintStream;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Progress of the calls to the license server on stderr, so a long wait is never silent and stdout (--json) stays
 * pure: what the tool waits for and the attempt number. The first attempt is announced only when its answer takes
 * longer than {@link #QUIET}, so a quick call prints nothing; later attempts, re-sends and waits at once.
 */
final class StderrProgress implements CallProgress, AutoCloseable {
    static final Duration QUIET = Duration.ofSeconds(1);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintStream err;
    private final OutcomeText words;
    private final ZoneId zone;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;

    StderrProgress(PrintStream err, ZoneId zone, Locale locale) {
        this.err = err;
        this.zone = zone;
        this.words = new OutcomeText(locale);
    }

    @Override
    public synchronized void sending(String operation, int attempt, int maxAttempts, Duration maxWait) {
        cancelPending();
        String line = line("attempt.sending", operation, attempt, maxAttempts, span(maxWait));
        if (attempt > 1) {
            err.println(line);
            return;
        }
        if (timer == null) {
            ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
                Thread th = new Thread(r, "lm-progress");
                th.setDaemon(true);
                return th;
            });
            t.setRemoveOnCancelPolicy(true);
            timer = t;
        }
        pending = timer.schedule(() -> print(line), QUIET.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void resending(String operation, int attempt) {
        cancelPending();
        err.println(line("attempt.resending", operation, attempt));
    }

    @Override
    public synchronized void waiting(String operation, Duration wait, boolean serverAsked, int nextAttempt,
                                     int maxAttempts) {
        cancelPending();
        if (serverAsked || wait.compareTo(QUIET) >= 0) {
            err.println(line(serverAsked ? "attempt.waitingServer" : "attempt.waitingBackoff", operation,
                    span(wait), nextAttempt, maxAttempts));
        }
    }

    @Override
    public synchronized void givingUp(String operation, Duration serverAsked, Instant retryAt) {
        cancelPending();
        err.println(line("attempt.givingUp", operation, span(serverAsked),
                CLOCK.format(retryAt.atZone(zone))));
    }

    @Override
    public synchronized void finished(String operation) {
        cancelPending();
    }

    @Override
    public synchronized void close() {
        cancelPending();
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private synchronized void print(String line) {
        err.println(line);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private String span(Duration d) {
        return words.waitWords(Math.max(0, (d.toMillis() + 999) / 1000));
    }

    private String line(String key, Object... args) {
        return new MessageFormat(words.get(key), Locale.ROOT).format(args);
    }
}
