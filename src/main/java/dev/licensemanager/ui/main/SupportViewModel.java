package dev.licensemanager.ui.main;

import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.offline.OfflineDeactivation;
import dev.licensemanager.ui.common.StatusPresenter;
import dev.licensemanager.ui.common.TaskRunner;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The window's support actions: the offline request (also offered after a network failure), the
 * support bundle and "Copy summary". Files are written off the FX thread; the presenter asks where.
 */
public final class SupportViewModel {
    private final ResourceBundle bundle;
    private final TaskRunner runner;
    private final StatusPresenter presenter;
    private final SupportTools tools;
    private final Supplier<DeactivationInput> snapshot;
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final BooleanProperty savingBundle = new SimpleBooleanProperty();
    private dev.licensemanager.common.Cancellation bundleRun;

    /** {@code tools} may be null (no support actions); {@code snapshot} reads what is typed now. */
    public SupportViewModel(ResourceBundle bundle, TaskRunner runner, StatusPresenter presenter, SupportTools tools,
                            Supplier<DeactivationInput> snapshot) {
        this.bundle = bundle;
        this.runner = runner;
        this.presenter = presenter;
        this.tools = tools;
        this.snapshot = snapshot;
    }

    public boolean available() {
        return tools != null;
    }

    /** Whether the outcome dialog should offer the offline route for this outcome. */
    public boolean offersOfflineAfter(Outcome o) {
        return tools != null && OfflineDeactivation.offeredAfter(o);
    }

    public String offerLabel() {
        return bundle.getString("offline.offer");
    }

    /** Asks where, writes the request file from what is typed (never a password), then says where to upload it. */
    public void offlineRequest() {
        if (tools == null || working.get()) {
            return;
        }
        Path target = presenter.chooseSaveFile(bundle.getString("offline.save.title"),
                OfflineDeactivation.DEFAULT_FILE_NAME);
        if (target == null) {
            return;
        }
        DeactivationInput in = snapshot.get();
        String title = bundle.getString("offline.title");
        working.set(true);
        runner.run(c -> {
            try {
                return tools.writeOfflineRequest(in, target);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                in.wipe();
            }
        }, text -> {
            working.set(false);
            status.set(MessageFormat.format(bundle.getString("offline.saved"), target));
            presenter.showReport(title, text);
        }, e -> {
            working.set(false);
            String why = e instanceof IllegalArgumentException ? e.getMessage() : reason(e);
            status.set(MessageFormat.format(bundle.getString("offline.failed"), why));
            presenter.showReport(title, status.get());
        });
    }

    /** Asks where, then writes the zip (runs the connection check first, at most 15 s). */
    public void saveBundle() {
        if (tools == null || working.get()) {
            return;
        }
        Path target = presenter.chooseSaveFile(bundle.getString("support.save.title"), "license-manager-support.zip");
        if (target == null) {
            return;
        }
        working.set(true);
        savingBundle.set(true);
        status.set(bundle.getString("support.saving"));
        bundleRun = runner.run(c -> {
            try {
                return tools.writeBundle(target, c);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, p -> {
            working.set(false);
            savingBundle.set(false);
            status.set(MessageFormat.format(bundle.getString("support.saved"), p));
        }, e -> {
            working.set(false);
            savingBundle.set(false);
            status.set(e instanceof java.util.concurrent.CancellationException ? bundle.getString("support.cancelled")
                    : MessageFormat.format(bundle.getString("support.notsaved"), reason(e)));
        });
    }

    /** Stops a support bundle being saved (its connection check takes up to 15 s); nothing is written then. */
    public void cancelBundle() {
        if (bundleRun != null && savingBundle.get()) {
            bundleRun.cancel();
        }
    }

    /** True while the support bundle is being saved (the view shows Cancel). */
    public BooleanProperty savingBundleProperty() {
        return savingBundle;
    }

    /** Why a file could not be written, in words (never an exception's class name). */
    private String reason(Throwable e) {
        return bundle.getString(dev.licensemanager.common.IoReasons.of(e).key());
    }

    /** Puts the short summary on the clipboard. */
    public void copySummary() {
        if (tools == null) {
            return;
        }
        runner.run(c -> tools.summary(), text -> {
            presenter.copyToClipboard(text);
            status.set(bundle.getString("support.copied"));
        }, e -> status.set(MessageFormat.format(bundle.getString("support.notsaved"), reason(e))));
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty workingProperty() {
        return working;
    }
}
