package dev.licensemanager.common;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A cancel switch shared by the UI (Cancel button, window close), the service and the HTTP client.
 * Lives in a dependency-free package so every layer may use it without breaking the layering rules.
 */
public final class Cancellation {
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final AtomicReference<Runnable> onCancel = new AtomicReference<>();
    private volatile CallProgress progress = CallProgress.NONE;

    public static Cancellation none() {
        return new Cancellation();
    }

    /** Reports what the calls made under this switch wait for (attempts, back-off) to {@code listener}. */
    public Cancellation withProgress(CallProgress listener) {
        this.progress = listener == null ? CallProgress.NONE : listener;
        return this;
    }

    public CallProgress progress() {
        return progress;
    }

    public void cancel() {
        cancelled.countDown();
        Runnable hook = onCancel.getAndSet(null);
        if (hook != null) {
            hook.run();
        }
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /** Registers what aborts the current in-flight operation (e.g. an HTTP call). */
    public void onCancel(Runnable hook) {
        onCancel.set(hook);
        if (isCancelled()) {
            Runnable h = onCancel.getAndSet(null);
            if (h != null) {
                h.run();
            }
        }
    }

    /** Waits up to {@code d}; returns true if cancelled meanwhile (so back-off never outlives Cancel). */
    public boolean awaitCancel(Duration d) {
        try {
            return cancelled.await(Math.max(0, d.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
