package org.newsgraph.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which input field or column feeds each article field. A configured name ({@code input.field.*})
 * is the only candidate for its field; otherwise the first of the common names present wins.
 * Names are compared case-insensitively with '_', '-', '.' and spaces ignored, so {@code pubDate},
 * {@code pub_date} and {@code PUB-DATE} are the same name.
 */
public final class FieldMapping implements Serializable {
  public static final List<String> FIELDS = List.of("id", "title", "text", "url", "source", "published", "language");

  static final Map<String, List<String>> COMMON_NAMES = Map.of(
      "id", List.of("id", "article_id", "doc_id", "docid", "document_id", "guid", "uuid", "_id", "key"),
      "title", List.of("title", "headline", "heading", "subject"),
      "text", List.of("text", "body", "content", "article", "maintext", "full_text", "article_text",
          "article_body", "articlebody", "story", "fulltext"),
      "url", List.of("url", "link", "permalink", "uri", "href", "canonical_url", "article_url", "source_url"),
      "source", List.of("source", "publisher", "site", "site_name", "domain", "outlet", "source_name",
          "feed", "media", "newspaper"),
      "published", List.of("published", "published_at", "date", "publish_date", "published_date",
          "publication_date", "pubdate", "date_published", "date_publish", "datepublished", "timestamp",
          "time", "datetime", "created_at", "created"),
      "language", List.of("language", "lang", "language_code", "locale"));

  private final Map<String, List<String>> candidates = new LinkedHashMap<>();
  private final Map<String, String> configured;

  /** {@code configured}: field -> input name, for the fields whose name is set in the config. */
  public FieldMapping(Map<String, String> configured) {
    this.configured = Map.copyOf(configured);
    for (String field : FIELDS) {
      String name = configured.get(field);
      List<String> names = new ArrayList<>();
      if (name != null) {
        names.add(normalise(name));
      } else {
        COMMON_NAMES.get(field).forEach(n -> names.add(normalise(n)));
      }
      candidates.put(field, names);
    }
  }

  static String normalise(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-' && c != '.' && c != ' ') {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  public boolean isConfigured(String field) {
    return configured.containsKey(field);
  }

  public String configuredName(String field) {
    return configured.get(field);
  }

  /**
   * Field -> the name among {@code names} it is read from, for the fields that have one (in
   * {@link #FIELDS} order). A name feeds at most one field: the first field that claims it.
   */
  public Map<String, String> resolve(Collection<String> names) {
    Map<String, String> byNormal = new LinkedHashMap<>();
    for (String n : names) {
      byNormal.putIfAbsent(normalise(n), n);
    }
    Map<String, String> out = new LinkedHashMap<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    // configured fields claim their names first, then text before the others
    List<String> order = new ArrayList<>();
    FIELDS.stream().filter(configured::containsKey).forEach(order::add);
    if (!order.contains("text")) {
      order.add("text");
    }
    FIELDS.stream().filter(f -> !order.contains(f)).forEach(order::add);
    for (String field : order) {
      for (String c : candidates.get(field)) {
        String actual = byNormal.get(c);
        if (actual != null && taken.add(actual)) {
          out.put(field, actual);
          break;
        }
      }
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String f : FIELDS) {
      if (out.containsKey(f)) {
        ordered.put(f, out.get(f));
      }
    }
    return ordered;
  }

  /** A line for the log: {@code id <- article_id, text <- body, url <- (none), ...}. */
  public static String describe(Map<String, String> resolved) {
    List<String> parts = new ArrayList<>();
    for (String f : FIELDS) {
      parts.add(f + " <- " + resolved.getOrDefault(f, "(none)"));
    }
    return String.join(", ", parts);
  }

  @Override
  public String toString() {
    return "FieldMapping" + configured.toString().toLowerCase(Locale.ROOT);
  }
}
