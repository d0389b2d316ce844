package dev.licensemanager.testsupport;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The fixture of window tests that build their own window: the primary stage is registered before the test and
 * every stage is cleaned up after it. {@code @RegisterExtension final FxStage fx = new FxStage();}
 */
public final class FxStage implements AfterEachCallback {
    /** A robot that sends the same events as TestFX's, without its human pacing. */
    public final FxRobot robot = QuickRobot.create();

    public FxStage() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException {
        cleanup();
    }

    /** Closes every stage the test opened. */
    public void cleanup() throws TimeoutException {
        FxToolkit.cleanupStages();
    }
}
