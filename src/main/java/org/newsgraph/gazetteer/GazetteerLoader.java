package org.newsgraph.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the bundled gazetteer ({@code /gazetteer/*.tsv} on the classpath) and, optionally, a
 * directory of user files in the same format that replace rows by id and add new ones.
 * Columns are found by header name, so files may carry extra columns. Every problem is reported
 * with file and line.
 */
public final class GazetteerLoader {
  public static final List<String> FILES = List.of("countries.tsv", "country_aliases.tsv",
      "leaders.tsv", "leader_roles.tsv", "topics.tsv", "topic_cues.tsv");
  static final Set<String> ALIAS_METHODS = Set.of("name", "alias", "abbreviation", "demonym",
      "capital", "seat", "city");
  static final Set<String> ALIAS_FLAGS = Set.of("case", "ambiguous");

  private GazetteerLoader() {
  }

  /** The bundled gazetteer only. */
  public static Gazetteer loadBundled() {
    return load(null);
  }

  /** The bundled gazetteer, extended and overridden by the files in {@code extraDir} (may be null). */
  public static Gazetteer load(Path extraDir) {
    Map<String, List<Table>> tables = new HashMap<>();
    MessageDigest digest = sha256();
    for (String file : FILES) {
      String text = readResource("/gazetteer/" + file);
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      tables.computeIfAbsent(file, k -> new ArrayList<>()).add(Table.parse("gazetteer/" + file, text));
      for (Path extraFile : extraFiles(extraDir, file)) {
        String extra = readFile(extraFile);
        digest.update(extra.getBytes(StandardCharsets.UTF_8));
        tables.get(file).add(Table.parse(extraFile.toString(), extra));
      }
    }
    String version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    return build(tables, version);
  }

  /** Files of {@code dir} whose name ends with {@code name} (my_leaders.tsv is a leaders file), by name. */
  static List<Path> extraFiles(Path dir, String name) {
    if (dir == null) {
      return List.of();
    }
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(name))
          .sorted().toList();
    } catch (IOException e) {
      throw new GazetteerException("cannot list gazetteer.extra_dir " + dir + ": " + e.getMessage());
    }
  }

  private static Gazetteer build(Map<String, List<Table>> tables, String version) {
    Map<String, Country> countries = new LinkedHashMap<>();
    for (Table t : tables.get("countries.tsv")) {
      for (Row r : t.rows()) {
        String id = r.required("id");
        countries.put(id, new Country(id, r.get("wikidata_id"), r.required("name"),
            r.get("official_name"), r.get("kind"), r.date("valid_from"), r.date("valid_to"),
            r.list("successor_ids")));
      }
    }
    Map<String, Leader> leaders = new LinkedHashMap<>();
    for (Table t : tables.get("leaders.tsv")) {
      for (Row r : t.rows()) {
        String id = r.required("id");
        leaders.put(id, new Leader(id, r.required("name"), r.get("surname"), r.list("aliases"),
            r.bool("surname_unambiguous")));
      }
    }
    Map<String, Topic> topics = new LinkedHashMap<>();
    for (Table t : tables.get("topics.tsv")) {
      for (Row r : t.rows()) {
        String id = r.required("id");
        topics.put(id, new Topic(id, r.required("name"), r.list("phrases")));
      }
    }
    Map<String, Map<String, TopicCue>> cues = new LinkedHashMap<>(); // topic -> kind + cue -> cue: later files replace
    for (Table t : tables.get("topic_cues.tsv")) {
      for (Row r : t.rows()) {
        String topic = r.required("topic_id");
        Topic known = topics.get(topic);
        if (known == null) {
          throw r.error("topic '" + topic + "' is not in topics.tsv");
        }
        double weight;
        try {
          weight = Double.parseDouble(r.required("weight"));
        } catch (NumberFormatException e) {
          throw r.error("column 'weight' has '" + r.get("weight") + "', not a number");
        }
        TopicCue cue;
        try {
          cue = TopicCue.parse(r.required("kind"), r.required("cue"), weight);
        } catch (IllegalArgumentException e) {
          throw r.error(e.getMessage());
        }
        if (cue.kind().equals("phrase") && !known.phrases().contains(cue.cue())) {
          throw r.error("phrase '" + cue.cue() + "' is not one of topic " + topic + "'s phrases in topics.tsv");
        }
        r.required("rationale");
        cues.computeIfAbsent(topic, k -> new LinkedHashMap<>()).put(cue.kind() + "\t" + cue.cue(), cue);
      }
    }
    cues.forEach((id, c) -> {
      Topic t = topics.get(id);
      topics.put(id, new Topic(t.id(), t.name(), t.phrases(), List.copyOf(c.values())));
    });
    Map<String, Alias> countryAliases = new LinkedHashMap<>(); // (country, alias) -> alias: later files replace
    for (Table t : tables.get("country_aliases.tsv")) {
      for (Row r : t.rows()) {
        String countryId = r.required("country_id");
        if (!countries.containsKey(countryId)) {
          throw r.error("country_id '" + countryId + "' is not in countries.tsv");
        }
        String method = r.required("method");
        if (!ALIAS_METHODS.contains(method)) {
          throw r.error("method '" + method + "' is not one of " + ALIAS_METHODS);
        }
        List<String> flags = r.list("flags");
        for (String f : flags) {
          if (!ALIAS_FLAGS.contains(f)) {
            throw r.error("flag '" + f + "' is not one of " + ALIAS_FLAGS);
          }
        }
        countryAliases.put(countryId + "\t" + r.required("alias"), new Alias(EntityIds.country(countryId), r.required("alias"),
            method.equals("name") ? "alias" : method, flags.contains("case"),
            flags.contains("ambiguous"), false));
      }
    }
    List<LeaderRole> roles = new ArrayList<>();
    Set<String> seenRoles = new HashSet<>();
    List<Table> roleTables = tables.get("leader_roles.tsv");
    for (int ti = 0; ti < roleTables.size(); ti++) {
      Table t = roleTables.get(ti);
      if (ti > 0) {
        // a user file's roles for a person replace all earlier roles of that person
        Set<String> replaced = new HashSet<>();
        t.rows().forEach(r -> replaced.add(r.get("leader_id")));
        roles.removeIf(role -> replaced.contains(role.leaderId()));
        seenRoles.removeIf(k -> replaced.contains(k.substring(0, k.indexOf('|'))));
      }
      for (Row r : t.rows()) {
        String leaderId = r.required("leader_id");
        String countryId = r.required("country_id");
        if (!leaders.containsKey(leaderId)) {
          throw r.error("leader_id '" + leaderId + "' is not in leaders.tsv");
        }
        if (!countries.containsKey(countryId)) {
          throw r.error("country_id '" + countryId + "' is not in countries.tsv");
        }
        LocalDate from = r.date("from");
        if (from == null) {
          throw r.error("column 'from' is empty");
        }
        LocalDate to = r.date("to");
        if (to != null && to.isBefore(from)) {
          throw r.error("'to' " + to + " is before 'from' " + from);
        }
        String key = leaderId + "|" + countryId + "|" + r.get("office") + "|" + from;
        if (seenRoles.add(key)) {
          roles.add(new LeaderRole(leaderId, countryId, r.required("office"), r.get("role"), from, to));
        }
      }
    }
    return new Gazetteer(countries, leaders, roles, topics, new ArrayList<>(countryAliases.values()), version);
  }

  private static String readResource(String name) {
    try (InputStream in = GazetteerLoader.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new GazetteerException("bundled gazetteer file " + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GazetteerException("cannot read " + name + ": " + e.getMessage());
    }
  }

  private static String readFile(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GazetteerException("cannot read " + path + ": " + e.getMessage());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A parsed TSV file: header names, then rows. */
  record Table(String file, List<Row> rows) {
    static Table parse(String file, String text) {
      String[] lines = text.split("\r?\n", -1);
      Map<String, Integer> header = null;
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = new LinkedHashMap<>();
          for (int c = 0; c < cells.length; c++) {
            header.put(cells[c].trim(), c);
          }
          continue;
        }
        if (cells.length > header.size()) {
          throw new GazetteerException(file + ":" + (i + 1) + ": " + cells.length
              + " cells but the header has " + header.size());
        }
        rows.add(new Row(file, i + 1, header, cells));
      }
      return new Table(file, rows);
    }
  }

  /** One row, with accessors that report file and line on error. */
  record Row(String file, int line, Map<String, Integer> header, String[] cells) {
    String get(String column) {
      Integer i = header.get(column);
      if (i == null) {
        throw error("the header has no column '" + column + "'");
      }
      return i < cells.length ? cells[i].trim() : "";
    }

    String required(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        throw error("column '" + column + "' is empty");
      }
      return v;
    }

    List<String> list(String column) {
      String v = header.containsKey(column) ? get(column) : "";
      return v.isEmpty() ? List.of()
          : Arrays.stream(v.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    LocalDate date(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw error("column '" + column + "' has '" + v + "', not a yyyy-mm-dd date");
      }
    }

    boolean bool(String column) {
      String v = header.containsKey(column) ? get(column) : "";
      if (v.isEmpty() || v.equalsIgnoreCase("false")) {
        return false;
      }
      if (v.equalsIgnoreCase("true")) {
        return true;
      }
      throw error("column '" + column + "' has '" + v + "', not true or false");
    }

    GazetteerException error(String what) {
      return new GazetteerException(file + ":" + line + ": " + what);
    }
  }
}
