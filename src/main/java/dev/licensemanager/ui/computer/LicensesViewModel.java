package dev.licensemanager.ui.computer;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.ComputerLicenses;
import dev.licensemanager.service.DeviceListing;
import dev.licensemanager.service.ListingFailure;
import dev.licensemanager.service.MachineIdentity;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.ui.common.StatusPresenter;
import dev.licensemanager.ui.common.StatusPresenter.SummaryLine;
import dev.licensemanager.ui.common.TaskRunner;
import dev.licensemanager.ui.machine.MachineViewModel;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Licenses on this computer": lists what the server says this computer holds (once its hardware ID is known),
 * frees one seat after the confirm dialog, or all of them one after another with a summary. Listing never blocks
 * the window and can be cancelled; when it fails, is cancelled or is switched off, the window shows the manual
 * key/account/SSO screen with a one-line reason.
 */
public final class LicensesViewModel {
    /** Which of the two screens the window shows. */
    public enum Screen { LIST, MANUAL }

    private final ResourceBundle b;
    private final TaskRunner runner;
    private final ComputerLicenses service;
    private final StatusPresenter presenter;
    private final MachineViewModel machine;
    private final String appVersion;
    private final RowTexts texts;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.LIST);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty freeing = new SimpleBooleanProperty();
    private final BooleanProperty listAvailable = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObservableList<LicenseRow> rows = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.doneProperty()});
    private final BooleanBinding canFreeAll;
    private Cancellation current;
    private int generation;
    private boolean waitingForMachine;
    private FreeAllRun run;
    private final ObjectProperty<FreedSeat> freed = new SimpleObjectProperty<>();
    private boolean closed;

    /** {@code service} null: this window cannot list (the manual screen only, without a way back). */
    public LicensesViewModel(ResourceBundle bundle, TaskRunner runner, ComputerLicenses service,
                             StatusPresenter presenter, MachineViewModel machine, String appVersion) {
        this.b = bundle;
        this.runner = runner;
        this.service = service;
        this.presenter = presenter;
        this.machine = machine;
        this.appVersion = appVersion;
        this.texts = new RowTexts(bundle);
        listAvailable.set(service != null);
        canFreeAll = Bindings.createBooleanBinding(() -> !loading.get() && !freeing.get()
                && rows.stream().anyMatch(r -> !r.doneProperty().get()), loading, freeing, rows);
        machine.identityProperty().addListener((o, a, id) -> {
            if (id != null && waitingForMachine) {
                waitingForMachine = false;
                list(id);
            }
        });
    }

    /** Starts on the list (and loads it), or on the manual screen when asked to (support prefilled the fields). */
    public void start(boolean manualFirst) {
        if (service == null || manualFirst) {
            screen.set(Screen.MANUAL);
        } else if (!service.discoveryEnabled()) {
            fallback(ListingFailure.DISCOVERY_OFF, null);
        } else {
            load();
        }
    }

    /** Shows the list screen and asks the server again. */
    public void load() {
        if (service == null || loading.get() || freeing.get()) {
            return;
        }
        screen.set(Screen.LIST);
        reason.set("");
        rows.clear();
        loading.set(true);
        progress.set(-1);
        status.set(b.getString("licenses.loading"));
        MachineIdentity id = machine.identityProperty().get();
        if (id == null) {
            waitingForMachine = true; // the hardware ID is still being computed; listing starts when it is known
        } else {
            list(id);
        }
    }

    private void list(MachineIdentity id) {
        if (!id.ok()) {
            fallback(ListingFailure.NO_HARDWARE_ID, null);
            return;
        }
        int gen = ++generation;
        current = runner.run(c -> service.list(id.id(), c), l -> {
            if (gen == generation) {
                listed(l);
            }
        }, e -> {
            if (gen == generation) {
                fallback(ListingFailure.OTHER, Outcome.of(OutcomeKind.UNEXPECTED, "unexpected", String.valueOf(e.getMessage())));
            }
        });
    }

    private void listed(DeviceListing l) {
        if (!l.ok()) {
            fallback(l.failure(), l.outcome());
            return;
        }
        rows.setAll(l.licenses().stream().map(texts::row).toList());
        status.set(MessageFormat.format(b.getString("licenses.found"), rows.size()));
        loading.set(false); // last: the view then moves the focus to the first row's button
    }

    /** The manual screen, with the reason in one line (and the code behind it for support). */
    private void fallback(ListingFailure why, Outcome o) {
        loading.set(false);
        waitingForMachine = false;
        generation++;
        listAvailable.set(why != ListingFailure.DISCOVERY_OFF);
        String line = texts.reason(why);
        reason.set(o == null || o.code() == null || why == ListingFailure.CANCELLED || why == ListingFailure.DISCOVERY_OFF ? line
                : MessageFormat.format(b.getString("licenses.reason.withCode"), line, o.code()));
        screen.set(Screen.MANUAL);
    }

    /** "Not listed? Enter it yourself": the manual screen, without a reason (the user chose it). */
    public void showManual() {
        if (!loading.get() && !freeing.get()) {
            reason.set("");
            screen.set(Screen.MANUAL);
        }
    }

    /** Back from the manual screen: the list as it was, or a fresh listing when there is none or it is {@code stale}. */
    public void showList(boolean stale) {
        if (listAvailable.get() && (stale || rows.isEmpty())) {
            load();
        } else if (listAvailable.get()) {
            screen.set(Screen.LIST);
        }
    }

    /** One row's button: confirm with the listing's facts, then free that seat and show the outcome. */
    public void free(LicenseRow row) {
        if (loading.get() || freeing.get() || row.doneProperty().get()) {
            return;
        }
        if (!presenter.confirm(texts.confirmFacts(row, machine.hardwareId()))) {
            return;
        }
        freeing.set(true);
        progress.set(-1);
        status.set(texts.working(row));
        freed.set(null);
        runFree(row, o -> {
            freeing.set(false);
            if (o.success()) {
                freed.set(new FreedSeat(row.license(), o));
            }
            status.set(MessageFormat.format(b.getString("licenses.found"), rows.size()));
            if (!closed) {
                presenter.showOutcome(o, new StatusPresenter.OutcomeContext(row.license().productName(),
                        machine.hardwareId(), machine.algorithm(), appVersion));
            }
        });
    }

    /** "Free all": one confirm for everything, then each seat in turn; ends in one summary of every outcome. */
    public void freeAll() {
        if (!canFreeAll.get()) {
            return;
        }
        List<LicenseRow> todo = rows.stream().filter(r -> !r.doneProperty().get()).toList();
        if (!presenter.confirmFreeAll(todo.stream().map(texts::line).toList())) {
            return;
        }
        freeing.set(true);
        // An earlier single seat's receipt would read as the record of this run; the summary is that record.
        freed.set(null);
        run = new FreeAllRun(todo, texts, this::runFree, (i, row) -> {
            progress.set((double) i / todo.size());
            status.set(MessageFormat.format(b.getString("licenses.progress"), i + 1, todo.size(), row.title()));
        }, this::finishAll);
        run.start();
    }

    private void finishAll(List<SummaryLine> results) {
        run = null;
        freeing.set(false);
        progress.set(1);
        long freed = results.stream().filter(r -> r.outcome().success()).count();
        String title = MessageFormat.format(b.getString("licenses.summary.title"), freed, results.size());
        status.set(title);
        if (!closed) {
            presenter.showSummary(title, results);
        }
    }

    private void runFree(LicenseRow row, Consumer<Outcome> then) {
        row.workingProperty().set(true);
        row.stateProperty().set(texts.working(row));
        Consumer<Outcome> done = o -> {
            row.workingProperty().set(false);
            texts.apply(row, o);
            then.accept(o);
        };
        current = runner.run(c -> service.free(row.license(), c), done, e -> done.accept(
                Outcome.of(OutcomeKind.UNEXPECTED, "unexpected", e.getClass().getSimpleName() + ": " + e.getMessage())));
    }

    /** Cancel: a listing ends at once (manual screen); a release or deactivation in flight is aborted. */
    public void cancel() {
        if (run != null) {
            run.stop();
        }
        if (current != null) {
            current.cancel();
        }
        if (loading.get()) {
            fallback(ListingFailure.CANCELLED, null);
        }
    }

    public void close() {
        closed = true;
        cancel();
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty freeingProperty() {
        return freeing;
    }

    /** True when the list screen can be reached (a service exists and discovery is on). */
    public BooleanProperty listAvailableProperty() {
        return listAvailable;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** -1 while listing (indeterminate), else the share of "Free all" done. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObservableList<LicenseRow> rows() {
        return rows;
    }

    public BooleanBinding canFreeAllProperty() {
        return canFreeAll;
    }

    /** The seat last freed by its own button, and the server's answer (the window's receipt). */
    public ObjectProperty<FreedSeat> freedProperty() {
        return freed;
    }
}
