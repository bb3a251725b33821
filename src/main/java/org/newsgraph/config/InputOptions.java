package org.newsgraph.config;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the readers need to know, parsed from the resolved settings: the format, the configured
 * field names (field -> input name; absent = auto-detect) and the per-format switches.
 *
 * @param format         input.format
 * @param fieldNames     input.field.* that are set, keyed by the field (id, text, title, ...)
 * @param titleFirstLine input.text.title_first_line
 * @param textManifest   input.text.manifest
 * @param maxRecordBytes ingest.max_record_bytes
 */
public record InputOptions(String format, Map<String, String> fieldNames, boolean titleFirstLine,
                           String textManifest, int maxRecordBytes) implements Serializable {

  private static final Map<String, Setting<String>> FIELD_SETTINGS = fieldSettings();

  private static Map<String, Setting<String>> fieldSettings() {
    Map<String, Setting<String>> m = new LinkedHashMap<>();
    m.put("id", Settings.FIELD_ID);
    m.put("text", Settings.FIELD_TEXT);
    m.put("title", Settings.FIELD_TITLE);
    m.put("url", Settings.FIELD_URL);
    m.put("source", Settings.FIELD_SOURCE);
    m.put("published", Settings.FIELD_PUBLISHED);
    m.put("language", Settings.FIELD_LANGUAGE);
    return m;
  }

  /** The setting that names the input field for {@code field} (id, text, ...). */
  public static Setting<String> fieldSetting(String field) {
    return FIELD_SETTINGS.get(field);
  }

  /** Parses the input settings out of resolved text values (missing keys take their defaults). */
  public static InputOptions from(Map<String, String> resolved) {
    Map<String, String> names = new LinkedHashMap<>();
    FIELD_SETTINGS.forEach((field, setting) -> {
      String v = setting.parse(resolved.getOrDefault(setting.key(), setting.defaultValue()));
      if (!v.isEmpty()) {
        names.put(field, v);
      }
    });
    return new InputOptions(
        Settings.INPUT_FORMAT.parse(resolved.getOrDefault(Settings.INPUT_FORMAT.key(),
            Settings.INPUT_FORMAT.defaultValue())),
        java.util.Collections.unmodifiableMap(names),
        Settings.TEXT_TITLE_FIRST_LINE.parse(resolved.getOrDefault(Settings.TEXT_TITLE_FIRST_LINE.key(),
            Settings.TEXT_TITLE_FIRST_LINE.defaultValue())),
        Settings.TEXT_MANIFEST.parse(resolved.getOrDefault(Settings.TEXT_MANIFEST.key(),
            Settings.TEXT_MANIFEST.defaultValue())),
        Settings.MAX_RECORD_BYTES.parse(resolved.getOrDefault(Settings.MAX_RECORD_BYTES.key(),
            Settings.MAX_RECORD_BYTES.defaultValue())));
  }

  /** Defaults with another format, for tests and tools. */
  public static InputOptions defaults(String format) {
    return from(Map.of(Settings.INPUT_FORMAT.key(), format));
  }
}
