package dev.licensemanager.app;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Benchmark/test hook (bench/startup.sh, PackagingIT): with {@code LM_EXIT_ON_SHOWN} set, prints one line
 * {@code LM_SHOWN} to stdout when the first window has been shown, then exits after that many milliseconds
 * ({@code 1} or any non-number: at once), and {@code LM_READY} when the services behind the window are ready
 * ({@code LM_EXIT_ON_SHOWN=ready}: exits then, with 1 and {@code LM_SERVICES_FAILED …} if they failed). Watches {@link Window#getWindows()}, so the UI code needs no change.
 */
final class StartupProbe {
    static final String ENV = "LM_EXIT_ON_SHOWN";

    private StartupProbe() {
    }

    static void installIfRequested() {
        String v = System.getenv(ENV);
        if (v == null || v.isBlank()) {
            return;
        }
        long delay;
        try {
            delay = Math.max(0, Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            delay = 0;
        }
        // -1: "ready" mode, the exit comes from servicesReady/servicesFailed instead.
        long exitAfter = untilReady() ? -1 : delay <= 1 ? 0 : delay;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> shown(exitAfter));
                }
            }
        });
    }

    /** {@code LM_EXIT_ON_SHOWN=ready}: stay until the window's services are ready (or failed), then exit. */
    private static boolean untilReady() {
        return "ready".equalsIgnoreCase(String.valueOf(System.getenv(ENV)).strip());
    }

    private static boolean on() {
        String v = System.getenv(ENV);
        return v != null && !v.isBlank();
    }

    /** Prints {@code LM_READY} when the window's services (client, demo sandbox) are ready, if the probe is on. */
    static void servicesReady() {
        if (on()) {
            System.out.println("LM_READY");
            System.out.flush();
            if (untilReady()) {
                exitSoon(0);
            }
        }
    }

    /** Prints {@code LM_SERVICES_FAILED} and why, if the probe is on (the user sees a dialog saying the same). */
    static void servicesFailed(String why) {
        if (on()) {
            System.out.println("LM_SERVICES_FAILED " + why);
            System.out.flush();
            if (untilReady()) {
                exitSoon(1);
            }
        }
    }

    private static void exitSoon(int status) {
        // System.exit alone: after Platform.exit() the FX thread can end first, and the JVM's own shutdown (the last
        // non-daemon thread gone) then races this thread's System.exit and may end with 0 instead of the status.
        Thread t = new Thread(() -> System.exit(status), "lm-exit-on-ready");
        t.setDaemon(true);
        t.start();
    }

    private static final java.util.concurrent.atomic.AtomicBoolean DONE = new java.util.concurrent.atomic.AtomicBoolean();

    private static void shown(long exitAfter) {
        if (!DONE.compareAndSet(false, true)) {
            return;
        }
        System.out.println("LM_SHOWN");
        System.out.flush();
        if (exitAfter < 0) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(exitAfter);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            Platform.exit();
            System.exit(0);
        }, "lm-exit-on-shown");
        t.setDaemon(true);
        t.start();
    }
}
