package dev.licensemanager.hardware;

/**
 * Computes this machine's hardware ID. Implementations returned by {@link HardwareIdServices#create} cache the
 * result and are safe to call from any thread; callers keep the first call off the FX thread.
 */
public interface HardwareIdService {
    HardwareIdResult compute();
}
