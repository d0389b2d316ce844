package dev.licensemanager.ui.computer;

import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.ui.common.StatusPresenter.SummaryLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One "Free all": frees the rows one after another (each through {@code freer}, which answers on the FX thread),
 * and reports every outcome in order. Cancel stops it: the seat in flight ends as the server answered, and the
 * seats not tried yet are reported as cancelled, with nothing sent for them.
 */
final class FreeAllRun {
    /** Frees one row and hands its outcome to {@code then}. */
    interface Freer {
        void free(LicenseRow row, Consumer<Outcome> then);
    }

    private final List<LicenseRow> todo;
    private final RowTexts texts;
    private final Freer freer;
    private final BiConsumer<Integer, LicenseRow> onStart;
    private final Consumer<List<SummaryLine>> onEnd;
    private final List<SummaryLine> results = new ArrayList<>();
    private boolean stopped;

    FreeAllRun(List<LicenseRow> todo, RowTexts texts, Freer freer, BiConsumer<Integer, LicenseRow> onStart,
               Consumer<List<SummaryLine>> onEnd) {
        this.todo = List.copyOf(todo);
        this.texts = texts;
        this.freer = freer;
        this.onStart = onStart;
        this.onEnd = onEnd;
    }

    void start() {
        next(0);
    }

    /** Cancel: no further seat is sent, even if the one in flight was freed before the abort reached it. */
    void stop() {
        stopped = true;
    }

    private void next(int i) {
        if (i == todo.size()) {
            onEnd.accept(List.copyOf(results));
            return;
        }
        LicenseRow row = todo.get(i);
        onStart.accept(i, row);
        freer.free(row, o -> {
            results.add(new SummaryLine(texts.line(row), o));
            if (o.kind() == OutcomeKind.CANCELLED || stopped) {
                todo.subList(i + 1, todo.size()).forEach(r -> results.add(new SummaryLine(texts.line(r),
                        Outcome.of(OutcomeKind.CANCELLED, "cancelled", "not tried: cancelled before it was sent"))));
                onEnd.accept(List.copyOf(results));
            } else {
                next(i + 1);
            }
        });
    }
}
