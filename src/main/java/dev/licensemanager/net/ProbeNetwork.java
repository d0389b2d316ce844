package dev.licensemanager.net;

/** Opens the raw connections the connectivity doctor inspects; replaceable in tests. */
@FunctionalInterface
public interface ProbeNetwork {
    /** A new, unconnected link (so that {@link ProbeLink#close()} can abort its connect too). */
    ProbeLink newLink();

    /** Plain JDK sockets. */
    static ProbeNetwork sockets() {
        return SocketProbeLink::new;
    }
}
