package dev.licensemanager.hardware;

import java.util.Optional;

/** The macOS fact: the platform UUID (IOPlatformUUID, the value gethostuuid() returns). */
public interface MacFacts {
    String PLATFORM_UUID = "IOKit IOPlatformUUID (gethostuuid)";

    Optional<String> platformUuid() throws FactUnavailableException;
}
