package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.Setting;
import org.newsgraph.config.Settings;
import org.newsgraph.export.ExportRequest;
import org.newsgraph.export.NetworkWriter;
import org.newsgraph.tables.RunReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line, declared with picocli: one subcommand per job, help per command
 * ({@code newsgraph run --help} lists that command's options and the settings it reads),
 * {@code --version}, {@code --opt=value}, and a suggestion for a mistyped option or setting.
 * {@link #parse} turns arguments into an {@link Invocation}; nothing here starts Spark.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class,
    description = "Who, where and what news articles mention together, and how that changes over time.",
    subcommands = {Commands.Run.class, Commands.Ingest.class, Commands.Annotate.class, Commands.Cooccur.class,
        Commands.Evaluate.class, Commands.Export.class, Commands.Docs.class, Commands.Submit.class},
    synopsisSubcommandLabel = "COMMAND", commandListHeading = "%nCommands:%n")
public final class Commands {
  /** The exit codes (README, docs/running.md); 2 is also picocli's code for a usage error. */
  static final String EXIT_CODES = """
      Exit codes:
        0  finished
        1  a failure during the run: one line 'newsgraph: <stage>: <cause>', the trace in the log file
        2  a bad option or setting, a refused output root, or (export) no tables or rows of the period
        3  evaluate: a figure below its guard
        4  the output root is locked by another run (docs/running.md)
      """;
  /** Help lines are this wide; the settings' descriptions are wrapped to it here, indented. */
  static final int WIDTH = 100;

  @Option(names = "--master", scope = ScopeType.INHERIT, paramLabel = "URL",
      description = "Spark master: local[*] (the default), local[N], spark://host:7077, yarn, k8s://...")
  String master;

  @Option(names = "--conf", scope = ScopeType.INHERIT, paramLabel = "KEY=VALUE",
      description = "a Spark setting (spark.*), repeatable; with a cluster master it goes to spark-submit")
  Map<String, String> sparkConf = new LinkedHashMap<>();

  /** Set by jobs/newsgraph: the directory the user started it in, for relative paths. */
  @Option(names = "--working-dir", hidden = true)
  Path workingDir;

  /** Set by jobs/newsgraph for local runs: read when no --config is given. */
  @Option(names = "--default-config", hidden = true)
  Path defaultConfig;

  /** Prints the build's version (the one the manifest records). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"newsgraph " + RunReport.version()};
    }
  }

  /** --config and --set: every command that reads settings has them. */
  static final class SettingOptions {
    @Option(names = "--config", paramLabel = "FILE",
        description = "a properties file of settings, repeatable (later files win; jobs/newsgraph passes "
            + "jobs/newsgraph.properties when none is given)")
    List<Path> configFiles = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE",
        description = "any setting listed below, repeatable; wins over --config")
    Map<String, String> set = new LinkedHashMap<>();
  }

  /** The options of the commands that read dumps or tables and write an output root. */
  static final class JobOptions {
    @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
        description = "one or more dumps (files, folders, globs, URLs); sets input.paths")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", description = "the output root; sets output.dir")
    String output;

    @Option(names = "--append", description = "add the input to the output's tables (nightly increments); "
        + "sets output.append")
    boolean append;
  }

  /** A subcommand: its options as settings (paths resolved against {@code workingDir}). */
  abstract static class Job {
    @Mixin
    SettingOptions settings;

    /** The command's own options as setting values; they win over --set. */
    abstract Map<String, String> options(Path workingDir);

    /** The settings of this command's help: those it reads. */
    abstract Predicate<String> reads();
  }

  abstract static class StageJob extends Job {
    @Mixin
    JobOptions job;

    @Override
    Map<String, String> options(Path workingDir) {
      Map<String, String> m = new LinkedHashMap<>();
      if (!job.inputs.isEmpty()) {
        m.put(Settings.INPUT_PATHS.key(), String.join(",", job.inputs.stream()
            .map(p -> resolve(workingDir, p)).toList()));
      }
      if (job.output != null) {
        m.put(Settings.OUTPUT_DIR.key(), resolve(workingDir, job.output));
      }
      if (job.append) {
        m.put(Settings.APPEND.key(), "true");
      }
      return m;
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = "ingest, annotate and cooccur, one after the other")
  static final class Run extends StageJob {
    @Override
    Predicate<String> reads() {
      return k -> !k.startsWith("evaluate.");
    }
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = "article dumps -> articles, rejects")
  static final class Ingest extends StageJob {
    @Override
    Predicate<String> reads() {
      return prefixes("input.", "output.", "ingest.", "dedupe.", "nlp.dates.");
    }
  }

  @Command(name = "annotate", mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = "articles -> mentions, article_entities (and article_topics with nlp.topics.enabled)")
  static final class Annotate extends StageJob {
    @Override
    Predicate<String> reads() {
      return prefixes("output.", "gazetteer.", "annotate.", "nlp.topics.");
    }
  }

  @Command(name = "cooccur", mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = "articles + mentions -> entity_counts, cooccurrence, periods, trends")
  static final class Cooccur extends StageJob {
    @Override
    Predicate<String> reads() {
      return prefixes("output.", "cooccur.", "trends.", "nlp.keywords.");
    }
  }

  @Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = "score resolution or topics against a gold standard (docs/evaluation.md)")
  static final class Evaluate extends Job {
    @Option(names = "--gold", paramLabel = "NAME", description = "reuters21578, conll2003, geowebnews, geovirus, "
        + "newsfair, reuters21578-topics, huffpost; sets evaluate.gold")
    String gold;

    @Option(names = "--data", paramLabel = "DIR", description = "the gold set's original files; sets evaluate.data_dir")
    String data;

    @Option(names = "--report", paramLabel = "FILE", description = "write the markdown report there; sets evaluate.report")
    String report;

    @Override
    Map<String, String> options(Path workingDir) {
      Map<String, String> m = new LinkedHashMap<>();
      if (gold != null) {
        m.put(Settings.EVALUATE_GOLD.key(), gold);
      }
      if (data != null) {
        m.put(Settings.EVALUATE_DATA_DIR.key(), resolve(workingDir, data));
      }
      if (report != null) {
        m.put(Settings.EVALUATE_REPORT.key(), resolve(workingDir, report));
      }
      return m;
    }

    @Override
    Predicate<String> reads() {
      return prefixes("evaluate.", "gazetteer.");
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = {"one period's co-occurrence network -> GEXF (Gephi), GraphML (networkx) or CSV: the pairs of "
          + "cooccurrence of the period and unit, as nodes the entities they connect (type, name, n_a of "
          + "entity_counts, a leader's country in the period). Reads the snapshot of a finished run (no lock), "
          + "writes only --to.",
          "  jobs/newsgraph export --tables out --period 2023-09 --to net.gexf",
          "  jobs/newsgraph export --period 2023-W37 --window sentence --significant-only --format csv --to net"})
  static final class Export extends Job {
    @Option(names = "--tables", paramLabel = "DIR",
        description = "the output root of the run to read (its _manifest.json names the table versions); sets "
            + "output.dir, so the default is the run's (out with jobs/newsgraph)")
    String tables;

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
        description = "as the tables label it: 2023-09-12 (day), 2023-W37 (ISO week), 2023-09 (month), 2023 (year), all")
    String period;

    @Option(names = "--granularity", paramLabel = "G",
        description = "day, week, month, year or all; default: the one --period's form names (a check when given)")
    String granularity;

    @Option(names = "--window", paramLabel = "UNIT",
        description = "article (the default) or sentence: the co-occurrence window counted (cooccurrence.unit, "
            + "cooccur.windows)")
    String unit;

    @Option(names = "--significant-only",
        description = "only pairs flagged significant (cooccurrence.significant), and the entities they connect")
    boolean significantOnly;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
        description = "gexf (Gephi), graphml (networkx, yEd) or csv (two files: NAME-nodes.csv and NAME-edges.csv, "
            + "NAME being --to without .csv); default: --to's extension")
    NetworkWriter.Format format;

    @Option(names = "--to", required = true, paramLabel = "FILE",
        description = "the file to write (replaced if it exists; a local path)")
    String to;

    @Override
    Map<String, String> options(Path workingDir) {
      Map<String, String> m = new LinkedHashMap<>();
      if (tables != null) {
        m.put(Settings.OUTPUT_DIR.key(), resolve(workingDir, tables));
      }
      return m;
    }

    @Override
    Predicate<String> reads() {
      return k -> k.equals(Settings.OUTPUT_DIR.key());
    }

    ExportRequest request(Path workingDir, NewsgraphConfig config) {
      return ExportRequest.of(config.outputDir(), format, granularity, period, unit, significantOnly,
          Path.of(resolve(workingDir, to)));
    }
  }

  /** --format: gexf, graphml or csv (any case). */
  static final class FormatConverter implements CommandLine.ITypeConverter<NetworkWriter.Format> {
    @Override
    public NetworkWriter.Format convert(String value) {
      NetworkWriter.Format f = NetworkWriter.Format.of(value);
      if (f == null) {
        throw new CommandLine.TypeConversionException("expected gexf, graphml or csv, got '" + value + "'");
      }
      return f;
    }
  }

  @Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = "write docs/tables.md and docs/options.md from the code")
  static final class Docs {
  }

  @Command(name = "submit", mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = {"run COMMAND on a cluster: jobs/newsgraph hands the cluster jar to spark-submit",
          "(SPARK_HOME or PATH) with --master, --deploy-mode and every --conf; the same happens for any "
              + "non-local --master.",
          "  jobs/newsgraph submit --master URL [--deploy-mode client|cluster] [--conf KEY=VALUE]... "
              + "COMMAND [options]"})
  static final class Submit {
    @Option(names = "--deploy-mode", paramLabel = "MODE", description = "client (the default) or cluster")
    String deployMode;

    @CommandLine.Unmatched
    List<String> command = new ArrayList<>();
  }

  private Commands() {
  }

  /** The picocli model with each command's help footer: the settings it reads, the exit codes. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Commands()).setUsageHelpWidth(WIDTH);
    cl.getCommandSpec().usageMessage().footer("%nThe options and settings of a command: newsgraph COMMAND --help; all settings: "
        + "docs/options.md%n%n" + format(EXIT_CODES));
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getCommand() instanceof Job j) {
        sub.getCommandSpec().usageMessage().footer(settingsHelp(j.reads()) + "%n" + format(EXIT_CODES));
      }
    }
    return cl;
  }

  /**
   * Parses {@code args}. Returns null after printing help or the version to {@code out}; a bad
   * option, argument or setting throws {@link ConfigException} with a message naming it (and a
   * suggestion where one is near).
   */
  public static Invocation parse(String[] args, PrintWriter out) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    ParseResult top;
    try {
      top = cl.parseArgs(args);
    } catch (ParameterException e) {
      throw new ConfigException(explain(cl, e));
    }
    if (CommandLine.printHelpIfRequested(top)) {
      out.flush();
      return null;
    }
    ParseResult sub = top.subcommand();
    if (sub == null) {
      throw new ConfigException("a command is needed: newsgraph " + String.join("|", cl.getSubcommands().keySet())
          + " [options]; newsgraph --help lists them");
    }
    Commands c = cl.getCommand();
    for (String key : c.sparkConf.keySet()) {
      if (!key.startsWith("spark.")) {
        throw new ConfigException("option --conf takes Spark settings (spark.*), got '" + key
            + "'; newsgraph settings go in --set");
      }
    }
    String name = sub.commandSpec().name();
    Object command = sub.commandSpec().userObject();
    if (command instanceof Submit) {
      throw new ConfigException("submit runs through the launcher: jobs/newsgraph submit --master URL COMMAND "
          + "[options] (docs/running.md); with spark-submit itself, give the COMMAND directly");
    }
    Map<String, String> merged = new LinkedHashMap<>();
    if (command instanceof Job j) {
      List<Path> files = j.settings.configFiles.stream().map(p -> Path.of(resolve(c.workingDir, p.toString())))
          .toList();
      if (files.isEmpty() && c.defaultConfig != null) {
        files = List.of(c.defaultConfig);
      }
      for (Path f : files) {
        merged.putAll(NewsgraphConfig.readProperties(f));
      }
      j.settings.set.forEach((k, v) -> merged.put(k.trim(), v));
      merged.putAll(j.options(c.workingDir));
    }
    NewsgraphConfig config = NewsgraphConfig.fromMap(merged);
    return new Invocation(name, c.master, Map.copyOf(c.sparkConf), config,
        command instanceof Export e ? e.request(c.workingDir, config) : null);
  }

  /** picocli's message, plus a hint when an option came before the command it belongs to. */
  private static String explain(CommandLine top, ParameterException e) {
    StringBuilder b = new StringBuilder(e.getMessage());
    if (e instanceof UnmatchedArgumentException u && e.getCommandLine() == top && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")) {
      String word = u.getUnmatched().get(0);
      List<String> near = top.getSubcommands().keySet().stream()
          .filter(c -> Settings.editDistance(word, c) <= 2).toList();
      return "unknown command '" + word + "'" + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near)
          + "?") + " (commands: " + String.join(", ", top.getSubcommands().keySet()) + ")";
    }
    if (e instanceof UnmatchedArgumentException u) {
      List<String> near = u.getSuggestions();
      if (!near.isEmpty()) {
        b.append("; did you mean ").append(String.join(" or ", near)).append('?');
      }
      if (e.getCommandLine() == top && !u.getUnmatched().isEmpty()) {
        String first = u.getUnmatched().get(0).split("=", 2)[0];
        List<String> owners = top.getSubcommands().entrySet().stream()
            .filter(s -> s.getValue().getCommandSpec().findOption(first) != null).map(Map.Entry::getKey).toList();
        if (first.startsWith("-") && !owners.isEmpty()) {
          b.append("; options follow the command they belong to, e.g. newsgraph ").append(owners.get(0))
              .append(' ').append(first).append(" ...");
        }
      }
    }
    String command = e.getCommandLine() == top ? "" : e.getCommandLine().getCommandName() + " ";
    return b.append(" (see newsgraph ").append(command).append("--help)").toString();
  }

  /** A path as the user meant it: relative ones against the directory they started the launcher in. */
  static String resolve(Path workingDir, String path) {
    if (workingDir == null || path.contains("://") || Path.of(path).isAbsolute()) {
      return path;
    }
    return workingDir.resolve(path).toString();
  }

  private static Predicate<String> prefixes(String... prefixes) {
    return k -> {
      for (String p : prefixes) {
        if (k.startsWith(p)) {
          return true;
        }
      }
      return false;
    };
  }

  /** Plain text as a picocli format string (its % doubled, its line ends %n). */
  private static String format(String text) {
    return text.replace("%", "%%").replace("\n", "%n");
  }

  /** {@code text} in lines of at most {@link #WIDTH} - 1 characters, each starting with {@code indent}. */
  static String wrap(String text, String indent) {
    StringBuilder b = new StringBuilder();
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.trim().split("\\s+")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() >= WIDTH) {
        b.append(line).append('\n');
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    return b.append(line).append('\n').toString();
  }

  /** The settings a command reads, each with its default, meaning and allowed values. */
  static String settingsHelp(Predicate<String> reads) {
    StringBuilder b = new StringBuilder("%nSettings it reads (precedence: options > --set > --config > default; "
        + "all of them: docs/options.md):%n");
    for (Setting<?> s : Settings.ALL) {
      if (reads.test(s.key())) {
        b.append(format(String.format("  %-32s default: %s%n", s.key(),
            s.defaultValue().isEmpty() ? "(none)" : s.defaultValue())));
        b.append(format(wrap(s.description() + " (allowed: " + s.allowed() + ")", "      ")));
      }
    }
    return b.toString();
  }
}
