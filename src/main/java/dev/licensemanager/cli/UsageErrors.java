package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import dev.licensemanager.service.doctor.DoctorText;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Command-line mistakes in plain words, exit 2, nothing sent: an unknown command ("did you mean …", the commands
 * that exist, read from picocli so new ones appear by themselves), an unknown option, two identities at once,
 * a missing one. picocli's own texts ("expected only one match but got ([--customer-account-code=CODE]…") name
 * its internal groups, and its usage dump buries the one line that matters. With {@code --json} the same
 * message goes to stdout as one JSON object and stdout holds nothing else.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private final CliContext ctx;
    private final DoctorText words;

    UsageErrors(CliContext ctx) {
        this.ctx = ctx;
        this.words = new DoctorText(ctx.services().locale());
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String problem = plain(ex, cmd, args);
        String name = cmd.getCommandSpec().qualifiedName();
        if (Arrays.asList(args).contains("--json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome", "invalid_input");
            m.put("code", "usage");
            m.put("message", problem);
            m.put("next_step", fmt("cli.seeHelp", name));
            m.put("exit_code", ExitCodes.USAGE);
            JsonOut.print(ctx.out(), m);
        } else {
            ctx.err().println(problem);
            ctx.err().println(fmt("cli.seeHelp", name));
        }
        return ExitCodes.USAGE;
    }

    /** The sentence naming the commands, for the window that cannot open (no display). */
    String commandsSentence(CommandLine root) {
        return fmt("cli.commands", String.join(", ", commandNames(root)));
    }

    static List<String> commandNames(CommandLine root) {
        List<String> names = new ArrayList<>();
        root.getSubcommands().forEach((n, c) -> {
            if (!c.getCommandSpec().usageMessage().hidden() && n.equals(c.getCommandName())) {
                names.add(n);
            }
        });
        return names;
    }

    private String plain(ParameterException ex, CommandLine cmd, String[] args) {
        CommandSpec spec = cmd.getCommandSpec();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (cmd.getParent() == null && !first.startsWith("-")) {
                List<String> names = commandNames(cmd);
                return fmt("cli.unknownCommand", shorten(first)) + suggestion(first, names)
                        + " " + commandsSentence(cmd);
            }
            if (first.startsWith("-")) {
                String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                List<String> options = spec.options().stream().filter(o -> !o.hidden()).map(OptionSpec::longestName).toList();
                return fmt("cli.unknownOption", shorten(option), spec.qualifiedName()) + suggestion(option, options);
            }
            return fmt("cli.unexpected", shorten(first), spec.qualifiedName());
        }
        if (ex instanceof CommandLine.MaxValuesExceededException || ex instanceof CommandLine.MutuallyExclusiveArgsException
                || String.valueOf(ex.getMessage()).contains("expected only one match")) {
            String conflict = conflict(spec, args);
            if (conflict != null) {
                return conflict;
            }
        }
        if (ex instanceof CommandLine.MissingParameterException && String.valueOf(ex.getMessage()).contains("Missing required argument")) {
            for (ArgGroupSpec g : groups(spec.argGroups())) {
                if (g.exclusive() && g.multiplicity().min() > 0) {
                    return fmt("cli.required", String.join(", ", names(g.options())));
                }
            }
        }
        if (ex instanceof CommandLine.MissingParameterException m && m.getMessage().startsWith("Missing required option")) {
            return fmt("cli.missing", String.join(", ", m.getMissing().stream()
                    .map(a -> a instanceof OptionSpec o ? o.longestName() + " " + o.paramLabel() : a.paramLabel()).toList()));
        }
        String msg = String.valueOf(ex.getMessage());
        return msg.replaceAll("is not an? (long|int|integer)\\b", "is not a whole number");
    }

    /** Two choices from one exclusive group (--license-key and --username), or one option given twice. */
    private String conflict(CommandSpec spec, String[] args) {
        List<String> given = Arrays.stream(args).filter(a -> a.startsWith("--"))
                .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a).toList();
        for (ArgGroupSpec g : groups(spec.argGroups())) {
            if (g.exclusive()) {
                List<String> names = names(g.options());
                Set<String> found = new LinkedHashSet<>();
                given.stream().filter(names::contains).forEach(found::add);
                if (found.size() > 1) {
                    return fmt("cli.oneOf", String.join(", ", names), String.join(" + ", found));
                }
            }
        }
        for (String option : new LinkedHashSet<>(given)) {
            if (given.stream().filter(option::equals).count() > 1) {
                return fmt("cli.once", option);
            }
        }
        return null;
    }

    private static List<ArgGroupSpec> groups(Collection<ArgGroupSpec> top) {
        List<ArgGroupSpec> all = new ArrayList<>();
        for (ArgGroupSpec g : top) {
            all.add(g);
            all.addAll(groups(g.subgroups()));
        }
        return all;
    }

    private static List<String> names(Collection<OptionSpec> options) {
        return options.stream().filter(o -> !o.hidden()).map(OptionSpec::longestName).toList();
    }

    /** " Did you mean 'x'?" for the closest candidate within a few typing mistakes; empty when none is close. */
    private String suggestion(String typed, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = typed.length() > 100 ? Integer.MAX_VALUE : distance(typed.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        boolean close = best != null && (bestDistance <= Math.max(2, best.length() / 3)
                || (typed.length() >= 3 && best.startsWith(typed)));
        return close ? " " + fmt("cli.didYouMean", best) : "";
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours ("deactviate"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** An argument as echoed back: at most 40 characters, control characters shown as '?'. */
    static String shorten(String arg) {
        String s = arg.length() > 40 ? arg.substring(0, 40) + "…" : arg;
        return s.replaceAll("\\p{Cntrl}", "?");
    }

    private String fmt(String key, Object... args) {
        return new MessageFormat(words.get(key), Locale.ROOT).format(args);
    }
}
