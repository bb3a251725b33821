package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.Setting;
import org.newsgraph.config.Settings;

/** The parsed command line: a command, the Spark master if given, and the resolved config. */
public record CommandLine(String command, String master, boolean help, NewsgraphConfig config) {
  public static final List<String> COMMANDS = List.of("run", "ingest", "annotate", "cooccur", "docs",
      "evaluate");

  /** Parses {@code args}; a bad option or setting throws {@link ConfigException} naming it. */
  public static CommandLine parse(String[] args) {
    String command = null;
    String master = null;
    boolean help = false;
    List<Path> configFiles = new ArrayList<>();
    Map<String, String> cli = new LinkedHashMap<>();
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help", "help" -> help = true;
        case "--input" -> {
          int start = i;
          while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            inputs.add(args[++i]);
          }
          if (i == start) {
            throw new ConfigException("option --input needs at least one PATH");
          }
        }
        case "--output" -> cli.put(Settings.OUTPUT_DIR.key(), value(args, ++i, a));
        case "--master" -> master = value(args, ++i, a);
        case "--append" -> cli.put(Settings.APPEND.key(), "true");
        case "--gold" -> cli.put(Settings.EVALUATE_GOLD.key(), value(args, ++i, a));
        case "--data" -> cli.put(Settings.EVALUATE_DATA_DIR.key(), value(args, ++i, a));
        case "--report" -> cli.put(Settings.EVALUATE_REPORT.key(), value(args, ++i, a));
        case "--config" -> configFiles.add(Path.of(value(args, ++i, a)));
        case "--set" -> {
          String kv = value(args, ++i, a);
          int eq = kv.indexOf('=');
          if (eq <= 0) {
            throw new ConfigException("option --set needs key=value, got '" + kv + "'");
          }
          cli.put(kv.substring(0, eq).trim(), kv.substring(eq + 1));
        }
        default -> {
          if (a.startsWith("-")) {
            throw new ConfigException("unknown option '" + a + "'; see --help");
          }
          if (command != null) {
            throw new ConfigException("unexpected argument '" + a + "' after command '" + command + "'");
          }
          if (!COMMANDS.contains(a)) {
            throw new ConfigException("unknown command '" + a + "'; commands: " + COMMANDS);
          }
          command = a;
        }
      }
    }
    if (!inputs.isEmpty()) {
      cli.put(Settings.INPUT_PATHS.key(), String.join(",", inputs));
    }
    Map<String, String> merged = new LinkedHashMap<>();
    for (Path f : configFiles) {
      merged.putAll(NewsgraphConfig.readProperties(f));
    }
    merged.putAll(cli);
    if (command == null) {
      help = true;
      command = "run";
    }
    return new CommandLine(command, master, help, NewsgraphConfig.fromMap(merged));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new ConfigException("option " + option + " needs a value");
    }
    return args[i];
  }

  public static String usage() {
    StringBuilder b = new StringBuilder();
    b.append("""
        usage: newsgraph COMMAND [options]

        Commands:
          run        ingest, annotate and cooccur, one after the other
          ingest     article dumps -> articles, rejects
          annotate   articles -> mentions, entities
          cooccur    articles + mentions -> entity_counts, cooccurrence
          docs       write docs/tables.md and docs/options.md from the code
          evaluate   score the mention rules against a gold standard (docs/evaluation.md)

        Options:
          --input PATH...    one or more dumps (files, directories, globs); sets input.paths
          --output DIR       output root; sets output.dir
          --append           run: add the input to the output's tables (nightly increments); sets output.append
          --master URL       Spark master (local[*], spark://host:7077, yarn, k8s://...)
          --gold NAME        evaluate: reuters21578, conll2003, geowebnews, geovirus, newsfair; sets evaluate.gold
          --data DIR         evaluate: its original files; sets evaluate.data_dir
          --report FILE      evaluate: write the markdown report there; sets evaluate.report
          --config FILE      a properties file of settings (jobs/newsgraph.properties is the default one)
          --set KEY=VALUE    any setting below; repeatable; wins over --config
          -h, --help         this text

        Exit codes: 0 finished, 1 failure during a run (one line 'newsgraph: <stage>: <cause>',
        the trace in the log file), 2 bad option or setting or a refused output root, 3 evaluate
        below a guard, 4 output root locked by another run (docs/running.md).

        Settings (precedence: --set/--input/--output > --config > default):
        """);
    for (Setting<?> s : Settings.ALL) {
      b.append(String.format("  %-32s default: %s%n      %s (allowed: %s)%n", s.key(),
          s.defaultValue().isEmpty() ? "(none)" : s.defaultValue(), s.description(), s.allowed()));
    }
    return b.toString();
  }
}
