package org.newsgraph.gazetteer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The serialised form of a {@link Gazetteer} (its {@code writeReplace}): one byte array holding a
 * table of the distinct strings and, for every country, leader, role, topic and alias, indexes into
 * that table. Java serialisation of the object graph itself (~60,000 records, lists and strings)
 * wrote 1.4 MB per broadcast, on every run, and every executor that reads it rebuilds the graph
 * object by object; this form is 0.8 MB written in one pass, and reads back into an equal gazetteer
 * (the aliases as built, not rebuilt).
 */
final class CompactGazetteer implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int NULL = -1;
  private static final long NO_DATE = Long.MIN_VALUE;

  private final byte[] bytes;

  CompactGazetteer(Gazetteer g) {
    this.bytes = write(g);
  }

  int size() {
    return bytes.length;
  }

  private Object readResolve() throws InvalidObjectException {
    try {
      return read(bytes);
    } catch (IOException | RuntimeException e) {
      InvalidObjectException bad = new InvalidObjectException("a serialised gazetteer cannot be read: " + e);
      bad.initCause(e);
      throw bad;
    }
  }

  private static byte[] write(Gazetteer g) {
    Strings strings = new Strings();
    ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
    try (DataOutputStream out = new DataOutputStream(body)) {
      strings.write(out, g.version());
      out.writeInt(g.countries().size());
      for (Map.Entry<String, Country> e : g.countries().entrySet()) {
        Country c = e.getValue();
        strings.write(out, e.getKey());
        strings.write(out, c.id());
        strings.write(out, c.wikidataId());
        strings.write(out, c.name());
        strings.write(out, c.officialName());
        strings.write(out, c.kind());
        writeDate(out, c.validFrom());
        writeDate(out, c.validTo());
        strings.writeList(out, c.successorIds());
      }
      out.writeInt(g.leaders().size());
      for (Map.Entry<String, Leader> e : g.leaders().entrySet()) {
        Leader l = e.getValue();
        strings.write(out, e.getKey());
        strings.write(out, l.id());
        strings.write(out, l.name());
        strings.write(out, l.surname());
        strings.writeList(out, l.aliases());
        out.writeBoolean(l.surnameUnambiguous());
      }
      List<LeaderRole> roles = new ArrayList<>();
      g.rolesByLeader().values().forEach(roles::addAll); // grouped by leader, in the gazetteer's order
      out.writeInt(roles.size());
      for (LeaderRole r : roles) {
        strings.write(out, r.leaderId());
        strings.write(out, r.countryId());
        strings.write(out, r.office());
        strings.write(out, r.role());
        writeDate(out, r.from());
        writeDate(out, r.to());
      }
      out.writeInt(g.topics().size());
      for (Map.Entry<String, Topic> e : g.topics().entrySet()) {
        Topic t = e.getValue();
        strings.write(out, e.getKey());
        strings.write(out, t.id());
        strings.write(out, t.name());
        strings.writeList(out, t.phrases());
        out.writeInt(t.cues().size());
        for (TopicCue c : t.cues()) {
          strings.write(out, c.kind());
          strings.write(out, c.cue());
          out.writeDouble(c.weight());
        }
      }
      out.writeInt(g.aliases().size());
      for (Alias a : g.aliases()) {
        strings.write(out, a.entityId());
        strings.write(out, a.text());
        strings.write(out, a.method());
        out.writeByte((a.caseSensitive() ? 1 : 0) | (a.ambiguous() ? 2 : 0) | (a.prefix() ? 4 : 0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + strings.chars + 4 * strings.list.size() + 16);
    try (DataOutputStream out = new DataOutputStream(all)) {
      out.writeInt(strings.list.size());
      for (String s : strings.list) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
      }
      body.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all.toByteArray();
  }

  private static Gazetteer read(byte[] bytes) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      String[] table = new String[in.readInt()];
      for (int i = 0; i < table.length; i++) {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        table[i] = new String(utf8, StandardCharsets.UTF_8);
      }
      Reader r = new Reader(in, table);
      String version = r.string();
      Map<String, Country> countries = new LinkedHashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        String key = r.string();
        countries.put(key, new Country(r.string(), r.string(), r.string(), r.string(), r.string(), readDate(in),
            readDate(in), r.list()));
      }
      Map<String, Leader> leaders = new LinkedHashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        String key = r.string();
        leaders.put(key, new Leader(r.string(), r.string(), r.string(), r.list(), in.readBoolean()));
      }
      List<LeaderRole> roles = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        roles.add(new LeaderRole(r.string(), r.string(), r.string(), r.string(), readDate(in), readDate(in)));
      }
      Map<String, Topic> topics = new LinkedHashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        String key = r.string();
        String id = r.string();
        String name = r.string();
        List<String> phrases = r.list();
        List<TopicCue> cues = new ArrayList<>();
        for (int j = in.readInt(); j > 0; j--) {
          cues.add(TopicCue.parse(r.string(), r.string(), in.readDouble()));
        }
        topics.put(key, new Topic(id, name, phrases, cues));
      }
      List<Alias> aliases = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        String entityId = r.string();
        String text = r.string();
        String method = r.string();
        int flags = in.readByte();
        aliases.add(new Alias(entityId, text, method, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0));
      }
      if (in.read() != -1) {
        throw new IOException("bytes left after the aliases");
      }
      return Gazetteer.restored(countries, leaders, roles, topics, aliases, version);
    }
  }

  private static void writeDate(DataOutputStream out, LocalDate d) throws IOException {
    out.writeLong(d == null ? NO_DATE : d.toEpochDay());
  }

  private static LocalDate readDate(DataInputStream in) throws IOException {
    long day = in.readLong();
    return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
  }

  /** The string table being built: each distinct string once, referred to by its index. */
  private static final class Strings {
    private final List<String> list = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private int chars;

    void write(DataOutputStream out, String s) throws IOException {
      if (s == null) {
        out.writeInt(NULL);
        return;
      }
      Integer i = index.get(s);
      if (i == null) {
        i = list.size();
        index.put(s, i);
        list.add(s);
        chars += s.length();
      }
      out.writeInt(i);
    }

    void writeList(DataOutputStream out, List<String> l) throws IOException {
      if (l == null) {
        out.writeInt(NULL);
        return;
      }
      out.writeInt(l.size());
      for (String s : l) {
        write(out, s);
      }
    }
  }

  /** Reads strings and string lists back through the table. */
  private record Reader(DataInputStream in, String[] table) {
    String string() throws IOException {
      int i = in.readInt();
      return i == NULL ? null : table[i];
    }

    List<String> list() throws IOException {
      int n = in.readInt();
      if (n == NULL) {
        return null;
      }
      List<String> l = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        l.add(string());
      }
      return Collections.unmodifiableList(l);
    }
  }
}
