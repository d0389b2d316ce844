package dev.licensemanager.ui.common;

import dev.licensemanager.common.Cancellation;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs blocking work off the FX thread and hands the result back on it. The FX implementation is
 * {@link FxTaskRunner}; view-model tests use a same-thread runner from the test sources.
 */
public interface TaskRunner {

    /**
     * Runs {@code work}; exactly one of {@code onDone} / {@code onError} is then called on the UI thread.
     * The returned switch cancels the work (the HTTP call is aborted).
     */
    <T> Cancellation run(Function<Cancellation, T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Stops accepting work and cancels what runs (window closed). */
    void shutdown();
}
