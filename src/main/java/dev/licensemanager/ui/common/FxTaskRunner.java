package dev.licensemanager.ui.common;

import dev.licensemanager.common.Cancellation;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Work on daemon threads, results via {@link Platform#runLater}; nothing after shutdown reaches the UI. */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lm-task-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Set<Cancellation> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    @Override
    public <T> Cancellation run(Function<Cancellation, T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        Cancellation cancel = new Cancellation();
        running.add(cancel);
        executor.execute(() -> {
            try {
                T result = work.apply(cancel);
                deliver(() -> {
                    try {
                        onDone.accept(result);
                    } catch (Throwable e) { // a failing result handler must not leave the window busy either
                        LOG.error("handling a task's result failed", e);
                        onError.accept(e);
                    }
                });
            } catch (Throwable e) {
                // Any Throwable, not only RuntimeException: an Error (out of memory, a missing class, an assertion)
                // must still end the busy state and reach the "Something unexpected" dialog.
                LOG.error("background task failed", e);
                deliver(() -> onError.accept(e));
            } finally {
                running.remove(cancel);
            }
        });
        return cancel;
    }

    private void deliver(Runnable r) {
        if (!stopped) {
            Platform.runLater(() -> {
                if (!stopped) {
                    r.run();
                }
            });
        }
    }

    @Override
    public void shutdown() {
        stopped = true;
        running.forEach(Cancellation::cancel);
        executor.shutdown();
    }
}
