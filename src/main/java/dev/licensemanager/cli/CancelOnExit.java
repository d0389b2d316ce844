package dev.licensemanager.cli;

import dev.licensemanager.common.Cancellation;

/** A cancellation that Ctrl+C (JVM shutdown) fires, so an interrupted run says "cancelled" instead of vanishing. */
final class CancelOnExit implements AutoCloseable {
    private final Cancellation cancel = new Cancellation();
    private final Thread hook = new Thread(cancel::cancel, "lm-cancel");

    CancelOnExit() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    Cancellation cancellation() {
        return cancel;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting; the hook has run.
        }
    }
}
