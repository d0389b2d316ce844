package dev.licensemanager.ui.common;

import dev.licensemanager.common.Cancellation;

/** The connectivity doctor as the window runs it: blocking, cancellable, returns the report text. */
@FunctionalInterface
public interface ConnectionTest {
    String run(Cancellation cancel);
}
