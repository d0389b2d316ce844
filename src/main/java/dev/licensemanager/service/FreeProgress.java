package dev.licensemanager.service;

/** Told about each license while "free all" runs (on the worker thread: the window must hop to the FX thread). */
public interface FreeProgress {
    FreeProgress NONE = new FreeProgress() {
    };

    /** {@code index} counts from 0 up to {@code total - 1}. */
    default void started(int index, int total, DeviceLicense license) {
    }

    default void finished(int index, int total, DeviceLicense license, Outcome outcome) {
    }
}
