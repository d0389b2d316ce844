package dev.licensemanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.common.Cancellation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Whatever a task throws, onError runs on the FX thread, so the window's busy state always ends. */
class FxTaskRunnerTest {
    private final FxTaskRunner runner = new FxTaskRunner();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    /** The Throwable handed to onError, or null when onDone ran normally. */
    private Throwable errorOf(Function<Cancellation, String> work, Consumer<String> onDone) throws Exception {
        CompletableFuture<Throwable> error = new CompletableFuture<>();
        runner.run(work, r -> {
            onDone.accept(r);
            error.complete(null);
        }, e -> error.complete(Platform.isFxApplicationThread() ? e : new AssertionError("not on the FX thread")));
        return error.get(30, TimeUnit.SECONDS);
    }

    @Test
    void anErrorInTheWorkReachesOnError() throws Exception {
        assertThat(errorOf(c -> {
            throw new NoClassDefFoundError("com/example/Missing");
        }, r -> { })).isInstanceOf(NoClassDefFoundError.class);
        assertThat(errorOf(c -> {
            throw new StackOverflowError();
        }, r -> { })).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void aRuntimeExceptionStillReachesOnError() throws Exception {
        assertThat(errorOf(c -> {
            throw new IllegalStateException("x");
        }, r -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aResultHandlerThatThrowsEndsInOnError() throws Exception {
        assertThat(errorOf(c -> "done", r -> {
            throw new IllegalStateException("handler broke");
        })).hasMessage("handler broke");
        assertThat(errorOf(c -> "done", r -> { })).isNull();
    }
}
