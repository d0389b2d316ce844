package dev.licensemanager.common;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * Why a file could not be read or written, as a reason a user understands ("it is a folder", "permission
 * denied") instead of an exception's class name. {@link Reason#key()} names the words in the message bundle
 * ({@code io.DENIED} …); {@link Reason#english()} is for logs and the configuration's (English) field messages.
 */
public final class IoReasons {
    /** The reasons users meet; OTHER when the platform gave nothing recognisable. */
    public enum Reason {
        DENIED("permission denied"),
        IS_FOLDER("it is a folder, not a file"),
        NOT_FOUND("it does not exist"),
        NOT_A_FOLDER("a part of the path is a file, not a folder"),
        EXISTS("it already exists"),
        NO_SPACE("the disk is full"),
        READ_ONLY("the disk or folder is read-only"),
        NOT_TEXT("it is not UTF-8 text"),
        OTHER("input/output error");

        private final String english;

        Reason(String english) {
            this.english = english;
        }

        public String english() {
            return english;
        }

        public String key() {
            return "io." + name();
        }
    }

    private IoReasons() {
    }

    public static Reason of(Throwable t) {
        Throwable e = t instanceof UncheckedIOException && t.getCause() != null ? t.getCause() : t;
        if (e instanceof AccessDeniedException) {
            return Reason.DENIED;
        }
        if (e instanceof NoSuchFileException) {
            return Reason.NOT_FOUND;
        }
        if (e instanceof NotDirectoryException) {
            return Reason.NOT_A_FOLDER;
        }
        if (e instanceof FileAlreadyExistsException) {
            return Reason.EXISTS;
        }
        if (e instanceof ReadOnlyFileSystemException) {
            return Reason.READ_ONLY;
        }
        if (e instanceof CharacterCodingException) {
            return Reason.NOT_TEXT;
        }
        // FileSystemException's reason and FileNotFoundException's message carry the OS's strerror text.
        String text = e instanceof FileSystemException f ? f.getReason() : e instanceof FileNotFoundException ? e.getMessage() : null;
        return fromOsText(text == null ? "" : text.toLowerCase(Locale.ROOT));
    }

    private static Reason fromOsText(String t) {
        if (t.contains("is a directory")) {
            return Reason.IS_FOLDER;
        }
        if (t.contains("permission denied") || t.contains("access is denied") || t.contains("operation not permitted")) {
            return Reason.DENIED;
        }
        if (t.contains("no such file") || t.contains("cannot find")) {
            return Reason.NOT_FOUND;
        }
        if (t.contains("not a directory")) {
            return Reason.NOT_A_FOLDER;
        }
        if (t.contains("no space")) {
            return Reason.NO_SPACE;
        }
        if (t.contains("read-only")) {
            return Reason.READ_ONLY;
        }
        return Reason.OTHER;
    }
}
