package dev.licensemanager.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Name lookup, replaceable in tests (a hanging resolver proves the doctor's time bound). */
@FunctionalInterface
public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;

    static Resolver system() {
        return InetAddress::getAllByName;
    }
}
