package dev.licensemanager.service.offline;

import dev.licensemanager.api.LicenseApiClient;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.common.AtomicFiles;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeHistory;
import dev.licensemanager.service.OutcomeMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline route for the window and the CLI: make the request file, write it atomically, and
 * (when the computer is online after all) send the same payload to {@code deactivate_offline}.
 */
public final class OfflineDeactivation {
    /** Where end users upload request files. */
    public static final String PORTAL_URL = "https://offline.licensespring.com";
    /** The Node SDK's file name for deactivation requests. */
    public static final String DEFAULT_FILE_NAME = "deactivate_offline.req";
    private static final Logger LOG = LoggerFactory.getLogger(OfflineDeactivation.class);

    private final OfflineRequestBuilder builder;
    private final LicenseApiClient client;
    private final OutcomeHistory history;
    private final boolean demo;

    /** {@code client} may be null when only files are made; {@code history} may be null. */
    public OfflineDeactivation(OfflineRequestBuilder builder, LicenseApiClient client, OutcomeHistory history) {
        this(builder, client, history, false);
    }

    /**
     * {@code demo}: the files are signed with the built-in sandbox's keys (its API is on this computer), so
     * LicenseSpring's portal would refuse them; the words say so instead of sending the user there.
     */
    public OfflineDeactivation(OfflineRequestBuilder builder, LicenseApiClient client, OutcomeHistory history,
                               boolean demo) {
        this.builder = builder;
        this.client = client;
        this.history = history;
        this.demo = demo;
    }

    /** True when the request files are demo files (see the constructor). */
    public boolean demo() {
        return demo;
    }

    /** The bundle key of the words saying where the file goes: the portal, or that it is a demo file. */
    public String whereKey() {
        return demo ? "offline.where.demo" : "offline.where";
    }

    /**
     * The folders that writing {@code target} will create (outermost first; empty when its folder exists), so the
     * caller can say so rather than create them silently.
     */
    public static java.util.List<Path> missingFolders(Path target) {
        java.util.LinkedList<Path> missing = new java.util.LinkedList<>();
        for (Path p = target.toAbsolutePath().getParent(); p != null && !java.nio.file.Files.exists(p); p = p.getParent()) {
            missing.addFirst(p);
        }
        return missing;
    }

    /** Builds the request; the input's secrets are wiped afterwards (none are used). */
    public OfflineRequest create(DeactivationInput in) {
        try {
            return builder.build(in);
        } finally {
            in.wipe();
        }
    }

    /** Writes the file content (base64 text, no line break) atomically. */
    public Path write(OfflineRequest request, Path target) throws IOException {
        AtomicFiles.write(target, request.fileContent().getBytes(StandardCharsets.US_ASCII));
        LOG.info("offline deactivation request {} written", request.requestId());
        return target.toAbsolutePath();
    }

    /** Sends the same payload online ({@code deactivate_offline}). */
    public Outcome send(OfflineRequest request, Cancellation cancel) {
        if (client == null) {
            throw new IllegalStateException("no API client configured");
        }
        Outcome o = OutcomeMapper.fromDeactivation(client.deactivateOffline(request.fileContent(), cancel));
        if (history != null) {
            history.record("deactivate_offline", request.product(), o);
        }
        return o;
    }

    /**
     * Whether the window should offer the offline route after this online outcome (keeping what was
     * typed): the server could not be reached, or kept failing.
     */
    public static boolean offeredAfter(Outcome o) {
        return o.kind() == dev.licensemanager.service.OutcomeKind.NETWORK
                || o.kind() == dev.licensemanager.service.OutcomeKind.SERVER_ERROR;
    }

    public String portalUrl() {
        return PORTAL_URL;
    }
}
