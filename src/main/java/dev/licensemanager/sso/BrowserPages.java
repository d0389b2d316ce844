package dev.licensemanager.sso;

import java.util.Locale;
import java.util.ResourceBundle;

/** The small pages the loopback receiver shows in the browser, in the user's language. */
final class BrowserPages {
    private final ResourceBundle bundle;

    BrowserPages(Locale locale) {
        this.bundle = ResourceBundle.getBundle("dev.licensemanager.i18n.messages", locale, BrowserPages.class.getModule());
    }

    String done() {
        return page(bundle.getString("sso.page.done.title"), bundle.getString("sso.page.done.text"), "");
    }

    String error(String reason) {
        return page(bundle.getString("sso.page.error.title"), esc(reason), "");
    }

    /** The implicit grant's token arrives in the fragment; send it back as a query (same origin, no referrer). */
    String fragmentRelay() {
        String script = "<script>var h=location.hash.substring(1);"
                + "if(h){location.replace(location.pathname+'?'+h);}"
                + "else{document.getElementById('t').textContent='-';}</script>";
        return page(bundle.getString("sso.page.wait.title"), "<span id=\"t\"></span>", script);
    }

    private static String page(String title, String text, String script) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>"
                + "<meta name=\"referrer\" content=\"no-referrer\"></head><body style=\"font-family:sans-serif;"
                + "margin:3em\"><h1 id=\"title\">" + esc(title) + "</h1><p>" + text + "</p>" + script + "</body></html>";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
