package dev.licensemanager.ui.common;

import dev.licensemanager.common.Cancellation;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs work on the calling thread: for view-model tests without a toolkit. */
public final class DirectTaskRunner implements TaskRunner {
    @Override
    public <T> Cancellation run(Function<Cancellation, T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        Cancellation cancel = new Cancellation();
        T result;
        try {
            result = work.apply(cancel);
        } catch (RuntimeException e) {
            onError.accept(e);
            return cancel;
        }
        onDone.accept(result);
        return cancel;
    }

    @Override
    public void shutdown() {
    }
}
