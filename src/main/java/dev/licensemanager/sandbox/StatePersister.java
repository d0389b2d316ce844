package dev.licensemanager.sandbox;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a consistent snapshot of the state after each change (when a state file is configured). */
final class StatePersister {
    private static final Logger LOG = LoggerFactory.getLogger(StatePersister.class);

    private final SandboxState state;
    private final StateStore store;
    private final Seed.SigningKey key;
    private final Object writeLock = new Object();
    private long written = -1;

    StatePersister(SandboxState state, StateStore store, Seed.SigningKey key) {
        this.state = state;
        this.store = store;
        this.key = key;
    }

    /** Snapshot under the state monitor, write outside it; a write older than the last one is skipped. */
    void persist() {
        if (store == null) {
            return;
        }
        synchronized (writeLock) {
            Seed snapshot;
            long version;
            synchronized (state) {
                version = state.version();
                if (version == written) {
                    return;
                }
                snapshot = state.toSeed(List.of()).withSigningKey(key);
            }
            store.write(snapshot);
            written = version;
            LOG.debug("sandbox state written (version {})", version);
        }
    }

    void persistForced() {
        synchronized (writeLock) {
            written = -1;
        }
        persist();
    }
}
