package dev.licensemanager.api;

/** Proxy policy: the system's (including PAC via ProxySelector), none, or an explicit proxy. */
public sealed interface ProxySettings {
    record System() implements ProxySettings {
    }

    record Direct() implements ProxySettings {
    }

    /** An explicit HTTP proxy; credentials optional (the password comes from the environment, never argv). */
    record Explicit(String host, int port, String username, Secret password) implements ProxySettings {
    }

    static ProxySettings system() {
        return new System();
    }
}
