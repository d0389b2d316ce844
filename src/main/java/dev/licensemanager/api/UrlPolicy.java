package dev.licensemanager.api;

import java.net.InetAddress;
import java.util.Locale;
import okhttp3.HttpUrl;

/** HTTPS is required except for loopback hosts (the sandbox, tests); plain http elsewhere is refused before sending. */
public final class UrlPolicy {
    private UrlPolicy() {
    }

    /** Null when acceptable, else the reason in plain words. */
    public static String problem(String url) {
        HttpUrl u = url == null ? null : HttpUrl.parse(url.strip());
        if (u == null) {
            return "API URL is not a valid http(s) URL";
        }
        if (u.isHttps()) {
            return null;
        }
        return isLoopback(u.host()) ? null
                : "plain http is only allowed to this computer (loopback); use https for " + u.host();
    }

    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("::1") || h.equals("[::1]") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        if (h.matches("127(\\.\\d{1,3}){3}")) {
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
